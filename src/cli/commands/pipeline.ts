// `coolgen pipeline <paths...> --out out`: the whole toolkit in one run (what `npm start` does on seeds/). This module
// is only the command line; the work (./pipeline-run.ts) generates TypeScript with ts-morph, so it is imported on demand.
import type { Argv, CommandModule } from 'yargs';

/** The command line of `coolgen pipeline`, as data. */
export interface PipelineArgs {
  paths: string[];
  out: string;
  config?: string;
  ledger?: string;
  history?: string;
  date?: string;
}

/** The `pipeline` command module (what `npm start` runs on seeds/). */
export const pipelineCommand: CommandModule<object, PipelineArgs> = {
  command: 'pipeline <paths...>',
  describe: 'Run the whole pipeline (inventory, analyses, TypeScript stubs, progress) and write every output under --out',
  builder: (yargs: Argv<object>) =>
    yargs
      .positional('paths', { type: 'string', array: true, demandOption: true, describe: 'Files and/or folders to read' })
      .option('out', { type: 'string', default: 'out', describe: 'Output folder' })
      .option('config', { type: 'string', describe: 'Config file (default: ./coolgen.config.json when present)' })
      .option('ledger', { type: 'string', describe: 'Migration ledger (retired / kept-for-back-years blocks)' })
      .option('history', { type: 'string', describe: 'Progress history to continue (copied to --out, then appended)' })
      .option('date', { type: 'string', describe: 'Run date YYYY-MM-DD for the history (default: today)' })
      .example('$0 pipeline seeds --config seeds/coolgen.config.json --out out', 'What npm start runs') as unknown as Argv<PipelineArgs>,
  handler: async (argv) => {
    const { runPipeline } = await import('./pipeline-run.js');
    process.exitCode = await runPipeline(argv);
  },
};
