// Hard-coded policy parameter candidates (issue 3 §3 `parameters`): number and string literals that are an operand
// of arithmetic (+ - * / **, date units) or of a comparison (relational operators, CASE values). A literal that is
// only assigned (`SET x TO 0`), passed to a function, or used as a FOR bound is not a parameter.
import type { Expression, Statement } from '../ast/nodes.js';
import type { ParameterLiteral } from './inventory-types.js';
import { ownExpressions } from './metrics-walk.js';

type Context = ParameterLiteral['context'] | null;

/** A literal value: a number or string, or a signed number (`-5`). */
function literalOf(e: Expression): { value: string | number; type: 'number' | 'string' } | null {
  if (e.kind === 'Number') return { value: e.value, type: 'number' };
  if (e.kind === 'String') return { value: e.value, type: 'string' };
  if (e.kind === 'Unary' && e.operand.kind === 'Number') return { value: e.op === '-' ? -e.operand.value : e.operand.value, type: 'number' };
  return null;
}

function collect(e: Expression, context: Context, statement: number, out: ParameterLiteral[]): void {
  const literal = literalOf(e);
  if (literal !== null) {
    if (context !== null) out.push({ ...literal, context, statement, line: e.span.startLine, column: e.span.startColumn });
    return;
  }
  switch (e.kind) {
    case 'Binary':
      collect(e.left, 'arithmetic', statement, out);
      collect(e.right, 'arithmetic', statement, out);
      return;
    case 'Unary':
      collect(e.operand, 'arithmetic', statement, out);
      return;
    case 'DateUnit':
      collect(e.value, 'arithmetic', statement, out);
      return;
    case 'Comparison':
      collect(e.left, 'comparison', statement, out);
      collect(e.right, 'comparison', statement, out);
      return;
    case 'Paren':
      collect(e.inner, context, statement, out);
      return;
    case 'Logical':
      collect(e.left, null, statement, out);
      collect(e.right, null, statement, out);
      return;
    case 'Not':
    case 'IsNull':
      collect(e.operand, null, statement, out);
      return;
    case 'Call':
      for (const arg of e.args) collect(arg, null, statement, out);
      return;
    default:
      return;
  }
}

/**
 * The parameter literals of one statement (not of its nested statements). `statement` is the R1 statement
 * number, or the statement's ordinal in R2/R3. CASE values count as comparisons with the CASE OF subject.
 */
export function statementParameters(s: Statement, statement: number): ParameterLiteral[] {
  const out: ParameterLiteral[] = [];
  for (const e of ownExpressions(s)) collect(e, null, statement, out);
  if (s.kind === 'Case') for (const c of s.cases) for (const v of c.values) collect(v, 'comparison', statement, out);
  return out;
}
