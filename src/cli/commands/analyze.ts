// `coolgen analyze` — placeholder until its issue lands; prints a usage error.
import type { CommandModule } from 'yargs';
import { ExitCode, printError } from '../io.js';

export const analyzeCommand: CommandModule = {
  command: 'analyze',
  describe: '(analyze: not available yet)',
  handler: () => {
    printError('coolgen analyze: not available yet');
    process.exitCode = ExitCode.usage;
  },
};
