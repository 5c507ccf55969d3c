// parseActionDiagram: decoded text in, ParsedFile out. Detects the rendering, reads every block with the line
// layer, builds each block's AST, and adds the module banner. Never throws on user input (reference §17).
import type { ActionBlock, ParsedFile } from '../ast/nodes.js';
import { createDiagnostic, sortDiagnostics, type Diagnostic, type Result } from '../diagnostics/diagnostic.js';
import { DiagnosticCodes } from '../diagnostics/codes.js';
import { extractBanner } from './banner.js';
import { buildBlock } from './block.js';
import { detectRendering, fallbackRendering } from './detect.js';
import { readBracketedBlocks } from './lines-bracketed.js';
import { readFlatBlocks } from './lines-flat.js';
import { splitLines } from './source-lines.js';

/** Options of parseActionDiagram. */
export interface ParseOptions {
  /** The file path written into spans and diagnostics. */
  file: string;
}

/**
 * Parse the action diagrams in one decoded text (R1 listing, R2 toolset print or R3 flat form). Finds all
 * blocks; a text without any yields no blocks and one `read/no-action-diagram` warning. `encoding` is always
 * `utf-8` here; the decoding wrapper (parseSource) sets the detected one.
 */
export function parseActionDiagram(text: string, options: ParseOptions): Result<ParsedFile> {
  const file = options.file;
  const diagnostics: Diagnostic[] = [];
  const src = splitLines(text, file);
  const detected = detectRendering(src);
  const rendering = detected ?? fallbackRendering(src);
  const lines =
    detected === null
      ? []
      : detected === 'flat'
        ? readFlatBlocks(src, diagnostics)
        : readBracketedBlocks(src, detected === 'cobol-listing' ? 'r1' : 'r2', diagnostics);
  const blocks: ActionBlock[] = [];
  for (const bl of lines) {
    try {
      blocks.push(buildBlock(bl, src, rendering, diagnostics));
    } catch (e) {
      // A bug must not lose the other blocks of the file: report this one and go on.
      const message = `Action block ${bl.header.name} could not be parsed (${e instanceof Error ? e.message : String(e)}); it is skipped`;
      diagnostics.push(createDiagnostic(DiagnosticCodes.parseInternalError, 'error', 'parse', message, bl.header.span));
    }
  }
  if (blocks.length === 0) {
    diagnostics.push(
      createDiagnostic(DiagnosticCodes.readNoActionDiagram, 'warning', 'read', 'No action diagram found in this file', undefined, { file }),
    );
  }
  const sorted = sortDiagnostics(diagnostics);
  const value: ParsedFile = { path: file, rendering, encoding: 'utf-8', blocks, diagnostics: sorted };
  const banner = safeBanner(text);
  if (banner !== undefined) value.module = banner;
  return { value, diagnostics: sorted };
}

function safeBanner(text: string): ReturnType<typeof extractBanner> {
  try {
    return extractBanner(text);
  } catch {
    return undefined;
  }
}
