// `coolgen progress <legacy paths...> --target <ts dir>`: the migration ledger and CI gate (issue 6). This module is
// only the command line; the work (./progress-run.ts) scans TypeScript with ts-morph, so it is imported on demand.
// Exit codes: 0 = within limits, 1 = --max-debt broken or a regression against the baseline, 2 = usage or input error.
import type { Argv, CommandModule } from 'yargs';
import type { VerifyRule } from '../../core.js';

/** The command line of `coolgen progress`, as data. */
export interface ProgressArgs {
  paths: string[];
  target: string;
  ledger?: string;
  baseline?: string;
  writeBaseline: boolean;
  maxDebt?: number;
  history?: string;
  commit?: string;
  date?: string;
  format: 'json' | 'md' | 'sarif';
  badge?: string;
  config?: string;
  out?: string;
  verifyRule?: VerifyRule;
}

/** The `progress` command module. */
export const progressCommand: CommandModule<object, ProgressArgs> = {
  command: 'progress <paths...>',
  describe: 'Migration ledger and CI gate: state of every block, remaining debt, baseline ratchet, history and projection',
  builder: (yargs: Argv<object>) =>
    yargs
      .positional('paths', { type: 'string', array: true, demandOption: true, describe: 'Legacy files and/or folders (the estate)' })
      .option('target', { type: 'string', demandOption: true, describe: 'Folder of the migrated TypeScript (as written by coolgen generate)' })
      .option('ledger', { type: 'string', describe: 'coolgen-ledger.json with retired / kept-for-back-years decisions' })
      .option('baseline', { type: 'string', describe: 'Baseline file to compare with, block by block' })
      .option('write-baseline', { type: 'boolean', default: false, describe: 'Write the current states to --baseline (creating it)' })
      .option('max-debt', { type: 'number', describe: 'Fail (exit 1) when the remaining debt % is above this' })
      .option('history', { type: 'string', describe: 'JSONL history: append this run, project completion per chain' })
      .option('commit', { type: 'string', describe: 'Commit id recorded in the history and baseline' })
      .option('date', { type: 'string', describe: 'Run date YYYY-MM-DD (default: today)' })
      .option('format', { choices: ['json', 'md', 'sarif'] as const, default: 'json' as const, describe: 'Output format' })
      .option('badge', { type: 'string', describe: 'Write an SVG badge of the remaining debt to this file' })
      .option('config', { type: 'string', describe: 'Config file (default: ./coolgen.config.json when present)' })
      .option('out', { type: 'string', describe: 'Write to this file instead of stdout' })
      .option('verify-rule', {
        choices: ['import-or-reference', 'import', 'import-and-call'] as const,
        describe: 'How a test must reference a function to make it verified (default: config progress.verifyRule, else import-or-reference)',
      })
      .example('$0 progress seeds --target out/ts --ledger seeds/coolgen-ledger.json --format md', 'PR comment for the sample estate') as unknown as Argv<ProgressArgs>,
  handler: async (argv) => {
    const { runProgress } = await import('./progress-run.js');
    process.exitCode = await runProgress(argv);
  },
};
