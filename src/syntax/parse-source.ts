// From bytes to a ParsedFile: decode (BOM, Windows-1252, empty and binary files), parse the action diagrams and
// read the module banner. The entry point for callers that read files (CLI, workspace), see reference §17.
// parseSourceBlocks is the streaming form: one block's AST at a time, for callers that summarise and drop it.
import type { ActionBlock, ParsedFile } from '../ast/nodes.js';
import type { Result } from '../diagnostics/diagnostic.js';
import { decodeSource } from './decode.js';
import { extractBanner } from './banner.js';
import { parseActionDiagramBlocks, type BlockCallback, type ParsedFileHead, type ParsedFileRest } from './parse.js';

/** Options of parseSource. */
export interface ParseSourceOptions {
  /** The file path written into spans and diagnostics. */
  file: string;
}

/**
 * Decode the bytes of one input file and parse it. An empty or binary file yields a ParsedFile without blocks
 * (rendering `flat`) and the decode warning; otherwise the text goes to parseActionDiagram, the detected encoding
 * is recorded and the module banner is added when the parser did not set it. Never throws on any input.
 */
export function parseSource(bytes: Uint8Array, options: ParseSourceOptions): Result<ParsedFile> {
  const blocks: ActionBlock[] = [];
  const rest = parseSourceBlocks(bytes, options, (block) => {
    blocks.push(block);
  });
  const r = rest.value;
  const value: ParsedFile = { path: r.path, rendering: r.rendering, encoding: r.encoding, blocks, diagnostics: r.diagnostics };
  if (r.module !== undefined) value.module = r.module;
  return { value, diagnostics: rest.diagnostics };
}

/**
 * The streaming form of parseSource (same result, block by block): each block goes to `onBlock` (with the file's
 * detected encoding in `head`) as soon as it is built. Returns the rest of the ParsedFile; the decode diagnostics
 * come first in its diagnostics, as in parseSource. Throws only what `onBlock` throws.
 */
export function parseSourceBlocks(bytes: Uint8Array, options: ParseSourceOptions, onBlock: BlockCallback): Result<ParsedFileRest> {
  const decoded = decodeSource(bytes, options.file);
  const { text, encoding } = decoded.value;
  if (text === '') {
    const value: ParsedFileRest = { path: options.file, rendering: 'flat', encoding, diagnostics: [...decoded.diagnostics] };
    return { value, diagnostics: [...decoded.diagnostics] };
  }
  // parseActionDiagram reads the banner without throwing; as before, it is read once more (and may throw) when
  // that gave none. Done at the first block so that every block sees the file's final head.
  let fallback: { banner: ReturnType<typeof extractBanner> } | undefined;
  const withBanner = <T extends ParsedFileHead>(h: T): T => {
    if (h.module !== undefined) return h;
    fallback ??= { banner: extractBanner(text) };
    if (fallback.banner !== undefined) h.module = fallback.banner;
    return h;
  };
  let head: ParsedFileHead | undefined;
  const parsed = parseActionDiagramBlocks(text, { file: options.file }, (block, blockDiagnostics, parserHead) => {
    head ??= withBanner({ ...parserHead, encoding });
    onBlock(block, blockDiagnostics, head);
  });
  const value = withBanner<ParsedFileRest>({ ...parsed.value, encoding, diagnostics: [...decoded.diagnostics, ...parsed.value.diagnostics] });
  return { value, diagnostics: [...decoded.diagnostics, ...parsed.diagnostics] };
}
