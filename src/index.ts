// The public API of coolgen-toolkit: what migration engineers import into their scripts.
// The CLI (src/cli) is a thin layer over exactly these functions. Everything except code generation lives in
// ./core.ts (which the CLI's light commands import, so they never load ts-morph); this file adds src/generate.

// ---- parse, model, analysis, reports, sample: see core.ts ----
export * from './core.js';

// ---- generate (issue 5/6): TypeScript output and the scan of migrated code (loads ts-morph) ----
export * from './generate/index.js';
