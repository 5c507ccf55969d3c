// `coolgen inventory <paths...>`: load the workspace, write the inventory (json | csv | md) to stdout or --out,
// summarise diagnostics on stderr. Exit 0 = no errors, 1 = some input had errors (inventory still written),
// 2 = usage or config error (bad config, missing path, no input at all; nothing is written).
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import {
  hasErrors,
  loadWorkspace,
  renderInventoryCsv,
  renderInventoryJsonChunks,
  renderInventoryMarkdown,
  resolveConfigFile,
  type Diagnostic,
  type Inventory,
} from '../../core.js';
import { ExitCode, emitOutput, emitOutputChunks, printError, stderrIsTty } from '../io.js';
import { createProgressBar } from '../progress-bar.js';
import { diagnosticLine } from '../diagnostic-line.js';

interface InventoryArgs {
  paths: string[];
  config?: string;
  format: 'json' | 'csv' | 'md';
  out?: string;
  workers: 'auto' | 'on' | 'off';
}

/** How many warnings the stderr summary lists one by one (errors are always all listed). */
const MAX_WARNINGS_SHOWN = 20;

function printDiagnostics(diagnostics: readonly Diagnostic[]): void {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  for (const d of errors) printError(diagnosticLine(d));
  for (const d of warnings.slice(0, MAX_WARNINGS_SHOWN)) printError(diagnosticLine(d));
  if (warnings.length > MAX_WARNINGS_SHOWN) printError(`... and ${warnings.length - MAX_WARNINGS_SHOWN} more warnings (see "diagnostics" in the JSON output)`);
}

/** Write the inventory: JSON is streamed piece by piece (a large estate's JSON is never one string in memory). */
async function write(format: InventoryArgs['format'], inventory: Inventory, out: string | undefined): Promise<void> {
  if (format === 'json') await emitOutputChunks(renderInventoryJsonChunks(inventory), out);
  else emitOutput(format === 'csv' ? renderInventoryCsv(inventory) : renderInventoryMarkdown(inventory), out);
}

async function run(argv: ArgumentsCamelCase<InventoryArgs>): Promise<number> {
  const config = resolveConfigFile(argv.config !== undefined ? { configPath: argv.config, cwd: process.cwd() } : { cwd: process.cwd() });
  if (hasErrors(config.diagnostics)) {
    printDiagnostics(config.diagnostics);
    printError('coolgen inventory: invalid configuration; nothing written.');
    return ExitCode.usage;
  }
  const bar = createProgressBar(stderrIsTty(), 'inventory');
  const workers = argv.workers === 'on' ? true : argv.workers === 'off' ? false : 'auto';
  let workspace;
  try {
    workspace = await loadWorkspace({ paths: argv.paths, config: config.value, workers, retainViews: false, onProgress: bar.update });
  } finally {
    bar.stop();
  }
  const inventory = workspace.inventory;
  const missing = inventory.diagnostics.filter((d) => d.code === 'read/no-input' && d.severity === 'error');
  if (missing.length > 0 || workspace.files.length === 0) {
    printDiagnostics(inventory.diagnostics.filter((d) => d.code === 'read/no-input'));
    printError(workspace.files.length === 0 ? 'coolgen inventory: no input files; nothing written.' : 'coolgen inventory: missing input path; nothing written.');
    return ExitCode.usage;
  }
  await write(argv.format, inventory, argv.out);
  printDiagnostics(inventory.diagnostics);
  const t = inventory.totals;
  printError(
    `coolgen inventory: ${t.files} files, ${t.actionBlocks} action blocks, ${t.statements} statements, ` +
      `${t.unresolvedTargets} unresolved targets, ${t.errors} errors, ${t.warnings} warnings` +
      (argv.out ? ` → ${argv.out}` : ''),
  );
  return hasErrors(inventory.diagnostics) ? ExitCode.findings : ExitCode.ok;
}

/** The `inventory` command module. */
export const inventoryCommand: CommandModule<object, InventoryArgs> = {
  command: 'inventory <paths...>',
  describe: 'Inventory an estate: action blocks, chains, metrics, calls, CRUD, exit states, parse coverage',
  builder: (yargs: Argv<object>) =>
    yargs
      .positional('paths', { type: 'string', array: true, demandOption: true, describe: 'Files and/or folders to read' })
      .option('config', { type: 'string', describe: 'Config file (default: ./coolgen.config.json when present, else built-in defaults)' })
      .option('format', { choices: ['json', 'csv', 'md'] as const, default: 'json' as const, describe: 'Output format' })
      .option('out', { type: 'string', describe: 'Write to this file instead of stdout' })
      .option('workers', { choices: ['auto', 'on', 'off'] as const, default: 'auto' as const, describe: 'Parse on worker threads (auto: above config.workerThreshold files)' })
      .example('$0 inventory seeds --config seeds/coolgen.config.json --format md', 'Markdown summary per chain of the sample estate') as unknown as Argv<InventoryArgs>,
  handler: async (argv) => {
    process.exitCode = await run(argv);
  },
};
