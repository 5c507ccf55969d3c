// The progress history (one JSON line per run) and the completion projection per chain: a least-squares line
// through migratedPct over time, extended to 100%. Uncertainty is stated plainly (README "History and projection").
import { createDiagnostic, type Diagnostic, type Result } from '../../diagnostics/diagnostic.js';
import { DiagnosticCodes } from '../../diagnostics/codes.js';
import { fromDayNumber, isIsoDate, toDayNumber } from './dates.js';
import type { HistoryFigures, HistoryRecord, ProgressFigures, Projection } from './types.js';

/** Fewer points than this give no projection. */
export const MIN_HISTORY_POINTS = 3;

/** The history figures of a set of blocks. */
export function historyFigures(f: ProgressFigures): HistoryFigures {
  return { total: f.total, scope: f.scope, migrated: f.migrated, migratedPct: f.migratedPct, remainingDebtPct: f.remainingDebtPct };
}

/** One history record for this run. */
export function createHistoryRecord(date: string, commit: string | null, overall: ProgressFigures, byDomain: Record<string, ProgressFigures>): HistoryRecord {
  return {
    schemaVersion: 1,
    date,
    commit,
    overall: historyFigures(overall),
    byDomain: Object.fromEntries(Object.entries(byDomain).map(([d, f]) => [d, historyFigures(f)])),
  };
}

/** One JSONL line (no newline). */
export function formatHistoryRecord(record: HistoryRecord): string {
  return JSON.stringify(record);
}

/** Parse a history JSONL text. Blank lines are skipped; an invalid line is a `progress/invalid-history` warning and is skipped. */
export function parseHistory(text: string, file: string): Result<HistoryRecord[]> {
  const records: HistoryRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const problem = (message: string): void => {
      const span = { file, startOffset: 0, endOffset: 0, startLine: index + 1, startColumn: 1, endLine: index + 1, endColumn: 1 };
      diagnostics.push(createDiagnostic(DiagnosticCodes.progressInvalidHistory, 'warning', 'progress', `${file}:${index + 1}: ${message}; line skipped`, span));
    };
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      problem('not valid JSON');
      return;
    }
    const record = data as Partial<HistoryRecord> | null;
    if (typeof record !== 'object' || record === null || !isIsoDate(record.date)) return problem('needs a "date" YYYY-MM-DD');
    if (!isFigures(record.overall)) return problem('needs "overall" figures with a numeric migratedPct');
    const byDomain: Record<string, HistoryFigures> = {};
    if (typeof record.byDomain === 'object' && record.byDomain !== null) {
      for (const [domain, figures] of Object.entries(record.byDomain)) if (isFigures(figures)) byDomain[domain] = figures;
    }
    records.push({ schemaVersion: 1, date: record.date, commit: typeof record.commit === 'string' ? record.commit : null, overall: record.overall, byDomain });
  });
  return { value: records, diagnostics };
}

function isFigures(value: unknown): value is HistoryFigures {
  return typeof value === 'object' && value !== null && typeof (value as HistoryFigures).migratedPct === 'number' && Number.isFinite((value as HistoryFigures).migratedPct);
}

/** Projections overall and per chain (chains of the last record) from history records (include the current run). */
export function projectHistory(records: readonly HistoryRecord[], targetDate: string): { overall: Projection; byDomain: Record<string, Projection> } {
  const overall = projectCompletion(records.map((r) => ({ date: r.date, migratedPct: r.overall.migratedPct })), targetDate);
  const last = records[records.length - 1];
  const byDomain: Record<string, Projection> = {};
  for (const domain of Object.keys(last?.byDomain ?? {}).sort()) {
    const points = records.flatMap((r) => {
      const f = r.byDomain[domain];
      return f ? [{ date: r.date, migratedPct: f.migratedPct }] : [];
    });
    byDomain[domain] = projectCompletion(points, targetDate);
  }
  return { overall, byDomain };
}

/**
 * Project the completion date from points (date, migratedPct):
 * - the latest point at 100% → `complete`;
 * - fewer than 3 points, or all on one day → `not-enough-history` (no date);
 * - least-squares slope ≤ 0 → `no-progress` (no date);
 * - otherwise the first day on which the fitted line y = a + b·day reaches 100 (rounded up to a whole day,
 *   and never before the day after the latest point), compared with the target date.
 */
export function projectCompletion(points: readonly { date: string; migratedPct: number }[], targetDate: string): Projection {
  const sorted = [...points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const n = sorted.length;
  const first = sorted[0];
  const latest = sorted[n - 1];
  const base: Projection = { points: n, from: first?.date ?? null, to: latest?.date ?? null, slopePctPerDay: null, projectedDate: null, targetDate, onTrack: null, status: 'not-enough-history', note: '' };
  const day0 = first ? toDayNumber(first.date) : 0;
  // Days since the first point (small numbers keep the fit exact on whole-day data).
  const xs = sorted.map((p) => toDayNumber(p.date) - day0);
  const ys = sorted.map((p) => p.migratedPct);
  const fit = leastSquares(xs, ys);
  if (fit) base.slopePctPerDay = round4(fit.slope);
  if (latest && latest.migratedPct >= 100) return { ...base, status: 'complete', onTrack: latest.date <= targetDate, note: `complete: 100% migrated on ${latest.date}` };
  const days = new Set(xs).size;
  if (n < MIN_HISTORY_POINTS || !fit || days < 2) {
    const over = days === 1 && n > 1 ? ', all on one day' : '';
    return { ...base, note: `not enough history: ${n} point${n === 1 ? '' : 's'}${over} (a projection needs at least ${MIN_HISTORY_POINTS} on different days)` };
  }
  if (fit.slope <= 0) {
    return { ...base, status: 'no-progress', note: `no progress: cannot project (slope ${round4(fit.slope)} percentage points per day over ${n} points)` };
  }
  const lastDay = xs[n - 1] as number;
  const reach = Math.max(Math.ceil((100 - fit.intercept) / fit.slope - 1e-9), lastDay + 1);
  const projectedDate = fromDayNumber(day0 + reach);
  const onTrack = projectedDate <= targetDate;
  const diff = Math.abs(toDayNumber(targetDate) - (day0 + reach));
  const span = lastDay;
  const note =
    `projected ${projectedDate} from ${n} points over ${span} days (R² ${fit.r2.toFixed(2)}): ` +
    (onTrack ? `on track, ${diff} days before the target ${targetDate}` : `late, ${diff} days after the target ${targetDate}`);
  return { ...base, status: 'projected', projectedDate, onTrack, note };
}

/** Least-squares line through (x, y); undefined when fewer than 2 points or all x equal. */
export function leastSquares(xs: readonly number[], ys: readonly number[]): { slope: number; intercept: number; r2: number } | undefined {
  const n = xs.length;
  if (n < 2) return undefined;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (sxx === 0) return undefined;
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx, r2: syy === 0 ? 1 : (sxy * sxy) / (sxx * syy) };
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
