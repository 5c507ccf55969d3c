// The generate area's public surface: TypeScript contracts and stubs from a workspace (generateTypeScript), the
// re-run merge (planWrites), naming and type-map helpers; and the scan of migrated code (scan.ts, issue 6).
export type * from './types.js';
export { generateTypeScript } from './generate.js';
export { planEstate, type EstatePlan } from './plan.js';
export { emitFiles, createPrintProject } from './emit.js';
export { RUNTIME_PATH, RUNTIME_NAMES, type BlockNames } from './plan-block.js';
export { DEFAULT_TYPE_MAP, parseDomain, parseTypeMapOverride, resolveTypeMap, lookupDomain, isMoneyName, isTypeExpression, type ParsedDomain } from './type-map.js';
export { toTypeName, toValueName, toPropertyName, toConstKey, toFileStem, isPathLike, isSafeRelativePath, moduleSpecifier } from './naming.js';
export { stringLiteral, escapeBlockCommentText, escapeLineCommentText } from './text-escape.js';
export { stampText, isUntouchedStamp } from './support-files.js';
export { planWrites, findTaggedPaths, type WritePlan, type PlannedWrite } from './merge.js';
export { typeCheckFiles, compilerOptionsFrom, type TypeProblem } from './typecheck.js';
export * from './scan.js';
export { implementDemoBlocks, type DemoImplementOutput } from './demo-implement.js';
