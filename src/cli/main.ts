#!/usr/bin/env node
// The `coolgen` command line: yargs wiring only. Each command lives in cli/commands/ and is a thin layer over
// the public API (../core.ts; generate, progress and pipeline load ../index.ts, hence ts-morph, only when they run).
// Exit codes: 0 ok, 1 findings (errors in input, regressions, conflicts), 2 usage.
import { createRequire } from 'node:module';
import type yargsEsm from 'yargs';
import { hideBin } from 'yargs/helpers';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ExitCode, printError } from './io.js';
import { commands } from './commands/index.js';

// The CommonJS build of yargs, on purpose: its ESM build wraps help text in the middle of words (the ESM port of
// cliui has no word-aware wrap), the CommonJS one uses wrap-ansi (tests/regressions/help-wrap.test.ts).
const yargs = createRequire(import.meta.url)('yargs') as typeof yargsEsm;

/** Thrown from yargs' fail handler so that a rejected command line never runs its command. */
class UsageError extends Error {}

/** Run the CLI with the given arguments (without `node` and the script); resolves to the exit code. */
export async function runCli(argv: string[]): Promise<number> {
  const parser = yargs(argv)
    .scriptName('coolgen')
    .usage('Usage: $0 <command> [options]\n\nMake a Cool:Gen estate visible, plan its migration and gate its remaining technical debt.')
    .strict()
    .recommendCommands()
    .demandCommand(1, 'Name a command; see the list above.')
    .help()
    .alias('h', 'help')
    .version()
    .wrap(Math.min(110, process.stdout.columns ?? 100))
    .epilogue(
      'Exit codes: 0 = ok, 1 = input had errors / a threshold or regression / conflicts / target not found, 2 = usage or config error.',
    )
    .exitProcess(false)
    .fail((message, error) => {
      if (error && !(error instanceof UsageError)) throw error;
      throw new UsageError(message ?? error?.message ?? 'invalid command line');
    });
  for (const command of commands) parser.command(command);
  process.exitCode = undefined;
  try {
    await parser.parseAsync();
  } catch (error) {
    if (error instanceof UsageError) {
      printError(`coolgen: ${error.message}\nRun 'coolgen --help' for usage.`);
      return ExitCode.usage;
    }
    printError(`coolgen: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return ExitCode.usage;
  }
  const code = process.exitCode;
  return typeof code === 'number' ? code : ExitCode.ok;
}

function isMain(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  // Piped output that the reader closed early (`coolgen ... | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  runCli(hideBin(process.argv)).then((code) => {
    process.exitCode = code;
  });
}
