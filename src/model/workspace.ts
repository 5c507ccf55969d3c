// loadWorkspace: list the input files, parse and summarise each (on a piscina worker pool above the configured
// threshold), then link and build the inventory. One bad file never stops the run; worker and single-thread
// runs give identical workspaces because results are put back in file order before anything is built.
import { availableParallelism } from 'node:os';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { Piscina } from 'piscina';
import type { ResolvedConfig } from './config-types.js';
import type { LoadWorkspaceOptions, Workspace, WorkspaceBlock } from './workspace-types.js';
import { defaultConfig } from './config-defaults.js';
import { parseInputFile, type FileTask, type RetainOptions } from './file-task.js';
import { buildInventory } from './inventory.js';
import { listInputFiles } from './source-reader.js';
import type { ParseBatch } from './parse-worker.js';
import type { FileSummary } from './summarise.js';

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

/** Files per pool task: enough tasks to balance the threads, few enough to keep messaging cheap. */
function batchSize(files: number, threads: number): number {
  return Math.max(1, Math.min(32, Math.ceil(files / (threads * 8))));
}

function parseInline(tasks: readonly FileTask[], retain: RetainOptions, progress: (n: number) => void): FileSummary[] {
  return tasks.map((task) => {
    const summary = parseInputFile(task, retain);
    progress(1);
    return summary;
  });
}

async function parseOnPool(tasks: readonly FileTask[], retain: RetainOptions, progress: (n: number) => void): Promise<FileSummary[]> {
  const threads = Math.max(1, availableParallelism());
  const size = batchSize(tasks.length, threads);
  const batches: FileTask[][] = [];
  for (let i = 0; i < tasks.length; i += size) batches.push(tasks.slice(i, i + size));
  const pool = new Piscina<ParseBatch, FileSummary[]>({ filename: parseWorkerUrl().href, minThreads: threads, maxThreads: threads, idleTimeout: 1000 });
  try {
    const results = await Promise.all(
      batches.map(async (batch) => {
        let summaries: FileSummary[];
        try {
          summaries = await pool.run({ tasks: batch, retain });
        } catch {
          // The worker could not start or died: parse this batch here instead; the run goes on.
          summaries = batch.map((task) => parseInputFile(task, retain));
        }
        progress(batch.length);
        return summaries;
      }),
    );
    return results.flat();
  } finally {
    await pool.destroy();
  }
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
  const summaries = useWorkers(options.workers, tasks.length, config)
    ? await parseOnPool(tasks, retain, progress)
    : parseInline(tasks, retain, progress);
  const inventory = buildInventory({ files: summaries, diagnostics: listed.diagnostics }, config);
  const blocks: Record<string, WorkspaceBlock> = {};
  const byKey = new Map(summaries.flatMap((f) => f.blocks.map((b) => [`${b.block.name}\u0000${b.block.file}\u0000${b.block.line}`, b] as const)));
  for (const ib of inventory.actionBlocks) {
    if (Object.hasOwn(blocks, ib.name)) continue;
    const summary = byKey.get(`${ib.name}\u0000${ib.file}\u0000${ib.line}`);
    if (summary === undefined) continue;
    const views = summary.views ?? { imports: [], exports: [], locals: [], entityActions: [] };
    const entry: WorkspaceBlock = { name: ib.name, file: ib.file, line: ib.line, views };
    if (summary.ast !== undefined) entry.ast = summary.ast;
    blocks[ib.name] = entry;
  }
  const files = summaries.map((s) => s.file).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { config, files, inventory, blocks, diagnostics: inventory.diagnostics };
}
