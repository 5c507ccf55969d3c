// Validation of coolgen-ledger.json: the decisions (retired, kept for back tax years) that no code scan can see.
// Pure: the CLI reads the file and passes its text. Every error names the entry and the key.
import { createDiagnostic, type Diagnostic, type Result } from '../../diagnostics/diagnostic.js';
import { DiagnosticCodes } from '../../diagnostics/codes.js';
import { isIsoDate } from './dates.js';
import type { Ledger, LedgerEntry } from './types.js';

const ENTRY_KEYS = new Set(['name', 'state', 'reason', 'date', 'until']);
const STATES = new Set(['retired', 'kept-for-back-years']);

/** An empty ledger (no file given). */
export function emptyLedger(): Ledger {
  return { schemaVersion: 1, entries: [] };
}

/**
 * Parse and validate the text of a ledger file. Shape:
 * `{ "schemaVersion": 1, "entries": [{ "name", "state": "retired"|"kept-for-back-years", "reason", "date", "until"? }] }`.
 * `reason` must be non-empty, `date` and `until` real `YYYY-MM-DD` dates, `until` is required for kept-for-back-years
 * (and not allowed for retired), a name may appear once, unknown keys are errors (typo protection).
 * Invalid entries are left out of the value; every problem is a `progress/invalid-ledger` error.
 */
export function parseLedger(text: string, file: string): Result<Ledger> {
  const diagnostics: Diagnostic[] = [];
  const fail = (message: string, data: Record<string, unknown> = {}): void => {
    diagnostics.push(createDiagnostic(DiagnosticCodes.progressInvalidLedger, 'error', 'progress', `${file}: ${message}`, undefined, { file, data }));
  };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    fail(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    return { value: emptyLedger(), diagnostics };
  }
  if (!isObject(data)) {
    fail('the ledger must be a JSON object with "schemaVersion" and "entries"');
    return { value: emptyLedger(), diagnostics };
  }
  for (const key of Object.keys(data)) {
    if (key !== 'schemaVersion' && key !== 'entries' && key !== '$schema') fail(`unknown key "${key}"`, { key });
  }
  if (data.schemaVersion !== 1) fail(`key "schemaVersion" must be 1, found ${JSON.stringify(data.schemaVersion) ?? 'nothing'}`, { key: 'schemaVersion' });
  if (!Array.isArray(data.entries)) {
    fail('key "entries" must be an array', { key: 'entries' });
    return { value: emptyLedger(), diagnostics };
  }
  const entries: LedgerEntry[] = [];
  const seen = new Map<string, number>();
  data.entries.forEach((raw: unknown, index: number) => {
    const entry = validateEntry(raw, index, fail);
    if (!entry) return;
    const first = seen.get(entry.name);
    if (first !== undefined) {
      fail(`entries[${index}] (${entry.name}): key "name" repeats entries[${first}]; a block has one ledger decision`, { entry: index, name: entry.name, key: 'name' });
      return;
    }
    seen.set(entry.name, index);
    entries.push(entry);
  });
  return { value: { schemaVersion: 1, entries }, diagnostics };
}

function validateEntry(raw: unknown, index: number, fail: (message: string, data?: Record<string, unknown>) => void): LedgerEntry | undefined {
  if (!isObject(raw)) {
    fail(`entries[${index}]: must be an object`, { entry: index });
    return undefined;
  }
  const label = `entries[${index}]${typeof raw.name === 'string' && raw.name.trim() !== '' ? ` (${raw.name.trim().toUpperCase()})` : ''}`;
  let ok = true;
  const bad = (key: string, message: string): void => {
    ok = false;
    fail(`${label}: key "${key}" ${message}`, { entry: index, key, ...(typeof raw.name === 'string' ? { name: raw.name } : {}) });
  };
  for (const key of Object.keys(raw)) if (!ENTRY_KEYS.has(key)) bad(key, 'is not a ledger key (allowed: name, state, reason, date, until)');
  if (typeof raw.name !== 'string' || raw.name.trim() === '') bad('name', 'is required (the block name)');
  if (typeof raw.state !== 'string' || !STATES.has(raw.state)) bad('state', `must be "retired" or "kept-for-back-years", found ${JSON.stringify(raw.state) ?? 'nothing'}`);
  if (typeof raw.reason !== 'string' || raw.reason.trim() === '') bad('reason', 'is required (why this decision was taken)');
  if (!isIsoDate(raw.date)) bad('date', `is required as a real date YYYY-MM-DD, found ${JSON.stringify(raw.date) ?? 'nothing'}`);
  if (raw.state === 'kept-for-back-years') {
    if (!isIsoDate(raw.until)) bad('until', `is required for kept-for-back-years as a real date YYYY-MM-DD, found ${JSON.stringify(raw.until) ?? 'nothing'}`);
    else if (isIsoDate(raw.date) && raw.until < raw.date) bad('until', `(${raw.until}) lies before "date" (${raw.date})`);
  } else if (raw.state === 'retired' && raw.until !== undefined) {
    bad('until', 'is only for kept-for-back-years; a retired block has no end date');
  }
  if (!ok) return undefined;
  const entry: LedgerEntry = {
    name: (raw.name as string).trim().toUpperCase(),
    state: raw.state as LedgerEntry['state'],
    reason: (raw.reason as string).trim(),
    date: raw.date as string,
  };
  if (raw.state === 'kept-for-back-years') entry.until = raw.until as string;
  return entry;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
