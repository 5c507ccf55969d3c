// `coolgen generate <paths...> --out <dir>`: TypeScript contracts and stubs for an estate, safe to re-run.
// This module is only the command line; the work (./generate-run.ts) loads ts-morph, so it is imported on demand.
// Exit 0 = done, 1 = conflicts reported (everything else written) or --check found errors, 2 = usage/input error.
import type { Argv, CommandModule } from 'yargs';

/** Options of runGenerate(): the command line of `coolgen generate`, as data (the pipeline reuses it). */
export interface GenerateRunOptions {
  paths: string[];
  out: string;
  config?: string;
  dryRun: boolean;
  check: boolean;
  workers: 'auto' | 'on' | 'off';
}

type GenerateArgs = GenerateRunOptions;

/** The `generate` command module. */
export const generateCommand: CommandModule<object, GenerateArgs> = {
  command: 'generate <paths...>',
  describe: 'Generate TypeScript contracts and stubs for every action block (safe to re-run: your code is kept)',
  builder: (yargs: Argv<object>) =>
    yargs
      .positional('paths', { type: 'string', array: true, demandOption: true, describe: 'Files and/or folders to read' })
      .option('out', { type: 'string', demandOption: true, describe: 'Output folder of the TypeScript project' })
      .option('config', { type: 'string', describe: 'Config file (default: ./coolgen.config.json when present, else built-in defaults)' })
      .option('dry-run', { type: 'boolean', default: false, describe: 'List what would be created, updated, kept or in conflict; write nothing' })
      .option('check', { type: 'boolean', default: false, describe: 'Type-check the resulting output (strict) with the TypeScript compiler API' })
      .option('workers', { choices: ['auto', 'on', 'off'] as const, default: 'auto' as const, describe: 'Parse on worker threads (auto: above config.workerThreshold files)' })
      .example('$0 generate seeds --config seeds/coolgen.config.json --out out/ts', 'Stubs for the sample estate')
      .example('$0 generate seeds --out out/ts --dry-run', 'What a re-run would change') as unknown as Argv<GenerateArgs>,
  handler: async (argv) => {
    const { runGenerate } = await import('./generate-run.js');
    process.exitCode = await runGenerate(argv);
  },
};
