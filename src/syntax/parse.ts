// parseActionDiagram / parseActionDiagramBlocks: decoded text in, action blocks out. Detects the rendering, lets
// the line layer read one block at a time, builds and hands out that block's AST before the next block is read,
// and adds the module banner. Never throws on user input (reference §17).
import type { ActionBlock, ParsedFile } from '../ast/nodes.js';
import { createDiagnostic, sortDiagnostics, type Diagnostic, type Result } from '../diagnostics/diagnostic.js';
import { DiagnosticCodes } from '../diagnostics/codes.js';
import { extractBanner } from './banner.js';
import { buildBlock } from './block.js';
import { detectRendering, fallbackRendering } from './detect.js';
import type { BlockLines } from './line-items.js';
import { readBracketedBlocks } from './lines-bracketed.js';
import { readFlatBlocks } from './lines-flat.js';
import { splitLines } from './source-lines.js';

/** Options of parseActionDiagram. */
export interface ParseOptions {
  /** The file path written into spans and diagnostics. */
  file: string;
}

/** What is known of a file before its first block is built: everything of a ParsedFile but blocks and diagnostics. */
export type ParsedFileHead = Omit<ParsedFile, 'blocks' | 'diagnostics'>;

/** A ParsedFile without its blocks (they went to the block callback): the file's sorted diagnostics are all here. */
export type ParsedFileRest = Omit<ParsedFile, 'blocks'>;

/**
 * Receives each action block as soon as it is built, in file order. `blockDiagnostics` are the diagnostics raised
 * while building this block plus the line layer's diagnostics whose span starts inside the block (sorted); every
 * one of them also appears in the file's diagnostics. The callback may drop the block: the parser keeps no reference.
 */
export type BlockCallback = (block: ActionBlock, blockDiagnostics: readonly Diagnostic[], head: ParsedFileHead) => void;

/**
 * Parse the action diagrams in one decoded text (R1 listing, R2 toolset print or R3 flat form). Finds all
 * blocks; a text without any yields no blocks and one `read/no-action-diagram` warning. `encoding` is always
 * `utf-8` here; the decoding wrapper (parseSource) sets the detected one.
 */
export function parseActionDiagram(text: string, options: ParseOptions): Result<ParsedFile> {
  const blocks: ActionBlock[] = [];
  const rest = parseActionDiagramBlocks(text, options, (block) => {
    blocks.push(block);
  });
  const value: ParsedFile = { path: rest.value.path, rendering: rest.value.rendering, encoding: rest.value.encoding, blocks, diagnostics: rest.value.diagnostics };
  if (rest.value.module !== undefined) value.module = rest.value.module;
  return { value, diagnostics: rest.diagnostics };
}

/**
 * The streaming form of parseActionDiagram (same result, block by block): each block's AST goes to `onBlock` as
 * soon as it is built, before the next one is, so a caller that summarises and drops it holds at most one AST
 * at a time. Returns the rest of the ParsedFile (rendering, encoding `utf-8`, banner, all diagnostics sorted).
 * An exception thrown by `onBlock` is not caught here.
 */
export function parseActionDiagramBlocks(text: string, options: ParseOptions, onBlock: BlockCallback): Result<ParsedFileRest> {
  const file = options.file;
  const src = splitLines(text, file);
  const detected = detectRendering(src);
  const rendering = detected ?? fallbackRendering(src);
  const head: ParsedFileHead = { path: file, rendering, encoding: 'utf-8' };
  const banner = safeBanner(text);
  if (banner !== undefined) head.module = banner;
  // The line layer's diagnostics come first in the file's list, then each block's build diagnostics in file
  // order: the same list as when every block was read before the first was built.
  const lineDiagnostics: Diagnostic[] = [];
  const buildDiagnostics: Diagnostic[] = [];
  const perBlock = new LineDiagnostics(lineDiagnostics);
  let built = 0;
  // Each block's lines become its AST as soon as the line layer has read them, and are dropped after.
  const onLines = (bl: BlockLines): void => {
    const from = buildDiagnostics.length;
    let block: ActionBlock;
    try {
      block = buildBlock(bl, src, rendering, buildDiagnostics);
    } catch (e) {
      // A bug must not lose the other blocks of the file: report this one and go on.
      const message = `Action block ${bl.header.name} could not be parsed (${e instanceof Error ? e.message : String(e)}); it is skipped`;
      buildDiagnostics.push(createDiagnostic(DiagnosticCodes.parseInternalError, 'error', 'parse', message, bl.header.span));
      return;
    }
    built++;
    const inside = perBlock.inside(block.span.startOffset, block.span.endOffset);
    // Most blocks have no diagnostics at all: skip the copies and the sort then.
    const own = buildDiagnostics.length > from;
    onBlock(block, inside.length === 0 && !own ? [] : sortDiagnostics([...inside, ...buildDiagnostics.slice(from)]), head);
  };
  if (detected === 'flat') readFlatBlocks(src, lineDiagnostics, onLines);
  else if (detected !== null) readBracketedBlocks(src, detected === 'cobol-listing' ? 'r1' : 'r2', lineDiagnostics, onLines);
  const diagnostics = [...lineDiagnostics, ...buildDiagnostics];
  if (built === 0) {
    diagnostics.push(
      createDiagnostic(DiagnosticCodes.readNoActionDiagram, 'warning', 'read', 'No action diagram found in this file', undefined, { file }),
    );
  }
  const sorted = sortDiagnostics(diagnostics);
  // Same keys in the same order as `{ ...head, diagnostics }`, without the spread.
  const value: ParsedFileRest =
    head.module !== undefined
      ? { path: head.path, rendering: head.rendering, encoding: head.encoding, module: head.module, diagnostics: sorted }
      : { path: head.path, rendering: head.rendering, encoding: head.encoding, diagnostics: sorted };
  return { value, diagnostics: sorted };
}

/**
 * The line layer's diagnostics (with a span) ordered by start offset, looked up per block span while the line
 * layer still runs: blocks come in file order, and a block's line diagnostics are raised before it is handed out.
 */
class LineDiagnostics {
  /** Not yet passed by a block start, by start offset (ties in the order raised). */
  private pending: Diagnostic[] = [];
  private taken = 0;

  constructor(private readonly raised: readonly Diagnostic[]) {}

  /** The diagnostics whose span starts in [start, end]; `start` must not decrease between calls. */
  inside(start: number, end: number): Diagnostic[] {
    if (this.taken === this.raised.length && this.pending.length === 0) return [];
    if (this.taken < this.raised.length) {
      for (; this.taken < this.raised.length; this.taken++) {
        const d = this.raised[this.taken] as Diagnostic;
        if (d.span !== undefined) this.pending.push(d);
      }
      this.pending.sort((a, b) => offsetOf(a) - offsetOf(b));
    }
    let skip = 0;
    while (skip < this.pending.length && offsetOf(this.pending[skip] as Diagnostic) < start) skip++;
    if (skip > 0) this.pending = this.pending.slice(skip);
    const found: Diagnostic[] = [];
    for (const d of this.pending) {
      if (offsetOf(d) > end) break;
      found.push(d);
    }
    return found;
  }
}

function offsetOf(d: Diagnostic): number {
  return d.span?.startOffset ?? 0;
}

function safeBanner(text: string): ReturnType<typeof extractBanner> {
  try {
    return extractBanner(text);
  } catch {
    return undefined;
  }
}
