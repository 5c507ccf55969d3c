// Exact, hand-computed figures for the sample estate (tests/progress/helpers.ts) as blocks are implemented,
// verified, retired, kept for back years and regressed: scan → states → metrics → blockers → candidates.
import { describe, expect, it } from 'vitest';
import { scanMigratedCode } from '../../src/generate/scan.js';
import { buildProgressReport, type ProgressInput } from '../../src/analysis/progress/progress-report.js';
import { parseLedger } from '../../src/analysis/progress/ledger.js';
import { SAMPLE_WAVES, block, eabInterfaceTs, inventory, implementedTs, sampleEstate, stubTs, testTs } from './helpers.js';

type Files = Record<string, string>;

function run(files: Files, ledgerJson?: object, extra: Partial<ProgressInput> = {}) {
  const scan = scanMigratedCode(Object.entries(files).map(([path, content]) => ({ path, content })), { testGlobs: ['**/*.test.ts'] });
  const ledger = ledgerJson ? parseLedger(JSON.stringify(ledgerJson), 'coolgen-ledger.json') : undefined;
  expect(ledger?.diagnostics ?? []).toEqual([]);
  return buildProgressReport({ inventory: sampleEstate(), scan: scan.value, waves: SAMPLE_WAVES, date: '2026-03-01', ...(ledger ? { ledger: ledger.value } : {}), ...extra });
}

/** Scenario 2: A implemented, B stubbed, C verified, D implemented, EAB interface only, X nothing, Y retired. */
const SCENARIO: Files = {
  'income-tax/a.ts': implementedTs('IH_A', 'a'),
  'income-tax/b.ts': stubTs('IH_B', 'b'),
  'income-tax/c.ts': implementedTs('IH_C', 'c'),
  'income-tax/d.ts': implementedTs('IH_D', 'd'),
  'payroll/lh-eab.ts': eabInterfaceTs('LH_EAB', 'LhEab'),
  'tests/c.test.ts': testTs('c', '../income-tax/c.js'),
};
const RETIRE_Y = { schemaVersion: 1, entries: [{ name: 'VPB_Y', state: 'retired', reason: 'replaced by the new VPB platform', date: '2026-01-15' }] };

describe('progress figures of the hand-computed estate', () => {
  it('an empty target folder: everything legacy, 100% debt, candidates are wave 0 cheapest first', () => {
    const { value: r, diagnostics } = run({});
    expect(diagnostics).toEqual([]);
    expect(r.total).toBe(7);
    expect(r.byState).toEqual({ legacy: 7, stubbed: 0, implemented: 0, verified: 0, retired: 0, 'kept-for-back-years': 0 });
    expect([r.migratedPct, r.remainingPct, r.remainingDebtPct, r.weightedDebt, r.totalWeight, r.rating]).toEqual([0, 100, 100, 67.9, 67.9, 'E']);
    expect(r.nextCandidates.map((c) => [c.name, c.wave, c.weight])).toEqual([
      ['LH_EAB', 0, 1.1],
      ['IH_D', 0, 2.2],
      ['VPB_Y', 0, 5],
      ['IH_C', 0, 28.8],
    ]);
    expect(r.blockers).toEqual([]);
    expect(r.systems).toEqual({ total: 4, withDebt: 4, debtPct: 100 });
  });

  it('implementing, verifying and retiring give the exact shares, weighted debt and rating', () => {
    const { value: r, diagnostics } = run(SCENARIO, RETIRE_Y);
    expect(r.byState).toEqual({ legacy: 1, stubbed: 2, implemented: 2, verified: 1, retired: 1, 'kept-for-back-years': 0 });
    // migrated 4 of 7 = 57.142857…; debt = B 8.8 + EAB 1.1 + X 12 = 21.9 of 67.9 = 32.2533…% → D
    expect([r.migratedPct, r.remainingPct, r.weightedDebt, r.totalWeight, r.remainingDebtPct, r.rating]).toEqual([57.14, 42.86, 21.9, 67.9, 32.25, 'D']);
    const states = Object.fromEntries(r.blocks.map((b) => [b.name, [b.state, b.stateSource]]));
    expect(states).toEqual({
      IH_A: ['implemented', 'scan'],
      IH_B: ['stubbed', 'scan'],
      IH_C: ['verified', 'scan'],
      IH_D: ['implemented', 'scan'],
      LH_EAB: ['stubbed', 'scan'],
      LH_X: ['legacy', 'none'],
      VPB_Y: ['retired', 'ledger'],
    });
    expect(r.byDomain['income-tax']).toMatchObject({ total: 4, migrated: 3, migratedPct: 75, totalWeight: 49.8, weightedDebt: 8.8, remainingDebtPct: 17.67, rating: 'C' });
    expect(r.byDomain.payroll).toMatchObject({ total: 2, migrated: 0, migratedPct: 0, weightedDebt: 13.1, remainingDebtPct: 100, rating: 'E' });
    expect(r.byDomain['corporate-tax']).toMatchObject({ total: 1, migrated: 1, migratedPct: 100, weightedDebt: 0, remainingDebtPct: 0, rating: 'A' });
    expect(Object.keys(r.byBusinessSystem)).toEqual(['(none)', 'IH-AANSLAG', 'IH-BEREKEN']);
    expect(r.byBusinessSystem['IH-BEREKEN']).toMatchObject({ total: 2, migratedPct: 100, domains: ['income-tax'] });
    expect(r.byBusinessSystem['IH-AANSLAG']).toMatchObject({ total: 2, migratedPct: 50, weightedDebt: 8.8, remainingDebtPct: 46.81, rating: 'D' });
    // systems: IH-AANSLAG (B stubbed), IH-BEREKEN (done), payroll/(none) (debt), corporate-tax/(none) (retired)
    expect(r.systems).toEqual({ total: 4, withDebt: 2, debtPct: 50 });
    expect(r.blockers).toEqual([{ name: 'IH_A', domain: 'income-tax', state: 'implemented', waitingOn: [{ name: 'IH_B', state: 'stubbed' }] }]);
    expect(r.nextCandidates.map((c) => [c.name, c.state, c.wave, c.weight])).toEqual([
      ['LH_EAB', 'stubbed', 0, 1.1],
      ['IH_B', 'stubbed', 1, 8.8],
    ]);
    expect(diagnostics.map((d) => d.code)).toEqual(['progress/blocker']);
  });

  it('kept-for-back-years leaves the denominator and is reported apart', () => {
    const ledger = { schemaVersion: 1, entries: [...RETIRE_Y.entries, { name: 'LH_X', state: 'kept-for-back-years', reason: 'back tax years 2019-2025', date: '2026-01-15', until: '2032-12-31' }] };
    const { value: r } = run(SCENARIO, ledger);
    // scope 6; migrated 4 → 66.67%; debt B 8.8 + EAB 1.1 = 9.9 of 67.9 − 12 = 55.9 → 17.71% → C
    expect([r.total, r.migratedPct, r.remainingPct, r.weightedDebt, r.totalWeight, r.remainingDebtPct, r.rating]).toEqual([7, 66.67, 33.33, 9.9, 55.9, 17.71, 'C']);
    expect(r.keptForBackYears).toEqual({ count: 1, weight: 12, blocks: [{ name: 'LH_X', domain: 'payroll', until: '2032-12-31', reason: 'back tax years 2019-2025' }] });
    expect(r.byDomain.payroll).toMatchObject({ total: 2, scope: 1, migratedPct: 0, remainingDebtPct: 100, keptForBackYears: { count: 1, weight: 12 } });
    expect(r.nextCandidates.map((c) => c.name)).toEqual(['LH_EAB', 'IH_B']);
  });

  it('the ledger wins over the scan', () => {
    const ledger = { schemaVersion: 1, entries: [{ name: 'IH_C', state: 'retired', reason: 'folded into IH_A', date: '2026-02-01' }] };
    const { value: r } = run(SCENARIO, ledger);
    expect(r.blocks.find((b) => b.name === 'IH_C')).toMatchObject({ state: 'retired', stateSource: 'ledger', target: { file: 'income-tax/c.ts', identifier: 'c' } });
  });

  it('regressing a verified block back to a stub lowers the figures and adds a blocker', () => {
    const regressed = { ...SCENARIO, 'income-tax/c.ts': stubTs('IH_C', 'c') };
    const { value: r } = run(regressed, RETIRE_Y);
    // migrated 3 of 7 = 42.857…; debt 21.9 + C 28.8 = 50.7 of 67.9 = 74.668…% → E
    expect([r.migratedPct, r.weightedDebt, r.remainingDebtPct, r.rating]).toEqual([42.86, 50.7, 74.67, 'E']);
    expect(r.blockers).toEqual([{ name: 'IH_A', domain: 'income-tax', state: 'implemented', waitingOn: [{ name: 'IH_B', state: 'stubbed' }, { name: 'IH_C', state: 'stubbed' }] }]);
    expect(r.nextCandidates.map((c) => c.name)).toEqual(['LH_EAB', 'IH_C', 'IH_B']);
  });

  it('an EAB becomes implemented through an adapter tagged @coolgenImplements', () => {
    const adapter = `/** @coolgenImplements LH_EAB */\nexport class LhEabAdapter implements LhEab {\n  async call(imports: unknown): Promise<unknown> { return { ok: true }; }\n}\n`;
    const { value: r } = run({ ...SCENARIO, 'payroll/lh-eab-adapter.ts': adapter }, RETIRE_Y);
    expect(r.blocks.find((b) => b.name === 'LH_EAB')).toMatchObject({ state: 'implemented', target: { file: 'payroll/lh-eab-adapter.ts', identifier: 'LhEabAdapter' } });
    // migrated 5 of 7; debt B 8.8 + X 12 = 20.8 → 30.63%
    expect([r.migratedPct, r.weightedDebt, r.remainingDebtPct]).toEqual([71.43, 20.8, 30.63]);
    // LH_X calls only migrated blocks now: a candidate in wave 1, cheaper than IH_B? no: 12 > 8.8
    expect(r.nextCandidates.map((c) => c.name)).toEqual(['IH_B', 'LH_X']);
  });

  it('a cycle moves as one unit: members calling each other are candidates together', () => {
    const { value: r } = buildProgressReportForCycle();
    // IH_Q weight 3 × 1 × 1.1 (fan-in 1) = 3.3 before IH_P 3 × 1 × 1.2 (fan-in 2: IH_Q, IH_S) = 3.6; IH_S waits on IH_P.
    expect(r.nextCandidates.map((c) => [c.name, c.wave, c.weight])).toEqual([['IH_Q', 1, 3.3], ['IH_P', 1, 3.6]]);
  });

  it('tags for names outside the estate and duplicates are reported; the weakest duplicate counts', () => {
    const files = { ...SCENARIO, 'x.ts': implementedTs('IH_GONE', 'gone'), 'income-tax/a2.ts': stubTs('IH_A', 'a2') };
    const scan = scanMigratedCode(Object.entries(files).map(([path, content]) => ({ path, content })), { testGlobs: ['**/*.test.ts'] });
    const { value: r, diagnostics } = buildProgressReport({ inventory: sampleEstate(), scan: scan.value, date: '2026-03-01' });
    expect(scan.diagnostics.map((d) => [d.code, d.file])).toEqual([
      ['progress/duplicate-tag', 'income-tax/a.ts'],
      ['progress/duplicate-tag', 'income-tax/a2.ts'],
    ]);
    expect(diagnostics.filter((d) => d.code === 'progress/unknown-tag').map((d) => [d.file, d.span?.startLine])).toEqual([['x.ts', 4]]);
    expect(r.blocks.find((b) => b.name === 'IH_A')?.state).toBe('stubbed');
    expect(r.total).toBe(7);
  });

  it('--max-debt: above the limit is an error diagnostic, at the limit is not', () => {
    expect(run(SCENARIO, RETIRE_Y, { maxDebtPct: 32.25 }).value.threshold).toEqual({ maxDebtPct: 32.25, exceeded: false });
    const over = run(SCENARIO, RETIRE_Y, { maxDebtPct: 30 });
    expect(over.value.threshold).toEqual({ maxDebtPct: 30, exceeded: true });
    expect(over.diagnostics.map((d) => d.code)).toContain('progress/threshold-exceeded');
  });
});

function buildProgressReportForCycle() {
  // IH_P ⇄ IH_Q (a cycle, wave 1), both call IH_R (wave 0, implemented). IH_S calls IH_P (wave 2).
  const inv = inventory([block('IH_P', 'income-tax', 3, 1, ['IH_Q', 'IH_R']), block('IH_Q', 'income-tax', 3, 1, ['IH_P']), block('IH_R', 'income-tax', 1, 1), block('IH_S', 'income-tax', 1, 1, ['IH_P'])]);
  const scan = scanMigratedCode([{ path: 'r.ts', content: implementedTs('IH_R', 'r') }], { testGlobs: [] });
  return buildProgressReport({ inventory: inv, scan: scan.value, waves: [['IH_R'], ['IH_P', 'IH_Q'], ['IH_S']], date: '2026-03-01' });
}
