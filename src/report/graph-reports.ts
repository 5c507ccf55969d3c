// Barrel of the graph and analysis reporters (issue 4), re-exported from src/index.ts.
export * from './graph-dot.js';
export * from './graph-mermaid.js';
export * from './graph-graphml.js';
export * from './graph-json.js';
export * from './analysis-json.js';
export * from './analysis-markdown.js';
export * from './analysis-impact-markdown.js';
export { mdCell, mdTable, capList } from './analysis-markdown-util.js';
