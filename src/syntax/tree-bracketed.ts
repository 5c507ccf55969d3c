// Nests the items of an R1/R2 block by their brackets (reference §14, §16): `+->` opens, `+--` closes, `+- ELSE` /
// `+- WHEN` / `+->CASE` switch branches. A statement whose bars fall below the open construct closes it with
// an error (examples/broken_examples.txt, fragment 1); unclosed constructs at the end are reported.
import type * as A from '../ast/nodes.js';
import { createDiagnostic, type Diagnostic, type SourceSpan } from '../diagnostics/diagnostic.js';
import { DiagnosticCodes } from '../diagnostics/codes.js';
import type { BuildContext } from './build-context.js';
import {
  addStatement,
  applyClause,
  closeFrame,
  CONSTRUCT_KINDS,
  constructLabel,
  needsImplicitBranch,
  openFrame,
  openImplicitBranch,
  type Frame,
} from './frames.js';
import type { ArrowItem, ClauseItem, LineItem, NoteItem, EmptyItem, StatementItem } from './line-items.js';
import { wholeUnitSpan } from './logical-unit.js';
import { buildClause, buildStatement, unknownStatement } from './statement-parse.js';
import type { SymbolTable } from './symbols.js';

/** Block-level inputs of the tree builders. */
export interface TreeInput {
  items: LineItem[];
  symbols: SymbolTable;
  diags: Diagnostic[];
  /** Span of the block's footer (or last line when unclosed). */
  endSpan: SourceSpan;
}

/** Build the statement tree of one R1/R2 block. */
export function buildBracketedTree(input: TreeInput): A.Statement[] {
  return new BracketedTree(input).run();
}

class BracketedTree {
  private readonly root: A.Statement[] = [];
  private readonly stack: Frame[] = [];

  constructor(private readonly input: TreeInput) {}

  run(): A.Statement[] {
    for (const item of this.input.items) this.item(item);
    while (this.stack.length > 0) {
      const f = this.stack[this.stack.length - 1] as Frame;
      this.error(DiagnosticCodes.lexUnclosedConstruct, `${f.label} opened at ${where(f.node)} has no closing "+--"`, f.node.span);
      this.pop(null);
    }
    return this.root;
  }

  private get top(): Frame | undefined {
    // Never read index -1 of an empty array: V8 then takes a slow, prototype-walking path.
    const n = this.stack.length;
    return n > 0 ? this.stack[n - 1] : undefined;
  }

  private item(item: LineItem): void {
    switch (item.kind) {
      case 'stmt':
        return this.statement(item);
      case 'clause':
        return this.clause(item);
      case 'close':
        return this.close(item.bars, item.span, item.unit ? this.untilText(item) : null);
      case 'arrow':
        return this.add(arrowStatement(item));
      case 'note':
        return this.add(noteStatement(item));
      case 'empty':
        return this.add(emptyStatement(item));
    }
  }

  private ctx(item: StatementItem | ClauseItem, createView: A.Reference | null): BuildContext {
    return { unit: item.unit, symbols: this.input.symbols, number: item.number, line: item.line, createView, diags: this.input.diags };
  }

  private statement(item: StatementItem): void {
    const bars = item.bars ?? this.stack.length + 1;
    const expected = this.stack.length + 1;
    if (bars < expected) this.closeImplicitly(bars, item);
    else if (bars > expected) {
      this.warn(DiagnosticCodes.lexBracketMismatch, `Statement is nested deeper than the open brackets allow (${bars - 1} instead of ${expected - 1}); kept at depth ${expected - 1}`, wholeUnitSpan(item.unit));
    }
    const top = this.top;
    const inActions = top && (top.node.kind === 'Create' || top.node.kind === 'Update') && !top.clauseSeen;
    const ctx = this.ctx(item, inActions ? (top.node as A.CreateStatement).view : null);
    let node: A.Statement;
    if (item.cutOff) {
      this.error(DiagnosticCodes.lexUnexpectedEndOfInput, `Unexpected end of input inside ${item.number !== null ? `statement ${item.number}` : 'a statement'} (the last line is cut off); kept as raw text`, wholeUnitSpan(item.unit));
      node = unknownStatement(item.unit, ctx, 'invalid');
    } else node = buildStatement(ctx);
    this.add(node);
    if (item.opener) {
      const parentBody = this.top ? this.top.body : this.root;
      const f = openFrame(node, bars, constructLabel(node), parentBody);
      if (!CONSTRUCT_KINDS.has(node.kind)) {
        this.warn(DiagnosticCodes.lexBracketMismatch, `${constructLabel(node)} is not a construct but is opened with "+->"; its bracket is kept, its body stays at this level`, node.span);
      }
      this.stack.push(f);
    }
  }

  private clause(item: ClauseItem): void {
    const bars = item.bars ?? this.stack.length;
    const index = bars - 1;
    const span = wholeUnitSpan(item.unit);
    if (index < 0 || index >= this.stack.length) return this.strayClause(item, `has no open construct at its bracket`);
    if (index < this.stack.length - 1) this.closeImplicitly(bars + 1, item);
    const f = this.top as Frame;
    const info = buildClause(this.ctx(item, null));
    if (!info) return this.addUnknownClause(item);
    if (!applyClause(f, info, item.line, span)) this.strayClause(item, `does not belong to the ${f.label} opened at ${where(f.node)}`);
  }

  private strayClause(item: ClauseItem, why: string): void {
    this.error(DiagnosticCodes.lexBracketMismatch, `Clause "${item.unit.text}" ${why}; kept as raw text`, wholeUnitSpan(item.unit));
    this.addUnknownClause(item);
  }

  private addUnknownClause(item: ClauseItem): void {
    this.add(unknownStatement(item.unit, this.ctx(item, null), 'invalid'));
  }

  private untilText(item: LineItem & { kind: 'close' }): ClauseItem {
    return { kind: 'clause', number: null, line: item.line, bars: item.bars, unit: item.unit as NonNullable<typeof item.unit> };
  }

  private close(bars: number, span: SourceSpan, until: ClauseItem | null): void {
    const index = bars - 1;
    if (index < 0 || index >= this.stack.length) {
      this.error(DiagnosticCodes.lexBracketMismatch, '"+--" without an open construct at its bracket', span);
      return;
    }
    while (this.stack.length - 1 > index) {
      const f = this.top as Frame;
      this.error(DiagnosticCodes.lexUnclosedConstruct, `${f.label} opened at ${where(f.node)} has no closing "+--"`, f.node.span);
      this.pop(null);
    }
    if (until) this.clause(until);
    this.pop(span);
  }

  /** Close every frame whose body is deeper than `bars` allows, reporting each one at `item`. */
  private closeImplicitly(bars: number, item: StatementItem | ClauseItem): void {
    while (this.stack.length + 1 > bars && this.stack.length > 0) {
      const f = this.top as Frame;
      const at = item.number !== null ? `statement ${item.number}` : `line ${item.line}`;
      this.error(
        DiagnosticCodes.lexUnclosedConstruct,
        `${f.label} opened at ${where(f.node)} has no closing "+--" (bracket depth falls from ${this.stack.length} to ${Math.max(0, bars - 1)}); closed before ${at}`,
        wholeUnitSpan(item.unit),
        f.node.span,
      );
      this.pop(null);
    }
  }

  private pop(end: SourceSpan | null): void {
    const f = this.stack.pop();
    if (f) closeFrame(f, end, this.top);
  }

  private add(s: A.Statement): void {
    const f = this.top;
    if (f && needsImplicitBranch(f)) {
      this.warn(DiagnosticCodes.lexBracketMismatch, `Statement inside ${f.label} before its first clause line; kept in a branch without a condition`, s.span);
      openImplicitBranch(f);
    }
    addStatement(f, this.root, s);
  }

  private error(code: Diagnostic['code'], message: string, span: SourceSpan, related?: SourceSpan): void {
    const extra = related ? { related: [{ message: 'opened here', span: related }] } : {};
    this.input.diags.push(createDiagnostic(code, 'error', 'lex', message, span, extra));
  }

  private warn(code: Diagnostic['code'], message: string, span: SourceSpan): void {
    this.input.diags.push(createDiagnostic(code, 'warning', 'lex', message, span));
  }
}

function where(s: A.Statement): string {
  return s.number !== null ? `statement ${s.number}` : `line ${s.line}`;
}

/** ESCAPE / NEXT node from an arrow line. */
export function arrowStatement(item: ArrowItem): A.EscapeStatement | A.NextStatement {
  return { kind: item.which, number: item.number, line: item.line, span: item.span, level: item.level };
}

/** NOTE node. */
export function noteStatement(item: NoteItem): A.NoteStatement {
  return { kind: 'Note', number: item.number, line: item.line, span: item.span, lines: item.lines };
}

/** Empty numbered statement. */
export function emptyStatement(item: EmptyItem): A.EmptyStatement {
  return { kind: 'Empty', number: item.number, line: item.line, span: item.span };
}
