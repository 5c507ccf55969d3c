// The migration demo data of a sample estate (issue 6): which blocks the demo implements first (wave-0 leaves),
// the ledger (retired and kept-for-back-years decisions) and a monthly burn-down history from 2025-01 to 2026-11
// that ends exactly at the state the demo produces. Shapes: src/analysis/progress/types.ts.
import type { HistoryFigures, HistoryRecord, Ledger, LedgerEntry } from '../analysis/progress/types.js';
import { blockWeight, round2 } from '../analysis/progress/weight.js';
import { CORE_LEDGER } from './core.js';
import { dayNumber, formatIsoDate, lastDayOfMonth } from './eras.js';
import { fanIn, waveZeroOf } from './graph-facts.js';
import { createRng, mixSeed } from './prng.js';
import type { SamplePlan } from './plan-types.js';

/** Blocks the demo step implements by hand, and the subset it also writes tests for. */
export interface DemoSelection {
  implement: string[];
  verify: string[];
}

const PREFERRED = ['CAB_VALIDATE_BSN', 'CAB_ROUND_CURRENCY', 'CAB_ADD_DAYS_TO_DATE', 'CAB_CALC_AGE', 'SI_VALIDATE_IBAN'];
const VERIFIED = ['CAB_VALIDATE_BSN', 'CAB_ROUND_CURRENCY'];

/** The demo's first migrations: the hand-written shared utilities, then a few more wave-0 action blocks. */
export function demoSelection(plan: SamplePlan): DemoSelection {
  const wave0 = new Set(waveZeroOf(plan));
  const eligible = plan.blocks.filter((b) => wave0.has(b.name) && b.kind === 'action-block' && !b.dead && !CORE_LEDGER.some((l) => l.name === b.name));
  const preferred = PREFERRED.filter((name) => eligible.some((b) => b.name === name));
  const rng = createRng(mixSeed(plan.seed, 0xde70));
  const others = rng.sample(eligible.filter((b) => !PREFERRED.includes(b.name) && b.chain !== 'SHARED').map((b) => b.name).sort(), 3);
  const implement = [...preferred, ...others];
  return { implement, verify: VERIFIED.filter((n) => implement.includes(n)) };
}

/** The ledger of the estate: the core decisions about blocks that exist in it. */
export function sampleLedger(plan: SamplePlan): Ledger {
  const names = new Set(plan.blocks.map((b) => b.name));
  const entries: LedgerEntry[] = CORE_LEDGER.filter((e) => names.has(e.name)).map((e) => ({ ...e }));
  return { schemaVersion: 1, entries };
}

/** Per block statements and complexity, gathered while the files are generated. */
export interface BlockSizes {
  statements: Int32Array;
  complexity: Int32Array;
}

/**
 * Monthly history records (month ends, 2025-01 .. 2026-11): ledger decisions count from their date, the demo's
 * implementations are spread over 2025-05 .. 2026-11 in order. Figures follow the progress formulas
 * (src/analysis/progress), so the last record equals what `coolgen progress` reports for the demo state.
 */
export function sampleHistory(plan: SamplePlan, sizes: BlockSizes, demo: DemoSelection, ledger: Ledger): HistoryRecord[] {
  const rng = createRng(mixSeed(plan.seed, 0x415));
  const fan = fanIn(plan);
  const weights = plan.blocks.map((b) => blockWeight(sizes.statements[b.index] ?? 1, sizes.complexity[b.index] ?? 1, fan[b.index] ?? 0));
  const decided = new Map(ledger.entries.map((e) => [e.name, e]));
  const months: { y: number; m: number }[] = [];
  for (let y = 2025, m = 1; y < 2026 || m <= 11; m === 12 ? ((y += 1), (m = 1)) : (m += 1)) months.push({ y, m });
  const first = dayNumber(2025, 5, 1);
  const last = dayNumber(2026, 11, 30);
  const implementedOn = new Map(demo.implement.map((name, i) => [name, first + Math.floor(((last - first) * (i + 1)) / (demo.implement.length + 1))]));
  return months.map(({ y, m }) => {
    const day = lastDayOfMonth(y, m);
    const date = formatIsoDate(day);
    const groups = new Map<string, { total: number; scope: number; migrated: number; weight: number; debt: number }>();
    const add = (key: string, kept: boolean, migrated: boolean, w: number): void => {
      const g = groups.get(key) ?? { total: 0, scope: 0, migrated: 0, weight: 0, debt: 0 };
      g.total++;
      if (!kept) {
        g.scope++;
        g.weight += w;
        if (migrated) g.migrated++;
        else g.debt += w;
      }
      groups.set(key, g);
    };
    for (const b of plan.blocks) {
      const decision = decided.get(b.name);
      const active = decision !== undefined && decision.date <= date;
      const kept = active && decision.state === 'kept-for-back-years';
      const migrated = (active && decision.state === 'retired') || (implementedOn.get(b.name) ?? Infinity) <= day;
      const w = weights[b.index] ?? 1;
      add('', kept, migrated, w);
      add(b.domain, kept, migrated, w);
    }
    const figures = (key: string): HistoryFigures => {
      const g = groups.get(key) ?? { total: 0, scope: 0, migrated: 0, weight: 0, debt: 0 };
      return {
        total: g.total,
        scope: g.scope,
        migrated: g.migrated,
        migratedPct: g.scope > 0 ? round2((g.migrated / g.scope) * 100) : 100,
        remainingDebtPct: g.weight > 0 ? round2((g.debt / g.weight) * 100) : 0,
      };
    };
    const domains = [...groups.keys()].filter((k) => k !== '').sort();
    const commit = Array.from({ length: 7 }, () => '0123456789abcdef'[rng.int(0, 15)]).join('');
    return { schemaVersion: 1, date, commit, overall: figures(''), byDomain: Object.fromEntries(domains.map((d) => [d, figures(d)])) };
  });
}
