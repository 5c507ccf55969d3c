// Count and weighted figures of migration progress for a set of blocks (the estate, a chain, a business system),
// and the seed letter's "share of systems" still holding Gen debt. Formulas: README "Migration progress".
import { BLOCK_STATES, type BlockProgress, type BlockState, type ProgressFigures } from './types.js';
import { rateDebt, round2 } from './weight.js';

/** States that count as migrated (done). */
export const MIGRATED_STATES: ReadonlySet<BlockState> = new Set<BlockState>(['implemented', 'verified', 'retired']);
/** States that are remaining debt. */
export const REMAINING_STATES: ReadonlySet<BlockState> = new Set<BlockState>(['legacy', 'stubbed']);

/** Label of the business-system group for blocks that have none. */
export const NO_BUSINESS_SYSTEM = '(none)';

/** A zero count for every state. */
export function emptyByState(): Record<BlockState, number> {
  return Object.fromEntries(BLOCK_STATES.map((s) => [s, 0])) as Record<BlockState, number>;
}

/**
 * Figures for a set of blocks:
 * - scope = total − kept-for-back-years; migrated = implemented + verified + retired; remaining = legacy + stubbed;
 * - migratedPct = migrated / scope × 100, remainingPct = remaining / scope × 100 (100 and 0 when scope is 0);
 * - totalWeight = Σ weight over scope; weightedDebt = Σ weight over remaining;
 * - remainingDebtPct = weightedDebt / totalWeight × 100 (0 when totalWeight is 0); rating from remainingDebtPct.
 */
export function computeFigures(blocks: readonly BlockProgress[]): ProgressFigures {
  const byState = emptyByState();
  let totalWeight = 0;
  let weightedDebt = 0;
  let keptWeight = 0;
  for (const block of blocks) {
    byState[block.state]++;
    if (block.state === 'kept-for-back-years') {
      keptWeight += block.weight;
      continue;
    }
    totalWeight += block.weight;
    if (REMAINING_STATES.has(block.state)) weightedDebt += block.weight;
  }
  const total = blocks.length;
  const kept = byState['kept-for-back-years'];
  const scope = total - kept;
  const migrated = byState.implemented + byState.verified + byState.retired;
  const remaining = byState.legacy + byState.stubbed;
  const remainingDebtPct = totalWeight > 0 ? round2((weightedDebt / totalWeight) * 100) : 0;
  return {
    total,
    byState,
    scope,
    migrated,
    remaining,
    migratedPct: scope > 0 ? round2((migrated / scope) * 100) : 100,
    remainingPct: scope > 0 ? round2((remaining / scope) * 100) : 0,
    totalWeight: round2(totalWeight),
    weightedDebt: round2(weightedDebt),
    remainingDebtPct,
    rating: rateDebt(remainingDebtPct),
    keptForBackYears: { count: kept, weight: round2(keptWeight) },
  };
}

/** Group blocks by a key, keys sorted. */
export function groupBy(blocks: readonly BlockProgress[], key: (b: BlockProgress) => string): Map<string, BlockProgress[]> {
  const groups = new Map<string, BlockProgress[]>();
  for (const block of blocks) {
    const k = key(block);
    const list = groups.get(k);
    if (list) list.push(block);
    else groups.set(k, [block]);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Figures per chain (domain), keys sorted. */
export function figuresByDomain(blocks: readonly BlockProgress[]): Record<string, ProgressFigures> {
  const out: Record<string, ProgressFigures> = {};
  for (const [domain, list] of groupBy(blocks, (b) => b.domain)) out[domain] = computeFigures(list);
  return out;
}

/** Figures per business system (blocks without one grouped as `(none)`), with the chains each system spans. */
export function figuresByBusinessSystem(blocks: readonly BlockProgress[]): Record<string, ProgressFigures & { domains: string[] }> {
  const out: Record<string, ProgressFigures & { domains: string[] }> = {};
  for (const [system, list] of groupBy(blocks, (b) => b.businessSystem ?? NO_BUSINESS_SYSTEM)) {
    out[system] = { ...computeFigures(list), domains: [...new Set(list.map((b) => b.domain))].sort() };
  }
  return out;
}

/**
 * The seed letter's measure, technical debt as a share of systems: a "system" is a business system (blocks without
 * one form one system per chain, `<chain>/(none)`); it has debt while any in-scope block is legacy or stubbed.
 * debtPct = withDebt / total × 100 (0 when there are no systems).
 */
export function systemsDebt(blocks: readonly BlockProgress[]): { total: number; withDebt: number; debtPct: number } {
  const groups = groupBy(blocks, (b) => b.businessSystem ?? `${b.domain}/${NO_BUSINESS_SYSTEM}`);
  let withDebt = 0;
  for (const list of groups.values()) if (list.some((b) => REMAINING_STATES.has(b.state))) withDebt++;
  return { total: groups.size, withDebt, debtPct: groups.size > 0 ? round2((withDebt / groups.size) * 100) : 0 };
}
