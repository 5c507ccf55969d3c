// `coolgen progress` through the built CLI (node dist/src/cli/main.js): a temporary target folder is migrated
// step by step (stubs → implemented → verified → retired → regressed) and the exact figures and exit codes checked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync, execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { eabInterfaceTs, implementedTs, stubTs, testTs } from '../progress/helpers.js';

const ROOT = resolve(import.meta.dirname, '../..');
const MAIN = join(ROOT, 'dist/src/cli/main.js');
const LEGACY = join(ROOT, 'fixtures/progress/estate/legacy');
let dir = '';

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [MAIN, 'progress', ...args], { cwd: dir, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function put(path: string, text: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

function json(args: string[], expected: number): Record<string, any> {
  const r = cli(LEGACY, '--target', 'ts', '--date', '2026-03-01', ...args);
  expect([r.status, r.stderr]).toEqual([expected, expect.any(String)]);
  return JSON.parse(r.stdout);
}

/** Everything generated: one stub per block, the EAB as an interface. */
function generateAll(): void {
  put('ts/income-tax/ih-a.ts', stubTs('IH_A', 'ihA'));
  put('ts/income-tax/ih-b.ts', stubTs('IH_B', 'ihB'));
  put('ts/income-tax/ih-c.ts', stubTs('IH_C', 'ihC'));
  put('ts/income-tax/ih-d.ts', stubTs('IH_D', 'ihD'));
  put('ts/payroll/lh-eab.ts', eabInterfaceTs('LH_EAB', 'LhEab'));
  put('ts/payroll/lh-x.ts', stubTs('LH_X', 'lhX'));
  put('ts/corporate-tax/vpb-y.ts', stubTs('VPB_Y', 'vpbY'));
}

const LEDGER = { schemaVersion: 1, entries: [{ name: 'VPB_Y', state: 'retired', reason: 'replaced by the new VPB platform', date: '2026-02-15' }] };

beforeAll(() => {
  if (!existsSync(MAIN)) execSync('npx tsc -p tsconfig.json && node scripts/copy-assets.mjs', { cwd: ROOT, stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'coolgen-progress-'));
  mkdirSync(join(dir, 'ts'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('coolgen progress (CLI)', () => {
  it('usage and input errors exit 2 with the reason', () => {
    expect(cli(LEGACY).status).toBe(2);
    const noTarget = cli(LEGACY, '--target', 'missing-dir');
    expect([noTarget.status, noTarget.stderr]).toEqual([2, expect.stringContaining("The input path 'missing-dir' does not exist.")]);
    expect(cli(LEGACY, '--target', 'ts', '--write-baseline').stderr).toContain('--write-baseline needs --baseline');
    expect(cli(LEGACY, '--target', 'ts', '--baseline', 'nope.json').status).toBe(2);
    expect(cli(LEGACY, '--target', 'ts', '--date', '2026-02-30').status).toBe(2);
    expect(cli(LEGACY, '--target', 'ts', '--max-debt', '120').status).toBe(2);
    expect(cli('no-such-legacy', '--target', 'ts').status).toBe(2);
    put('bad-ledger.json', JSON.stringify({ schemaVersion: 1, entries: [{ name: 'IH_A', state: 'retired', date: '2026-01-01' }] }));
    const bad = cli(LEGACY, '--target', 'ts', '--ledger', 'bad-ledger.json', '--out', 'never.json');
    expect([bad.status, bad.stderr]).toEqual([2, expect.stringContaining('entries[0] (IH_A): key "reason" is required')]);
    expect(existsSync(join(dir, 'never.json'))).toBe(false);
  });

  it('an empty target folder: all 7 blocks legacy, exit 0', () => {
    const r = json([], 0);
    expect([r.total, r.migratedPct, r.remainingDebtPct, r.weightedDebt, r.totalWeight, r.rating]).toEqual([7, 0, 100, 67.9, 67.9, 'E']);
    expect(r.byState.legacy).toBe(7);
    expect(r.nextCandidates.map((c: { name: string }) => c.name)).toEqual(['LH_EAB', 'IH_D', 'VPB_Y', 'IH_C']);
  });

  it('generated stubs: all stubbed, the baseline is written', () => {
    generateAll();
    const r = json(['--baseline', 'baseline.json', '--write-baseline'], 0);
    expect(r.byState).toEqual({ legacy: 0, stubbed: 7, implemented: 0, verified: 0, retired: 0, 'kept-for-back-years': 0 });
    const baseline = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8'));
    expect(baseline.blocks).toEqual({ IH_A: 'stubbed', IH_B: 'stubbed', IH_C: 'stubbed', IH_D: 'stubbed', LH_EAB: 'stubbed', LH_X: 'stubbed', VPB_Y: 'stubbed' });
  });

  it('implementing, verifying and retiring: exact figures and improvements against the baseline', () => {
    put('ts/income-tax/ih-c.ts', implementedTs('IH_C', 'ihC'));
    put('ts/income-tax/ih-d.ts', implementedTs('IH_D', 'ihD'));
    put('ts/tests/ih-c.test.ts', testTs('ihC', '../income-tax/ih-c.js'));
    put('coolgen-ledger.json', JSON.stringify(LEDGER));
    const r = json(['--baseline', 'baseline.json', '--ledger', 'coolgen-ledger.json'], 0);
    expect(r.byState).toEqual({ legacy: 0, stubbed: 4, implemented: 1, verified: 1, retired: 1, 'kept-for-back-years': 0 });
    // migrated 3 of 7; debt A 10 + B 8.8 + EAB 1.1 + X 12 = 31.9 of 67.9 = 46.98% → D
    expect([r.migratedPct, r.remainingPct, r.weightedDebt, r.remainingDebtPct, r.rating]).toEqual([42.86, 57.14, 31.9, 46.98, 'D']);
    expect(r.improvements).toEqual([
      { name: 'IH_C', domain: 'income-tax', old: 'stubbed', new: 'verified' },
      { name: 'IH_D', domain: 'income-tax', old: 'stubbed', new: 'implemented' },
      { name: 'VPB_Y', domain: 'corporate-tax', old: 'stubbed', new: 'retired' },
    ]);
    expect(r.regressions).toEqual([]);
    expect(r.nextCandidates.map((c: { name: string }) => c.name)).toEqual(['LH_EAB', 'IH_B']);
    expect(cli(LEGACY, '--target', 'ts', '--baseline', 'baseline.json', '--ledger', 'coolgen-ledger.json', '--write-baseline').status).toBe(0);
  });

  it('one block improved and one regressed with the same total: exit 1, the regression named', () => {
    put('ts/income-tax/ih-b.ts', implementedTs('IH_B', 'ihB'));
    put('ts/income-tax/ih-d.ts', stubTs('IH_D', 'ihD'));
    const r = json(['--baseline', 'baseline.json', '--ledger', 'coolgen-ledger.json'], 1);
    expect(r.migratedPct).toBe(42.86);
    expect(r.regressions).toEqual([{ name: 'IH_D', domain: 'income-tax', old: 'implemented', new: 'stubbed' }]);
    expect(r.improvements).toEqual([{ name: 'IH_B', domain: 'income-tax', old: 'stubbed', new: 'implemented' }]);
    expect(r.blockers).toEqual([{ name: 'IH_B', domain: 'income-tax', state: 'implemented', waitingOn: [{ name: 'IH_D', state: 'stubbed' }] }]);
    const md = cli(LEGACY, '--target', 'ts', '--baseline', 'baseline.json', '--ledger', 'coolgen-ledger.json', '--format', 'md');
    expect(md.status).toBe(1);
    expect(md.stdout).toContain('| `IH_D` | income-tax | implemented | stubbed |');
    const sarif = JSON.parse(cli(LEGACY, '--target', 'ts', '--baseline', 'baseline.json', '--ledger', 'coolgen-ledger.json', '--format', 'sarif').stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.filter((x: { ruleId: string }) => x.ruleId === 'progress/regression').map((x: { message: { text: string } }) => x.message.text)).toEqual(['IH_D regressed: implemented → stubbed']);

    // --write-baseline accepts the new state: this run still reports the regression (exit 1), the next one passes.
    expect(cli(LEGACY, '--target', 'ts', '--baseline', 'baseline.json', '--ledger', 'coolgen-ledger.json', '--write-baseline').status).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')).blocks.IH_D).toBe('stubbed');
    expect(cli(LEGACY, '--target', 'ts', '--baseline', 'baseline.json', '--ledger', 'coolgen-ledger.json').status).toBe(0);
  });

  it('--max-debt: above the limit exits 1, at or under exits 0', () => {
    put('ts/income-tax/ih-b.ts', implementedTs('IH_B', 'ihB'));
    put('ts/income-tax/ih-d.ts', implementedTs('IH_D', 'ihD'));
    // IH_B and IH_D implemented now: debt A 10 + EAB 1.1 + X 12 = 23.1 of 67.9 = 34.02%
    expect(json(['--ledger', 'coolgen-ledger.json', '--max-debt', '34.02'], 0).threshold).toEqual({ maxDebtPct: 34.02, exceeded: false });
    expect(json(['--ledger', 'coolgen-ledger.json', '--max-debt', '34'], 1).threshold).toEqual({ maxDebtPct: 34, exceeded: true });
  });

  it('--history appends one record per run and projects completion; --badge and --out write files', () => {
    const run = (date: string, commit: string) =>
      cli(LEGACY, '--target', 'ts', '--ledger', 'coolgen-ledger.json', '--history', 'h/progress.jsonl', '--date', date, '--commit', commit, '--out', 'report.json', '--badge', 'badge.svg');
    put('ts/income-tax/ih-a.ts', stubTs('IH_A', 'ihA'));
    put('ts/income-tax/ih-b.ts', stubTs('IH_B', 'ihB'));
    // 2026-01-01: C verified, D implemented, Y retired → 3 of 7 = 42.86%
    expect(run('2026-01-01', 'c1').status).toBe(0);
    let report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report.projection.overall.note).toBe('not enough history: 1 point (a projection needs at least 3 on different days)');
    // 2026-01-11: + B → 4 of 7 = 57.14%; 2026-01-21: + A → 5 of 7 = 71.43%
    put('ts/income-tax/ih-b.ts', implementedTs('IH_B', 'ihB'));
    expect(run('2026-01-11', 'c2').status).toBe(0);
    put('ts/income-tax/ih-a.ts', implementedTs('IH_A', 'ihA'));
    expect(run('2026-01-21', 'c3').status).toBe(0);
    const lines = readFileSync(join(dir, 'h/progress.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.date, l.commit, l.overall.migratedPct])).toEqual([['2026-01-01', 'c1', 42.86], ['2026-01-11', 'c2', 57.14], ['2026-01-21', 'c3', 71.43]]);
    report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    // slope (71.43 − 42.86) / 20 = 1.4285 pp/day; 100% at day 20 + 28.57/1.4285 = 40.0007 → day 41 = 2026-02-11
    expect(report.projection.overall).toMatchObject({ points: 3, status: 'projected', projectedDate: '2026-02-11', onTrack: true, slopePctPerDay: 1.4285 });
    expect(report.projection.byDomain['income-tax']).toMatchObject({ status: 'complete', note: 'complete: 100% migrated on 2026-01-21' });
    expect(report.projection.byDomain.payroll).toMatchObject({ status: 'no-progress', note: 'no progress: cannot project (slope 0 percentage points per day over 3 points)' });
    const svg = readFileSync(join(dir, 'badge.svg'), 'utf8');
    expect(svg).toContain('Gen debt: 19.3% C');
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });
});
