// Validation of coolgen-ledger.json: every error names the entry and the key.
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/analysis/progress/ledger.js';
import { computeBlockStates } from '../../src/analysis/progress/states.js';
import { sampleEstate } from './helpers.js';

const parse = (data: unknown) => parseLedger(typeof data === 'string' ? data : JSON.stringify(data), 'coolgen-ledger.json');
const messages = (data: unknown) => parse(data).diagnostics.map((d) => [d.code, d.severity, d.message]);

describe('parseLedger', () => {
  it('accepts a valid ledger and canonicalises names', () => {
    const result = parse({
      schemaVersion: 1,
      entries: [
        { name: 'vpb_y', state: 'retired', reason: 'replaced', date: '2026-01-15' },
        { name: 'LH_X', state: 'kept-for-back-years', reason: 'tax years up to 2025', date: '2026-01-15', until: '2032-12-31' },
      ],
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.value.entries).toEqual([
      { name: 'VPB_Y', state: 'retired', reason: 'replaced', date: '2026-01-15' },
      { name: 'LH_X', state: 'kept-for-back-years', reason: 'tax years up to 2025', date: '2026-01-15', until: '2032-12-31' },
    ]);
  });

  it('names the entry and key of every error', () => {
    const result = parse({
      schemaVersion: 1,
      entries: [
        { name: 'IH_A', state: 'retired', date: '2026-01-15' },
        { name: 'IH_B', state: 'kept-for-back-years', reason: 'old years', date: '2026-01-15' },
        { name: 'IH_C', state: 'gone', reason: 'x', date: '2026-02-30' },
        { name: 'IH_D', state: 'retired', reason: 'x', date: '2026-01-01', untill: '2030-01-01' },
        { state: 'retired', reason: 'x', date: '2026-01-01' },
        { name: 'IH_E', state: 'kept-for-back-years', reason: 'x', date: '2026-01-01', until: '2025-12-31' },
        { name: 'IH_F', state: 'retired', reason: '  ', date: '2026-01-01', until: '2030-01-01' },
        'IH_G',
      ],
    });
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'coolgen-ledger.json: entries[0] (IH_A): key "reason" is required (why this decision was taken)',
      'coolgen-ledger.json: entries[1] (IH_B): key "until" is required for kept-for-back-years as a real date YYYY-MM-DD, found nothing',
      'coolgen-ledger.json: entries[2] (IH_C): key "state" must be "retired" or "kept-for-back-years", found "gone"',
      'coolgen-ledger.json: entries[2] (IH_C): key "date" is required as a real date YYYY-MM-DD, found "2026-02-30"',
      'coolgen-ledger.json: entries[3] (IH_D): key "untill" is not a ledger key (allowed: name, state, reason, date, until)',
      'coolgen-ledger.json: entries[4]: key "name" is required (the block name)',
      'coolgen-ledger.json: entries[5] (IH_E): key "until" (2025-12-31) lies before "date" (2026-01-01)',
      'coolgen-ledger.json: entries[6] (IH_F): key "reason" is required (why this decision was taken)',
      'coolgen-ledger.json: entries[6] (IH_F): key "until" is only for kept-for-back-years; a retired block has no end date',
      'coolgen-ledger.json: entries[7]: must be an object',
    ]);
    expect(new Set(result.diagnostics.map((d) => `${d.code} ${d.severity}`))).toEqual(new Set(['progress/invalid-ledger error']));
    expect(result.diagnostics[0]?.data).toEqual({ entry: 0, key: 'reason', name: 'IH_A' });
    expect(result.value.entries).toEqual([]);
  });

  it('rejects a name decided twice, keeping the first', () => {
    const result = parse({ schemaVersion: 1, entries: [
      { name: 'IH_A', state: 'retired', reason: 'a', date: '2026-01-01' },
      { name: 'ih_a', state: 'kept-for-back-years', reason: 'b', date: '2026-01-01', until: '2030-01-01' },
    ] });
    expect(result.diagnostics.map((d) => d.message)).toEqual(['coolgen-ledger.json: entries[1] (IH_A): key "name" repeats entries[0]; a block has one ledger decision']);
    expect(result.value.entries.map((e) => e.state)).toEqual(['retired']);
  });

  it('rejects bad JSON, a wrong top level and unknown keys', () => {
    expect(messages('{ "schemaVersion": 1, ')[0]?.[2]).toMatch(/^coolgen-ledger.json: not valid JSON/);
    expect(messages([])).toEqual([['progress/invalid-ledger', 'error', 'coolgen-ledger.json: the ledger must be a JSON object with "schemaVersion" and "entries"']]);
    expect(messages({ schemaVersion: 2, entries: {}, extra: true })).toEqual([
      ['progress/invalid-ledger', 'error', 'coolgen-ledger.json: unknown key "extra"'],
      ['progress/invalid-ledger', 'error', 'coolgen-ledger.json: key "schemaVersion" must be 1, found 2'],
      ['progress/invalid-ledger', 'error', 'coolgen-ledger.json: key "entries" must be an array'],
    ]);
  });

  it('warns about entries outside the estate and expired or too-long back-years entries', () => {
    const ledger = parse({ schemaVersion: 1, entries: [
      { name: 'IH_GONE', state: 'retired', reason: 'x', date: '2026-01-01' },
      { name: 'LH_X', state: 'kept-for-back-years', reason: 'x', date: '2020-01-01', until: '2025-12-31' },
      { name: 'IH_D', state: 'kept-for-back-years', reason: 'x', date: '2026-01-01', until: '2035-12-31' },
    ] }).value;
    const result = computeBlockStates(sampleEstate(), { tags: [], sourceFiles: 0, testFiles: 0, verifyRule: 'import' }, ledger, { date: '2026-03-01', backYearsUntil: '2032-12-31' });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.message])).toEqual([
      ['progress/unknown-ledger-entry', 'warning', 'ledger entry IH_GONE names no block of the estate; it is ignored'],
      ['progress/ledger-expired', 'warning', 'LH_X was kept for back tax years until 2025-12-31, which has passed: retire it or extend the entry'],
      ['progress/ledger-expired', 'warning', 'IH_D is kept until 2035-12-31, after the back-years end 2032-12-31'],
    ]);
    // The states still follow the ledger.
    expect(result.value.filter((b) => b.stateSource === 'ledger').map((b) => [b.name, b.state])).toEqual([['IH_D', 'kept-for-back-years'], ['LH_X', 'kept-for-back-years']]);
  });
});
