// `coolgen inventory` — placeholder until its issue lands; prints a usage error.
import type { CommandModule } from 'yargs';
import { ExitCode, printError } from '../io.js';

export const inventoryCommand: CommandModule = {
  command: 'inventory',
  describe: '(inventory: not available yet)',
  handler: () => {
    printError('coolgen inventory: not available yet');
    process.exitCode = ExitCode.usage;
  },
};
