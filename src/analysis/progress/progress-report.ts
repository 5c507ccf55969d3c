// Assembles the whole progress report from the inventory, the scan, the ledger, the waves, the baseline and the
// history: the one pure entry point behind `coolgen progress`. No I/O; the CLI reads and writes the files.
import { createDiagnostic, type Diagnostic, type Result, type SourceSpan } from '../../diagnostics/diagnostic.js';
import { DiagnosticCodes } from '../../diagnostics/codes.js';
import type { Inventory } from '../../model/inventory-types.js';
import { compareWithBaseline } from './baseline.js';
import { findBlockers, findNextCandidates } from './dependencies.js';
import { createHistoryRecord, projectHistory } from './history.js';
import { emptyLedger } from './ledger.js';
import { computeFigures, figuresByBusinessSystem, figuresByDomain, systemsDebt } from './metrics.js';
import { computeBlockStates } from './states.js';
import type { HistoryRecord, Ledger, ProgressBaseline, ProgressFigures, ProgressReport, ScanResult } from './types.js';
import { round2 } from './weight.js';

/** Default end of Gen (seed letter: phased out by the end of 2026). */
export const DEFAULT_TARGET_DATE = '2026-12-31';
/** Default end of the back-tax-years exception (seed letter: Gen applications kept until 2032). */
export const DEFAULT_BACK_YEARS_UNTIL = '2032-12-31';
/** Default number of next candidates kept in the report. */
export const DEFAULT_CANDIDATE_LIMIT = 100;

/** Input of buildProgressReport(). */
export interface ProgressInput {
  inventory: Inventory;
  scan: ScanResult;
  ledger?: Ledger;
  /** Migration waves, wave 0 first (from the graph analysis); without them candidates are ordered by weight only. */
  waves?: readonly (readonly string[])[];
  /** The baseline to compare with (null/absent: no comparison). */
  baseline?: ProgressBaseline | null;
  /** Earlier history records; when given (even empty) a projection is made with this run appended. */
  history?: readonly HistoryRecord[];
  /** The run date, YYYY-MM-DD. */
  date: string;
  commit?: string | null;
  targetDate?: string;
  backYearsUntil?: string;
  /** Fail when remainingDebtPct is above this. */
  maxDebtPct?: number;
  /** Number of next candidates kept (default 100; the total is reported too). */
  candidateLimit?: number;
}

/**
 * Compute the progress report. Diagnostics: scan/ledger warnings, plus one `progress/regression` error per
 * regressed block, a `progress/threshold-exceeded` error when --max-debt is broken, and a `progress/blocker`
 * info per blocker (for SARIF and stderr).
 */
export function buildProgressReport(input: ProgressInput): Result<ProgressReport> {
  const targetDate = input.targetDate ?? DEFAULT_TARGET_DATE;
  const backYearsUntil = input.backYearsUntil ?? DEFAULT_BACK_YEARS_UNTIL;
  const states = computeBlockStates(input.inventory, input.scan, input.ledger ?? emptyLedger(), { date: input.date, backYearsUntil, ...(input.waves ? { waves: input.waves } : {}) });
  const diagnostics: Diagnostic[] = [...states.diagnostics];
  const blocks = states.value;
  const overall = computeFigures(blocks);
  const byDomain = figuresByDomain(blocks);
  const blockers = findBlockers(blocks);
  const candidates = findNextCandidates(blocks);
  const comparison = input.baseline ? compareWithBaseline(input.baseline, blocks) : null;
  const commit = input.commit ?? null;
  const threshold = input.maxDebtPct !== undefined ? { maxDebtPct: input.maxDebtPct, exceeded: overall.remainingDebtPct > input.maxDebtPct } : null;

  const report: ProgressReport = {
    schemaVersion: 1,
    date: input.date,
    commit,
    targetDate,
    backYearsUntil,
    total: overall.total,
    byState: overall.byState,
    migratedPct: overall.migratedPct,
    remainingPct: overall.remainingPct,
    remainingDebtPct: overall.remainingDebtPct,
    weightedDebt: overall.weightedDebt,
    totalWeight: overall.totalWeight,
    rating: overall.rating,
    keptForBackYears: {
      count: overall.keptForBackYears.count,
      weight: overall.keptForBackYears.weight,
      blocks: blocks.filter((b) => b.state === 'kept-for-back-years').map((b) => ({ name: b.name, domain: b.domain, until: b.ledger?.until ?? null, reason: b.ledger?.reason ?? '' })),
    },
    systems: systemsDebt(blocks),
    byDomain,
    byBusinessSystem: figuresByBusinessSystem(blocks),
    blockers,
    nextCandidates: candidates.slice(0, input.candidateLimit ?? DEFAULT_CANDIDATE_LIMIT),
    nextCandidatesTotal: candidates.length,
    baseline: comparison ? { date: comparison.baselineDate, commit: comparison.baselineCommit } : null,
    regressions: comparison?.regressions ?? [],
    improvements: comparison?.improvements ?? [],
    otherChanges: comparison?.otherChanges ?? [],
    threshold,
    projection: null,
    blocks: blocks.map((b) => ({ ...b, weight: round2(b.weight) })),
  };
  if (input.history) report.projection = projectHistory([...input.history, historyRecordOf(report)], targetDate);

  const where = new Map(blocks.map((b) => [b.name, b]));
  for (const r of report.regressions) {
    const block = where.get(r.name);
    diagnostics.push(
      createDiagnostic(DiagnosticCodes.progressRegression, 'error', 'progress', `${r.name} regressed: ${r.old ?? '(new block)'} → ${r.new}`, block ? lineSpan(block.legacyFile, block.legacyLine) : undefined, { data: { name: r.name, old: r.old, new: r.new } }),
    );
  }
  if (threshold?.exceeded) {
    diagnostics.push(createDiagnostic(DiagnosticCodes.progressThresholdExceeded, 'error', 'progress', `remaining debt ${overall.remainingDebtPct}% is above --max-debt ${threshold.maxDebtPct}%`, undefined, { data: { remainingDebtPct: overall.remainingDebtPct, maxDebtPct: threshold.maxDebtPct } }));
  }
  for (const b of blockers) {
    const block = where.get(b.name);
    const span = block?.target ? lineSpan(block.target.file, block.target.line) : undefined;
    diagnostics.push(createDiagnostic(DiagnosticCodes.progressBlocker, 'info', 'progress', `${b.name} is ${b.state} but still calls ${b.waitingOn.map((w) => `${w.name} (${w.state})`).join(', ')}`, span, { data: { name: b.name } }));
  }
  return { value: report, diagnostics };
}

/** The history record of a report (what `--history` appends). */
export function historyRecordOf(report: ProgressReport): HistoryRecord {
  const overall: ProgressFigures = {
    total: report.total,
    byState: report.byState,
    scope: report.total - report.keptForBackYears.count,
    migrated: report.byState.implemented + report.byState.verified + report.byState.retired,
    remaining: report.byState.legacy + report.byState.stubbed,
    migratedPct: report.migratedPct,
    remainingPct: report.remainingPct,
    totalWeight: report.totalWeight,
    weightedDebt: report.weightedDebt,
    remainingDebtPct: report.remainingDebtPct,
    rating: report.rating,
    keptForBackYears: { count: report.keptForBackYears.count, weight: report.keptForBackYears.weight },
  };
  return createHistoryRecord(report.date, report.commit, overall, report.byDomain);
}

/** True when the gate fails: a regression against the baseline, or remaining debt above --max-debt. */
export function progressGateFailed(report: ProgressReport): boolean {
  return report.regressions.length > 0 || report.threshold?.exceeded === true;
}

function lineSpan(file: string, line: number): SourceSpan {
  return { file, startOffset: 0, endOffset: 0, startLine: line, startColumn: 1, endLine: line, endColumn: 1 };
}
