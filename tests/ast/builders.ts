// Test helpers: terse builders for hand-made ASTs (printer and walker tests). Spans are dummies; the printer
// ignores them. Not a test file itself.
import type {
  ActionBlock,
  EntityView,
  Expression,
  GroupView,
  Reference,
  SourceSpan,
  Statement,
  ViewMatch,
  ViewMatchSide,
  ViewQualifier,
  WhenClause,
  WorkView,
  RelationalOperator,
} from '../../src/index.js';

export const span: SourceSpan = { file: 't', startOffset: 0, endOffset: 0, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
const base = { number: null, line: 1, span };

/** A reference from space-separated words, with an optional WHERE qualifier. */
export function ref(words: string, qualifier: ViewQualifier | null = null): Reference {
  const w = words.split(' ');
  return {
    kind: 'Reference',
    qualifier,
    view: w.length === 3 ? (w[0] ?? null) : null,
    type: w.length >= 2 ? (w[w.length - 2] ?? null) : (w[0] ?? null),
    attribute: w.length >= 2 ? (w[w.length - 1] ?? null) : null,
    section: null,
    resolved: false,
    words: w,
    span,
  };
}
export const str = (value: string): Expression => ({ kind: 'String', value, span });
export const num = (text: string): Expression => ({ kind: 'Number', value: Number(text), text, span });
export const special = (name: 'CURRENT_DATE' | 'CURRENT_TIMESTAMP' | 'EXITSTATE' | 'SPACES'): Expression => ({ kind: 'Special', name, span });
export const name = (n: string): Expression => ({ kind: 'Name', name: n, span });
export const call = (n: string, ...args: Expression[]): Expression => ({ kind: 'Call', name: n, args, span });
export const bin = (left: Expression, op: '+' | '-' | '*' | '/', right: Expression): Expression => ({ kind: 'Binary', op, left, right, span });
export const paren = (inner: Expression): Expression => ({ kind: 'Paren', inner, span });
export const cmp = (left: Expression, op: RelationalOperator, right: Expression): Expression => ({ kind: 'Comparison', left, op, right, span });
export const and = (left: Expression, right: Expression): Expression => ({ kind: 'Logical', op: 'AND', left, right, span });
export const or = (left: Expression, right: Expression): Expression => ({ kind: 'Logical', op: 'OR', left, right, span });
export const rel = (left: Reference, relationship: string, right: Reference): Expression => ({ kind: 'Relationship', left, relationship, right, span });

export const note = (...lines: string[]): Statement => ({ ...base, kind: 'Note', lines });
export const empty = (): Statement => ({ ...base, kind: 'Empty' });
export const exitState = (n: string): Statement => ({ ...base, kind: 'ExitState', name: n });
export const move = (from: string, to: string): Statement => ({ ...base, kind: 'Move', from: ref(from), to: ref(to) });
export const escape = (level: number | null): Statement => ({ ...base, kind: 'Escape', level });
export const next = (level: number | null): Statement => ({ ...base, kind: 'Next', level });
export function set(target: string, value: Expression, rounded = false): Statement {
  return { ...base, kind: 'Set', target: ref(target), rounded, notRounded: false, value, using: null, imports: [] };
}
export function ifS(condition: Expression, then: Statement[], elseBody: Statement[] | null = null, elseIfs: [Expression, Statement[]][] = []): Statement {
  return {
    ...base,
    kind: 'If',
    condition,
    then,
    elseIfs: elseIfs.map(([c, body]) => ({ condition: c, body, line: 1, span })),
    else: elseBody,
    elseLine: elseBody ? 1 : null,
  };
}
export const when = (condition: string, ...body: Statement[]): WhenClause => ({ condition, body, line: 1, span });
export const read = (views: Reference[], where: Expression | null, ...whens: WhenClause[]): Statement => ({ ...base, kind: 'Read', views, where, whens });
export function readEach(
  views: Reference[],
  opts: { targeting?: [string, boolean, boolean][]; sortedBy?: ['ASCENDING' | 'DESCENDING', Reference][]; where?: Expression | null },
  ...body: Statement[]
): Statement {
  return {
    ...base,
    kind: 'ReadEach',
    views,
    targeting: (opts.targeting ?? []).map(([group, fromTheBeginning, untilFull]) => ({ group, fromTheBeginning, untilFull, span })),
    sortedBy: (opts.sortedBy ?? []).map(([direction, key]) => ({ direction, key, span })),
    where: opts.where ?? null,
    body,
  };
}
export function side(viewKind: ViewMatchSide['viewKind'], words: string): ViewMatchSide {
  return { viewKind, words: words.split(' '), view: null, type: null, span };
}
export const match = (caller: ViewMatchSide, callee: ViewMatchSide | null): ViewMatch => ({ caller, callee, span });
export const use = (target: string | null, imports: ViewMatch[], exports: ViewMatch[] = []): Statement => ({ ...base, kind: 'Use', target, imports, exports });
export function caseS(subject: Expression, cases: [Expression[], Statement[]][], otherwise: Statement[] | null = null): Statement {
  return {
    ...base,
    kind: 'Case',
    subject,
    cases: cases.map(([values, body]) => ({ values, body, line: 1, span })),
    otherwise,
    otherwiseLine: otherwise ? 1 : null,
  };
}
export const create = (view: string, actions: Statement[], ...whens: WhenClause[]): Statement => ({ ...base, kind: 'Create', view: ref(view), actions, whens });
export const update = (view: string, actions: Statement[], ...whens: WhenClause[]): Statement => ({ ...base, kind: 'Update', view: ref(view), actions, whens });
export const associate = (view: string | null, withView: string, relationship: string): Statement => ({
  ...base,
  kind: 'Associate',
  view: view === null ? null : ref(view),
  with: ref(withView),
  relationship,
});

export function entityView(viewName: string | null, type: string, qualifiers: string[], attributes: string[]): EntityView {
  return { kind: 'entity', name: viewName, type, qualifiers, attributes, span };
}
export function workView(viewName: string | null, type: string, qualifiers: string[], attributes: string[]): WorkView {
  return { kind: 'work', name: viewName, type, qualifiers, attributes, span };
}
export function groupView(viewName: string, cardinality: number | null, members: (EntityView | WorkView)[]): GroupView {
  return { kind: 'group', name: viewName, type: null, cardinality, indexing: null, qualifiers: [], attributes: [], members, span };
}

export function block(partial: Partial<ActionBlock> & { name: string }): ActionBlock {
  return {
    kind: 'ActionBlock',
    nameValid: true,
    date: null,
    time: null,
    procedureStep: false,
    views: { imports: [], exports: [], locals: [], entityActions: [] },
    hasProcedureSection: true,
    statements: [],
    line: 1,
    span,
    sourceHash: '',
    ...partial,
  };
}
