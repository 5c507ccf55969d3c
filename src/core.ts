// The public API without src/generate: parse, model, analysis, reports, sample. It is split from src/index.ts so that
// the CLI commands that never generate code (parse, inventory, graph, ...) start without loading ts-morph and the
// TypeScript compiler (~0.9 s and ~70 MB). Library users import `coolgen-toolkit` (src/index.ts), which re-exports this.

// ---- diagnostics ----
export * from './diagnostics/diagnostic.js';
export * from './diagnostics/codes.js';

// ---- AST ----
export type * from './ast/nodes.js';

// ---- model ----
export * from './model/inventory-types.js';
export type * from './model/config-types.js';
export type * from './model/workspace-types.js';
export * from './model/index.js';

// ---- analysis (issue 4): dependency graph, cycles, waves, impact, coupling, data use ----
export * from './analysis/index.js';
// graph and analysis reporters (DOT, Mermaid, GraphML, JSON, Markdown)
export * from './report/graph-reports.js';

// ---- progress reports (issue 6) ----
export { renderProgressJson } from './report/progress-json.js';
export { renderProgressMarkdown, MARKDOWN_CANDIDATES } from './report/progress-md.js';
export { renderProgressSarif } from './report/progress-sarif.js';
export { renderProgressBadge, RATING_COLOURS } from './report/progress-badge.js';

// ---- inventory reports (issue 3) ----
export { renderInventoryJson, renderInventoryJsonChunks } from './report/inventory-json.js';
export { renderInventoryCsv, csvCell, INVENTORY_CSV_COLUMNS } from './report/inventory-csv.js';
export { renderInventoryMarkdown } from './report/inventory-md.js';

// ---- AST helpers (issue 2): traversal, guards and the canonical printer ----
export * from './ast/walk.js';
export * from './ast/guards.js';
export * from './ast/print.js';

// ---- diagnostics formatting and SARIF (issue 2) ----
export * from './diagnostics/format.js';
export * from './report/sarif.js';

// ---- reading input files (issue 2): the one fs read module ----
export * from './model/source-reader.js';

// ---- syntax (issue 2): parseActionDiagram, parseSource (bytes → ParsedFile), decodeSource, extractBanner ----
export * from './syntax/index.js';

// ---- sample estate (issue 3 §7): the deterministic generator behind seeds/ and the benchmarks ----
export * from './sample/index.js';
