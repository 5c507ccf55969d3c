// `coolgen progress` — placeholder until its issue lands; prints a usage error.
import type { CommandModule } from 'yargs';
import { ExitCode, printError } from '../io.js';

export const progressCommand: CommandModule = {
  command: 'progress',
  describe: '(progress: not available yet)',
  handler: () => {
    printError('coolgen progress: not available yet');
    process.exitCode = ExitCode.usage;
  },
};
