// The baseline ratchet: the state of every block written to a file, and an object-by-object comparison with it.
// A fixed block and a new problem never cancel out: any regression fails the gate. Rules: README "Ratchet".
import { createDiagnostic, type Diagnostic, type Result } from '../../diagnostics/diagnostic.js';
import { DiagnosticCodes } from '../../diagnostics/codes.js';
import { isIsoDate } from './dates.js';
import { BLOCK_STATES, type BaselineComparison, type BlockProgress, type BlockState, type ProgressBaseline, type StateChange } from './types.js';

/** Order of the code states: legacy < stubbed < implemented < verified. Retired and kept are terminal. */
const CODE_RANK: Partial<Record<BlockState, number>> = { legacy: 0, stubbed: 1, implemented: 2, verified: 3 };
const REMAINING = new Set<BlockState>(['legacy', 'stubbed']);

/** The baseline of the current states (keys sorted, so the file diffs well in review). */
export function createBaseline(blocks: readonly BlockProgress[], date: string, commit: string | null): ProgressBaseline {
  const sorted = [...blocks].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { schemaVersion: 1, kind: 'coolgen-progress-baseline', date, commit, blocks: Object.fromEntries(sorted.map((b) => [b.name, b.state])) };
}

/** The text of a baseline file (2-space JSON, trailing newline). */
export function formatBaseline(baseline: ProgressBaseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** Parse and validate the text of a baseline file; problems are `progress/invalid-baseline` errors. */
export function parseBaseline(text: string, file: string): Result<ProgressBaseline | null> {
  const diagnostics: Diagnostic[] = [];
  const fail = (message: string): Result<ProgressBaseline | null> => {
    diagnostics.push(createDiagnostic(DiagnosticCodes.progressInvalidBaseline, 'error', 'progress', `${file}: ${message}`, undefined, { file }));
    return { value: null, diagnostics };
  };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('a baseline must be a JSON object');
  const raw = data as Record<string, unknown>;
  if (raw.schemaVersion !== 1 || raw.kind !== 'coolgen-progress-baseline') return fail('not a coolgen progress baseline (needs "schemaVersion": 1 and "kind": "coolgen-progress-baseline")');
  if (!isIsoDate(raw.date)) return fail('key "date" must be a date YYYY-MM-DD');
  if (raw.commit !== null && raw.commit !== undefined && typeof raw.commit !== 'string') return fail('key "commit" must be a string or null');
  if (typeof raw.blocks !== 'object' || raw.blocks === null || Array.isArray(raw.blocks)) return fail('key "blocks" must be an object of block name to state');
  const blocks: Record<string, BlockState> = {};
  for (const [name, state] of Object.entries(raw.blocks as Record<string, unknown>)) {
    if (typeof state !== 'string' || !(BLOCK_STATES as readonly string[]).includes(state)) {
      return fail(`blocks["${name}"]: unknown state ${JSON.stringify(state)} (allowed: ${BLOCK_STATES.join(', ')})`);
    }
    if (name !== '__proto__') blocks[name] = state as BlockState;
  }
  return { value: { schemaVersion: 1, kind: 'coolgen-progress-baseline', date: raw.date, commit: typeof raw.commit === 'string' ? raw.commit : null, blocks }, diagnostics };
}

/** How one change counts for the ratchet. */
export type ChangeKind = 'regression' | 'improvement' | 'other' | 'none';

/**
 * Classify a change of state (old null = new block, new null = block left the estate):
 * - new block in legacy/stubbed: regression; new block already migrated/retired/kept: other;
 * - block left the estate: other;
 * - between code states (legacy < stubbed < implemented < verified): down = regression, up = improvement;
 * - into retired or kept-for-back-years from a code state: improvement (a ledger decision took it out of the debt);
 * - retired → kept-for-back-years: regression (it runs in Gen again); kept → retired: improvement;
 * - out of retired/kept back to legacy/stubbed: regression; back to implemented/verified: other.
 */
export function classifyChange(old: BlockState | null, next: BlockState | null): ChangeKind {
  if (old === next) return 'none';
  if (old === null) return next !== null && REMAINING.has(next) ? 'regression' : 'other';
  if (next === null) return 'other';
  const oldRank = CODE_RANK[old];
  const newRank = CODE_RANK[next];
  if (oldRank !== undefined && newRank !== undefined) return newRank > oldRank ? 'improvement' : 'regression';
  if (oldRank !== undefined) return 'improvement';
  if (newRank === undefined) return old === 'kept-for-back-years' ? 'improvement' : 'regression';
  return REMAINING.has(next) ? 'regression' : 'other';
}

/** Compare the current blocks with a baseline, object by object. Lists are sorted by name. */
export function compareWithBaseline(baseline: ProgressBaseline, blocks: readonly BlockProgress[]): BaselineComparison {
  const result: BaselineComparison = { baselineDate: baseline.date, baselineCommit: baseline.commit, regressions: [], improvements: [], otherChanges: [] };
  const current = new Map(blocks.map((b) => [b.name, b]));
  const names = [...new Set([...Object.keys(baseline.blocks), ...current.keys()])].sort();
  for (const name of names) {
    const old = Object.hasOwn(baseline.blocks, name) ? (baseline.blocks[name] ?? null) : null;
    const block = current.get(name);
    const next = block?.state ?? null;
    const change: StateChange = { name, domain: block?.domain ?? null, old, new: next };
    const kind = classifyChange(old, next);
    if (kind === 'regression') result.regressions.push(change);
    else if (kind === 'improvement') result.improvements.push(change);
    else if (kind === 'other') result.otherChanges.push(change);
  }
  return result;
}
