// Blockers (migrated blocks still calling unmigrated Gen code) and next candidates (unmigrated blocks whose callees
// have all moved), from the block states and the call graph. Rules: README "Migration progress".
import type { BlockProgress, Blocker, Candidate } from './types.js';
import { REMAINING_STATES } from './metrics.js';
import { round2 } from './weight.js';

/**
 * Implemented or verified blocks that call at least one block in legacy or stubbed state: their TypeScript cannot
 * run without Gen yet. Calls to retired or kept-for-back-years blocks do not block. Sorted by domain, then name.
 */
export function findBlockers(blocks: readonly BlockProgress[]): Blocker[] {
  const byName = new Map(blocks.map((b) => [b.name, b]));
  const blockers: Blocker[] = [];
  for (const block of blocks) {
    if (block.state !== 'implemented' && block.state !== 'verified') continue;
    const waitingOn: Blocker['waitingOn'] = [];
    for (const callee of block.calls) {
      const target = byName.get(callee);
      if (target && (target.state === 'legacy' || target.state === 'stubbed')) waitingOn.push({ name: callee, state: target.state });
    }
    if (waitingOn.length > 0) blockers.push({ name: block.name, domain: block.domain, state: block.state, waitingOn });
  }
  return blockers.sort((a, b) => cmp(a.domain, b.domain) || cmp(a.name, b.name));
}

/**
 * Unmigrated (legacy or stubbed) blocks that can move now: every callee is migrated (implemented, verified,
 * retired) or kept for back years, or lies in the block's own cycle (same wave: a cycle moves as one unit).
 * A block without callees always qualifies. Ordered by wave (lowest first; unknown waves last), then by weight
 * ascending (cheapest first: the quickest wins that unblock callers), then name.
 */
export function findNextCandidates(blocks: readonly BlockProgress[]): Candidate[] {
  const byName = new Map(blocks.map((b) => [b.name, b]));
  const candidates: Candidate[] = [];
  for (const block of blocks) {
    if (block.state !== 'legacy' && block.state !== 'stubbed') continue;
    const ready = block.calls.every((callee) => {
      const target = byName.get(callee);
      if (!target || !REMAINING_STATES.has(target.state)) return true;
      return block.wave !== null && target.wave === block.wave;
    });
    if (!ready) continue;
    candidates.push({ name: block.name, domain: block.domain, state: block.state, wave: block.wave, weight: round2(block.weight), statements: block.statements });
  }
  return candidates.sort(
    (a, b) => (a.wave ?? Number.MAX_SAFE_INTEGER) - (b.wave ?? Number.MAX_SAFE_INTEGER) || a.weight - b.weight || cmp(a.name, b.name),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
