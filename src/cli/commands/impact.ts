// `coolgen impact <NAME> <paths...>`: what breaks if a block moves (its transitive callers, with depth and chain)
// and what it needs (its transitive dependencies). Exit 0 ok, 1 block not found, 2 usage/config error.
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { buildDependencyGraph, computeImpact, renderImpactJson, renderImpactMarkdown } from '../../core.js';
import { ExitCode, emitOutput, printError } from '../io.js';
import { loadEstate, printNotFound } from './graph.js';

interface ImpactArgs {
  name: string;
  paths: string[];
  format: 'json' | 'md';
  config?: string;
  out?: string;
}

async function run(argv: ArgumentsCamelCase<ImpactArgs>): Promise<number> {
  const estate = await loadEstate('impact', argv.paths, argv.config);
  if (typeof estate === 'number') return estate;
  const graph = buildDependencyGraph(estate.inventory, estate.config);
  const impact = computeImpact(graph, String(argv.name));
  if (impact === undefined) {
    printNotFound('impact', String(argv.name), graph.nodes.filter((n) => n.kind !== 'entity').map((n) => n.id));
    return ExitCode.findings;
  }
  emitOutput(argv.format === 'md' ? renderImpactMarkdown(impact) : renderImpactJson(impact), argv.out);
  printError(`coolgen impact: ${impact.target}: callers ${impact.callers.length} (chains: ${impact.chains.join(', ') || 'none'}), dependencies ${impact.dependencies.length}`);
  return ExitCode.ok;
}

/** The `impact` command module. */
export const impactCommand: CommandModule<object, ImpactArgs> = {
  command: 'impact <name> <paths...>',
  describe: 'Impact of one block: its transitive callers (with depth and chain) and its transitive dependencies',
  builder: (yargs: Argv<object>) =>
    yargs
      .positional('name', { type: 'string', demandOption: true, describe: 'Block name (case-insensitive)' })
      .positional('paths', { type: 'string', array: true, demandOption: true, describe: 'Files and/or folders to read' })
      .option('format', { choices: ['json', 'md'] as const, default: 'json' as const, describe: 'Output format' })
      .option('config', { type: 'string', describe: 'Config file (default: ./coolgen.config.json when present, else built-in defaults)' })
      .option('out', { type: 'string', describe: 'Write to this file instead of stdout' })
      .example('$0 impact IH_CALC_BOX1 seeds --format md', 'Who calls IH_CALC_BOX1, directly and indirectly') as unknown as Argv<ImpactArgs>,
  handler: async (argv) => {
    process.exitCode = await run(argv);
  },
};
