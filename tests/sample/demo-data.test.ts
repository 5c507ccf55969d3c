// The migration demo data: the ledger and the history validate with the progress phase's own parsers, the
// history is a monthly burn-down from 2025-01 to 2026-11 ending at the demo state, and the demo's first
// migrations are wave-0 action blocks.
import { describe, expect, it } from 'vitest';
import { generateSampleEstate, SAMPLE_HISTORY_FILE, SAMPLE_LEDGER_FILE } from '../../src/sample/index.js';
import { parseHistory } from '../../src/analysis/progress/history.js';
import { parseLedger } from '../../src/analysis/progress/ledger.js';

const estate = generateSampleEstate({ blocks: 300, seed: 2024 });
const fileText = (path: string): string => estate.files.find((f) => f.path === path)?.content ?? '';

describe('sample demo data', () => {
  it('writes a ledger the progress phase accepts, with retired and kept-for-back-years blocks of the estate', () => {
    const ledger = parseLedger(fileText(SAMPLE_LEDGER_FILE), SAMPLE_LEDGER_FILE);
    expect(ledger.diagnostics).toEqual([]);
    const states = ledger.value.entries.map((e) => `${e.name} ${e.state}${e.until ? ` ${e.until}` : ''}`);
    expect(states).toEqual([
      'IH_CALC_BOX3_FORFAIT_2000 retired',
      'LH_CALC_SPECIAL_RATE_NLG retired',
      'CAB_FORMAT_DATE_OLD retired',
      'IH_CALC_BOX3_FORFAIT_2017 kept-for-back-years 2032-12-31',
      'IH_CALC_BOX3_FORFAIT_2020 kept-for-back-years 2032-12-31',
    ]);
    const names = new Set(estate.manifest.files.length > 0 ? estate.files.flatMap((f) => [...f.content.matchAll(/\+->   ([A-Z0-9_]+)/g)].map((m) => m[1])) : []);
    for (const e of ledger.value.entries) expect(names.has(e.name)).toBe(true);
  });

  it('writes 23 monthly history records, 2025-01-31 to 2026-11-30, that the progress phase parses', () => {
    const history = parseHistory(fileText(SAMPLE_HISTORY_FILE), SAMPLE_HISTORY_FILE);
    expect(history.diagnostics).toEqual([]);
    const records = history.value;
    expect(records).toHaveLength(23);
    expect(records[0]?.date).toBe('2025-01-31');
    expect(records[1]?.date).toBe('2025-02-28');
    expect(records[22]?.date).toBe('2026-11-30');
    for (const r of records) {
      expect(r.commit).toMatch(/^[0-9a-f]{7}$/);
      expect(Object.keys(r.byDomain)).toEqual(['corporate-tax', 'income-tax', 'payroll', 'shared']);
      expect(r.overall.total).toBe(300);
      const sum = Object.values(r.byDomain).reduce((s, f) => s + f.migrated, 0);
      expect(sum).toBe(r.overall.migrated);
    }
  });

  it('burns down: migrated never falls, remaining debt never rises, and the end equals ledger + demo implementations', () => {
    const records = parseHistory(fileText(SAMPLE_HISTORY_FILE), SAMPLE_HISTORY_FILE).value;
    for (let i = 1; i < records.length; i++) {
      expect(records[i]?.overall.migrated).toBeGreaterThanOrEqual(records[i - 1]?.overall.migrated ?? 0);
    }
    expect(records[0]?.overall.migrated).toBe(0);
    const last = records[records.length - 1];
    const retired = 3;
    expect(last?.overall.migrated).toBe(retired + estate.manifest.demo.implement.length);
    expect(last?.overall.scope).toBe(300 - 2);
    expect(last?.overall.remainingDebtPct).toBeLessThan(100);
    expect(last?.overall.remainingDebtPct).toBeGreaterThan(80);
  });

  it('chooses the demo implementations among wave-0 action blocks, the hand-written shared utilities first', () => {
    const { demo, waveZero, features } = estate.manifest;
    expect(demo.implement.slice(0, 5)).toEqual(['CAB_VALIDATE_BSN', 'CAB_ROUND_CURRENCY', 'CAB_ADD_DAYS_TO_DATE', 'CAB_CALC_AGE', 'SI_VALIDATE_IBAN']);
    expect(demo.implement.length).toBe(8);
    for (const name of demo.implement) {
      expect(waveZero).toContain(name);
      expect(features.externals).not.toContain(name);
    }
    expect(demo.verify).toEqual(['CAB_VALIDATE_BSN', 'CAB_ROUND_CURRENCY']);
  });
});
