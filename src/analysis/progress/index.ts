// Barrel of the migration-progress analysis (issue 6): states, metrics, ratchet, history and projection. Pure.
// Named exports only, so that generic helpers (rounding, grouping, dates) never clash in the analysis barrel.
export * from './types.js';
export { parseLedger, emptyLedger } from './ledger.js';
export { blockWeight, rateDebt, RATING_THRESHOLDS, FAN_IN_CAP, FAN_IN_STEP } from './weight.js';
export { computeBlockStates, type BlockStateOptions } from './states.js';
export { computeFigures, figuresByDomain, figuresByBusinessSystem, systemsDebt, MIGRATED_STATES, REMAINING_STATES } from './metrics.js';
export { findBlockers, findNextCandidates } from './dependencies.js';
export { createBaseline, formatBaseline, parseBaseline, compareWithBaseline, classifyChange, type ChangeKind } from './baseline.js';
export { createHistoryRecord, formatHistoryRecord, parseHistory, projectHistory, projectCompletion, MIN_HISTORY_POINTS } from './history.js';
export {
  buildProgressReport,
  historyRecordOf,
  progressGateFailed,
  DEFAULT_TARGET_DATE,
  DEFAULT_BACK_YEARS_UNTIL,
  DEFAULT_CANDIDATE_LIMIT,
  type ProgressInput,
} from './progress-report.js';
