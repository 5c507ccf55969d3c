// The public API of coolgen-toolkit: what migration engineers import into their scripts.
// The CLI (src/cli) is a thin layer over exactly these functions.

// ---- diagnostics ----
export * from './diagnostics/diagnostic.js';
export * from './diagnostics/codes.js';

// ---- AST ----
export type * from './ast/nodes.js';

// ---- model ----
export * from './model/inventory-types.js';
export type * from './model/config-types.js';
export type * from './model/workspace-types.js';
