// `coolgen sample` — placeholder until its issue lands; prints a usage error.
import type { CommandModule } from 'yargs';
import { ExitCode, printError } from '../io.js';

export const sampleCommand: CommandModule = {
  command: 'sample',
  describe: '(sample: not available yet)',
  handler: () => {
    printError('coolgen sample: not available yet');
    process.exitCode = ExitCode.usage;
  },
};
