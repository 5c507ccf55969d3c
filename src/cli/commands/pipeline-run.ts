// The work of `coolgen pipeline` (see ./pipeline.ts for the command line): load the estate ONCE, then inventory →
// graph and analyses → TypeScript stubs (plus the sample's demo migrations) → progress and CI gate, every output under
// --out. Loaded on demand because generation pulls in ts-morph through the public API (../../index.js).
import { join, relative, sep } from 'node:path';
import {
  analyzeGraph,
  buildDependencyGraph,
  chainLevelGraph,
  hasErrors,
  implementDemoBlocks,
  loadWorkspace,
  renderAnalysisJson,
  renderAnalysisMarkdown,
  renderChainGraphDot,
  renderChainGraphMermaid,
  renderGraphGraphml,
  renderInventoryCsv,
  renderInventoryJsonChunks,
  renderInventoryMarkdown,
  renderSarif,
  resolveConfigFile,
  typeCheckFiles,
  type Diagnostic,
  type Workspace,
} from '../../index.js';
import { ExitCode, emitOutput, emitOutputChunks, printError, stderrIsTty, writeFileAtomic } from '../io.js';
import { toolVersion } from '../version.js';
import { generateInto, readTypeMap } from './generate-run.js';
import { InputError, progressOn } from './progress-run.js';
import { diagnosticLine } from '../diagnostic-line.js';
import { readTextFile, readTextFolder, type TextFile } from '../text-files.js';
import { createProgressBar } from '../progress-bar.js';
import type { PipelineArgs } from './pipeline.js';

function readText(path: string): string | null {
  return readTextFile(path).value;
}

/** The demo selection of a sample estate (its `.coolgen-sample.json` manifest), or null for a real estate. */
function demoOf(paths: string[]): { implement: string[]; verify: string[] } | null {
  for (const path of paths) {
    const text = readText(join(path, '.coolgen-sample.json'));
    if (text === null) continue;
    try {
      const demo = (JSON.parse(text) as { demo?: { implement?: unknown; verify?: unknown } }).demo;
      if (Array.isArray(demo?.implement) && Array.isArray(demo?.verify)) {
        return { implement: demo.implement.map(String), verify: demo.verify.map(String) };
      }
    } catch {
      return null;
    }
  }
  return null;
}

/** Read every TypeScript file of the generated folder (relative paths with `/`). */
function readFolder(root: string): TextFile[] {
  return readTextFolder(root, ['**/*.ts', 'tsconfig.json'], ['node_modules/**']).value;
}

/** Step 1: inventory files (the JSON streamed piece by piece, never one string). */
async function writeInventory(workspace: Workspace, out: string): Promise<void> {
  await emitOutputChunks(renderInventoryJsonChunks(workspace.inventory), join(out, 'inventory.json'));
  writeFileAtomic(join(out, 'inventory.csv'), renderInventoryCsv(workspace.inventory));
  writeFileAtomic(join(out, 'inventory.md'), renderInventoryMarkdown(workspace.inventory));
  writeFileAtomic(join(out, 'diagnostics.sarif'), renderSarif(workspace.diagnostics, { name: 'coolgen', version: toolVersion() }));
}

/** Step 2: graph and analyses; returns a one-line summary. */
function writeAnalysis(workspace: Workspace, out: string): string {
  const graph = buildDependencyGraph(workspace.inventory, workspace.config);
  const analysis = analyzeGraph(graph, workspace.config);
  const chains = chainLevelGraph(graph);
  writeFileAtomic(join(out, 'analysis.json'), renderAnalysisJson(analysis));
  writeFileAtomic(join(out, 'analysis.md'), renderAnalysisMarkdown(analysis));
  writeFileAtomic(join(out, 'chains.dot'), renderChainGraphDot(chains));
  writeFileAtomic(join(out, 'chains.mmd'), renderChainGraphMermaid(chains));
  writeFileAtomic(join(out, 'graph.graphml'), renderGraphGraphml(graph));
  return `${analysis.cycles.length} cycles, ${analysis.waves.length} migration waves, ${analysis.unreferenced.length} unreferenced blocks`;
}

/** Step 3b: implement the sample's demo blocks in out/ts (idempotent) and type-check the result. */
function writeDemo(tsOut: string, demo: { implement: string[]; verify: string[] }): { summary: string; typeErrors: number } {
  const files = readFolder(tsOut);
  const before = new Map(files.map((f) => [f.path, f.content]));
  const result = implementDemoBlocks(files, demo);
  for (const f of result.value.files) if (before.get(f.path) !== f.content) writeFileAtomic(join(tsOut, f.path), f.content);
  const problems = typeCheckFiles(result.value.files, undefined, true);
  problems.slice(0, 10).forEach((p) => printError(`${p.path}:${p.line}:${p.column}: error TS${p.code}: ${p.message.split('\n')[0]}`));
  return {
    summary: `demo: ${result.value.implemented.length} blocks implemented, ${result.value.verified.length} verified by tests`,
    typeErrors: problems.length,
  };
}

/** Run `coolgen pipeline` and resolve to its exit code. */
export async function runPipeline(argv: PipelineArgs): Promise<number> {
  const config = resolveConfigFile(argv.config !== undefined ? { configPath: argv.config, cwd: process.cwd() } : { cwd: process.cwd() });
  const typeMap = readTypeMap(config.value.typeMap);
  const setup: Diagnostic[] = [...config.diagnostics, ...typeMap.diagnostics];
  if (hasErrors(setup)) {
    setup.forEach((d) => printError(diagnosticLine(d)));
    printError('coolgen pipeline: invalid configuration or type map; nothing written.');
    return ExitCode.usage;
  }
  const bar = createProgressBar(stderrIsTty(), 'parse');
  const workspace = await loadWorkspace({ paths: argv.paths, config: config.value, retainAst: true, onProgress: bar.update });
  bar.stop();
  if (workspace.files.length === 0 || hasErrors(workspace.diagnostics.filter((d) => d.code === 'read/no-input'))) {
    workspace.diagnostics.filter((d) => d.code === 'read/no-input').forEach((d) => printError(diagnosticLine(d)));
    printError('coolgen pipeline: no input files; nothing written.');
    return ExitCode.usage;
  }
  const totals = workspace.inventory.totals;
  // Each step's line is printed as soon as the step is done, so the steps' own summaries (generate, progress)
  // appear under the step they belong to.
  const say = (line: string): void => emitOutput(line, undefined);
  say(`coolgen pipeline: ${totals.files} files, ${totals.actionBlocks} action blocks, ${totals.statements} statements, ${totals.errors} errors, ${totals.warnings} warnings`);
  await writeInventory(workspace, argv.out);
  say(`  inventory   → ${join(argv.out, 'inventory.{json,csv,md}')}, diagnostics.sarif`);
  say(`  analysis    → ${join(argv.out, 'analysis.{json,md}')}, chains.{dot,mmd}, graph.graphml: ${writeAnalysis(workspace, argv.out)}`);

  const tsOut = join(argv.out, 'ts');
  const generated = generateInto(workspace, typeMap.value, { out: tsOut, dryRun: false, check: false });
  const demo = demoOf(argv.paths);
  const checked = demo ? writeDemo(tsOut, demo) : { summary: 'no demo (not a sample estate)', typeErrors: typeCheckFiles(readFolder(tsOut), undefined, true).length };
  say(`  typescript  → ${tsOut}: ${checked.summary}; strict type check: ${checked.typeErrors === 0 ? 'no errors' : `${checked.typeErrors} errors`}`);

  let progress: number = ExitCode.ok;
  const historyOut = argv.history !== undefined ? join(argv.out, 'progress-history.jsonl') : undefined;
  if (argv.history !== undefined && historyOut !== undefined) writeFileAtomic(historyOut, readText(argv.history) ?? '');
  try {
    progress = progressOn(workspace, config.value, {
      target: tsOut,
      writeBaseline: false,
      format: 'md',
      out: join(argv.out, 'progress.md'),
      badge: join(argv.out, 'gen-debt.svg'),
      ...(argv.ledger !== undefined ? { ledger: argv.ledger } : {}),
      ...(historyOut !== undefined ? { history: historyOut } : {}),
      ...(argv.date !== undefined ? { date: argv.date } : {}),
    });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    printError(error.message);
    return ExitCode.usage;
  }
  say(`  progress    → ${join(argv.out, 'progress.md')}, gen-debt.svg${historyOut ? ', progress-history.jsonl' : ''}`);
  const failed = generated !== ExitCode.ok || checked.typeErrors > 0 || totals.errors > 0;
  return failed ? ExitCode.findings : progress;
}
