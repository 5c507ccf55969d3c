// Decides the state of every block of the estate (EABs included) from the ledger and the scan of the migrated code,
// and its weight in statement-points. Precedence: ledger > scan > legacy (documented in the README).
import { createDiagnostic, type Diagnostic, type Result, type SourceSpan } from '../../diagnostics/diagnostic.js';
import { DiagnosticCodes } from '../../diagnostics/codes.js';
import type { Inventory, InventoryBlock } from '../../model/inventory-types.js';
import type { BlockProgress, BlockState, Ledger, ScanResult, ScannedTag } from './types.js';
import { blockWeight } from './weight.js';

/** Options of computeBlockStates(). */
export interface BlockStateOptions {
  /** Migration waves, wave 0 first (the `waves` of `coolgen analyze`); blocks not listed get wave null. */
  waves?: readonly (readonly string[])[];
  /** The run date, YYYY-MM-DD (for expired kept-for-back-years entries). */
  date: string;
  /** Last day Gen may run for back tax years (config progress.backYearsUntil, default 2032-12-31). */
  backYearsUntil: string;
}

const SCAN_RANK: Record<ScannedTag['state'], number> = { stubbed: 1, implemented: 2, verified: 3 };

/**
 * The state of every block: a ledger entry (retired / kept-for-back-years) wins; otherwise the scan decides
 * (stubbed / implemented / verified); otherwise `legacy`. Tags and ledger entries for names outside the estate
 * get `progress/unknown-tag` / `progress/unknown-ledger-entry` warnings. Blocks come back sorted by name; a name
 * defined twice counts once (its first definition).
 */
export function computeBlockStates(inventory: Inventory, scan: ScanResult, ledger: Ledger, options: BlockStateOptions): Result<BlockProgress[]> {
  const diagnostics: Diagnostic[] = [];
  // A name defined twice (link/duplicate-block) is one block: its first definition, as in the dependency graph.
  const firstByName = new Map<string, InventoryBlock>();
  for (const b of inventory.actionBlocks) if (!firstByName.has(b.name)) firstByName.set(b.name, b);
  const blocks = [...firstByName.values()].sort((a, b) => cmp(a.name, b.name));
  const estate = new Set(blocks.map((b) => b.name));
  const fanIn = computeFanIn(blocks, estate);
  const waveOf = new Map<string, number>();
  (options.waves ?? []).forEach((wave, index) => wave.forEach((name) => waveOf.set(name, index)));

  const tagsByName = new Map<string, ScannedTag[]>();
  for (const tag of scan.tags) {
    if (!estate.has(tag.name)) {
      diagnostics.push(
        createDiagnostic(DiagnosticCodes.progressUnknownTag, 'warning', 'progress', `@${tag.tag} ${tag.name} names no block of the estate (typo, or a block that was removed)`, pointSpan(tag.file, tag.line, tag.column), { data: { name: tag.name } }),
      );
      continue;
    }
    const list = tagsByName.get(tag.name) ?? [];
    list.push(tag);
    tagsByName.set(tag.name, list);
  }
  const ledgerByName = new Map(ledger.entries.map((e) => [e.name, e]));
  for (const entry of ledger.entries) {
    if (!estate.has(entry.name)) {
      diagnostics.push(createDiagnostic(DiagnosticCodes.progressUnknownLedgerEntry, 'warning', 'progress', `ledger entry ${entry.name} names no block of the estate; it is ignored`, undefined, { data: { name: entry.name } }));
    } else if (entry.until !== undefined && entry.until < options.date) {
      diagnostics.push(createDiagnostic(DiagnosticCodes.progressLedgerExpired, 'warning', 'progress', `${entry.name} was kept for back tax years until ${entry.until}, which has passed: retire it or extend the entry`, undefined, { data: { name: entry.name, until: entry.until } }));
    } else if (entry.until !== undefined && entry.until > options.backYearsUntil) {
      diagnostics.push(createDiagnostic(DiagnosticCodes.progressLedgerExpired, 'warning', 'progress', `${entry.name} is kept until ${entry.until}, after the back-years end ${options.backYearsUntil}`, undefined, { data: { name: entry.name, until: entry.until } }));
    }
  }

  const value = blocks.map((block): BlockProgress => {
    const calls = [...new Set(block.calls)].filter((c) => c !== block.name && estate.has(c)).sort(cmp);
    const fi = fanIn.get(block.name) ?? 0;
    const progress: BlockProgress = {
      name: block.name,
      kind: block.kind,
      domain: block.domain,
      businessSystem: block.businessSystem,
      state: 'legacy',
      stateSource: 'none',
      wave: waveOf.get(block.name) ?? null,
      statements: block.statements,
      complexity: block.complexity,
      fanIn: fi,
      weight: blockWeight(block.statements, block.complexity, fi),
      calls,
      legacyFile: block.file,
      legacyLine: block.line,
    };
    const entry = ledgerByName.get(block.name);
    const scanned = decideScanState(tagsByName.get(block.name) ?? []);
    if (entry) {
      progress.state = entry.state;
      progress.stateSource = 'ledger';
      progress.ledger = { reason: entry.reason, date: entry.date, ...(entry.until !== undefined ? { until: entry.until } : {}) };
    } else if (scanned) {
      progress.state = scanned.state;
      progress.stateSource = 'scan';
    }
    if (scanned) progress.target = { file: scanned.tag.file, line: scanned.tag.line, identifier: scanned.tag.identifier };
    return progress;
  });
  return { value, diagnostics };
}

/**
 * The scan state of one name. The `@coolgen` declarations give the primary state; when a name is tagged twice
 * the least advanced copy counts (a duplicate cannot claim more progress than its weakest copy). `@coolgenImplements`
 * implementers (adapters of an EAB interface; several are allowed) count with their best state. The result is the
 * more advanced of the two.
 */
function decideScanState(tags: ScannedTag[]): { state: BlockState; tag: ScannedTag } | undefined {
  let primary: ScannedTag | undefined;
  let implementer: ScannedTag | undefined;
  for (const tag of tags) {
    if (tag.tag === 'coolgen') {
      if (!primary || SCAN_RANK[tag.state] < SCAN_RANK[primary.state]) primary = tag;
    } else if (!implementer || SCAN_RANK[tag.state] > SCAN_RANK[implementer.state]) {
      implementer = tag;
    }
  }
  const best = !primary ? implementer : !implementer ? primary : SCAN_RANK[implementer.state] > SCAN_RANK[primary.state] ? implementer : primary;
  return best ? { state: best.state, tag: best } : undefined;
}

/** Distinct callers per block, self-calls and callers outside the estate left out. */
function computeFanIn(blocks: readonly InventoryBlock[], estate: ReadonlySet<string>): Map<string, number> {
  const fanIn = new Map<string, number>();
  for (const block of blocks) {
    for (const callee of new Set(block.calls)) {
      if (callee !== block.name && estate.has(callee)) fanIn.set(callee, (fanIn.get(callee) ?? 0) + 1);
    }
  }
  return fanIn;
}

function pointSpan(file: string, line: number, column: number): SourceSpan {
  return { file, startOffset: 0, endOffset: 0, startLine: line, startColumn: column, endLine: line, endColumn: column };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
