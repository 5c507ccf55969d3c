// The work of `coolgen progress` (see ./progress.ts for the command line): load the estate, scan the migrated
// TypeScript, apply ledger, baseline and history, write the outputs. Loaded on demand because the scan pulls in
// ts-morph through the public API (../../index.js); the pipeline reuses progressOn.
import type { ArgumentsCamelCase } from 'yargs';
import {
  buildDependencyGraph,
  buildProgressReport,
  computeWaves,
  createBaseline,
  formatBaseline,
  formatHistoryRecord,
  hasErrors,
  historyRecordOf,
  loadWorkspace,
  parseBaseline,
  parseHistory,
  parseLedger,
  progressGateFailed,
  renderProgressBadge,
  renderProgressJson,
  renderProgressMarkdown,
  renderProgressSarif,
  resolveConfigFile,
  scanMigratedCode,
  type Diagnostic,
  type ProgressReport,
  type ResolvedConfig,
  type Workspace,
} from '../../index.js';
import { ExitCode, appendLine, emitOutput, printError, writeFileAtomic } from '../io.js';
import { diagnosticLine } from '../diagnostic-line.js';
import { readOptionalTextFile, readTextFolder, type TextFile } from '../text-files.js';
import { toolVersion } from '../version.js';
import type { ProgressArgs } from './progress.js';

/** Files of the target folder that are scanned (declaration files and dependencies left out). */
const TARGET_INCLUDE = ['**/*.{ts,tsx,mts,cts}'];
const TARGET_EXCLUDE = ['**/node_modules/**', '**/*.d.ts', '**/dist/**'];

/** A usage/input failure: its message is printed and the command exits 2. */
export class InputError extends Error {}

/** A text file's content; null when it does not exist; any other read failure is an input error. */
function readText(path: string): string | null {
  const read = readOptionalTextFile(path);
  if (hasErrors(read.diagnostics)) throw new InputError(read.diagnostics.map(diagnosticLine).join('\n'));
  return read.value;
}

function readRequired(path: string, what: string): string {
  const text = readText(path);
  if (text === null) throw new InputError(`coolgen progress: ${what} '${path}' does not exist.`);
  return text;
}

/** Fail with exit 2 when a parse step reported errors. */
function must<T>(result: { value: T; diagnostics: Diagnostic[] }, what: string): T {
  if (hasErrors(result.diagnostics)) throw new InputError([...result.diagnostics.map(diagnosticLine), `coolgen progress: invalid ${what}; nothing written.`].join('\n'));
  return result.value;
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function checkArgs(argv: ProgressArgs): void {
  if (argv.writeBaseline && !argv.baseline) throw new InputError('coolgen progress: --write-baseline needs --baseline <file> (the path to write).');
  if (argv.date !== undefined && !isRealDate(argv.date)) throw new InputError(`coolgen progress: --date must be YYYY-MM-DD, got '${argv.date}'.`);
  if (argv.maxDebt !== undefined && !(Number.isFinite(argv.maxDebt) && argv.maxDebt >= 0 && argv.maxDebt <= 100)) {
    throw new InputError('coolgen progress: --max-debt must be a percentage from 0 to 100.');
  }
}

/** List and read the migrated TypeScript, paths relative to the target folder. */
function readTarget(target: string): TextFile[] {
  const folder = readTextFolder(target, TARGET_INCLUDE, TARGET_EXCLUDE);
  if (hasErrors(folder.diagnostics)) throw new InputError([...folder.diagnostics.map(diagnosticLine), `coolgen progress: --target '${target}' cannot be read.`].join('\n'));
  return folder.value;
}

async function run(argv: ArgumentsCamelCase<ProgressArgs>): Promise<number> {
  checkArgs(argv);
  const config = must(resolveConfigFile(argv.config !== undefined ? { configPath: argv.config, cwd: process.cwd() } : { cwd: process.cwd() }), 'configuration');
  const workspace = await loadWorkspace({ paths: argv.paths, config });
  const inventory = workspace.inventory;
  const noInput = inventory.diagnostics.filter((d) => d.code === 'read/no-input');
  if (workspace.files.length === 0 || hasErrors(noInput)) throw new InputError([...noInput.map(diagnosticLine), 'coolgen progress: no legacy input; nothing written.'].join('\n'));
  return progressOn(workspace, config, argv);
}

/**
 * The part of `coolgen progress` after loading the legacy estate: scan the target, apply ledger, baseline and
 * history, write the outputs and return the exit code. Throws InputError for usage/input errors (exit 2).
 */
export function progressOn(workspace: Workspace, config: ResolvedConfig, argv: Omit<ProgressArgs, 'paths'>): number {
  const inventory = workspace.inventory;
  const scan = scanMigratedCode(readTarget(argv.target), { testGlobs: config.progress.testGlobs, verifyRule: argv.verifyRule ?? config.progress.verifyRule });
  must(scan, 'test globs');
  const ledger = argv.ledger !== undefined ? must(parseLedger(readRequired(argv.ledger, 'ledger'), argv.ledger), 'ledger') : undefined;
  const baselineText = argv.baseline !== undefined ? readText(argv.baseline) : null;
  if (argv.baseline !== undefined && baselineText === null && !argv.writeBaseline) {
    throw new InputError(`coolgen progress: baseline '${argv.baseline}' does not exist (add --write-baseline to create it).`);
  }
  const baseline = baselineText !== null && argv.baseline !== undefined ? must(parseBaseline(baselineText, argv.baseline), 'baseline') : null;
  const historyText = argv.history !== undefined ? (readText(argv.history) ?? '') : undefined;
  const history = historyText !== undefined && argv.history !== undefined ? parseHistory(historyText, argv.history) : undefined;
  const maxDebtPct = argv.maxDebt ?? (config.progress.maxDebtPct < 100 ? config.progress.maxDebtPct : undefined);

  const result = buildProgressReport({
    inventory,
    scan: scan.value,
    waves: computeWaves(buildDependencyGraph(inventory, config)),
    ...(ledger ? { ledger } : {}),
    baseline,
    ...(history ? { history: history.value } : {}),
    date: argv.date ?? today(),
    commit: argv.commit ?? null,
    targetDate: config.progress.targetDate,
    backYearsUntil: config.progress.backYearsUntil,
    ...(maxDebtPct !== undefined ? { maxDebtPct } : {}),
  });
  const report = result.value;
  const diagnostics = [...scan.diagnostics, ...(history?.diagnostics ?? []), ...result.diagnostics];
  emitOutput(render(argv.format, report, diagnostics), argv.out);
  if (argv.badge) writeFileAtomic(argv.badge, renderProgressBadge(report.remainingDebtPct, report.rating));
  if (argv.writeBaseline && argv.baseline) writeFileAtomic(argv.baseline, formatBaseline(createBaseline(report.blocks, report.date, report.commit)));
  if (argv.history) appendLine(argv.history, formatHistoryRecord(historyRecordOf(report)));
  summarise(report, diagnostics, inventory.totals.errors, argv);
  return progressGateFailed(report) ? ExitCode.findings : ExitCode.ok;
}

function render(format: ProgressArgs['format'], report: ProgressReport, diagnostics: Diagnostic[]): string {
  if (format === 'md') return renderProgressMarkdown(report);
  if (format === 'sarif') return renderProgressSarif(diagnostics, toolVersion());
  return renderProgressJson(report, diagnostics);
}

/** Diagnostics (errors and warnings) and a one-line summary on stderr. */
function summarise(report: ProgressReport, diagnostics: Diagnostic[], legacyErrors: number, argv: Omit<ProgressArgs, 'paths'>): void {
  for (const d of diagnostics) if (d.severity !== 'info') printError(diagnosticLine(d));
  const parts = [
    `${report.total} blocks`,
    `${report.migratedPct}% migrated`,
    `remaining debt ${report.remainingDebtPct}% (${report.rating})`,
    `${report.blockers.length} blockers`,
  ];
  if (report.baseline) parts.push(`${report.regressions.length} regressions, ${report.improvements.length} improvements since ${report.baseline.date}`);
  if (report.threshold?.exceeded) parts.push(`above --max-debt ${report.threshold.maxDebtPct}%`);
  if (legacyErrors > 0) parts.push(`${legacyErrors} errors in the legacy input (run coolgen inventory for details)`);
  printError(`coolgen progress: ${parts.join(', ')}${argv.out ? ` → ${argv.out}` : ''}`);
}

/** Run `coolgen progress` and resolve to its exit code; usage and input errors are printed and give exit 2. */
export async function runProgress(argv: ArgumentsCamelCase<ProgressArgs>): Promise<number> {
  try {
    return await run(argv);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    printError(error.message);
    return ExitCode.usage;
  }
}
