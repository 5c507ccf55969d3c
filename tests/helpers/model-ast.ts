// Small builders of hand-made action-block ASTs for the model tests (metrics, link, inventory) so that they do
// not depend on the parser. Spans are synthetic: line N starts at offset N*100, column c at offset N*100+c-1.
import type {
  ActionBlock,
  EntityView,
  Expression,
  NumberLiteral,
  Reference,
  RelationalOperator,
  Statement,
  StringLiteral,
  View,
  ViewQualifier,
  WhenClause,
  WorkView,
} from '../../src/ast/nodes.js';
import type { SourceSpan } from '../../src/diagnostics/diagnostic.js';

export const FILE = 'test.cbl';

/** A span on one line (columns inclusive). */
export function span(line: number, startColumn = 1, endColumn = 60, endLine = line): SourceSpan {
  return {
    file: FILE,
    startOffset: line * 100 + startColumn - 1,
    endOffset: endLine * 100 + endColumn - 1,
    startLine: line,
    startColumn,
    endLine,
    endColumn,
  };
}

/** An unnamed entity-action view reference: `taxpayer` or `taxpayer bsn`, optionally qualified. */
export function eref(type: string, attribute: string | null = null, qualifier: ViewQualifier | null = null, line = 1): Reference {
  return {
    kind: 'Reference', qualifier, view: null, type, attribute, section: 'entityActions', resolved: true,
    words: attribute === null ? [type] : [type, attribute], span: span(line),
  };
}

/** A named view reference: `export ih_work_area wage_income`. */
export function vref(view: string, type: string, attribute: string | null = null, line = 1, qualifier: ViewQualifier | null = null): Reference {
  return {
    kind: 'Reference', qualifier, view, type, attribute, section: 'locals', resolved: true,
    words: attribute === null ? [view, type] : [view, type, attribute], span: span(line),
  };
}

/** A bare attribute (inside CREATE / UPDATE: `SET status TO ...`). */
export function aref(attribute: string, line = 1): Reference {
  return { kind: 'Reference', qualifier: null, view: null, type: null, attribute, section: null, resolved: true, words: [attribute], span: span(line) };
}

export const num = (value: number, line = 1, column = 1): NumberLiteral => ({ kind: 'Number', value, text: String(value), span: span(line, column, column) });
export const str = (value: string, line = 1, column = 1): StringLiteral => ({ kind: 'String', value, span: span(line, column, column + value.length + 1) });
export const cmp = (left: Expression, op: RelationalOperator, right: Expression): Expression => ({ kind: 'Comparison', left, op, right, span: left.span });
export const and = (left: Expression, right: Expression): Expression => ({ kind: 'Logical', op: 'AND', left, right, span: left.span });
export const or = (left: Expression, right: Expression): Expression => ({ kind: 'Logical', op: 'OR', left, right, span: left.span });
export const bin = (left: Expression, op: '+' | '-' | '*' | '/', right: Expression): Expression => ({ kind: 'Binary', op, left, right, span: left.span });

/** Common statement fields: number (null for R2) and line. */
export function at(number: number | null, line: number, endLine = line) {
  return { number, line, span: span(line, 1, 60, endLine) };
}

export const when = (condition: string, body: Statement[], line: number): WhenClause => ({ condition, body, line, span: span(line) });

export function entityView(type: string, attributes: string[], name: string | null = null): EntityView {
  return { kind: 'entity', name, type, qualifiers: [], attributes, span: span(1) };
}
export function workView(name: string, type: string, attributes: string[]): WorkView {
  return { kind: 'work', name, type, qualifiers: [], attributes, span: span(1) };
}

/** An action block around the statements; spans lines 1..999. */
export function block(name: string, statements: Statement[], views: Partial<ActionBlock['views']> = {}, extra: Partial<ActionBlock> = {}): ActionBlock {
  const all: View[] = [];
  return {
    kind: 'ActionBlock', name, nameValid: true, date: '01/01/2020', time: '10:00', procedureStep: false,
    views: { imports: [], exports: [], locals: [], entityActions: all, ...views },
    hasProcedureSection: true, statements, line: 1, span: span(1, 1, 60, 999), sourceHash: '0123456789abcdef',
    ...extra,
  };
}
