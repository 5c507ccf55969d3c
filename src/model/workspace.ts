// loadWorkspace: list the input files, parse and summarise each (on the parse pool, parse-pool.ts, above the
// configured threshold), then link and build the inventory. One bad file never stops the run; worker and
// single-thread runs give identical workspaces because results are put back in file order before anything is built.
import { availableParallelism } from 'node:os';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { ResolvedConfig } from './config-types.js';
import type { LoadWorkspaceOptions, Workspace, WorkspaceBlock } from './workspace-types.js';
import { defaultConfig } from './config-defaults.js';
import { parseInputFile, type FileTask, type RetainOptions } from './file-task.js';
import { assignFileBlocks, buildAssignedInventory, type AssignedBlockSummary, type AssignedFileSummary } from './inventory.js';
import { listInputFiles } from './source-reader.js';
import { parseOnPool } from './parse-pool.js';
import { StringPool, internSummary } from './intern.js';
import type { View, ViewSections } from '../ast/nodes.js';
import type { Inventory, InventoryBlock } from './inventory-types.js';

/**
 * The path the inventory shows for a file: relative to `cwd` when inside it, else absolute; `/` separators.
 */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  const abs = resolve(cwd, file);
  const rel = relative(cwd, abs);
  const inside = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  return (inside ? rel : abs).split(sep).join('/');
}

/**
 * The compiled worker module. From dist/ it sits next to this file; when this file runs from the TypeScript
 * sources (vitest), the compiled copy in dist/ is used (tests build first).
 */
export function parseWorkerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('../../dist/src/model/parse-worker.js', here) : new URL('./parse-worker.js', here);
}

/**
 * One worker per core but one: the main thread parses too. It has the parser loaded anyway, and on 2 cores one
 * worker plus the main thread beats two workers and an idle main thread: each extra worker costs its own start-up,
 * JIT warm-up and heap (measured on a 107 MiB estate: about 1.3 s of CPU and 30 MiB per worker).
 */
function poolWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

async function parseAll(tasks: readonly FileTask[], retain: RetainOptions, config: ResolvedConfig, pooled: boolean, progress: (n: number) => void): Promise<AssignedFileSummary[]> {
  if (pooled) {
    // A worker's summaries arrive as copies with a string of their own for every name, path and banner line:
    // they are interned (about 10 MiB less on a 107 MiB estate). Summaries parsed here share those already.
    const strings = new StringPool();
    const accept = (summary: AssignedFileSummary, fromWorker: boolean): AssignedFileSummary => (fromWorker ? internSummary(summary, strings) : summary);
    return parseOnPool(tasks, { workerUrl: parseWorkerUrl(), workers: poolWorkers(), mainParses: true, retain, config, accept, progress });
  }
  return tasks.map((task) => {
    const summary = assignFileBlocks(parseInputFile(task, retain), config);
    progress(1);
    return summary;
  });
}

/** The views of every block when they are not kept: one shared, frozen set of empty sections. */
const NO_VIEWS: ViewSections = Object.freeze({
  imports: Object.freeze([]) as unknown as View[],
  exports: Object.freeze([]) as unknown as View[],
  locals: Object.freeze([]) as unknown as View[],
  entityActions: Object.freeze([]) as unknown as View[],
});

/** Each block name's first definition in inventory order (name, file, line), with its views and AST. */
function workspaceBlocks(inventory: Inventory, summaries: readonly AssignedFileSummary[]): Record<string, WorkspaceBlock> {
  const byBlock = new Map<InventoryBlock, AssignedBlockSummary>();
  for (const f of summaries) for (const b of f.blocks) byBlock.set(b.block, b);
  const blocks: Record<string, WorkspaceBlock> = {};
  for (const ib of inventory.actionBlocks) {
    if (Object.hasOwn(blocks, ib.name)) continue;
    const summary = byBlock.get(ib);
    if (summary === undefined) continue;
    const entry: WorkspaceBlock = { name: ib.name, file: ib.file, line: ib.line, views: summary.views ?? NO_VIEWS };
    if (summary.ast !== undefined) entry.ast = summary.ast;
    blocks[ib.name] = entry;
  }
  return blocks;
}

function useWorkers(option: LoadWorkspaceOptions['workers'], files: number, config: ResolvedConfig): boolean {
  if (option === true) return files > 0;
  if (option === false) return false;
  return files > config.workerThreshold;
}

/**
 * Load a workspace: every input file parsed, summarised, linked and inventoried. Paths in the result are
 * relative to the current folder when inside it (`/` separators). Problems are diagnostics, never exceptions.
 */
export async function loadWorkspace(options: LoadWorkspaceOptions): Promise<Workspace> {
  const config = options.config ?? defaultConfig();
  const retain: RetainOptions = { retainAst: options.retainAst === true, retainViews: options.retainViews !== false };
  const listed = listInputFiles(options.paths, options.include ?? config.include, options.exclude ?? config.exclude);
  const cwd = process.cwd();
  // The same file named twice (`dir` and `./dir/a.cbl`) is read once: it would otherwise define its blocks twice.
  const seen = new Set<string>();
  const tasks: FileTask[] = [];
  for (const path of listed.value) {
    const display = displayPath(path, cwd);
    if (!seen.has(display)) tasks.push({ path, display });
    seen.add(display);
  }
  let done = 0;
  const progress = (n: number): void => {
    done += n;
    options.onProgress?.(done, tasks.length);
  };
  options.onProgress?.(0, tasks.length);
  const summaries = await parseAll(tasks, retain, config, useWorkers(options.workers, tasks.length, config), progress);
  const inventory = buildAssignedInventory(summaries, listed.diagnostics);
  const blocks = workspaceBlocks(inventory, summaries);
  const files = summaries.map((s) => s.file).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { config, files, inventory, blocks, diagnostics: inventory.diagnostics };
}
