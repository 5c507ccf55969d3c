// Canonical text of expressions and conditions (reference §6), shared by both renderings of the printer.
// Prints exactly the parentheses the AST holds (Paren nodes); conditions split into one segment per AND / OR.
import type { Expression, Reference, StringLiteral } from './nodes.js';

/**
 * Print an expression on one line in its canonical form: word operators, single spaces, function names written
 * against `(`, arguments separated by `, `, references as qualifier + words, and the parentheses of Paren nodes.
 */
export function printExpression(expression: Expression): string {
  switch (expression.kind) {
    case 'Reference':
      return printReference(expression);
    case 'String':
      return printString(expression);
    case 'Number':
      return expression.text !== '' ? expression.text : String(expression.value);
    case 'Special':
      return expression.name;
    case 'Name':
      return expression.name;
    case 'Call':
      return `${expression.name}(${expression.args.map(printExpression).join(', ')})`;
    case 'Binary':
    case 'Comparison':
    case 'Logical':
      return printChain(expression);
    case 'Unary':
      return `${expression.op}${printExpression(expression.operand)}`;
    case 'DateUnit':
      return `${printExpression(expression.value)} ${expression.unit}`;
    case 'SubscriptOf':
      return `SUBSCRIPT OF ${expression.group}`;
    case 'LastOf':
      return `LAST OF ${expression.group}`;
    case 'Paren':
      return `(${printExpression(expression.inner)})`;
    case 'Not':
      return `NOT ${printExpression(expression.operand)}`;
    case 'IsNull':
      return `${printExpression(expression.operand)} IS ${expression.negated ? 'NOT ' : ''}NULL`;
    case 'Relationship':
      return `${printReference(expression.left)} ${expression.relationship} ${printReference(expression.right)}`;
  }
}

/** A reference as written: its WHERE qualifier (DESIRED, SOME, THAT, CURRENT), then its words. */
export function printReference(reference: Reference): string {
  const words = reference.words.join(' ');
  return reference.qualifier ? `${reference.qualifier} ${words}` : words;
}

/** A string literal in double quotes; an embedded quote is doubled. */
export function printString(literal: StringLiteral): string {
  return `"${literal.value.replace(/"/g, '""')}"`;
}

type ChainNode = Extract<Expression, { kind: 'Binary' | 'Comparison' | 'Logical' }>;

function isChain(expression: Expression): expression is ChainNode {
  return expression.kind === 'Binary' || expression.kind === 'Comparison' || expression.kind === 'Logical';
}

/** Binary operators are left-associative, so walk the left spine in a loop: long chains cannot overflow the stack. */
function printChain(expression: ChainNode): string {
  const tails: string[] = [];
  let current: Expression = expression;
  while (isChain(current)) {
    tails.push(` ${current.op} ${printExpression(current.right)}`);
    current = current.left;
  }
  let out = printExpression(current);
  for (let i = tails.length - 1; i >= 0; i--) out += tails[i];
  return out;
}

/**
 * Split a condition into its line segments (reference §16: every AND / OR of a condition starts a new line, also
 * inside parentheses, as in §14 statement 52). The first segment has no operator; each further one starts with
 * `AND ` or `OR `. Joining the segments with single spaces gives printExpression(condition).
 */
export function conditionSegments(condition: Expression): string[] {
  switch (condition.kind) {
    case 'Logical': {
      const rights: { op: string; segments: string[] }[] = [];
      let current: Expression = condition;
      while (current.kind === 'Logical') {
        rights.push({ op: current.op, segments: conditionSegments(current.right) });
        current = current.left;
      }
      const out = conditionSegments(current);
      for (let i = rights.length - 1; i >= 0; i--) {
        const right = rights[i] as { op: string; segments: string[] };
        out.push(`${right.op} ${right.segments[0] ?? ''}`, ...right.segments.slice(1));
      }
      return out;
    }
    case 'Paren': {
      const inner = conditionSegments(condition.inner);
      inner[0] = `(${inner[0] ?? ''}`;
      inner[inner.length - 1] = `${inner[inner.length - 1] ?? ''})`;
      return inner;
    }
    case 'Not': {
      const inner = conditionSegments(condition.operand);
      inner[0] = `NOT ${inner[0] ?? ''}`;
      return inner;
    }
    default:
      return [printExpression(condition)];
  }
}
