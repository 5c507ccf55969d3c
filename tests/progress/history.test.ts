// History records and the completion projection: exact projected dates from synthetic histories, and plain
// statements of uncertainty (too few points, no progress).
import { describe, expect, it } from 'vitest';
import { createHistoryRecord, formatHistoryRecord, parseHistory, projectCompletion, projectHistory } from '../../src/analysis/progress/history.js';
import { computeFigures } from '../../src/analysis/progress/metrics.js';
import type { HistoryRecord } from '../../src/analysis/progress/types.js';

const rec = (date: string, overall: number, byDomain: Record<string, number> = {}): HistoryRecord => ({
  schemaVersion: 1,
  date,
  commit: null,
  overall: { total: 100, scope: 100, migrated: overall, migratedPct: overall, remainingDebtPct: 100 - overall },
  byDomain: Object.fromEntries(Object.entries(byDomain).map(([d, v]) => [d, { total: 10, scope: 10, migrated: v / 10, migratedPct: v, remainingDebtPct: 100 - v }])),
});

describe('projectCompletion', () => {
  it('projects the exact day a perfectly linear history reaches 100%', () => {
    // 1 percentage point per day from 10% on 2025-01-01: 100% after 90 days = 2025-04-01.
    const p = projectCompletion([{ date: '2025-01-01', migratedPct: 10 }, { date: '2025-01-11', migratedPct: 20 }, { date: '2025-01-21', migratedPct: 30 }], '2026-12-31');
    expect(p).toEqual({
      points: 3,
      from: '2025-01-01',
      to: '2025-01-21',
      slopePctPerDay: 1,
      projectedDate: '2025-04-01',
      targetDate: '2026-12-31',
      onTrack: true,
      status: 'projected',
      note: 'projected 2025-04-01 from 3 points over 20 days (R² 1.00): on track, 639 days before the target 2026-12-31',
    });
  });

  it('fits a least-squares line through noisy points and rounds up to a whole day', () => {
    // days 0, 30, 60, 90 with 20, 26, 29, 35%: slope = 0.16 pp/day, intercept 20.3 → 100% at day 498.125 → day 499.
    const p = projectCompletion(
      [{ date: '2026-01-01', migratedPct: 20 }, { date: '2026-01-31', migratedPct: 26 }, { date: '2026-03-02', migratedPct: 29 }, { date: '2026-04-01', migratedPct: 35 }],
      '2026-12-31',
    );
    expect([p.slopePctPerDay, p.projectedDate, p.onTrack, p.status]).toEqual([0.16, '2027-05-15', false, 'projected']);
    expect(p.note).toBe('projected 2027-05-15 from 4 points over 90 days (R² 0.98): late, 135 days after the target 2026-12-31');
  });

  it('says plainly when there are too few points', () => {
    expect(projectCompletion([], '2026-12-31').note).toBe('not enough history: 0 points (a projection needs at least 3 on different days)');
    const two = projectCompletion([{ date: '2026-01-01', migratedPct: 10 }, { date: '2026-02-01', migratedPct: 20 }], '2026-12-31');
    expect([two.status, two.projectedDate, two.onTrack, two.note]).toEqual(['not-enough-history', null, null, 'not enough history: 2 points (a projection needs at least 3 on different days)']);
    const sameDay = projectCompletion([1, 2, 3].map((v) => ({ date: '2026-01-01', migratedPct: v })), '2026-12-31');
    expect(sameDay.note).toBe('not enough history: 3 points, all on one day (a projection needs at least 3 on different days)');
  });

  it('says plainly when there is no progress', () => {
    const flat = projectCompletion([{ date: '2026-01-01', migratedPct: 40 }, { date: '2026-02-01', migratedPct: 40 }, { date: '2026-03-01', migratedPct: 40 }], '2026-12-31');
    expect([flat.status, flat.projectedDate, flat.note]).toEqual(['no-progress', null, 'no progress: cannot project (slope 0 percentage points per day over 3 points)']);
    const down = projectCompletion([{ date: '2026-01-01', migratedPct: 40 }, { date: '2026-01-11', migratedPct: 35 }, { date: '2026-01-21', migratedPct: 30 }], '2026-12-31');
    expect([down.status, down.slopePctPerDay]).toEqual(['no-progress', -0.5]);
  });

  it('reports a finished chain as complete', () => {
    const p = projectCompletion([{ date: '2026-05-01', migratedPct: 100 }], '2026-12-31');
    expect([p.status, p.onTrack, p.note]).toEqual(['complete', true, 'complete: 100% migrated on 2026-05-01']);
  });

  it('never projects a day before the latest point', () => {
    // The fit reaches 100% before the last observed day, which was still below 100%.
    const p = projectCompletion([{ date: '2026-01-01', migratedPct: 0 }, { date: '2026-01-02', migratedPct: 99 }, { date: '2026-01-03', migratedPct: 99 }], '2026-12-31');
    expect(p.projectedDate).toBe('2026-01-04');
  });
});

describe('history per chain', () => {
  it('projects per chain from the records that hold it', () => {
    const records = [rec('2026-01-01', 10, { 'income-tax': 10, payroll: 50 }), rec('2026-01-11', 20, { 'income-tax': 30, payroll: 50 }), rec('2026-01-21', 30, { 'income-tax': 50, payroll: 50, 'corporate-tax': 5 })];
    const p = projectHistory(records, '2026-12-31');
    expect(p.overall.projectedDate).toBe('2026-04-01');
    // income-tax: 2 pp/day from 10% → 45 days → 2026-02-15
    expect(Object.fromEntries(Object.entries(p.byDomain).map(([d, q]) => [d, [q.points, q.status, q.projectedDate]]))).toEqual({
      'corporate-tax': [1, 'not-enough-history', null],
      'income-tax': [3, 'projected', '2026-02-15'],
      payroll: [3, 'no-progress', null],
    });
  });

  it('round-trips records through JSONL and skips bad lines with a warning', () => {
    const figures = computeFigures([]);
    const line = formatHistoryRecord(createHistoryRecord('2026-03-01', 'abc', figures, { payroll: figures }));
    const text = `${line}\nnot json\n\n{"date":"2026-13-01","overall":{"migratedPct":1}}\n${line}\n`;
    const result = parseHistory(text, 'history.jsonl');
    expect(result.value).toHaveLength(2);
    expect(result.value[0]).toEqual({ schemaVersion: 1, date: '2026-03-01', commit: 'abc', overall: { total: 0, scope: 0, migrated: 0, migratedPct: 100, remainingDebtPct: 0 }, byDomain: { payroll: { total: 0, scope: 0, migrated: 0, migratedPct: 100, remainingDebtPct: 0 } } });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.span?.startLine])).toEqual([
      ['progress/invalid-history', 'warning', 2],
      ['progress/invalid-history', 'warning', 4],
    ]);
  });
});
