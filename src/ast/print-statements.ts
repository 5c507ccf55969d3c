// Statements of the canonical printer (reference §5, §16): the dispatch over statement kinds, the one-line
// statements, NOTE, empty statements, ESCAPE / NEXT arrows and USE / SET USING view matching, in R1 or R2 layout.
import type { Reference, Statement, ViewMatch, ViewMatchSide } from './nodes.js';
import { printExpression, printReference } from './print-expression.js';
import { emitArrow, emitBars, emitText, nextNumber, type PrintContext } from './print-layout.js';
import { printConstruct } from './print-constructs.js';

/** `WHICH IMPORTS:` sits 3 columns right of the statement; matches continue after the colon (3 + 15). */
const WHICH_INDENT = 3;
const MATCH_INDENT = WHICH_INDENT + 'WHICH IMPORTS: '.length;

const r1 = (ctx: PrintContext): boolean => ctx.rendering === 'cobol-listing';

/** Print a list of statements at nesting `depth` (0 = directly in the block). */
export function printStatementList(ctx: PrintContext, statements: readonly Statement[], depth: number): void {
  for (const statement of statements) printStatement(ctx, statement, depth);
}

/** Print one statement (and everything nested in it) at nesting `depth`; every statement takes a new R1 number. */
export function printStatement(ctx: PrintContext, s: Statement, depth: number): void {
  const num = nextNumber(ctx);
  if (printConstruct(ctx, s, depth, num)) return;
  switch (s.kind) {
    case 'Note':
      printNote(ctx, s.lines, depth, num);
      return;
    case 'Empty':
      emitBars(ctx, depth, num);
      return;
    case 'Escape':
    case 'Next':
      emitArrow(ctx, s.level ?? 0, depth, s.kind === 'Escape' ? 'ESCAPE' : 'NEXT', num);
      return;
    case 'Set':
      emitText(ctx, { depth, text: simpleText(s), num });
      printMatches(ctx, depth, num, 'IMPORTS', s.imports);
      return;
    case 'Use':
      emitText(ctx, { depth, text: simpleText(s), num });
      printMatches(ctx, depth, num, 'IMPORTS', s.imports);
      printMatches(ctx, depth, num, 'EXPORTS', s.exports);
      return;
    default:
      emitText(ctx, { depth, text: simpleText(s), num });
  }
}

/** `NOTE:`, the text lines as they are (never re-wrapped), and the closing bars-only line. */
function printNote(ctx: PrintContext, lines: readonly string[], depth: number, num: number | null): void {
  emitText(ctx, { depth, text: 'NOTE:', num });
  for (const text of lines) {
    // An R2 NOTE ends at its first bars-only line (reference §16), so R2 cannot hold an empty note line: it is
    // left out rather than ending the note early. R1 notes end where the number changes and keep them.
    if (!r1(ctx) && text.trim() === '') continue;
    emitText(ctx, { depth, text, num, wrap: false });
  }
  emitBars(ctx, depth, num);
}

/** The text of a statement that prints on one logical line (R1 wraps it). */
function simpleText(s: Statement): string {
  const view = (v: Reference | null): string => (v ? `${printReference(v)} ` : '');
  switch (s.kind) {
    case 'Set': {
      const rounded = s.rounded ? ' ROUNDED' : s.notRounded ? ' NOT ROUNDED' : '';
      const value = s.value ? ` TO ${printExpression(s.value)}` : '';
      const using = s.using !== null ? ` USING ${s.using}` : '';
      return `SET ${printExpression(s.target)}${rounded}${value}${using}`;
    }
    case 'Move':
      return `MOVE ${printReference(s.from)} TO ${printReference(s.to)}`;
    case 'Use':
      return s.target !== null ? `USE ${s.target}` : 'USE';
    case 'ExitState':
      return `EXIT STATE IS ${s.name}`;
    case 'Command':
      return `COMMAND IS ${s.value}`;
    case 'Delete':
      return `DELETE ${printReference(s.view)}`;
    case 'Associate':
      return `ASSOCIATE ${view(s.view)}WITH ${printReference(s.with)} WHICH ${s.relationship} IT`;
    case 'Disassociate':
      return `DISASSOCIATE ${view(s.view)}FROM ${printReference(s.from)} WHICH ${s.relationship} IT`;
    case 'Transfer':
      return `TRANSFER ${view(s.view)}FROM ${printReference(s.from)} TO ${printReference(s.to)} WHICH ${s.relationship} IT`;
    case 'Summarize': {
      // No print of SUMMARIZE is known (reference §16): it stays one logical line, PLACING and WHERE included.
      const placing = s.placing.map((p) => ` PLACING ${p.fn}${p.arg ? `(${printExpression(p.arg)})` : ''} INTO ${printReference(p.into)}`);
      const where = s.where ? ` WHERE ${printExpression(s.where)}` : '';
      return `SUMMARIZE ${s.each ? 'EACH ' : ''}${s.views.map(printReference).join(' ')}${placing.join('')}${where}`;
    }
    case 'Make':
      return `MAKE ${printReference(s.target)}${s.properties.map((p) => ` ${p}`).join('')}`;
    case 'PrinterTerminal':
      return `PRINTER TERMINAL IS ${printExpression(s.value)}`;
    case 'External':
      return 'EXTERNAL';
    case 'Unknown':
      return s.text;
    default:
      return '';
  }
}

function sideText(ctx: PrintContext, side: ViewMatchSide): string {
  const words = side.words.join(' ');
  switch (side.viewKind) {
    case 'entity':
      return `Entity View ${words}`;
    case 'work':
      // R1 pads `Work View` to the width of `Entity View`; R2 writes two spaces (KDCF style, reference §16).
      return `${r1(ctx) ? 'Work View   ' : 'Work View  '}${words}`;
    case 'group':
      return `${r1(ctx) ? 'Group View  ' : 'Group View '}${words}`;
    default:
      return words;
  }
}

/** `WHICH IMPORTS:` / `WHICH EXPORTS:` with one view match per line, continuation aligned after the colon. */
function printMatches(ctx: PrintContext, depth: number, num: number | null, which: 'IMPORTS' | 'EXPORTS', matches: readonly ViewMatch[]): void {
  const direction = which === 'IMPORTS' ? 'TO' : 'FROM';
  matches.forEach((match, i) => {
    const text = `${sideText(ctx, match.caller)}${match.callee ? ` ${direction} ${sideText(ctx, match.callee)}` : ''}`;
    emitText(ctx, {
      depth,
      indent: i === 0 ? WHICH_INDENT : MATCH_INDENT,
      contIndent: MATCH_INDENT,
      text: i === 0 ? `WHICH ${which}: ${text}` : text,
      num,
    });
  });
}
