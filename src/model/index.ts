// The model area's public surface: configuration, workspace loading, metrics, linking and the inventory.
// Re-exported by src/index.ts; the CLI reaches these only through that public API.
export * from './inventory-types.js';
export type * from './config-types.js';
export type * from './workspace-types.js';
export { loadConfig, parseConfigText } from './config.js';
export { resolveConfigFile, type ResolveConfigOptions } from './config-file.js';
export { defaultConfig, CONFIG_FILE_NAME, DEFAULT_CHAINS, DEFAULT_CHAIN, DEFAULT_PERSONAL_DATA, DEFAULT_WORKER_THRESHOLD } from './config-defaults.js';
export { assignChain, isProcedureStep, isEntryPoint, type ChainAssignment } from './chains.js';
export { compileNamePattern, matchesAnyNamePattern, type CompiledNamePattern } from './name-pattern.js';
export { compileGlob, type CompiledGlob } from './glob.js';
export { computeBlockMetrics, decisionPoints, blockKind, type BlockMetrics, type BlockMetricsContext, type CallSite } from './metrics.js';
export { computeEntityUse, type EntityUse } from './metrics-entities.js';
export { computeCoverage } from './metrics-coverage.js';
export { statementParameters } from './metrics-parameters.js';
export { linkBlocks, type LinkableBlock, type LinkResult } from './link.js';
export { buildInventory, assignBlock, type InventoryParts } from './inventory.js';
export { summariseFile, failedFileSummary, type BlockSummary, type FileSummary, type UnassignedBlock, type SummariseOptions } from './summarise.js';
export { loadWorkspace, displayPath, parseWorkerUrl } from './workspace.js';
export { parseInputFile, parseInputFiles, type FileTask, type RetainOptions } from './file-task.js';
export { readSourceBytes, listInputFiles } from './source-reader.js';
export { inventorySchema, inventorySchemaUrl } from './inventory-schema.js';
