// Generic traversal of the action-diagram AST: every nested statement, and every expression of a statement.
// Pure functions over plain data; used by the inventory, the analyses, the printer's tests and the generator.
import type { Expression, Statement, StatementKind } from './nodes.js';

/** Called for each statement: its nesting depth (0 = top level) and the kind of the enclosing statement. */
export type StatementVisitor = (statement: Statement, depth: number, parentKind: StatementKind | null) => void | false;

/** Called for each expression node with the expression that contains it (null for a top-level position). */
export type ExpressionVisitor = (expression: Expression, parent: Expression | null) => void | false;

/**
 * The statements directly nested in a statement, in source order: IF then / ELSE IF bodies / ELSE, CASE bodies and
 * OTHERWISE, loop bodies, READ WHEN bodies, CREATE/UPDATE actions then WHEN bodies, DELETE WHEN bodies and the
 * body of an unknown construct.
 */
export function childStatements(statement: Statement): Statement[] {
  switch (statement.kind) {
    case 'If': {
      const out = [...statement.then];
      for (const clause of statement.elseIfs) out.push(...clause.body);
      if (statement.else) out.push(...statement.else);
      return out;
    }
    case 'Case': {
      const out: Statement[] = [];
      for (const clause of statement.cases) out.push(...clause.body);
      if (statement.otherwise) out.push(...statement.otherwise);
      return out;
    }
    case 'For':
    case 'ForEach':
    case 'While':
    case 'Repeat':
    case 'ReadEach':
      return statement.body;
    case 'Read':
    case 'Delete':
      return statement.whens.flatMap((w) => w.body);
    case 'Create':
    case 'Update':
      return [...statement.actions, ...statement.whens.flatMap((w) => w.body)];
    case 'Unknown':
      return statement.body;
    default:
      return [];
  }
}

/**
 * Visit every statement of a list and all statements nested in them, depth first in source order.
 * Return `false` from the visitor to skip the children of that statement.
 */
export function walkStatements(statements: readonly Statement[], visit: StatementVisitor): void {
  walkList(statements, visit, 0, null);
}

function walkList(statements: readonly Statement[], visit: StatementVisitor, depth: number, parentKind: StatementKind | null): void {
  for (const statement of statements) {
    if (visit(statement, depth, parentKind) === false) continue;
    const children = childStatements(statement);
    if (children.length > 0) walkList(children, visit, depth + 1, statement.kind);
  }
}

/** Count a list of statements and all statements nested in them. */
export function countStatements(statements: readonly Statement[]): number {
  let n = 0;
  walkStatements(statements, () => {
    n++;
  });
  return n;
}

/**
 * The expressions written directly in a statement (not in its nested statements), in source order: targets,
 * values, conditions (IF, ELSE IF, WHILE, UNTIL, WHERE), CASE subject and values, FOR bounds, the views of
 * READ / CREATE / UPDATE / DELETE / MOVE / ASSOCIATE..., sort keys, and the argument and target of PLACING.
 * View matches of USE and targeting groups are names, not expressions, and are not included.
 */
export function statementExpressions(statement: Statement): Expression[] {
  const out: Expression[] = [];
  const add = (e: Expression | null | undefined): void => {
    if (e) out.push(e);
  };
  switch (statement.kind) {
    case 'Set':
      add(statement.target);
      add(statement.value);
      break;
    case 'Move':
      add(statement.from);
      add(statement.to);
      break;
    case 'If':
      add(statement.condition);
      for (const clause of statement.elseIfs) add(clause.condition);
      break;
    case 'Case':
      add(statement.subject);
      for (const clause of statement.cases) clause.values.forEach(add);
      break;
    case 'For':
      add(statement.variable);
      add(statement.from);
      add(statement.to);
      add(statement.by);
      break;
    case 'While':
      add(statement.condition);
      break;
    case 'Repeat':
      add(statement.until);
      break;
    case 'Read':
      statement.views.forEach(add);
      add(statement.where);
      break;
    case 'ReadEach':
      statement.views.forEach(add);
      for (const key of statement.sortedBy) add(key.key);
      add(statement.where);
      break;
    case 'Create':
    case 'Update':
    case 'Delete':
      add(statement.view);
      break;
    case 'Associate':
      add(statement.view);
      add(statement.with);
      break;
    case 'Disassociate':
      add(statement.view);
      add(statement.from);
      break;
    case 'Transfer':
      add(statement.view);
      add(statement.from);
      add(statement.to);
      break;
    case 'Summarize':
      statement.views.forEach(add);
      for (const placing of statement.placing) {
        add(placing.arg);
        add(placing.into);
      }
      add(statement.where);
      break;
    case 'Make':
      add(statement.target);
      break;
    case 'PrinterTerminal':
      add(statement.value);
      break;
    default:
      break;
  }
  return out;
}

/** The sub-expressions directly inside an expression, in source order. */
export function childExpressions(expression: Expression): Expression[] {
  switch (expression.kind) {
    case 'Call':
      return expression.args;
    case 'Binary':
    case 'Comparison':
    case 'Logical':
      return [expression.left, expression.right];
    case 'Relationship':
      return [expression.left, expression.right];
    case 'Unary':
    case 'Not':
    case 'IsNull':
      return [expression.operand];
    case 'DateUnit':
      return [expression.value];
    case 'Paren':
      return [expression.inner];
    default:
      return [];
  }
}

/**
 * Visit every expression node of one statement (not of its nested statements), each top-level position and then
 * its sub-expressions depth first. Return `false` from the visitor to skip the children of that expression.
 */
export function walkExpressions(statement: Statement, visit: ExpressionVisitor): void {
  for (const expression of statementExpressions(statement)) walkExpression(expression, visit, null);
}

/**
 * Visit an expression and all its sub-expressions depth first (pre-order). Iterative, so a very long operator chain
 * (a left-deep tree thousands of nodes deep) cannot overflow the stack.
 */
export function walkExpression(expression: Expression, visit: ExpressionVisitor, parent: Expression | null = null): void {
  const stack: [Expression, Expression | null][] = [[expression, parent]];
  while (stack.length > 0) {
    const [node, from] = stack.pop() as [Expression, Expression | null];
    if (visit(node, from) === false) continue;
    const children = childExpressions(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i] as Expression, node]);
  }
}
