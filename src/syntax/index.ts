// The syntax area's public surface: parse decoded action-diagram text into the AST (issue 2), plus the
// decoding wrapper and banner reader written beside it. Chevrotain stays behind this barrel.
export {
  parseActionDiagram,
  parseActionDiagramBlocks,
  type BlockCallback,
  type ParseOptions,
  type ParsedFileHead,
  type ParsedFileRest,
} from './parse.js';
export { parseSource, parseSourceBlocks, type ParseSourceOptions } from './parse-source.js';
export { extractBanner } from './banner.js';
export { decodeSource } from './decode.js';
export { isValidBlockName } from './header.js';
