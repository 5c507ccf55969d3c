// `coolgen parse` — placeholder until its issue lands; prints a usage error.
import type { CommandModule } from 'yargs';
import { ExitCode, printError } from '../io.js';

export const parseCommand: CommandModule = {
  command: 'parse',
  describe: '(parse: not available yet)',
  handler: () => {
    printError('coolgen parse: not available yet');
    process.exitCode = ExitCode.usage;
  },
};
