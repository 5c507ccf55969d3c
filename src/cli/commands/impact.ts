// `coolgen impact` — placeholder until its issue lands; prints a usage error.
import type { CommandModule } from 'yargs';
import { ExitCode, printError } from '../io.js';

export const impactCommand: CommandModule = {
  command: 'impact',
  describe: '(impact: not available yet)',
  handler: () => {
    printError('coolgen impact: not available yet');
    process.exitCode = ExitCode.usage;
  },
};
