// Bracketed constructs of the canonical printer (reference §16): `+->` openers with their condition segments and
// clause lines, CASE / ELSE IF / ELSE / WHEN lines, bodies one level deeper, and the closing `+--`.
import type { Expression, Statement, Targeting, WhenClause } from './nodes.js';
import { conditionSegments, printExpression, printReference } from './print-expression.js';
import { emitText, type PrintContext } from './print-layout.js';
import { printStatementList } from './print-statements.js';

/** READ / READ EACH clause lines sit 6 columns right of the body column (reference §16). */
const CLAUSE_INDENT = 6;

const r1 = (ctx: PrintContext): boolean => ctx.rendering === 'cobol-listing';

/** A construct's own line (opener, CASE, OTHERWISE); R1 continuation lines go one level deeper. */
function head(ctx: PrintContext, depth: number, text: string, num: number | null): void {
  emitText(ctx, { depth, text, num, contDepth: depth + 1 });
}

/** `+--`, `+- ELSE`, `+- WHEN x`: lines without a number. */
function bracket(ctx: PrintContext, depth: number, text = '+--'): void {
  emitText(ctx, { depth, text, num: null });
}

/** An opener `+->KEYWORD seg0` whose further condition segments (AND / OR) go on lines in the body column. */
function opener(ctx: PrintContext, depth: number, keyword: string, condition: Expression, num: number | null): void {
  const segments = conditionSegments(condition);
  head(ctx, depth, `${keyword}${segments[0] ?? ''}`, num);
  for (const segment of segments.slice(1)) emitText(ctx, { depth: depth + 1, text: segment, num });
}

/** A READ / READ EACH clause line (additional view, TARGETING, SORTED BY, WHERE, AND / OR). */
function clause(ctx: PrintContext, depth: number, text: string, num: number | null): void {
  emitText(ctx, { depth: depth + 1, indent: CLAUSE_INDENT, text, num });
}

function whereClauses(ctx: PrintContext, depth: number, where: Expression | null, num: number | null): void {
  if (!where) return;
  conditionSegments(where).forEach((segment, i) => clause(ctx, depth, i === 0 ? `WHERE ${segment}` : segment, num));
}

function targetingText(t: Targeting, index: number): string {
  return `${index > 0 ? 'AND ' : ''}TARGETING ${t.group}${t.fromTheBeginning ? ' FROM THE BEGINNING' : ''}${t.untilFull ? ' UNTIL FULL' : ''}`;
}

function printWhens(ctx: PrintContext, whens: readonly WhenClause[], depth: number): void {
  for (const when of whens) {
    bracket(ctx, depth, `${r1(ctx) ? '+- WHEN' : '+-WHEN'} ${when.condition}`);
    printStatementList(ctx, when.body, depth + 1);
  }
}

function printIf(ctx: PrintContext, s: Extract<Statement, { kind: 'If' }>, depth: number, num: number | null): void {
  opener(ctx, depth, r1(ctx) ? '+->IF ' : '+-> IF ', s.condition, num);
  printStatementList(ctx, s.then, depth + 1);
  for (const elseIf of s.elseIfs) {
    // R1 repeats the IF's number on ELSE IF lines (reference §16); R2 has no numbers.
    opener(ctx, depth, r1(ctx) ? '+- ELSE IF ' : '+-ELSEIF ', elseIf.condition, num);
    printStatementList(ctx, elseIf.body, depth + 1);
  }
  if (s.else) {
    bracket(ctx, depth, r1(ctx) ? '+- ELSE' : '+-ELSE');
    printStatementList(ctx, s.else, depth + 1);
  }
  bracket(ctx, depth);
}

function printCase(ctx: PrintContext, s: Extract<Statement, { kind: 'Case' }>, depth: number, num: number | null): void {
  head(ctx, depth, `+->CASE OF ${printExpression(s.subject)}`, num);
  for (const c of s.cases) {
    head(ctx, depth, `+->CASE ${c.values.map(printExpression).join(', ')}`, num);
    printStatementList(ctx, c.body, depth + 1);
  }
  if (s.otherwise) {
    head(ctx, depth, '+->OTHERWISE', num);
    printStatementList(ctx, s.otherwise, depth + 1);
  }
  bracket(ctx, depth);
}

function printRead(ctx: PrintContext, s: Extract<Statement, { kind: 'Read' | 'ReadEach' }>, depth: number, num: number | null): void {
  const [first, ...more] = s.views;
  head(ctx, depth, `+->${s.kind === 'Read' ? 'READ' : 'READ EACH'} ${first ? printReference(first) : ''}`, num);
  for (const view of more) clause(ctx, depth, printReference(view), num);
  if (s.kind === 'ReadEach') {
    s.targeting.forEach((t, i) => clause(ctx, depth, targetingText(t, i), num));
    for (const key of s.sortedBy) clause(ctx, depth, `SORTED BY ${key.direction} ${printReference(key.key)}`, num);
  }
  whereClauses(ctx, depth, s.where, num);
  if (s.kind === 'Read') printWhens(ctx, s.whens, depth);
  else printStatementList(ctx, s.body, depth + 1);
  bracket(ctx, depth);
}

/**
 * Print a bracketed construct (IF, CASE OF, FOR, FOR EACH, WHILE, REPEAT, READ, READ EACH, CREATE, UPDATE, a
 * DELETE with WHEN clauses, an unknown statement with a body). Returns false for any other statement.
 */
export function printConstruct(ctx: PrintContext, s: Statement, depth: number, num: number | null): boolean {
  const sub = depth + 1;
  switch (s.kind) {
    case 'If':
      printIf(ctx, s, depth, num);
      return true;
    case 'Case':
      printCase(ctx, s, depth, num);
      return true;
    case 'Read':
    case 'ReadEach':
      printRead(ctx, s, depth, num);
      return true;
    case 'For': {
      const by = s.by ? ` BY ${printExpression(s.by)}` : '';
      head(ctx, depth, `+->FOR ${printExpression(s.variable)} FROM ${printExpression(s.from)} TO ${printExpression(s.to)}${by}`, num);
      printStatementList(ctx, s.body, sub);
      break;
    }
    case 'ForEach':
    case 'While':
      if (s.kind === 'ForEach') head(ctx, depth, `+->FOR EACH ${s.group}`, num);
      else opener(ctx, depth, '+->WHILE ', s.condition, num);
      // TARGETING of FOR EACH / WHILE continues the header in the body column (SCRIBD, reference §3.2)
      s.targeting.forEach((t, i) => emitText(ctx, { depth: sub, text: targetingText(t, i), num }));
      printStatementList(ctx, s.body, sub);
      break;
    case 'Repeat':
      head(ctx, depth, '+->REPEAT', num);
      printStatementList(ctx, s.body, sub);
      // UNTIL sits on the closing bracket line; the line layer cannot continue a closing line, so it is never
      // split into condition segments or wrapped.
      emitText(ctx, { depth, text: `+-- UNTIL ${printExpression(s.until)}`, num, wrap: false });
      return true;
    case 'Create':
    case 'Update':
      head(ctx, depth, `+->${s.kind === 'Create' ? 'CREATE' : 'UPDATE'} ${printReference(s.view)}`, num);
      printStatementList(ctx, s.actions, sub);
      printWhens(ctx, s.whens, depth);
      break;
    case 'Delete':
      if (s.whens.length === 0) return false;
      head(ctx, depth, `+->DELETE ${printReference(s.view)}`, num);
      printWhens(ctx, s.whens, depth);
      break;
    case 'Unknown':
      if (s.body.length === 0) return false;
      head(ctx, depth, `+->${s.text}`, num);
      printStatementList(ctx, s.body, sub);
      break;
    default:
      return false;
  }
  bracket(ctx, depth);
  return true;
}
