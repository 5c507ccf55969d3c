// The weight of one block in statement-points, and the SQALE-style rating of a remaining-debt share.
// Both formulas are documented in the README ("Migration progress"); keep the two in step.
import type { DebtRating } from './types.js';

/** Callers beyond this many add no further coupling weight. */
export const FAN_IN_CAP = 10;
/** Coupling weight added per caller. */
export const FAN_IN_STEP = 0.1;

/**
 * weight = max(statements, 1) × (1 + log2(max(complexity, 1))) × (1 + 0.1 × min(fanIn, 10)).
 * Statements measure size, the log of cyclomatic complexity the extra effort per branch, and the coupling
 * factor (at most ×2) the care a block needs when many others call it. Unrounded; round for display only.
 */
export function blockWeight(statements: number, complexity: number, fanIn: number): number {
  const size = Math.max(statements, 1);
  const complexityFactor = 1 + Math.log2(Math.max(complexity, 1));
  const couplingFactor = 1 + FAN_IN_STEP * Math.min(Math.max(fanIn, 0), FAN_IN_CAP);
  return size * complexityFactor * couplingFactor;
}

/** Upper bounds (inclusive) of the remaining-debt share per rating; above the last is E. */
export const RATING_THRESHOLDS: readonly { rating: DebtRating; maxPct: number }[] = [
  { rating: 'A', maxPct: 5 },
  { rating: 'B', maxPct: 10 },
  { rating: 'C', maxPct: 20 },
  { rating: 'D', maxPct: 50 },
];

/** SQALE-style rating: A ≤ 5%, B ≤ 10%, C ≤ 20%, D ≤ 50%, E > 50% remaining debt. */
export function rateDebt(remainingDebtPct: number): DebtRating {
  for (const { rating, maxPct } of RATING_THRESHOLDS) if (remainingDebtPct <= maxPct) return rating;
  return 'E';
}

/** Round to 2 decimals for output (half away from zero, with a guard against binary noise). */
export function round2(value: number): number {
  const r = Math.round((Math.abs(value) + Number.EPSILON) * 100) / 100;
  return value < 0 ? -r : r;
}
