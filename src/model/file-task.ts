// Parsing one input file into its summary: read the bytes (source-reader), decode and parse (parseSourceBlocks),
// and summarise each block as soon as it is built so that its AST can be dropped (one AST alive at a time unless
// ASTs are retained). Shared by the main thread and the parse workers.
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { DiagnosticCodes } from '../diagnostics/codes.js';
import { parseSourceBlocks } from '../syntax/parse-source.js';
import { readSourceBytes } from './source-reader.js';
import { failedFileSummary, finishFileSummary, summariseBlock, type BlockSummary, type FileSummary } from './summarise.js';

/** One file to parse: where to read it, and the path the inventory shows (relative, `/` separators). */
export interface FileTask {
  path: string;
  display: string;
}

function diagnosticKey(d: Diagnostic): string {
  return `${d.code}\u0000${d.span?.startOffset ?? ''}\u0000${d.span?.endOffset ?? ''}\u0000${d.message}`;
}

function relabel(diagnostics: readonly Diagnostic[], display: string): Diagnostic[] {
  return diagnostics.map((d) => ({ ...d, file: display }));
}

/** What a parse task keeps besides the inventory figures. */
export interface RetainOptions {
  retainAst: boolean;
  retainViews: boolean;
}

/**
 * Read, parse and summarise one file. Never throws: a read failure or an internal parser error becomes a
 * diagnostic on that file, and the run goes on.
 */
export function parseInputFile(task: FileTask, retain: RetainOptions): FileSummary {
  const read = readSourceBytes(task.path);
  if (read.value === null) return failedFileSummary(task.display, relabel(read.diagnostics, task.display));
  const bytes = read.value.byteLength;
  try {
    const options = { bytes, ...retain };
    const blocks: BlockSummary[] = [];
    const extra: Diagnostic[] = [];
    const parsed = parseSourceBlocks(read.value, { file: task.display }, (block, blockDiagnostics, head) => {
      blocks.push(summariseBlock(block, head, blockDiagnostics, options, extra));
    });
    const file = parsed.value;
    // The file's own list and the result's list overlap; keep each diagnostic once.
    const seen = new Set(file.diagnostics.map(diagnosticKey));
    const diagnostics = [...file.diagnostics, ...parsed.diagnostics.filter((d) => !seen.has(diagnosticKey(d)))];
    return finishFileSummary({ ...file, path: task.display, diagnostics }, blocks, extra, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const d = createDiagnostic(DiagnosticCodes.readFailed, 'error', 'read', `The file could not be parsed (internal error: ${reason}).`, undefined, {
      file: task.display,
    });
    return failedFileSummary(task.display, [d], bytes);
  }
}

/** Parse a batch of files (one worker task), in order. */
export function parseInputFiles(tasks: readonly FileTask[], retain: RetainOptions): FileSummary[] {
  return tasks.map((t) => parseInputFile(t, retain));
}
