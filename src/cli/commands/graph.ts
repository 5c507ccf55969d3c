// `coolgen graph <paths...>`: the dependency graph as json | dot | mermaid | graphml, optionally one chain
// (--chain) and/or one block's neighbourhood (--focus/--depth). Also holds the estate loader that `analyze` and
// `impact` share. Exit codes: 0 ok, 1 focus block or chain not found, 2 usage/config error or no input.
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import {
  DEFAULT_FOCUS_DEPTH,
  buildDependencyGraph,
  chainLevelGraph,
  chainSubgraph,
  findGraphNode,
  focusGraph,
  hasErrors,
  loadWorkspace,
  renderGraphDot,
  renderGraphGraphml,
  renderGraphJson,
  renderGraphMermaid,
  resolveConfigFile,
  withoutEntities,
  type DependencyGraph,
  type Diagnostic,
  type Inventory,
  type ResolvedConfig,
} from '../../core.js';
import { ExitCode, emitOutput, printError } from '../io.js';

/** The estate as the analysis commands need it. */
export interface LoadedEstate {
  inventory: Inventory;
  config: ResolvedConfig;
}

function diagnosticLine(d: Diagnostic): string {
  const where = d.span ? `${d.span.file}:${d.span.startLine}:${d.span.startColumn}: ` : d.file ? `${d.file}: ` : '';
  return `${where}${d.severity} ${d.code}: ${d.message}`;
}

/**
 * Resolve the config and load the workspace for `command`. Returns the exit code (2) after printing why when the
 * config is invalid, a path is missing or nothing was read; input errors are only summarised on stderr.
 */
export async function loadEstate(command: string, paths: string[], configPath: string | undefined): Promise<LoadedEstate | number> {
  const config = resolveConfigFile(configPath !== undefined ? { configPath, cwd: process.cwd() } : { cwd: process.cwd() });
  if (hasErrors(config.diagnostics)) {
    for (const d of config.diagnostics) printError(diagnosticLine(d));
    printError(`coolgen ${command}: invalid configuration; nothing written.`);
    return ExitCode.usage;
  }
  const workspace = await loadWorkspace({ paths, config: config.value });
  const inventory = workspace.inventory;
  const missing = inventory.diagnostics.filter((d) => d.code === 'read/no-input' && d.severity === 'error');
  if (missing.length > 0 || workspace.files.length === 0) {
    for (const d of missing) printError(diagnosticLine(d));
    printError(`coolgen ${command}: ${workspace.files.length === 0 ? 'no input files' : 'missing input path'}; nothing written.`);
    return ExitCode.usage;
  }
  const t = inventory.totals;
  if (t.errors > 0) printError(`coolgen ${command}: the input has ${t.errors} errors (run 'coolgen inventory' for the list); the analysis uses what was read.`);
  return { inventory, config: config.value };
}

/** Print "not found" for a block name, with up to five names that contain it. */
export function printNotFound(command: string, name: string, candidates: readonly string[]): void {
  const needle = name.trim().toUpperCase();
  const similar = needle === '' ? [] : candidates.filter((c) => c.includes(needle)).slice(0, 5);
  printError(`coolgen ${command}: analyse/unknown-target: '${name}' is not a block or USE target of the estate.${similar.length > 0 ? ` Did you mean: ${similar.join(', ')}?` : ''}`);
}

interface GraphArgs {
  paths: string[];
  format: 'json' | 'dot' | 'mermaid' | 'graphml';
  focus?: string;
  depth?: number;
  chain?: string;
  entities: boolean;
  config?: string;
  out?: string;
}

function renderMermaid(view: DependencyGraph, argv: GraphArgs, whole: DependencyGraph): string {
  const smallerViews: { label: string; graph: DependencyGraph }[] = [];
  if (argv.focus !== undefined) {
    for (let d = (argv.depth ?? DEFAULT_FOCUS_DEPTH) - 1; d >= 1; d--) {
      const g = focusGraph(whole, argv.focus, d);
      if (g !== undefined) smallerViews.push({ label: `the neighbourhood of ${argv.focus.toUpperCase()} to depth ${d}`, graph: argv.entities ? g : withoutEntities(g) });
    }
  }
  const rendering = renderGraphMermaid(view, { smallerViews, chainLevel: chainLevelGraph(view) });
  if (rendering.view !== 'full') {
    const shown = rendering.view === 'smaller-view' ? rendering.viewLabel : rendering.view;
    printError(`coolgen graph: warning analyse/graph-collapsed: the Mermaid text would be ${rendering.fullLength} characters (limit 50000); showing ${shown}. Use --format dot for the full graph.`);
  }
  return rendering.text;
}

async function run(argv: ArgumentsCamelCase<GraphArgs>): Promise<number> {
  if (argv.depth !== undefined && (!Number.isInteger(argv.depth) || argv.depth < 0)) {
    printError('coolgen graph: --depth must be a whole number of calls, 0 or more.');
    return ExitCode.usage;
  }
  const estate = await loadEstate('graph', argv.paths, argv.config);
  if (typeof estate === 'number') return estate;
  let view = buildDependencyGraph(estate.inventory, estate.config);
  if (argv.chain !== undefined) {
    const chained = chainSubgraph(view, argv.chain);
    if (chained === undefined) {
      printError(`coolgen graph: analyse/unknown-target: no chain '${argv.chain}' in the estate. Chains: ${view.chains.join(', ') || '(none)'}.`);
      return ExitCode.findings;
    }
    view = chained;
  }
  const whole = view;
  if (argv.focus !== undefined) {
    if (findGraphNode(view, argv.focus) === undefined) {
      printNotFound('graph', argv.focus, view.nodes.filter((n) => n.kind !== 'entity').map((n) => n.id));
      return ExitCode.findings;
    }
    view = focusGraph(view, argv.focus, argv.depth ?? DEFAULT_FOCUS_DEPTH)!;
  }
  if (!argv.entities) view = withoutEntities(view);
  const output =
    argv.format === 'dot' ? renderGraphDot(view) : argv.format === 'graphml' ? renderGraphGraphml(view) : argv.format === 'mermaid' ? renderMermaid(view, argv, whole) : renderGraphJson(view);
  emitOutput(output, argv.out);
  return ExitCode.ok;
}

/** The `graph` command module. */
export const graphCommand: CommandModule<object, GraphArgs> = {
  command: 'graph <paths...>',
  describe: 'The dependency graph (calls and CRUD) as json, dot, mermaid or graphml, clustered by chain',
  builder: (yargs: Argv<object>) =>
    yargs
      .positional('paths', { type: 'string', array: true, demandOption: true, describe: 'Files and/or folders to read' })
      .option('format', { choices: ['json', 'dot', 'mermaid', 'graphml'] as const, default: 'json' as const, describe: 'Output format' })
      .option('focus', { type: 'string', describe: 'Only this block (case-insensitive) with its callers and callees up to --depth' })
      .option('depth', { type: 'number', describe: `Calls away from --focus, each direction (default ${DEFAULT_FOCUS_DEPTH})` })
      .option('chain', { type: 'string', describe: 'Only this chain, with its direct neighbours in other chains' })
      .option('entities', { type: 'boolean', default: true, describe: 'Include entity types and CRUD edges (--no-entities: calls only)' })
      .option('config', { type: 'string', describe: 'Config file (default: ./coolgen.config.json when present, else built-in defaults)' })
      .option('out', { type: 'string', describe: 'Write to this file instead of stdout' })
      .implies('depth', 'focus')
      .example('$0 graph seeds --format mermaid --focus IH_CALC_BOX1 --depth 1', 'One block and its direct callers and callees')
      .example('$0 graph seeds --format dot --chain payroll --out payroll.dot', 'The payroll chain as Graphviz DOT') as unknown as Argv<GraphArgs>,
  handler: async (argv) => {
    process.exitCode = await run(argv);
  },
};
