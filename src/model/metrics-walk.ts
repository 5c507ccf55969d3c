// Traversal helpers for the inventory metrics: statements in numbering order (pre-order, as R1 numbers them)
// with their construct depth, which statements open a nesting level, and the decision points a construct adds
// apart from the AND / OR of its conditions (the complexity table is in the header of metrics.ts).
import type { Statement } from '../ast/nodes.js';
import { childStatements } from '../ast/walk.js';

/**
 * True when the statement opens a nesting level (reference §17 `maxDepth`). IF, CASE OF, FOR, FOR EACH, WHILE,
 * REPEAT, READ, READ EACH, CREATE and UPDATE always do; two tolerated extras are bracketed in the print when they
 * have a body: DELETE with WHEN clauses, and an unknown statement that kept a body.
 */
export function opensLevel(s: Statement): boolean {
  switch (s.kind) {
    case 'If':
    case 'Case':
    case 'For':
    case 'ForEach':
    case 'While':
    case 'Repeat':
    case 'Read':
    case 'ReadEach':
    case 'Create':
    case 'Update':
      return true;
    case 'Delete':
      return s.whens.length > 0;
    case 'Unknown':
      return s.body.length > 0;
    default:
      return false;
  }
}

/** The decision points of a statement's construct itself: IF + ELSE IFs, CASE lines, loops, extra WHENs. */
export function constructPoints(s: Statement): number {
  switch (s.kind) {
    case 'If':
      return 1 + s.elseIfs.length;
    case 'Case':
      return s.cases.length;
    case 'For':
    case 'ForEach':
    case 'While':
    case 'Repeat':
    case 'ReadEach':
      return 1;
    case 'Read':
    case 'Create':
    case 'Update':
    case 'Delete':
      return Math.max(0, s.whens.length - 1);
    default:
      return 0;
  }
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
