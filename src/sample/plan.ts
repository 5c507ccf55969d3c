// Plans a sample estate: which blocks exist (the core features first, then random blocks per chain), their
// levels, callees and files. Pure and deterministic: the same options give the same plan.
import { CHAINS, VERBS, chainByKey, type SampleChain } from './chains.js';
import { CORE_GROUPS, ENTRY_POINT_PATTERNS, type CoreBlock, type CoreLevel } from './core.js';
import { createNameSource, type NameKind } from './naming.js';
import { createRng, mixSeed, type Rng } from './prng.js';
import { classifyName, sampleChainRules } from './sample-config.js';
import { assignCalls } from './call-graph.js';
import { assignFiles } from './file-plan.js';
import type { PlannedBlock, SampleOptions, SamplePlan } from './plan-types.js';

/** Smallest and largest supported estate. */
export const SAMPLE_MIN_BLOCKS = 10;
export const SAMPLE_MAX_BLOCKS = 2_000_000;

/** From this many blocks up every core group (every deliberate feature) is included. */
export const SAMPLE_FULL_CORE_FROM = 60;

/** Number of chain levels for an estate of n blocks. */
export function chainDepth(n: number): number {
  return Math.min(9, Math.max(3, Math.round(Math.log2(n) / 2)));
}

/** The numeric level of a core level name. */
export function levelOf(level: CoreLevel, depth: number): number {
  switch (level) {
    case 'leaf': return 0;
    case 'shared': return 1;
    case 'low': return 2;
    case 'mid': return 2 + Math.floor((depth - 1) / 2);
    case 'high': return depth + 1;
    case 'top': return depth + 2;
  }
}

/** Check the options; returns a problem description or null. */
export function validateSampleOptions(options: SampleOptions): string | null {
  if (!Number.isInteger(options.blocks) || options.blocks < SAMPLE_MIN_BLOCKS || options.blocks > SAMPLE_MAX_BLOCKS) {
    return `--blocks must be a whole number from ${SAMPLE_MIN_BLOCKS} to ${SAMPLE_MAX_BLOCKS}, got ${String(options.blocks)}`;
  }
  if (!Number.isInteger(options.seed) || options.seed < 0 || options.seed > 0xffffffff) {
    return `--seed must be a whole number from 0 to 4294967295, got ${String(options.seed)}`;
  }
  return null;
}

function includedCoreGroups(n: number): CoreBlock[][] {
  if (n >= SAMPLE_FULL_CORE_FROM) return CORE_GROUPS.map((g) => [...g.blocks]);
  const budget = Math.floor(n * 0.6);
  const out: CoreBlock[][] = [];
  let used = 0;
  for (const group of CORE_GROUPS) {
    if (used + group.blocks.length > budget) continue;
    out.push([...group.blocks]);
    used += group.blocks.length;
  }
  return out;
}

/** Split a count over chains by share (largest remainder), deterministic. */
function splitByShare(total: number): Map<SampleChain['key'], number> {
  const raw = CHAINS.map((c) => ({ key: c.key, exact: total * c.share }));
  const out = new Map(raw.map((r) => [r.key, Math.floor(r.exact)]));
  let left = total - [...out.values()].reduce((s, v) => s + v, 0);
  const order = [...raw].sort((x, y) => (y.exact % 1) - (x.exact % 1));
  for (let i = 0; left > 0; i = (i + 1) % order.length, left--) {
    const key = (order[i] as (typeof order)[number]).key;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

function emptyBlock(index: number, name: string, chain: SampleChain, rules: ReturnType<typeof sampleChainRules>): PlannedBlock {
  const cls = classifyName(rules, name);
  return {
    index, name, chain: chain.key, domain: cls.domain, businessSystem: cls.businessSystem, archetype: 'calc', entity: chain.owner,
    kind: 'action-block', level: 0, calls: [], unresolved: [], dead: false, entry: false, special: null, purpose: '',
    coreGroup: null, closed: false, file: -1, date: '', time: '', headerDay: 0, firstDay: 0,
  };
}

const ENTRY_REGEXES = ENTRY_POINT_PATTERNS.map((p) => new RegExp(p.slice(1, -1)));
function isEntryName(name: string): boolean {
  return ENTRY_REGEXES.some((re) => re.test(name));
}

/** The Dutch purpose sentence of a generated block. */
function purposeOf(kind: NameKind, verb: string, subject: string, name: string): string {
  const wording = VERBS[verb]?.dutch ?? 'Verwerkt';
  if (kind === 'external') return `Externe module (eigen COBOL): ${wording.toLowerCase()} ${subject}.`;
  if (kind === 'procedure-step') return `${name.endsWith('ONLINE') || /ONLINE_\d+$/.test(name) ? 'Online' : 'Batch'}: ${wording.toLowerCase()} ${subject}.`;
  return `${wording} ${subject}.`;
}

/** Plan the blocks of the random part of one chain. */
function planRandom(chain: SampleChain, count: number, depth: number, rng: Rng, taken: Set<string>, add: (b: PlannedBlock) => void, rules: ReturnType<typeof sampleChainRules>, start: () => number): void {
  const sources = new Map<NameKind, ReturnType<typeof createNameSource>>();
  const nameOf = (kind: NameKind) => {
    let source = sources.get(kind);
    if (!source) {
      source = createNameSource(chain, kind, rng, taken);
      sources.set(kind, source);
    }
    return source();
  };
  const shared = chain.key === 'SHARED';
  const eabs = Math.round(count * (shared ? 0.1 : 0.06));
  const steps = shared ? 0 : Math.round(count * 0.03);
  const levelWeights = Array.from({ length: depth }, (_, j) => [2 + j, depth - j + 1] as const);
  for (let i = 0; i < count; i++) {
    const kind: NameKind = i < eabs ? 'external' : i < eabs + steps ? 'procedure-step' : 'block';
    const named = nameOf(kind);
    const block = emptyBlock(start(), named.name, chain, rules);
    block.archetype = named.archetype;
    block.entity = named.object.entity;
    block.purpose = purposeOf(kind, named.verb, named.object.dutch, named.name);
    block.kind = kind === 'block' ? 'action-block' : kind;
    if (kind === 'external') block.level = 0;
    else if (kind === 'procedure-step') block.level = depth + 2;
    else if (shared) block.level = rng.chance(0.65) ? 0 : 1;
    else block.level = rng.weighted(levelWeights);
    block.dead = kind === 'block' && rng.chance(0.01);
    block.entry = isEntryName(block.name);
    add(block);
  }
}

/** Plan an estate of `options.blocks` blocks. Throws on invalid options (call validateSampleOptions first). */
export function planSampleEstate(options: SampleOptions): SamplePlan {
  const problem = validateSampleOptions(options);
  if (problem) throw new Error(problem);
  const rng = createRng(mixSeed(options.seed, 0x51a7e));
  const depth = chainDepth(options.blocks);
  const rules = sampleChainRules();
  const blocks: PlannedBlock[] = [];
  const taken = new Set<string>();
  const groups = includedCoreGroups(options.blocks);
  const coreNames = new Set(groups.flat().map((c) => c.name));
  for (const name of coreNames) taken.add(name);
  const byChain = new Map<SampleChain['key'], PlannedBlock[]>(CHAINS.map((c) => [c.key, []]));
  const add = (b: PlannedBlock): void => {
    blocks.push(b);
    byChain.get(b.chain)?.push(b);
  };
  const closedNames = closedCycleMembers(groups.flat(), depth);
  CORE_GROUPS.forEach((group) => {
    if (!groups.some((g) => g[0]?.name === group.blocks[0]?.name)) return;
    for (const core of group.blocks) {
      const block = emptyBlock(blocks.length, core.name, chainByKey(core.chain), rules);
      Object.assign(block, {
        archetype: core.archetype, entity: core.entity, kind: core.kind, level: levelOf(core.level, depth), dead: core.dead === true,
        entry: core.entry === true, special: core.special ?? null, purpose: core.purpose, coreGroup: group.id,
        unresolved: [...(core.unresolved ?? [])], closed: closedNames.has(core.name),
      });
      add(block);
    }
  });
  const counts = splitByShare(options.blocks - blocks.length);
  for (const chain of CHAINS) {
    planRandom(chain, counts.get(chain.key) ?? 0, depth, rng, taken, add, rules, () => blocks.length);
  }
  const plan: SamplePlan = { seed: options.seed, depth, blocks, files: [], coreGroups: groups.map((g) => CORE_GROUPS.find((c) => c.blocks[0]?.name === g[0]?.name)?.id ?? '') };
  const coreCalls = new Map(groups.flat().map((c) => [c.name, c.calls ?? []]));
  assignCalls(plan, coreCalls, createRng(mixSeed(options.seed, 0xca11)));
  assignFiles(plan, createRng(mixSeed(options.seed, 0xf11e)));
  return plan;
}

/**
 * The members of the deliberate cycles that are entered only through their cycle: for every upward forced call
 * u → v (v is the cycle's entry), the blocks on the forced path from v down to u, v itself excepted. Keeping them
 * out of random callee choice keeps each strongly connected component exactly the designed cycle.
 */
function closedCycleMembers(core: readonly CoreBlock[], depth: number): Set<string> {
  const byName = new Map(core.map((c) => [c.name, c]));
  const closed = new Set<string>();
  for (const u of core) {
    for (const v of u.calls ?? []) {
      const target = byName.get(v);
      if (!target || v === u.name || levelOf(target.level, depth) < levelOf(u.level, depth)) continue;
      const parent = new Map<string, string>([[v, '']]);
      const queue = [v];
      while (queue.length > 0 && !parent.has(u.name)) {
        const current = queue.shift() as string;
        for (const callee of byName.get(current)?.calls ?? []) {
          if (!parent.has(callee) && byName.has(callee)) {
            parent.set(callee, current);
            queue.push(callee);
          }
        }
      }
      for (let node = u.name; parent.has(node) && node !== v; node = parent.get(node) ?? v) closed.add(node);
    }
  }
  return closed;
}
