// The plain, serialisable data of the migration ledger (issue 6): block states, scan findings, ledger, baseline,
// history records and the progress report. Shared by the scan (src/generate), the metrics, the reports and the CLI.
import type { BlockKind } from '../../model/inventory-types.js';

/** The state of one legacy block on its way out of Gen. See README "Migration progress" for the definitions. */
export type BlockState = 'legacy' | 'stubbed' | 'implemented' | 'verified' | 'retired' | 'kept-for-back-years';

/** Every state, in report order. */
export const BLOCK_STATES: readonly BlockState[] = [
  'legacy',
  'stubbed',
  'implemented',
  'verified',
  'retired',
  'kept-for-back-years',
];

/** How a test file must reference a migrated function for it to count as `verified`. */
export type VerifyRule = 'import-or-reference' | 'import' | 'import-and-call';

// ---- scan of the migrated TypeScript (produced by scanMigratedCode in src/generate/scan.ts) ----

/** One declaration in the target folder carrying `@coolgen NAME` or `@coolgenImplements NAME`. */
export interface ScannedTag {
  /** The canonical (upper-case) block name from the tag. */
  name: string;
  tag: 'coolgen' | 'coolgenImplements';
  /** What carries the tag. */
  declaration: 'function' | 'method' | 'variable-function' | 'interface' | 'class' | 'other';
  /** The TypeScript name of the declaration (`calcBox1Income`), '' when anonymous. */
  identifier: string;
  /** Path of the file (as given to the scan, `/` separators). */
  file: string;
  line: number;
  column: number;
  /** `stubbed` (body is the single NotMigratedError throw, or an EAB interface), `implemented` or `verified`. */
  state: 'stubbed' | 'implemented' | 'verified';
  /** Test files that reference the declaration (by the configured VerifyRule), sorted. */
  verifiedBy: string[];
}

/** The outcome of scanning a target folder. */
export interface ScanResult {
  /** Every tagged declaration, sorted by file, line. */
  tags: ScannedTag[];
  /** Scanned source files (not tests) and test files. */
  sourceFiles: number;
  testFiles: number;
  /** The rule used for `verified`. */
  verifyRule: VerifyRule;
}

// ---- ledger (coolgen-ledger.json) ----

/** One ledger entry: a decision about a block that the code scan cannot see. */
export interface LedgerEntry {
  name: string;
  state: 'retired' | 'kept-for-back-years';
  /** Why (required). */
  reason: string;
  /** When the decision was taken, YYYY-MM-DD (required). */
  date: string;
  /** Until when the block stays in Gen for back tax years, YYYY-MM-DD (required for kept-for-back-years). */
  until?: string;
}

/** The validated ledger file. */
export interface Ledger {
  schemaVersion: 1;
  entries: LedgerEntry[];
}

// ---- per-block progress ----

/** Where a block's state came from. */
export type StateSource = 'ledger' | 'scan' | 'none';

/** One block with its state and weight. */
export interface BlockProgress {
  name: string;
  kind: BlockKind;
  domain: string;
  businessSystem: string | null;
  state: BlockState;
  /** Where the state came from: the ledger wins over the scan (see README). */
  stateSource: StateSource;
  /** Migration wave (0 = calls nothing in the estate), or null when waves were not given. */
  wave: number | null;
  statements: number;
  complexity: number;
  /** Distinct other blocks in the estate that call this one (self-calls excluded). */
  fanIn: number;
  /** Remaining-debt weight in statement-points (see README). */
  weight: number;
  /** Callees that are blocks of the estate (unresolved targets and self-calls left out), sorted. */
  calls: string[];
  /** The tagged TypeScript declaration that decided a scan state, when any. */
  target?: { file: string; line: number; identifier: string };
  /** The legacy source of the block. */
  legacyFile: string;
  legacyLine: number;
  /** The ledger decision, when the state came from the ledger. */
  ledger?: { reason: string; date: string; until?: string };
}

// ---- metrics ----

/** Count and weight figures for a set of blocks (the whole estate, one chain or one business system). */
export interface ProgressFigures {
  /** Number of blocks, EABs and kept-for-back-years included. */
  total: number;
  byState: Record<BlockState, number>;
  /** total − kept-for-back-years: the blocks the end-of-2026 target is about. */
  scope: number;
  /** implemented + verified + retired. */
  migrated: number;
  /** legacy + stubbed. */
  remaining: number;
  /** migrated / scope × 100 (100 when scope is 0), 2 decimals. */
  migratedPct: number;
  /** remaining / scope × 100 (0 when scope is 0), 2 decimals. */
  remainingPct: number;
  /** Sum of weights of the in-scope blocks, statement-points, 2 decimals. */
  totalWeight: number;
  /** Sum of weights of legacy + stubbed blocks, statement-points, 2 decimals. */
  weightedDebt: number;
  /** weightedDebt / totalWeight × 100 (0 when totalWeight is 0), 2 decimals. */
  remainingDebtPct: number;
  rating: DebtRating;
  /** Blocks kept for back tax years: reported apart, outside scope. */
  keptForBackYears: { count: number; weight: number };
}

/** SQALE-style rating of the remaining-debt share. */
export type DebtRating = 'A' | 'B' | 'C' | 'D' | 'E';

/** A migrated block that still calls Gen code that is not migrated. */
export interface Blocker {
  name: string;
  domain: string;
  state: 'implemented' | 'verified';
  /** The legacy or stubbed callees, sorted by name. */
  waitingOn: { name: string; state: 'legacy' | 'stubbed' }[];
}

/** An unmigrated block that can move now: every callee outside its own cycle is migrated. */
export interface Candidate {
  name: string;
  domain: string;
  state: 'legacy' | 'stubbed';
  wave: number | null;
  weight: number;
  statements: number;
}

// ---- baseline ratchet ----

/** The baseline file: the state of every block at a point in time. */
export interface ProgressBaseline {
  schemaVersion: 1;
  kind: 'coolgen-progress-baseline';
  date: string;
  commit: string | null;
  /** Block name → state, keys sorted. */
  blocks: Record<string, BlockState>;
}

/** One block whose state changed against the baseline; `old` is null for a block new in the estate. */
export interface StateChange {
  name: string;
  domain: string | null;
  old: BlockState | null;
  /** null for a block that left the estate. */
  new: BlockState | null;
}

/** The comparison with the baseline. */
export interface BaselineComparison {
  baselineDate: string;
  baselineCommit: string | null;
  /** Blocks that went down, or appeared in legacy/stubbed (see README ratchet rules). */
  regressions: StateChange[];
  improvements: StateChange[];
  /** Changes that are neither: new blocks that arrive migrated, blocks that left the estate, a terminal block back in code. */
  otherChanges: StateChange[];
}

// ---- history and projection ----

/** Figures per chain in one history record. */
export interface HistoryFigures {
  total: number;
  scope: number;
  migrated: number;
  migratedPct: number;
  remainingDebtPct: number;
}

/** One line of the history JSONL file. */
export interface HistoryRecord {
  schemaVersion: 1;
  date: string;
  commit: string | null;
  overall: HistoryFigures;
  byDomain: Record<string, HistoryFigures>;
}

/** The projected completion of one chain (or overall). */
export interface Projection {
  /** Number of history points used (the current run included). */
  points: number;
  /** First and last date of the points. */
  from: string | null;
  to: string | null;
  /** Least-squares slope of migratedPct in percentage points per day, 4 decimals; null with < 2 points. */
  slopePctPerDay: number | null;
  /** The date the fitted line reaches 100%, or null when it cannot be projected. */
  projectedDate: string | null;
  targetDate: string;
  /** True/false when projected; null when not. */
  onTrack: boolean | null;
  /** 'projected' | 'complete' | 'not-enough-history' | 'no-progress'. */
  status: 'projected' | 'complete' | 'not-enough-history' | 'no-progress';
  /** A plain sentence stating the outcome and its uncertainty. */
  note: string;
}

// ---- the report ----

/** Everything `coolgen progress` knows, as plain data; the JSON format is this object. */
export interface ProgressReport {
  schemaVersion: 1;
  date: string;
  commit: string | null;
  targetDate: string;
  backYearsUntil: string;
  /** Number of blocks, EABs included. */
  total: number;
  byState: Record<BlockState, number>;
  migratedPct: number;
  remainingPct: number;
  remainingDebtPct: number;
  weightedDebt: number;
  totalWeight: number;
  rating: DebtRating;
  keptForBackYears: { count: number; weight: number; blocks: { name: string; domain: string; until: string | null; reason: string }[] };
  /** Business systems that still hold legacy or stubbed blocks: the seed letter's "share of systems". */
  systems: { total: number; withDebt: number; debtPct: number };
  byDomain: Record<string, ProgressFigures>;
  byBusinessSystem: Record<string, ProgressFigures & { domains: string[] }>;
  blockers: Blocker[];
  nextCandidates: Candidate[];
  /** All candidates, before the limit on nextCandidates. */
  nextCandidatesTotal: number;
  /** Comparison with --baseline (empty lists when there is none). */
  baseline: { date: string; commit: string | null } | null;
  regressions: StateChange[];
  improvements: StateChange[];
  otherChanges: StateChange[];
  /** --max-debt, when given, and whether remainingDebtPct broke it. */
  threshold: { maxDebtPct: number; exceeded: boolean } | null;
  projection: { overall: Projection; byDomain: Record<string, Projection> } | null;
  blocks: BlockProgress[];
}
