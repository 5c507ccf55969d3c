// `coolgen generate` — placeholder until its issue lands; prints a usage error.
import type { CommandModule } from 'yargs';
import { ExitCode, printError } from '../io.js';

export const generateCommand: CommandModule = {
  command: 'generate',
  describe: '(generate: not available yet)',
  handler: () => {
    printError('coolgen generate: not available yet');
    process.exitCode = ExitCode.usage;
  },
};
