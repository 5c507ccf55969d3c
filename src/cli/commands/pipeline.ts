// `coolgen pipeline` — placeholder until its issue lands; prints a usage error.
import type { CommandModule } from 'yargs';
import { ExitCode, printError } from '../io.js';

export const pipelineCommand: CommandModule = {
  command: 'pipeline',
  describe: '(pipeline: not available yet)',
  handler: () => {
    printError('coolgen pipeline: not available yet');
    process.exitCode = ExitCode.usage;
  },
};
