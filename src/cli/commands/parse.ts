// `coolgen parse <paths...> [--format text|json|sarif] [--out file]`: parse action-diagram files and report the AST
// (json), code-frame diagnostics (text) or SARIF. Exit codes: 0 no errors, 1 errors found, 2 usage / nothing readable.
import type { Argv, CommandModule } from 'yargs';
import {
  countStatements,
  decodeSource,
  formatDiagnostic,
  formatDiagnosticLine,
  hasErrors,
  listInputFiles,
  parseSource,
  readSourceBytes,
  renderSarif,
  sortDiagnostics,
  summarizeDiagnostics,
  type Diagnostic,
  type ParsedFile,
} from '../../core.js';
import { ExitCode, emitOutput, printError } from '../io.js';
import { toolVersion } from '../version.js';

/** Output formats of `coolgen parse`. */
export const PARSE_FORMATS = ['text', 'json', 'sarif'] as const;
type ParseFormat = (typeof PARSE_FORMATS)[number];

interface ParseArgs {
  paths: string[];
  format: ParseFormat;
  out?: string;
}

/** The `coolgen parse` command module. */
export const parseCommand: CommandModule<object, ParseArgs> = {
  command: 'parse <paths..>',
  describe: 'Parse action-diagram files (R1 listings, R2 prints, R3 flat text) and report AST or diagnostics',
  builder: (yargs: Argv) =>
    yargs
      .positional('paths', { type: 'string', array: true, describe: 'Files or folders (folders: **/*.{cbl,cob,txt,ad})' })
      .option('format', { alias: 'f', choices: PARSE_FORMATS, default: 'text' as ParseFormat, describe: 'Output format' })
      .option('out', { alias: 'o', type: 'string', describe: 'Write the output to this file instead of stdout' })
      .example('$0 parse estate/ --format json --out ast.json', 'Write the AST of every file as JSON') as unknown as Argv<ParseArgs>,
  handler: (argv) => {
    process.exitCode = runParse(argv);
  },
};

/** Run `coolgen parse` and return the exit code; output goes to stdout or --out. */
export function runParse(args: ParseArgs): number {
  const listed = listInputFiles(args.paths);
  if (listed.value.length === 0) {
    for (const d of listed.diagnostics) printError(formatDiagnosticLine(d));
    printError('coolgen parse: no input files.');
    return ExitCode.usage;
  }
  const color = args.format === 'text' && (args.out === undefined || args.out === '-') && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const files: ParsedFile[] = [];
  const text: string[] = listed.diagnostics.map((d) => formatDiagnosticLine(d, { color }));
  const totals = { blocks: 0, statements: 0, readable: 0 };
  for (const path of listed.value) {
    const bytes = readSourceBytes(path);
    let parsed: ParsedFile;
    if (bytes.value === null) {
      parsed = { path, rendering: 'flat', encoding: 'utf-8', blocks: [], diagnostics: bytes.diagnostics };
    } else {
      totals.readable++;
      parsed = parseSource(bytes.value, { file: path }).value;
    }
    const statements = parsed.blocks.reduce((n, b) => n + countStatements(b.statements), 0);
    totals.blocks += parsed.blocks.length;
    totals.statements += statements;
    if (args.format === 'text') {
      text.push(...formatFile(parsed, bytes.value, color), summaryLine(parsed, statements));
      // text output keeps no AST, so a large estate is never held in memory at once
      files.push({ ...parsed, blocks: [] });
    } else {
      files.push(parsed);
    }
  }
  const all = [...listed.diagnostics, ...files.flatMap((f) => f.diagnostics)];
  if (totals.readable === 0) {
    for (const d of all) printError(formatDiagnosticLine(d));
    printError('coolgen parse: none of the input files could be read.');
    return ExitCode.usage;
  }
  emitOutput(render(args.format, files, listed.diagnostics, text, all, totals), args.out);
  return hasErrors(all) ? ExitCode.findings : ExitCode.ok;
}

function render(
  format: ParseFormat,
  files: ParsedFile[],
  listing: Diagnostic[],
  text: string[],
  all: Diagnostic[],
  totals: { blocks: number; statements: number },
): string {
  if (format === 'json') {
    return `${JSON.stringify({ files, ...(listing.length > 0 ? { diagnostics: listing } : {}) }, null, 2)}\n`;
  }
  if (format === 'sarif') return renderSarif(all, { name: 'coolgen', version: toolVersion() });
  text.push(`${plural(files.length, 'file')}, ${plural(totals.blocks, 'block')}, ${plural(totals.statements, 'statement')}: ${summarizeDiagnostics(all)}`);
  return `${text.join('\n')}\n`;
}

/** Code frames for the diagnostics of one file; the text is decoded again only when a frame needs it. */
function formatFile(file: ParsedFile, bytes: Uint8Array | null, color: boolean): string[] {
  if (file.diagnostics.length === 0) return [];
  const source = bytes !== null && file.diagnostics.some((d) => d.span) ? decodeSource(bytes, file.path).value.text : undefined;
  return sortDiagnostics(file.diagnostics).map((d) => formatDiagnostic(d, source, { color }));
}

/** `path: toolset, 1 block, 57 statements, 0 errors, 1 warning`. */
function summaryLine(file: ParsedFile, statements: number): string {
  return `${file.path}: ${file.rendering}, ${plural(file.blocks.length, 'block')}, ${plural(statements, 'statement')}, ${summarizeDiagnostics(file.diagnostics)}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

