// `coolgen analyze <paths...>`: every migration analysis (cycles, waves, unreferenced blocks, fan-in/out,
// chain instability, coupling, data use) as json or a Markdown summary. Exit 0 ok, 2 usage/config error.
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { analyzeEstate, renderAnalysisJson, renderAnalysisMarkdown } from '../../core.js';
import { ExitCode, emitOutput, printError } from '../io.js';
import { loadEstate } from './graph.js';

interface AnalyzeArgs {
  paths: string[];
  format: 'json' | 'md';
  config?: string;
  out?: string;
}

async function run(argv: ArgumentsCamelCase<AnalyzeArgs>): Promise<number> {
  const estate = await loadEstate('analyze', argv.paths, argv.config);
  if (typeof estate === 'number') return estate;
  const result = analyzeEstate(estate.inventory, estate.config);
  emitOutput(argv.format === 'md' ? renderAnalysisMarkdown(result) : renderAnalysisJson(result), argv.out);
  const blocks = result.waves.reduce((n, w) => n + w.length, 0);
  printError(
    `coolgen analyze: blocks ${blocks}, waves ${result.waves.length}, cycles ${result.cycles.length}, ` +
      `unreferenced ${result.unreferenced.length}, cross-chain calls ${result.coupling.edges.length}${argv.out ? ` → ${argv.out}` : ''}`,
  );
  return ExitCode.ok;
}

/** The `analyze` command module. */
export const analyzeCommand: CommandModule<object, AnalyzeArgs> = {
  command: 'analyze <paths...>',
  describe: 'Migration analyses: cycles, waves, unreferenced blocks, fan-in/out, cross-chain coupling, data use',
  builder: (yargs: Argv<object>) =>
    yargs
      .positional('paths', { type: 'string', array: true, demandOption: true, describe: 'Files and/or folders to read' })
      .option('format', { choices: ['json', 'md'] as const, default: 'json' as const, describe: 'Output format' })
      .option('config', { type: 'string', describe: 'Config file (entryPoints, personalData, chains)' })
      .option('out', { type: 'string', describe: 'Write to this file instead of stdout' })
      .example('$0 analyze seeds --config seeds/coolgen.config.json --format md', 'The migration summary of the sample estate') as unknown as Argv<AnalyzeArgs>,
  handler: async (argv) => {
    process.exitCode = await run(argv);
  },
};
