// Small constructors for the AST nodes the sample generator builds (src/ast/nodes.ts). Generated nodes have no
// source position yet: every span is the empty span and every line 0; the printer decides the layout.
import type {
  ActionBlock, Binary, CaseClause, CaseStatement, Comparison, CreateStatement, DeleteStatement, ElseIfClause, EmptyStatement,
  EntityView, EscapeStatement, ExitStateStatement, Expression, ForStatement, FunctionCall, GroupView, IfStatement, LastOf, Logical,
  MoveStatement, NameValue, NextStatement, NoteStatement, NumberLiteral, Paren, ReadEachStatement, ReadStatement, Reference,
  RelationalOperator, RelationshipCondition, SetStatement, SortKey, SpecialValue, SpecialValueName, Statement, StringLiteral,
  SubscriptOf, Targeting, UpdateStatement, UseStatement, View, ViewMatch, ViewMatchSide, ViewQualifier, ViewSectionName,
  ViewSections, WhenClause, WhileStatement, WorkView, AssociateStatement, CommandStatement, DateUnit,
} from '../ast/nodes.js';
import type { SourceSpan } from '../diagnostics/diagnostic.js';

/** The span of generated nodes (no source text yet). */
export const NO_SPAN: SourceSpan = Object.freeze({ file: '', startOffset: 0, endOffset: 0, startLine: 0, startColumn: 0, endLine: 0, endColumn: 0 });

const base = { number: null, line: 0, span: NO_SPAN } as const;

// ---- views ----

/** `Entity View <name> <type>`; name null for an unnamed entity-action view. */
export function entityView(name: string | null, type: string, attributes: string[], qualifiers: string[] = []): EntityView {
  return { kind: 'entity', name, type, attributes, qualifiers, span: NO_SPAN };
}

/** `Work View <name> <work-set>`. */
export function workView(name: string, type: string, attributes: string[], qualifiers: string[] = []): WorkView {
  return { kind: 'work', name, type, attributes, qualifiers, span: NO_SPAN };
}

/** `Group View (<n>) <name>` with member views. */
export function groupView(name: string, cardinality: number, members: (EntityView | WorkView)[], qualifiers: string[] = []): GroupView {
  return { kind: 'group', name, type: null, cardinality, indexing: null, attributes: [], members, qualifiers, span: NO_SPAN };
}

/** An empty set of view sections. */
export function emptySections(): ViewSections {
  return { imports: [], exports: [], locals: [], entityActions: [] };
}

// ---- expressions ----

/** A reference to a view (attribute null) or one of its attributes, resolved against the declared view. */
export function ref(view: EntityView | WorkView, section: ViewSectionName, attribute: string | null, qualifier: ViewQualifier | null = null): Reference {
  const words = view.name === null ? [view.type] : [view.name, view.type];
  if (attribute !== null) words.push(attribute);
  return { kind: 'Reference', qualifier, view: view.name, type: view.type, attribute, section, resolved: true, words, span: NO_SPAN };
}

/** A bare attribute name (SET inside CREATE / UPDATE). */
export function attrRef(attribute: string): Reference {
  return { kind: 'Reference', qualifier: null, view: null, type: null, attribute, section: null, resolved: true, words: [attribute], span: NO_SPAN };
}

export function num(value: number, text: string = String(value)): NumberLiteral {
  return { kind: 'Number', value, text, span: NO_SPAN };
}
export function str(value: string): StringLiteral {
  return { kind: 'String', value, span: NO_SPAN };
}
export function special(name: SpecialValueName): SpecialValue {
  return { kind: 'Special', name, span: NO_SPAN };
}
export function nameValue(name: string): NameValue {
  return { kind: 'Name', name, span: NO_SPAN };
}
export function call(name: string, ...args: Expression[]): FunctionCall {
  return { kind: 'Call', name, args, span: NO_SPAN };
}
export function bin(op: Binary['op'], left: Expression, right: Expression): Binary {
  return { kind: 'Binary', op, left, right, span: NO_SPAN };
}
export function paren(inner: Expression): Paren {
  return { kind: 'Paren', inner, span: NO_SPAN };
}
export function days(value: Expression, unit: DateUnit['unit'] = 'DAYS'): DateUnit {
  return { kind: 'DateUnit', unit, value, span: NO_SPAN };
}
export function subscriptOf(group: string): SubscriptOf {
  return { kind: 'SubscriptOf', group, span: NO_SPAN };
}
export function lastOf(group: string): LastOf {
  return { kind: 'LastOf', group, span: NO_SPAN };
}
export function cmp(left: Expression, op: RelationalOperator, right: Expression): Comparison {
  return { kind: 'Comparison', left, op, right, span: NO_SPAN };
}
export function and(left: Expression, right: Expression): Logical {
  return { kind: 'Logical', op: 'AND', left, right, span: NO_SPAN };
}
export function or(left: Expression, right: Expression): Logical {
  return { kind: 'Logical', op: 'OR', left, right, span: NO_SPAN };
}
/** `DESIRED a rel CURRENT b` style relationship condition. */
export function related(left: Reference, relationship: string, right: Reference): RelationshipCondition {
  return { kind: 'Relationship', left, relationship, right, span: NO_SPAN };
}
/** Left-fold conditions with AND. */
export function allOf(first: Expression, ...rest: Expression[]): Expression {
  return rest.reduce<Expression>((acc, next) => and(acc, next), first);
}

// ---- statements ----

export function note(lines: string[]): NoteStatement {
  return { kind: 'Note', lines, ...base };
}
export function empty(): EmptyStatement {
  return { kind: 'Empty', ...base };
}
export function setTo(target: Reference | SubscriptOf, value: Expression, rounded = false): SetStatement {
  return { kind: 'Set', target, rounded, notRounded: false, value, using: null, imports: [], ...base };
}
export function move(from: Reference, to: Reference): MoveStatement {
  return { kind: 'Move', from, to, ...base };
}
export function ifThen(condition: Expression, then: Statement[], elseIfs: ElseIfClause[] = [], otherwise: Statement[] | null = null): IfStatement {
  return { kind: 'If', condition, then, elseIfs, else: otherwise, elseLine: null, ...base };
}
export function elseIf(condition: Expression, body: Statement[]): ElseIfClause {
  return { condition, body, line: 0, span: NO_SPAN };
}
export function caseOf(subject: Expression, cases: CaseClause[], otherwise: Statement[] | null): CaseStatement {
  return { kind: 'Case', subject, cases, otherwise, otherwiseLine: null, ...base };
}
export function caseClause(values: Expression[], body: Statement[]): CaseClause {
  return { values, body, line: 0, span: NO_SPAN };
}
export function forSubscript(group: string, body: Statement[]): ForStatement {
  return { kind: 'For', variable: subscriptOf(group), from: num(1), to: lastOf(group), by: num(1), body, ...base };
}
export function forCounter(variable: Reference, from: Expression, to: Expression, body: Statement[]): ForStatement {
  return { kind: 'For', variable, from, to, by: num(1), body, ...base };
}
export function whileLoop(condition: Expression, body: Statement[]): WhileStatement {
  return { kind: 'While', condition, targeting: [], body, ...base };
}
export function when(condition: WhenClause['condition'], body: Statement[]): WhenClause {
  return { condition, body, line: 0, span: NO_SPAN };
}
export function read(views: Reference[], where: Expression | null, whens: WhenClause[]): ReadStatement {
  return { kind: 'Read', views, where, whens, ...base };
}
export function targeting(group: string): Targeting {
  return { group, fromTheBeginning: true, untilFull: true, span: NO_SPAN };
}
export function sortKey(key: Reference, direction: SortKey['direction'] = 'ASCENDING'): SortKey {
  return { direction, key, span: NO_SPAN };
}
export function readEach(views: Reference[], target: Targeting[], sortedBy: SortKey[], where: Expression | null, body: Statement[]): ReadEachStatement {
  return { kind: 'ReadEach', views, targeting: target, sortedBy, where, body, ...base };
}
export function create(view: Reference, actions: Statement[], whens: WhenClause[]): CreateStatement {
  return { kind: 'Create', view, actions, whens, ...base };
}
export function update(view: Reference, actions: Statement[], whens: WhenClause[]): UpdateStatement {
  return { kind: 'Update', view, actions, whens, ...base };
}
export function del(view: Reference): DeleteStatement {
  return { kind: 'Delete', view, whens: [], ...base };
}
/** `ASSOCIATE WITH <view> WHICH <relationship> IT` inside CREATE / UPDATE. */
export function associateWith(withView: Reference, relationship: string): AssociateStatement {
  return { kind: 'Associate', view: null, with: withView, relationship, ...base };
}
export function use(target: string, imports: ViewMatch[], exports: ViewMatch[]): UseStatement {
  return { kind: 'Use', target, imports, exports, ...base };
}
export function matchSide(view: EntityView | WorkView): ViewMatchSide {
  const words = view.name === null ? [view.type] : [view.name, view.type];
  return { viewKind: view.kind, words, view: view.name, type: view.type, span: NO_SPAN };
}
export function viewMatch(caller: EntityView | WorkView, callee: EntityView | WorkView): ViewMatch {
  return { caller: matchSide(caller), callee: matchSide(callee), span: NO_SPAN };
}
export function exitState(name: string): ExitStateStatement {
  return { kind: 'ExitState', name, ...base };
}
export function command(value: string): CommandStatement {
  return { kind: 'Command', value, ...base };
}
export function escape(level: number): EscapeStatement {
  return { kind: 'Escape', level, ...base };
}
export function next(level: number): NextStatement {
  return { kind: 'Next', level, ...base };
}
export function external(): Statement {
  return { kind: 'External', ...base };
}

/** An action block around views and statements. */
export function actionBlock(name: string, date: string, time: string, views: ViewSections, statements: Statement[], procedureStep = false): ActionBlock {
  return {
    kind: 'ActionBlock',
    name,
    nameValid: /^[A-Z0-9_]+$/.test(name),
    date,
    time,
    procedureStep,
    views,
    hasProcedureSection: true,
    statements,
    line: 0,
    span: NO_SPAN,
    sourceHash: '',
  };
}

/** Every view of the four sections, groups flattened to their members too. */
export function allViews(sections: ViewSections): { view: View; section: ViewSectionName }[] {
  const out: { view: View; section: ViewSectionName }[] = [];
  for (const section of ['imports', 'exports', 'locals', 'entityActions'] as const) {
    for (const view of sections[section]) out.push({ view, section });
  }
  return out;
}
