// Parses one statement or clause unit into AST: lexes it, rejects unknown first words, runs the grammar, and
// keeps anything that fails as an UnknownStatement with its raw text (nothing is ever dropped, issue 2).
import type { TokenType } from 'chevrotain';
import type { Statement, UnknownStatement } from '../ast/nodes.js';
import { Dot, statementStartTokens } from '../../grammars/tokens.js';
import { astBuilder, type ClauseInfo } from './build-ast.js';
import type { BuildContext } from './build-context.js';
import { wholeUnitSpan, type LogicalUnit } from './logical-unit.js';
import { parseUnit, tokenize, type EntryRule } from './run-parser.js';
import { copyString } from './source-lines.js';
import {
  internalErrorDiagnostic,
  invalidStatementDiagnostic,
  lexErrorDiagnostic,
  unknownStatementDiagnostic,
  unterminatedStringDiagnostic,
} from './to-diagnostics.js';

/** The grammar rule for each statement-start token: the parser is entered there directly (one OR and one CST
 *  node less per statement than going through `statement`, which stays the documented entry rule). */
const RULE_BY_TOKEN: Record<string, EntryRule> = {
  Set: 'setStatement', Move: 'moveStatement', If: 'ifStatement', CaseOf: 'caseOfStatement', For: 'forStatement',
  ForEach: 'forEachStatement', While: 'whileStatement', Repeat: 'repeatStatement', Read: 'readStatement',
  ReadEach: 'readEachStatement', Create: 'createStatement', Update: 'updateStatement', Delete: 'deleteStatement',
  Use: 'useStatement', ExitStateIs: 'exitStateStatement', Command: 'commandStatement', Escape: 'escapeStatement',
  Next: 'nextStatement', Associate: 'associateStatement', Disassociate: 'disassociateStatement',
  Transfer: 'transferStatement', Summarize: 'summarizeStatement', SummarizeEach: 'summarizeStatement',
  Make: 'makeStatement', PrinterTerminal: 'printerTerminalStatement', External: 'externalStatement',
};

const STATEMENT_START = new Set<TokenType>(statementStartTokens);

/** The first word of a unit, upper-cased, or null. */
export function firstWord(text: string): string | null {
  const m = /^[^\s(),"]+/.exec(text);
  return m ? m[0].toUpperCase() : null;
}

/** An UnknownStatement holding the unit's raw text. */
export function unknownStatement(unit: LogicalUnit, ctx: BuildContext, reason: UnknownStatement['reason']): UnknownStatement {
  return {
    kind: 'Unknown',
    number: ctx.number,
    line: ctx.line,
    span: wholeUnitSpan(unit),
    text: copyString(unit.text),
    keyword: firstWord(unit.text),
    reason,
    body: [],
  };
}

/** Parse one statement unit. Diagnostics go to `ctx.diags`. Never throws: a failure (e.g. a statement nested so
 *  deeply that the stack runs out) keeps the statement as raw text with an error. */
export function buildStatement(ctx: BuildContext): Statement {
  try {
    return buildStatementUnsafe(ctx);
  } catch (e) {
    ctx.diags.push(internalErrorDiagnostic(ctx.unit, e));
    return unknownStatement(ctx.unit, ctx, 'invalid');
  }
}

function buildStatementUnsafe(ctx: BuildContext): Statement {
  const unit = ctx.unit;
  const lexed = tokenize(unit.text);
  const firstTok = lexed.tokens[0];
  if (!firstTok || firstTok.startOffset > 0 || !STATEMENT_START.has(firstTok.tokenType)) {
    ctx.diags.push(unknownStatementDiagnostic(unit, firstWord(unit.text)));
    return unknownStatement(unit, ctx, 'unknown-keyword');
  }
  // A trailing period (pasted developer notes) is tolerated: dropped before entering the statement rule.
  const last = lexed.tokens[lexed.tokens.length - 1];
  if (last && last.tokenType === Dot && lexed.tokens.length > 1) lexed.tokens.pop();
  const r = parseUnit(unit.text, RULE_BY_TOKEN[firstTok.tokenType.name] ?? 'statement', lexed);
  if (r.lexErrors.length > 0 || r.unterminated) {
    if (r.unterminated) ctx.diags.push(unterminatedStringDiagnostic(unit, r.unterminated));
    else if (r.lexErrors[0]) ctx.diags.push(lexErrorDiagnostic(unit, r.lexErrors[0]));
    return unknownStatement(unit, ctx, 'invalid');
  }
  const err = r.parseErrors[0];
  if (err || !r.cst) {
    if (err) ctx.diags.push(invalidStatementDiagnostic(unit, firstWord(unit.text) ?? 'statement', err));
    return unknownStatement(unit, ctx, 'invalid');
  }
  return astBuilder.visit(r.cst, ctx) as Statement;
}

/** Parse one clause unit (ELSE IF, CASE, WHEN, ...); null when it does not parse (diagnostic reported). */
export function buildClause(ctx: BuildContext): ClauseInfo | null {
  try {
    return buildClauseUnsafe(ctx);
  } catch (e) {
    ctx.diags.push(internalErrorDiagnostic(ctx.unit, e));
    return null;
  }
}

function buildClauseUnsafe(ctx: BuildContext): ClauseInfo | null {
  const unit = ctx.unit;
  const r = parseUnit(unit.text, 'clause');
  if (r.unterminated) {
    ctx.diags.push(unterminatedStringDiagnostic(unit, r.unterminated));
    return null;
  }
  if (r.lexErrors[0]) {
    ctx.diags.push(lexErrorDiagnostic(unit, r.lexErrors[0]));
    return null;
  }
  const err = r.parseErrors[0];
  if (err || !r.cst) {
    if (err) ctx.diags.push(invalidStatementDiagnostic(unit, firstWord(unit.text) ?? 'clause', err));
    return null;
  }
  return astBuilder.visit(r.cst, ctx) as ClauseInfo;
}
