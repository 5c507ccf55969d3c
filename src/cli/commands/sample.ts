// `coolgen sample --blocks N --seed S --out dir [--force]`: write a deterministic synthetic Gen estate. It never
// overwrites a file it did not write itself (it recognises its own files by the `.coolgen-sample.json` manifest)
// and refuses a non-empty folder that is not a previous sample unless --force. Exit 0 = written, 2 = usage error.
import { join, relative, sep } from 'node:path';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import {
  SAMPLE_MANIFEST_FILE,
  formatSampleManifest,
  generateSampleFiles,
  listInputFiles,
  parseSampleManifest,
  planSampleEstate,
  readSourceBytes,
  sampleFilePaths,
  sampleManifest,
  validateSampleOptions,
  type SampleManifest,
  type SamplePlan,
} from '../../core.js';
import { ExitCode, emitOutput, printError, stderrIsTty, writeFileAtomic } from '../io.js';
import { createProgressBar } from '../progress-bar.js';

interface SampleArgs {
  blocks: number;
  seed: number;
  out: string;
  force: boolean;
}

/** How many offending paths an error message lists. */
const MAX_LISTED = 10;

/** What is in the output folder before writing. */
interface FolderState {
  /** Files present (relative, `/` separators; dot-files not listed). */
  existing: Set<string>;
  /** Files the previous sample wrote, when the folder holds a sample manifest. */
  previous: Set<string> | null;
}

function readFolder(out: string): FolderState {
  const listing = listInputFiles([out], ['**/*']);
  const existing = new Set(listing.value.map((file) => relative(out, file).split(sep).join('/')));
  const bytes = readSourceBytes(join(out, SAMPLE_MANIFEST_FILE)).value;
  const manifest = bytes ? parseSampleManifest(new TextDecoder().decode(bytes)) : null;
  return { existing, previous: manifest ? new Set(manifest.files) : null };
}

function listed(paths: readonly string[]): string {
  const shown = paths.slice(0, MAX_LISTED).map((p) => `  ${p}`).join('\n');
  return paths.length > MAX_LISTED ? `${shown}\n  ... and ${paths.length - MAX_LISTED} more` : shown;
}

/** The reason not to write, or null when writing is safe. */
function refusal(state: FolderState, paths: readonly string[], force: boolean, out: string): string | null {
  const previous = state.previous ?? new Set<string>();
  const foreign = paths.filter((p) => state.existing.has(p) && !previous.has(p));
  if (foreign.length > 0) {
    return `coolgen sample: ${out} holds files that the sample would overwrite but did not write itself; they are never overwritten:\n${listed(foreign)}`;
  }
  if (state.previous === null && state.existing.size > 0 && !force) {
    return `coolgen sample: ${out} is not empty and holds no previous sample (${SAMPLE_MANIFEST_FILE}); choose an empty folder or pass --force.`;
  }
  const wanted = new Set(paths);
  const stale = [...previous].filter((p) => !wanted.has(p) && state.existing.has(p));
  if (stale.length > 0 && !force) {
    return `coolgen sample: the previous sample in ${out} has ${stale.length} file(s) this one would not write, which would stay behind:\n${listed(stale)}\nDelete the folder first, or pass --force to keep them.`;
  }
  return null;
}

function summary(manifest: SampleManifest, out: string, bytes: number): string {
  const chains = Object.entries(manifest.chains).map(([chain, n]) => `${chain} ${n}`).join(', ');
  const f = manifest.features;
  return [
    `coolgen sample: wrote ${manifest.files.length} files (${(bytes / 1_048_576).toFixed(1)} MB) to ${out} (seed ${manifest.seed})`,
    `  blocks: ${manifest.blocks} (${chains})`,
    `  kinds: ${manifest.kinds['action-block']} action blocks, ${manifest.kinds.external} EABs, ${manifest.kinds['procedure-step']} procedure steps`,
    `  files: ${manifest.formats.cobolModules} COBOL modules (${manifest.formats.modulesWithTwoBlocks} with two listings), ${manifest.formats.prints} toolset prints (${manifest.formats.printsWithSeveralBlocks} with several blocks)`,
    `  features: ${f.cycles.length} cycles, ${f.selfCalls.length} self-calls, ${f.crossChainCalls.length} cross-chain calls, ${f.unreferenced.length} unreferenced, ${f.unresolvedUses.length} unresolved USE targets`,
  ].join('\n');
}

function write(plan: SamplePlan, out: string, state: FolderState): { manifest: SampleManifest; bytes: number } {
  const manifest = sampleManifest(plan);
  // First record every file this run may leave behind (old and new), so that a run killed half-way is still
  // recognised as a sample next time; the exact list is written at the end.
  const union = [...new Set([...(state.previous ?? []), ...sampleFilePaths(plan)])].sort();
  writeFileAtomic(join(out, SAMPLE_MANIFEST_FILE), formatSampleManifest({ ...manifest, files: union }));
  const total = plan.files.length + 3;
  const bar = createProgressBar(stderrIsTty() && total >= 200, 'sample');
  let written = 0;
  let bytes = 0;
  try {
    for (const file of generateSampleFiles(plan)) {
      writeFileAtomic(join(out, file.path), file.content);
      bytes += Buffer.byteLength(file.content);
      bar.update(++written, total);
    }
  } finally {
    bar.stop();
  }
  writeFileAtomic(join(out, SAMPLE_MANIFEST_FILE), formatSampleManifest(manifest));
  return { manifest, bytes };
}

function run(argv: ArgumentsCamelCase<SampleArgs>): number {
  if (typeof argv.out !== 'string' || argv.out.trim() === '') {
    printError('coolgen sample: --out <folder> is required.');
    return ExitCode.usage;
  }
  const options = { blocks: argv.blocks, seed: argv.seed };
  const problem = validateSampleOptions(options);
  if (problem) {
    printError(`coolgen sample: ${problem}`);
    return ExitCode.usage;
  }
  const plan = planSampleEstate(options);
  const state = readFolder(argv.out);
  const reason = refusal(state, sampleFilePaths(plan), argv.force, argv.out);
  if (reason) {
    printError(reason);
    return ExitCode.usage;
  }
  try {
    const { manifest, bytes } = write(plan, argv.out, state);
    emitOutput(summary(manifest, argv.out, bytes), undefined);
  } catch (error) {
    printError(`coolgen sample: cannot write to ${argv.out}: ${error instanceof Error ? error.message : String(error)}`);
    return ExitCode.usage;
  }
  return ExitCode.ok;
}

export const sampleCommand: CommandModule<object, SampleArgs> = {
  command: 'sample',
  describe: 'Write a deterministic synthetic Gen estate (income tax, corporate tax, payroll and shared blocks)',
  builder: (yargs: Argv) =>
    yargs
      .option('blocks', { type: 'number', default: 300, describe: 'Number of action blocks (EABs and procedure steps included), 10 or more' })
      .option('seed', { type: 'number', default: 2024, describe: 'Seed: the same seed and size give byte-identical files' })
      .option('out', { type: 'string', demandOption: true, describe: 'Output folder (created when missing)' })
      .option('force', { type: 'boolean', default: false, describe: 'Write into a non-empty folder that is not a previous sample (files a person wrote are still never overwritten)' })
      .example('$0 sample --blocks 300 --seed 2024 --out seeds', 'the committed default sample')
      .example('$0 sample --blocks 20000 --out /tmp/estate', 'about 120 MB for the benchmark') as unknown as Argv<SampleArgs>,
  handler: (argv) => {
    process.exitCode = run(argv);
  },
};
