// Builds the Inventory from the per-file summaries: chain assignment from the config, linking, the entity and
// exit-state indexes, totals, parse coverage and every diagnostic, all in a deterministic order.
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import {
  INVENTORY_SCHEMA_VERSION,
  type CoverageFigures,
  type EntitySummary,
  type ExitStateSummary,
  type Inventory,
  type InventoryBlock,
  type InventoryTotals,
} from './inventory-types.js';
import type { ResolvedConfig } from './config-types.js';
import { assignChain, isProcedureStep } from './chains.js';
import { linkBlocks } from './link.js';
import type { BlockSummary, FileSummary } from './summarise.js';

/** The inputs of buildInventory. */
export interface InventoryParts {
  files: readonly FileSummary[];
  /** Diagnostics that belong to no parsed file (e.g. `read/no-input` for a path that matched nothing). */
  diagnostics?: readonly Diagnostic[];
}

const CRUD = 'CRUD';

function compareBlocks(a: InventoryBlock, b: InventoryBlock): number {
  return (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line;
}

/** Give a summarised block its chain, business system and (config-listed) procedure-step kind. */
export function assignBlock(summary: BlockSummary, config: ResolvedConfig): InventoryBlock {
  const { name, kind, file, ...rest } = summary.block;
  const { domain, businessSystem } = assignChain(config, name, file);
  const finalKind = kind === 'action-block' && isProcedureStep(config, name) ? 'procedure-step' : kind;
  return { name, kind: finalKind, domain, businessSystem, file, ...rest };
}

/** A block summary whose block has its chain already (assignFileBlocks). */
export interface AssignedBlockSummary extends BlockSummary {
  block: InventoryBlock;
}

/** A file summary whose blocks have their chains already. */
export interface AssignedFileSummary extends FileSummary {
  blocks: AssignedBlockSummary[];
}

/**
 * Assign every block of a file summary in place (see assignBlock): done as each file is parsed, on the thread
 * that parsed it, so that the inventory is built from the final block objects without copying them all at the end.
 */
export function assignFileBlocks(summary: FileSummary, config: ResolvedConfig): AssignedFileSummary {
  for (const b of summary.blocks) b.block = assignBlock(b, config);
  return summary as AssignedFileSummary;
}

function coverageFigures(blocks: readonly InventoryBlock[]): CoverageFigures {
  let clean = 0;
  let recovered = 0;
  let unknown = 0;
  for (const b of blocks) {
    clean += b.coverage.clean;
    recovered += b.coverage.recovered;
    unknown += b.coverage.unknown;
  }
  const statements = clean + recovered + unknown;
  return { statements, clean, recovered, unknown, cleanPct: statements === 0 ? 100 : Math.round((clean / statements) * 1000) / 10 };
}

/** coverageFigures of one file, `file` first (one literal per file instead of a spread). */
function fileCoverage(file: string, blocks: readonly InventoryBlock[]): { file: string } & CoverageFigures {
  const f = coverageFigures(blocks);
  return { file, statements: f.statements, clean: f.clean, recovered: f.recovered, unknown: f.unknown, cleanPct: f.cleanPct };
}

/** The CRUD letters in `a` or `b`, in CRUD order (a plain loop: this runs once per entity use of every block). */
function mergeLetters(a: string, b: string): string {
  let out = '';
  for (let i = 0; i < CRUD.length; i++) {
    const l = CRUD[i] as string;
    if (a.includes(l) || b.includes(l)) out += l;
  }
  return out;
}

function indexEntities(blocks: readonly InventoryBlock[]): EntitySummary[] {
  const byEntity = new Map<string, Record<string, string>>();
  for (const b of blocks) {
    for (const [entity, letters] of Object.entries(b.entities)) {
      const usedBy = byEntity.get(entity) ?? {};
      usedBy[b.name] = mergeLetters(usedBy[b.name] ?? '', letters);
      byEntity.set(entity, usedBy);
    }
  }
  return [...byEntity.keys()].sort().map((name) => {
    const usedBy = byEntity.get(name) as Record<string, string>;
    const sorted: Record<string, string> = {};
    for (const key of Object.keys(usedBy).sort()) sorted[key] = usedBy[key] as string;
    return { name, usedBy: sorted };
  });
}

function indexExitStates(blocks: readonly InventoryBlock[]): ExitStateSummary[] {
  const byName = new Map<string, Set<string>>();
  for (const b of blocks) {
    for (const e of b.exitStates) {
      const set = byName.get(e) ?? new Set<string>();
      set.add(b.name);
      byName.set(e, set);
    }
  }
  return [...byName.keys()].sort().map((name) => ({ name, setBy: [...(byName.get(name) as Set<string>)].sort() }));
}

function computeTotals(files: readonly FileSummary[], blocks: readonly InventoryBlock[], inv: Omit<Inventory, 'totals' | 'schemaVersion'>): InventoryTotals {
  const errorFiles = new Set(inv.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  const byDomain: InventoryTotals['byDomain'] = {};
  for (const domain of [...new Set(blocks.map((b) => b.domain))].sort()) byDomain[domain] = { blocks: 0, statements: 0 };
  for (const b of blocks) {
    const d = byDomain[b.domain] as { blocks: number; statements: number };
    d.blocks++;
    d.statements += b.statements;
  }
  return {
    files: files.length,
    filesWithErrors: files.filter((f) => errorFiles.has(f.file.path)).length,
    actionBlocks: blocks.length,
    externals: blocks.filter((b) => b.kind === 'external').length,
    procedureSteps: blocks.filter((b) => b.kind === 'procedure-step').length,
    statements: blocks.reduce((sum, b) => sum + b.statements, 0),
    unresolvedTargets: inv.unresolvedTargets.length,
    entities: inv.entities.length,
    exitStates: inv.exitStates.length,
    errors: inv.diagnostics.filter((d) => d.severity === 'error').length,
    warnings: inv.diagnostics.filter((d) => d.severity === 'warning').length,
    byDomain,
  };
}

/**
 * Build the inventory. Blocks are sorted by name, then file, then line; entities, exit states and unresolved
 * targets by name; coverage files by path; diagnostics by file, line, column and code. The same summaries
 * always give the same inventory, whatever order the files were parsed in.
 */
export function buildInventory(parts: InventoryParts, config: ResolvedConfig): Inventory {
  const files = parts.files.map((f) => ({ file: f.file, blocks: f.blocks.map((b) => ({ ...b, block: assignBlock(b, config) })) }));
  return buildAssignedInventory(files, parts.diagnostics);
}

/** buildInventory from file summaries whose blocks are assigned already (assignFileBlocks); uses their block objects. */
export function buildAssignedInventory(parts: readonly AssignedFileSummary[], extraDiagnostics: readonly Diagnostic[] = []): Inventory {
  const files = [...parts].sort((a, b) => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0));
  const summaries = files.flatMap((f) => f.blocks);
  const link = linkBlocks(summaries.map((s) => ({ name: s.block.name, file: s.block.file, line: s.block.line, span: s.span, callSites: s.callSites })));
  const actionBlocks = summaries.map((s) => s.block).sort(compareBlocks);
  const byFile = new Map<string, InventoryBlock[]>();
  for (const b of actionBlocks) {
    const list = byFile.get(b.file);
    if (list) list.push(b);
    else byFile.set(b.file, [b]);
  }
  const diagnostics = sortDiagnostics([...files.flatMap((f) => f.file.diagnostics), ...link.diagnostics, ...extraDiagnostics]);
  const body = {
    actionBlocks,
    unresolvedTargets: link.unresolvedTargets,
    entities: indexEntities(actionBlocks),
    exitStates: indexExitStates(actionBlocks),
    parseCoverage: {
      total: coverageFigures(actionBlocks),
      files: files.map((f) => fileCoverage(f.file.path, byFile.get(f.file.path) ?? [])),
    },
    diagnostics,
  };
  return {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    actionBlocks: body.actionBlocks,
    unresolvedTargets: body.unresolvedTargets,
    entities: body.entities,
    exitStates: body.exitStates,
    totals: computeTotals(files, actionBlocks, body),
    parseCoverage: body.parseCoverage,
    diagnostics,
  };
}
