// `coolgen graph` — placeholder until its issue lands; prints a usage error.
import type { CommandModule } from 'yargs';
import { ExitCode, printError } from '../io.js';

export const graphCommand: CommandModule = {
  command: 'graph',
  describe: '(graph: not available yet)',
  handler: () => {
    printError('coolgen graph: not available yet');
    process.exitCode = ExitCode.usage;
  },
};
