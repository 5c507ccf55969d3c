// The baseline ratchet: object-by-object comparison; a fixed block and a new problem never cancel out.
import { describe, expect, it } from 'vitest';
import { classifyChange, compareWithBaseline, createBaseline, formatBaseline, parseBaseline } from '../../src/analysis/progress/baseline.js';
import { buildProgressReport, progressGateFailed } from '../../src/analysis/progress/progress-report.js';
import { scanMigratedCode } from '../../src/generate/scan.js';
import type { BlockState } from '../../src/analysis/progress/types.js';
import { block, implementedTs, inventory, sampleEstate, stubTs } from './helpers.js';

function report(files: Record<string, string>, baselineText?: string, inv = sampleEstate()) {
  const scan = scanMigratedCode(Object.entries(files).map(([path, content]) => ({ path, content })), { testGlobs: [] });
  const baseline = baselineText ? parseBaseline(baselineText, 'baseline.json') : undefined;
  expect(baseline?.diagnostics ?? []).toEqual([]);
  return buildProgressReport({ inventory: inv, scan: scan.value, date: '2026-03-01', ...(baseline?.value ? { baseline: baseline.value } : {}) });
}

describe('classifyChange', () => {
  const cases: [BlockState | null, BlockState | null, string][] = [
    ['legacy', 'stubbed', 'improvement'],
    ['stubbed', 'verified', 'improvement'],
    ['verified', 'implemented', 'regression'],
    ['implemented', 'stubbed', 'regression'],
    ['stubbed', 'legacy', 'regression'],
    ['legacy', 'retired', 'improvement'],
    ['verified', 'kept-for-back-years', 'improvement'],
    ['kept-for-back-years', 'retired', 'improvement'],
    ['retired', 'kept-for-back-years', 'regression'],
    ['retired', 'legacy', 'regression'],
    ['kept-for-back-years', 'stubbed', 'regression'],
    ['retired', 'implemented', 'other'],
    [null, 'legacy', 'regression'],
    [null, 'stubbed', 'regression'],
    [null, 'implemented', 'other'],
    ['legacy', null, 'other'],
    ['verified', 'verified', 'none'],
  ];
  it.each(cases)('%s → %s is %s', (old, next, kind) => {
    expect(classifyChange(old, next)).toBe(kind);
  });
});

describe('baseline ratchet', () => {
  const before = { 'income-tax/b.ts': stubTs('IH_B', 'b'), 'income-tax/d.ts': implementedTs('IH_D', 'd') };
  const baselineText = formatBaseline(createBaseline(report(before).value.blocks, '2026-02-01', 'abc123'));

  it('writes a sorted, parseable baseline', () => {
    const parsed = parseBaseline(baselineText, 'baseline.json').value;
    expect(parsed).toEqual({
      schemaVersion: 1,
      kind: 'coolgen-progress-baseline',
      date: '2026-02-01',
      commit: 'abc123',
      blocks: { IH_A: 'legacy', IH_B: 'stubbed', IH_C: 'legacy', IH_D: 'implemented', LH_EAB: 'legacy', LH_X: 'legacy', VPB_Y: 'legacy' },
    });
  });

  it('no change: no regressions, the gate passes', () => {
    const r = report(before, baselineText).value;
    expect([r.regressions, r.improvements, r.otherChanges]).toEqual([[], [], []]);
    expect(progressGateFailed(r)).toBe(false);
  });

  it('one block improved and another regressed, migrated total unchanged: the gate fails', () => {
    const after = { 'income-tax/b.ts': implementedTs('IH_B', 'b'), 'income-tax/d.ts': stubTs('IH_D', 'd') };
    const { value: r, diagnostics } = report(after, baselineText);
    expect(r.migratedPct).toBe(report(before).value.migratedPct);
    expect(r.regressions).toEqual([{ name: 'IH_D', domain: 'income-tax', old: 'implemented', new: 'stubbed' }]);
    expect(r.improvements).toEqual([{ name: 'IH_B', domain: 'income-tax', old: 'stubbed', new: 'implemented' }]);
    expect(progressGateFailed(r)).toBe(true);
    expect(diagnostics.filter((d) => d.code === 'progress/regression').map((d) => [d.message, d.file, d.span?.startLine])).toEqual([
      ['IH_D regressed: implemented → stubbed', 'legacy/ih_d.txt', 1],
    ]);
  });

  it('totals going up do not hide a new legacy block', () => {
    const grown = inventory([...sampleEstate().actionBlocks, block('IH_NEW', 'income-tax', 3, 1)]);
    const after = { ...before, 'income-tax/a.ts': implementedTs('IH_A', 'a'), 'income-tax/c.ts': implementedTs('IH_C', 'c') };
    const r = report(after, baselineText, grown).value;
    expect(r.migratedPct).toBeGreaterThan(report(before).value.migratedPct);
    expect(r.regressions).toEqual([{ name: 'IH_NEW', domain: 'income-tax', old: null, new: 'legacy' }]);
    expect(r.improvements.map((c) => c.name)).toEqual(['IH_A', 'IH_C']);
    expect(progressGateFailed(r)).toBe(true);
  });

  it('a removed block and a new block that arrives implemented are other changes, not regressions', () => {
    const smaller = inventory([...sampleEstate().actionBlocks.filter((b) => b.name !== 'LH_X'), block('IH_NEW', 'income-tax', 3, 1)]);
    const r = report({ ...before, 'n.ts': implementedTs('IH_NEW', 'n') }, baselineText, smaller).value;
    expect(r.regressions).toEqual([]);
    expect(r.otherChanges).toEqual([
      { name: 'IH_NEW', domain: 'income-tax', old: null, new: 'implemented' },
      { name: 'LH_X', domain: null, old: 'legacy', new: null },
    ]);
    expect(progressGateFailed(r)).toBe(false);
  });

  it('rejects an invalid baseline with the reason', () => {
    const bad = (text: string) => parseBaseline(text, 'b.json').diagnostics.map((d) => [d.code, d.message]);
    expect(bad('nope')[0]?.[1]).toMatch(/^b.json: not valid JSON/);
    expect(bad('{"schemaVersion":1}')).toEqual([['progress/invalid-baseline', 'b.json: not a coolgen progress baseline (needs "schemaVersion": 1 and "kind": "coolgen-progress-baseline")']]);
    expect(bad('{"schemaVersion":1,"kind":"coolgen-progress-baseline","date":"2026-01-01","commit":null,"blocks":{"IH_A":"done"}}')).toEqual([
      ['progress/invalid-baseline', 'b.json: blocks["IH_A"]: unknown state "done" (allowed: legacy, stubbed, implemented, verified, retired, kept-for-back-years)'],
    ]);
  });

  it('compareWithBaseline lists changes sorted by name', () => {
    const blocks = report(before).value.blocks;
    const baseline = createBaseline(blocks, '2026-01-01', null);
    baseline.blocks.IH_A = 'verified';
    baseline.blocks.IH_B = 'legacy';
    const c = compareWithBaseline(baseline, blocks);
    expect(c.regressions.map((x) => x.name)).toEqual(['IH_A']);
    expect(c.improvements.map((x) => x.name)).toEqual(['IH_B']);
  });
});
