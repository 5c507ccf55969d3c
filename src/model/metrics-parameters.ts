// Hard-coded policy parameter candidates (issue 3 §3 `parameters`): number and string literals that are an operand
// of arithmetic (+ - * / **, date units) or of a comparison (relational operators, CASE values). A literal that is
// only assigned (`SET x TO 0`), passed to a function, or used as a FOR bound is not a parameter.
// The same pass over a statement's own expressions counts the AND / OR of its decision conditions (complexity),
// so that the per-block scan reads each expression once.
import type { Expression, Statement } from '../ast/nodes.js';
import type { SourceSpan } from '../diagnostics/diagnostic.js';
import type { ParameterLiteral } from './inventory-types.js';
import { detachString } from './detach.js';

type Context = ParameterLiteral['context'] | null;

/** One parameter literal (one allocation site, so every literal has the same shape). String values are detached. */
function literal(value: string | number, type: ParameterLiteral['type'], context: ParameterLiteral['context'], statement: number, span: SourceSpan): ParameterLiteral {
  return { value, type, context, statement, line: span.startLine, column: span.startColumn };
}

/** The work list of collectLiterals (expressions and their contexts), reused: collectLiterals is not re-entrant. */
const pending: (Expression | null)[] = [];
const pendingContexts: Context[] = [];

/** Put `node` (in role `role`) on the work list at `top`; returns the new top. */
function push(top: number, node: Expression, role: Context): number {
  pending[top] = node;
  pendingContexts[top] = role;
  return top + 1;
}

/**
 * Add the parameter literals of `e` to `out` (pre-order, left before right) and return how many AND / OR nodes it
 * holds. `context` is the role of `e` itself: null when it is not an operand of arithmetic or a comparison.
 * Iterative, so a very long operator chain (a left-deep tree thousands of nodes deep) cannot overflow the stack.
 */
export function collectLiterals(e: Expression, context: Context, statement: number, out: ParameterLiteral[]): number {
  let logical = 0;
  let top = push(0, e, context);
  while (top > 0) {
    top--;
    const node = pending[top] as Expression;
    const role = pendingContexts[top] as Context;
    pending[top] = null; // hold no AST node once done
    switch (node.kind) {
      case 'Number':
        if (role !== null) out.push(literal(node.value, 'number', role, statement, node.span));
        break;
      case 'String':
        if (role !== null) out.push(literal(detachString(node.value), 'string', role, statement, node.span));
        break;
      case 'Unary': {
        const operand = node.operand;
        if (operand.kind === 'Number') {
          if (role !== null) out.push(literal(node.op === '-' ? -operand.value : operand.value, 'number', role, statement, node.span));
        } else {
          top = push(top, operand, 'arithmetic');
        }
        break;
      }
      case 'Binary':
        top = push(top, node.right, 'arithmetic');
        top = push(top, node.left, 'arithmetic');
        break;
      case 'DateUnit':
        top = push(top, node.value, 'arithmetic');
        break;
      case 'Comparison':
        top = push(top, node.right, 'comparison');
        top = push(top, node.left, 'comparison');
        break;
      case 'Paren':
        top = push(top, node.inner, role);
        break;
      case 'Logical':
        logical++;
        top = push(top, node.right, null);
        top = push(top, node.left, null);
        break;
      case 'Not':
      case 'IsNull':
        top = push(top, node.operand, null);
        break;
      case 'Call':
        for (let i = node.args.length - 1; i >= 0; i--) top = push(top, node.args[i] as Expression, null);
        break;
      default:
        break;
    }
  }
  if (pending.length > 4096) {
    pending.length = 0; // after a very long chain: do not keep its work list
    pendingContexts.length = 0;
  }
  return logical;
}

/**
 * Add the parameter literals of one statement (not of its nested statements) to `out`, in source order, and return
 * the AND / OR count of its decision conditions (IF, each ELSE IF, WHILE, REPEAT UNTIL; WHERE clauses count none).
 * `statement` is the R1 statement number, or the statement's ordinal in R2/R3. CASE values count as comparisons
 * with the CASE OF subject.
 */
export function collectStatementLiterals(s: Statement, statement: number, out: ParameterLiteral[]): number {
  switch (s.kind) {
    case 'Set':
      if (s.value) collectLiterals(s.value, null, statement, out);
      return 0;
    case 'If': {
      let logical = collectLiterals(s.condition, null, statement, out);
      for (const e of s.elseIfs) logical += collectLiterals(e.condition, null, statement, out);
      return logical;
    }
    case 'Case':
      collectLiterals(s.subject, null, statement, out);
      for (const c of s.cases) for (const v of c.values) collectLiterals(v, 'comparison', statement, out);
      return 0;
    case 'For':
      collectLiterals(s.from, null, statement, out);
      collectLiterals(s.to, null, statement, out);
      if (s.by) collectLiterals(s.by, null, statement, out);
      return 0;
    case 'While':
      return collectLiterals(s.condition, null, statement, out);
    case 'Repeat':
      return collectLiterals(s.until, null, statement, out);
    case 'Read':
    case 'ReadEach':
      if (s.where) collectLiterals(s.where, null, statement, out);
      return 0;
    case 'Summarize':
      for (const p of s.placing) if (p.arg) collectLiterals(p.arg, null, statement, out);
      if (s.where) collectLiterals(s.where, null, statement, out);
      return 0;
    case 'PrinterTerminal':
      collectLiterals(s.value, null, statement, out);
      return 0;
    default:
      return 0;
  }
}

/**
 * The parameter literals of one statement (not of its nested statements). `statement` is the R1 statement
 * number, or the statement's ordinal in R2/R3. CASE values count as comparisons with the CASE OF subject.
 */
export function statementParameters(s: Statement, statement: number): ParameterLiteral[] {
  const out: ParameterLiteral[] = [];
  collectStatementLiterals(s, statement, out);
  return out;
}
