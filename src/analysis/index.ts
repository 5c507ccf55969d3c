// The analysis layer's public surface (issue 4): the dependency graph, its views and the migration analyses.
// Re-exported from src/index.ts. Results are plain serialisable data.
export * from './graph-types.js';
export * from './analysis-types.js';
export { KNOWN_CHAINS, orderChains, chainOfNameFunction, type ChainNamingConfig } from './chain-order.js';
export { buildDependencyGraph } from './graph-build.js';
export { toGraphology } from './graph-graphology.js';
export { findCycles } from './cycles.js';
export { computeWaves } from './waves.js';
export { computeImpact, type ImpactOptions } from './impact.js';
export { findUnreferenced } from './unreferenced.js';
export { computeFanInOut, computeChainInstability, instability } from './fan-in-out.js';
export { computeCoupling } from './coupling.js';
export { computeDataUse } from './data-use.js';
export { analyzeEstate, analyzeGraph, type AnalysisConfig } from './analyze.js';
export { findGraphNode, focusGraph, chainSubgraph, restrictGraph, withoutEntities, DEFAULT_FOCUS_DEPTH } from './graph-focus.js';
export { chainLevelGraph, type ChainLevelGraph, type ChainLevelNode, type ChainLevelEdge } from './chain-level.js';
// issue 6 (progress metrics) adds its line below.
export * from './progress/index.js';
