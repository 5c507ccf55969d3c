// The call graph of a sample estate: mostly layered (every random call goes to a lower level), cross-chain calls
// from payroll and corporate tax to income tax, everything to the shared blocks, plus the forced calls of the core
// (which close the deliberate cycles). Afterwards every block that should be called gets at least one caller.
import type { Rng } from './prng.js';
import type { PlannedBlock, SamplePlan } from './plan-types.js';

type Pools = Map<string, PlannedBlock[]>;

const key = (chain: string, level: number): string => `${chain}:${level}`;

/** Income-tax blocks other chains plausibly call: tax credits, partners, substantial interest (read or compute). */
const CROSS_ENTITIES = new Set(['tax_credit', 'fiscal_partner', 'substantial_interest']);
const CROSS_ARCHETYPES = new Set(['calc', 'validate', 'read', 'list']);
/** Pseudo-chain of the pools holding those blocks. */
const CROSS = 'IH-CROSS';

/** Blocks that random calls may target, per chain and level (plus the cross-chain pool). */
function calleePools(blocks: readonly PlannedBlock[]): Pools {
  const pools: Pools = new Map();
  const add = (k: string, b: PlannedBlock): void => {
    const list = pools.get(k);
    if (list) list.push(b);
    else pools.set(k, [b]);
  };
  for (const b of blocks) {
    if (b.dead || b.entry || b.closed || b.kind === 'procedure-step') continue;
    add(key(b.chain, b.level), b);
    if (b.chain === 'IH' && CROSS_ENTITIES.has(b.entity) && CROSS_ARCHETYPES.has(b.archetype) && b.kind === 'action-block') add(key(CROSS, b.level), b);
  }
  return pools;
}

/** Blocks that may be given an extra caller edge, per chain and level (no EABs, no hand-written bodies). */
function callerPools(blocks: readonly PlannedBlock[]): Pools {
  const pools: Pools = new Map();
  for (const b of blocks) {
    if (b.kind === 'external' || b.special !== null || b.dead) continue;
    const k = key(b.chain, b.level);
    const list = pools.get(k);
    if (list) list.push(b);
    else pools.set(k, [b]);
  }
  return pools;
}

function pickFrom(pools: Pools, chain: string, levels: readonly number[], rng: Rng): PlannedBlock | undefined {
  const candidates = levels.filter((l) => (pools.get(key(chain, l))?.length ?? 0) > 0);
  if (candidates.length === 0) return undefined;
  const list = pools.get(key(chain, rng.pick(candidates))) ?? [];
  return list.length > 0 ? rng.pick(list) : undefined;
}

const range = (from: number, to: number): number[] => (to < from ? [] : Array.from({ length: to - from + 1 }, (_, i) => from + i));

/** One random callee for a block, or undefined when none fits. */
function randomCallee(b: PlannedBlock, pools: Pools, rng: Rng, depth: number): PlannedBlock | undefined {
  if (b.chain === 'SHARED') return b.level >= 1 ? pickFrom(pools, 'SHARED', [0], rng) : undefined;
  const lower = range(2, Math.min(b.level - 1, depth + 1));
  const roll = rng.next();
  if (b.kind === 'procedure-step') {
    if (roll < 0.8) return pickFrom(pools, b.chain, lower.slice(-2), rng) ?? pickFrom(pools, b.chain, lower, rng);
    return roll < 0.9 ? pickFrom(pools, b.chain, [0], rng) : pickFrom(pools, 'SHARED', [0, 1], rng);
  }
  if (lower.length > 0 && roll < 0.55) {
    const levels = rng.chance(0.7) ? [b.level - 1] : lower;
    return pickFrom(pools, b.chain, levels, rng) ?? pickFrom(pools, b.chain, lower, rng);
  }
  if (roll < 0.8) return pickFrom(pools, 'SHARED', [0, 1], rng);
  if (roll < 0.9 || b.chain === 'IH' || lower.length === 0) return pickFrom(pools, b.chain, [0], rng) ?? pickFrom(pools, 'SHARED', [0], rng);
  return pickFrom(pools, CROSS, lower, rng) ?? pickFrom(pools, 'SHARED', [0, 1], rng);
}

function callCount(b: PlannedBlock, rng: Rng): number {
  if (b.kind === 'external' || b.special !== null) return 0;
  if (b.kind === 'procedure-step') return rng.int(3, 7);
  if (b.chain === 'SHARED') return b.level === 0 ? 0 : rng.int(1, 2);
  if (b.level === 2) return rng.weighted([[0, 4], [1, 4], [2, 2]] as const);
  return rng.weighted([[1, 2], [2, 3], [3, 3], [4, 2], [5, 1]] as const);
}

function addCall(caller: PlannedBlock, callee: PlannedBlock, callers: number[]): boolean {
  if (caller.calls.includes(callee.index)) return false;
  caller.calls.push(callee.index);
  if (callee.index !== caller.index) callers[callee.index] = (callers[callee.index] ?? 0) + 1;
  return true;
}

/** A caller for a block that has none: a block of a higher level in the same chain (any chain for shared blocks). */
function findCaller(b: PlannedBlock, pools: Pools, rng: Rng, depth: number): PlannedBlock | undefined {
  const top = depth + 2;
  const above = range(Math.max(b.level + 1, 1), top);
  const chains = b.chain === 'SHARED' ? ['IH', 'VPB', 'LH', 'SHARED'] : [b.chain];
  const order = rng.shuffle(chains);
  for (const chain of order) {
    const next = pickFrom(pools, chain, above.slice(0, 2), rng) ?? pickFrom(pools, chain, above, rng);
    if (next) return next;
  }
  return undefined;
}

/** Fill `calls` of every block: forced core calls first, then random ones, then callers for orphans. */
export function assignCalls(plan: SamplePlan, coreCalls: ReadonlyMap<string, readonly string[]>, rng: Rng): void {
  const byName = new Map(plan.blocks.map((b) => [b.name, b]));
  const callers: number[] = new Array<number>(plan.blocks.length).fill(0);
  for (const b of plan.blocks) {
    for (const name of coreCalls.get(b.name) ?? []) {
      const callee = byName.get(name);
      if (callee) addCall(b, callee, callers);
    }
  }
  const pools = calleePools(plan.blocks);
  for (const b of plan.blocks) {
    const wanted = callCount(b, rng);
    for (let attempt = 0; b.calls.length < wanted && attempt < wanted * 3; attempt++) {
      const callee = randomCallee(b, pools, rng, plan.depth);
      if (callee && callee.index !== b.index) addCall(b, callee, callers);
    }
  }
  const callerPool = callerPools(plan.blocks);
  for (const b of plan.blocks) {
    if ((callers[b.index] ?? 0) > 0 || b.dead || b.entry || b.kind === 'procedure-step') continue;
    const caller = findCaller(b, callerPool, rng, plan.depth);
    if (caller) addCall(caller, b, callers);
  }
}
