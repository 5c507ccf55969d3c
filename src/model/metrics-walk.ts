// Traversal helpers for the inventory metrics: statements in numbering order (pre-order, as R1 numbers them)
// with their construct depth, the expressions a statement holds itself, and the sub-expressions of an expression.
import type { Expression, Statement } from '../ast/nodes.js';
import { childStatements } from '../ast/walk.js';


/** Statement kinds that open a bracket and so a nesting level (reference §17 `maxDepth`). */
const CONSTRUCTS = new Set<Statement['kind']>(['If', 'Case', 'For', 'ForEach', 'While', 'Repeat', 'Read', 'ReadEach', 'Create', 'Update']);

/**
 * True when the statement opens a nesting level. The §17 constructs always do; two tolerated extras are bracketed
 * in the print when they have a body: DELETE with WHEN clauses, and an unknown statement that kept a body.
 */
export function opensLevel(s: Statement): boolean {
  if (CONSTRUCTS.has(s.kind)) return true;
  if (s.kind === 'Delete') return s.whens.length > 0;
  if (s.kind === 'Unknown') return s.body.length > 0;
  return false;
}

/** Visit every statement in numbering order; `depth` counts the enclosing constructs, `ordinal` is 1-based. */
export function walkBlockStatements(
  statements: readonly Statement[],
  visit: (s: Statement, depth: number, ordinal: number) => void,
): number {
  let ordinal = 0;
  const go = (list: readonly Statement[], depth: number): void => {
    for (const s of list) {
      visit(s, depth, ++ordinal);
      const inner = opensLevel(s) ? depth + 1 : depth;
      go(childStatements(s), inner);
    }
  };
  go(statements, 0);
  return ordinal;
}

/** The conditions that decide control flow in a statement (IF, each ELSE IF, WHILE, REPEAT UNTIL). */
export function decisionConditions(s: Statement): Expression[] {
  switch (s.kind) {
    case 'If':
      return [s.condition, ...s.elseIfs.map((e) => e.condition)];
    case 'While':
      return [s.condition];
    case 'Repeat':
      return [s.until];
    default:
      return [];
  }
}

/** The expressions a statement holds itself (not those of nested statements). */
export function ownExpressions(s: Statement): Expression[] {
  switch (s.kind) {
    case 'Set':
      return s.value ? [s.value] : [];
    case 'If':
      return [s.condition, ...s.elseIfs.map((e) => e.condition)];
    case 'Case':
      return [s.subject];
    case 'For':
      return [s.from, s.to, ...(s.by ? [s.by] : [])];
    case 'While':
      return [s.condition];
    case 'Repeat':
      return [s.until];
    case 'Read':
    case 'ReadEach':
      return s.where ? [s.where] : [];
    case 'Summarize':
      return [...s.placing.flatMap((p) => (p.arg ? [p.arg] : [])), ...(s.where ? [s.where] : [])];
    case 'PrinterTerminal':
      return [s.value];
    default:
      return [];
  }
}
