// Type guards over the AST unions: which strings are statement / expression kinds, which statements are
// bracketed constructs. Pure; lets consumers narrow plain JSON (for example a saved `coolgen parse` output).
import type { Expression, Statement, StatementKind } from './nodes.js';

/** Every statement kind, in the order of issue 2 §7. */
export const STATEMENT_KINDS: readonly StatementKind[] = [
  'Note',
  'Empty',
  'Set',
  'Move',
  'If',
  'Case',
  'For',
  'ForEach',
  'While',
  'Repeat',
  'Read',
  'ReadEach',
  'Create',
  'Update',
  'Delete',
  'Use',
  'ExitState',
  'Command',
  'Escape',
  'Next',
  'Associate',
  'Disassociate',
  'Transfer',
  'Summarize',
  'Make',
  'PrinterTerminal',
  'External',
  'Unknown',
];

/** Every expression kind. */
export const EXPRESSION_KINDS: readonly Expression['kind'][] = [
  'Reference',
  'String',
  'Number',
  'Special',
  'Name',
  'Call',
  'Binary',
  'Unary',
  'DateUnit',
  'SubscriptOf',
  'LastOf',
  'Paren',
  'Comparison',
  'Logical',
  'Not',
  'IsNull',
  'Relationship',
];

/** The bracketed constructs that open a nesting level (reference §17 `maxDepth`). */
export const CONSTRUCT_KINDS: readonly StatementKind[] = ['If', 'Case', 'For', 'ForEach', 'While', 'Repeat', 'Read', 'ReadEach', 'Create', 'Update'];

const statementKinds = new Set<string>(STATEMENT_KINDS);
const expressionKinds = new Set<string>(EXPRESSION_KINDS);
const constructKinds = new Set<string>(CONSTRUCT_KINDS);

/** True when `kind` names a statement kind. */
export function isStatementKind(kind: unknown): kind is StatementKind {
  return typeof kind === 'string' && statementKinds.has(kind);
}

/** True when `kind` names an expression kind. */
export function isExpressionKind(kind: unknown): kind is Expression['kind'] {
  return typeof kind === 'string' && expressionKinds.has(kind);
}

/** True for an object that has a statement `kind`. */
export function isStatement(node: unknown): node is Statement {
  return typeof node === 'object' && node !== null && isStatementKind((node as { kind?: unknown }).kind);
}

/** True for an object that has an expression `kind`. */
export function isExpression(node: unknown): node is Expression {
  return typeof node === 'object' && node !== null && isExpressionKind((node as { kind?: unknown }).kind);
}

/** True when the statement is a bracketed construct (IF, CASE OF, FOR, FOR EACH, WHILE, REPEAT, READ, READ EACH, CREATE, UPDATE). */
export function isConstruct(statement: Statement): boolean {
  return constructKinds.has(statement.kind);
}

/** Narrow a statement to one kind: `isStatementOf(s, 'Use')`. */
export function isStatementOf<K extends StatementKind>(statement: Statement, kind: K): statement is Extract<Statement, { kind: K }> {
  return statement.kind === kind;
}

/** Narrow an expression to one kind: `isExpressionOf(e, 'Reference')`. */
export function isExpressionOf<K extends Expression['kind']>(expression: Expression, kind: K): expression is Extract<Expression, { kind: K }> {
  return expression.kind === kind;
}
