// The canonical printer: renders an ActionBlock back to text, by default in the R2 toolset form of reference §16,
// or as an R1 generated-COBOL listing. `parse(print(ast))` equals `ast` (ignoring spans, lines and numbers).
import type { ActionBlock, Statement } from './nodes.js';
import { createContext, emitBars, emitFrame, emitViewLine, type PrintContext, type PrintRendering } from './print-layout.js';
import { printViewSections } from './print-views.js';
import { printStatementList } from './print-statements.js';

export { printExpression, printReference, conditionSegments } from './print-expression.js';
export { R1_LAST_COLUMN, type PrintRendering } from './print-layout.js';

/** Options of the printer. */
export interface PrintOptions {
  /** `toolset` (R2, default) or `cobol-listing` (R1: statement numbers 1..n assigned by the printer, wrap at col 71). */
  rendering?: PrintRendering;
}

/** Name field width of the header: the name is padded to 34 columns, then `MM/DD/YYYY  HH:MM` (reference §3.1). */
const HEADER_NAME_WIDTH = 34;

/** The header text after the block bar column: `+->   NAME<pad>MM/DD/YYYY  HH:MM`; a longer name pushes the date. */
export function printHeader(name: string, date: string | null, time: string | null): string {
  const stamp = [date, time].filter((x): x is string => x !== null && x !== '').join('  ');
  return stamp === '' ? `+->   ${name}` : `+->   ${name.padEnd(HEADER_NAME_WIDTH)}${stamp}`;
}

/**
 * Print one action block: header, view sections, `PROCEDURE STATEMENTS` framing (when the block has a procedure
 * part), the statements and the `+---` footer. The text ends with a newline. Deterministic for a given AST.
 */
export function printActionBlock(block: ActionBlock, options: PrintOptions = {}): string {
  const ctx = createContext(options.rendering ?? 'toolset');
  printBlock(ctx, block);
  return `${ctx.lines.join('\n')}\n`;
}

/**
 * Print several blocks as one file: R2 blocks separated by an empty line (reference §17), R1 listings one after
 * the other.
 */
export function printActionBlocks(blocks: readonly ActionBlock[], options: PrintOptions = {}): string {
  const separator = (options.rendering ?? 'toolset') === 'toolset' ? '\n' : '';
  return blocks.map((b) => printActionBlock(b, options)).join(separator);
}

/**
 * Print statements as they appear directly inside a block (R2 `| ` prefix, or R1 columns with numbers from 1).
 * The text ends with a newline (empty string for no statements).
 */
export function printStatements(statements: readonly Statement[], options: PrintOptions = {}): string {
  const ctx = createContext(options.rendering ?? 'toolset');
  printStatementList(ctx, statements, 0);
  return ctx.lines.length > 0 ? `${ctx.lines.join('\n')}\n` : '';
}

function printBlock(ctx: PrintContext, block: ActionBlock): void {
  emitFrame(ctx, printHeader(block.name, block.date, block.time));
  printViewSections(ctx, block.views);
  // A hand-built AST may leave hasProcedureSection false while holding statements: never drop them.
  if (block.hasProcedureSection || block.statements.length > 0) {
    emitBars(ctx, 0, null);
    emitViewLine(ctx, 5, 'PROCEDURE STATEMENTS');
    emitBars(ctx, 0, null);
    printStatementList(ctx, block.statements, 0);
  }
  emitFrame(ctx, '+---');
}
