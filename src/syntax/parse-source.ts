// From bytes to a ParsedFile: decode (BOM, Windows-1252, empty and binary files), parse the action diagrams and
// read the module banner. The entry point for callers that read files (CLI, workspace), see reference §17.
import type { ParsedFile } from '../ast/nodes.js';
import type { Result } from '../diagnostics/diagnostic.js';
import { decodeSource } from './decode.js';
import { extractBanner } from './banner.js';
import { parseActionDiagram } from './parse.js';

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
  const decoded = decodeSource(bytes, options.file);
  const { text, encoding } = decoded.value;
  if (text === '') {
    const value: ParsedFile = { path: options.file, rendering: 'flat', encoding, blocks: [], diagnostics: [...decoded.diagnostics] };
    return { value, diagnostics: [...decoded.diagnostics] };
  }
  const parsed = parseActionDiagram(text, { file: options.file });
  const value: ParsedFile = {
    ...parsed.value,
    encoding,
    diagnostics: [...decoded.diagnostics, ...parsed.value.diagnostics],
  };
  if (value.module === undefined) {
    const banner = extractBanner(text);
    if (banner !== undefined) value.module = banner;
  }
  return { value, diagnostics: [...decoded.diagnostics, ...parsed.diagnostics] };
}
