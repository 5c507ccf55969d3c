// The work of `coolgen generate` (see ./generate.ts for the command line): load the workspace, generate, merge with
// what is in --out, write atomically (or list with --dry-run). Loaded on demand because it pulls in ts-morph and the
// TypeScript compiler through the public API (../../index.js); the pipeline reuses generateInto and readTypeMap.
import { isAbsolute, join, resolve, sep } from 'node:path';
import {
  findTaggedPaths,
  generateTypeScript,
  hasErrors,
  loadWorkspace,
  parseTypeMapOverride,
  planWrites,
  resolveConfigFile,
  typeCheckFiles,
  type Diagnostic,
  type Result,
  type TypeMapOverride,
  type WritePlan,
  type Workspace,
} from '../../index.js';
import { ExitCode, printError, writeFileAtomic } from '../io.js';
import { diagnosticLine } from '../diagnostic-line.js';
import { readTextFile, readTextFolder } from '../text-files.js';
import type { GenerateRunOptions } from './generate.js';

/** How many warnings are listed one by one on stderr. */
const MAX_WARNINGS_SHOWN = 10;

/** The type map named by the config, read and validated; null with diagnostics when unusable. */
export function readTypeMap(path: string | null): { value: TypeMapOverride | undefined; diagnostics: Diagnostic[] } {
  if (path === null) return { value: undefined, diagnostics: [] };
  const text = readTextFile(path);
  if (text.value === null) return { value: undefined, diagnostics: text.diagnostics };
  let json: unknown;
  try {
    json = JSON.parse(text.value);
  } catch (error) {
    const message = `${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`;
    return { value: undefined, diagnostics: [{ code: 'config/invalid-json', severity: 'error', phase: 'config', message, file: path }] };
  }
  return parseTypeMapOverride(json, path);
}

/** What `generate` reads back of its output folder: the TypeScript files and the tsconfig. */
const OUTPUT_INCLUDE = ['**/*.ts', 'tsconfig.json'];
const OUTPUT_EXCLUDE = ['node_modules/**', 'dist/**'];

/**
 * The files already in the output folder (relative path → text); `null` when --out is a file, not a folder.
 * A file there that cannot be read is an error: writing without knowing its content could overwrite a person's code.
 */
function readExisting(out: string): Result<Record<string, string> | null> {
  const folder = readTextFolder(out, OUTPUT_INCLUDE, OUTPUT_EXCLUDE);
  if (folder.value.length === 1 && folder.value[0]?.path === '') return { value: null, diagnostics: [] };
  const existing: Record<string, string> = {};
  for (const f of folder.value) existing[f.path] = f.content;
  // A folder that does not exist yet is fine: generate creates it.
  return { value: existing, diagnostics: folder.diagnostics.filter((d) => d.code !== 'read/no-input') };
}

/** The absolute target of a planned path, or null when it would leave the output folder. */
function targetOf(out: string, path: string): string | null {
  const root = resolve(out);
  const target = resolve(root, path);
  return !isAbsolute(path) && target.startsWith(root + sep) ? target : null;
}

function summary(plan: WritePlan, dryRun: boolean): string {
  const count = (a: string): number => plan.writes.filter((w) => w.action === a).length;
  const verb = dryRun ? 'would be ' : '';
  return (
    `${count('create')} ${verb}created, ${count('update')} ${verb}updated, ${count('keep')} kept, ` +
    `${plan.conflicts.length} conflict(s), ${plan.untouched.length} hand-written file(s) untouched`
  );
}

/**
 * Generate into `out`: load, generate, merge with the existing files, write atomically (or only list with
 * `dryRun`), print the summary; with `check`, type-check the result. Resolves to the exit code (0, 1 or 2).
 */
export async function runGenerate(argv: GenerateRunOptions): Promise<number> {
  if (argv.out.trim() === '') {
    printError('coolgen generate: --out must name a folder.');
    return ExitCode.usage;
  }
  const config = resolveConfigFile(argv.config !== undefined ? { configPath: argv.config, cwd: process.cwd() } : { cwd: process.cwd() });
  const typeMap = readTypeMap(config.value.typeMap);
  const setup = [...config.diagnostics, ...typeMap.diagnostics];
  if (hasErrors(setup)) {
    setup.forEach((d) => printError(diagnosticLine(d)));
    printError('coolgen generate: invalid configuration or type map; nothing written.');
    return ExitCode.usage;
  }
  const workers = argv.workers === 'on' ? true : argv.workers === 'off' ? false : 'auto';
  const workspace = await loadWorkspace({ paths: argv.paths, config: config.value, retainAst: true, workers });
  const missing = workspace.diagnostics.filter((d) => d.code === 'read/no-input' && d.severity === 'error');
  if (missing.length > 0 || workspace.files.length === 0) {
    missing.forEach((d) => printError(diagnosticLine(d)));
    printError('coolgen generate: no input files or a missing input path; nothing written.');
    return ExitCode.usage;
  }
  return generateInto(workspace, typeMap.value, argv);
}

/**
 * The part of `coolgen generate` after loading: generate from `workspace`, merge with what is in `argv.out`, write
 * atomically (or list with `dryRun`), print the summary and, with `check`, type-check. Resolves to the exit code.
 */
export function generateInto(
  workspace: Workspace,
  typeMap: TypeMapOverride | undefined,
  argv: Pick<GenerateRunOptions, 'out' | 'dryRun' | 'check'>,
): number {
  const read = readExisting(argv.out);
  if (hasErrors(read.diagnostics)) {
    read.diagnostics.forEach((d) => printError(diagnosticLine(d)));
    printError(`coolgen generate: files in ${argv.out} cannot be read; nothing written.`);
    return ExitCode.usage;
  }
  const existing = read.value;
  if (existing === null) {
    printError(`coolgen generate: --out ${argv.out} is a file, not a folder; nothing written.`);
    return ExitCode.usage;
  }
  const generated = generateTypeScript(workspace, { ...(typeMap ? { typeMap } : {}), pinnedPaths: findTaggedPaths(existing) });
  const plan = planWrites(generated.value.files, existing);
  const changes = plan.writes.filter((w) => w.action !== 'keep');
  const unsafe = [...changes, ...plan.proposals].filter((w) => targetOf(argv.out, w.path) === null);
  if (unsafe.length > 0) {
    unsafe.forEach((w) => printError(`error generate/unsafe-path: ${w.path} would leave ${argv.out}; not written`));
    return ExitCode.usage;
  }
  if (argv.dryRun) {
    for (const w of plan.writes) process.stdout.write(`${w.action.padEnd(6)} ${w.path}${w.reason === 'merged' ? ' (your code kept)' : w.reason === 'conflict' ? ' (conflict)' : ''}\n`);
  } else {
    for (const w of [...changes, ...plan.proposals]) writeFileAtomic(join(argv.out, w.path), w.content);
  }
  const warnings = [...workspace.diagnostics.filter((d) => d.severity === 'error'), ...generated.diagnostics, ...plan.diagnostics].filter((d) => d.severity !== 'info');
  warnings.slice(0, MAX_WARNINGS_SHOWN).forEach((d) => printError(diagnosticLine(d)));
  if (warnings.length > MAX_WARNINGS_SHOWN) printError(`... and ${warnings.length - MAX_WARNINGS_SHOWN} more (input errors, unknown attribute types)`);
  plan.conflicts.forEach((d) => printError(diagnosticLine(d)));
  const s = generated.value.stats;
  process.stdout.write(
    `coolgen generate${argv.dryRun ? ' --dry-run' : ''}: ${plan.writes.length} files in ${argv.out}: ${summary(plan, argv.dryRun)}\n` +
      `  ${s.blocks} action blocks, ${s.eabs} external action blocks; attribute types: ${s.types.mapped} mapped, ` +
      `${s.types.inferred} inferred (${s.types.inferredByName} by the money naming rule), ${s.types.unknown} unknown\n`,
  );
  let checkFailed = false;
  if (argv.check) {
    const final = [...plan.writes.map((w) => ({ path: w.path, content: w.content })), ...plan.untouched.map((p) => ({ path: p, content: existing[p] ?? '' }))];
    const problems = typeCheckFiles(final, undefined, true);
    problems.slice(0, MAX_WARNINGS_SHOWN).forEach((p) => printError(`${p.path}:${p.line}:${p.column}: error TS${p.code}: ${p.message.split('\n')[0]}`));
    process.stdout.write(`  type check (strict): ${problems.length === 0 ? 'no errors' : `${problems.length} error(s)`}\n`);
    checkFailed = problems.length > 0;
  }
  return plan.conflicts.length > 0 || checkFailed ? ExitCode.findings : ExitCode.ok;
}
