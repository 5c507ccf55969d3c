// The one boundary where Chevrotain lexing and recognition errors become our Diagnostic (style.md §8.5), with
// stable codes from codes.ts and spans mapped back to the original file through the unit's segment map.
import type { ILexingError, IRecognitionException, IToken } from 'chevrotain';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { DiagnosticCodes, type DiagnosticCode } from '../diagnostics/codes.js';
import { unitSpan, wholeUnitSpan, type LogicalUnit } from './logical-unit.js';

const DETAIL: Record<string, DiagnosticCode> = {
  MismatchedTokenException: DiagnosticCodes.parseMismatchedToken,
  NoViableAltException: DiagnosticCodes.parseNoViableAlternative,
  EarlyExitException: DiagnosticCodes.parseEarlyExit,
  NotAllInputParsedException: DiagnosticCodes.parseNotAllInputParsed,
};

const READABLE: Record<string, string> = {
  Identifier: 'a name',
  NumberLiteral: 'a number',
  StringLiteral: 'a string',
  LParen: '"("',
  RParen: '")"',
  Comma: '","',
  RelationalOp: 'a comparison',
  ViewQualifier: 'DESIRED/SOME/THAT/CURRENT',
  SpecialValue: 'a special value',
  ViewKind: 'Entity View/Work View/Group View',
  EOF: 'the end of the statement',
};

/** `ExitStateIs` → `EXIT STATE IS`; `Identifier` → `a name`. */
function readableToken(name: string): string {
  return READABLE[name] ?? name.replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
}

/** A one-line "expected ..." text from Chevrotain's message. */
export function expectedText(message: string): string {
  const names = [...message.matchAll(/\[([A-Za-z]+)(?:, [A-Za-z]+)*\]|--> ([A-Za-z]+) <--/g)].map((m) => m[1] ?? m[2] ?? '');
  const set = new Set(names.filter((n) => n.length > 0));
  if (set.has('Identifier') && set.has('StringLiteral') && set.has('NumberLiteral')) return 'expected an expression';
  const unique = [...set].map(readableToken);
  return unique.length > 0 ? `expected ${unique.join(' or ')}` : message.split('\n')[0] ?? message;
}

function foundText(token: IToken): string {
  return token.tokenType?.name === 'EOF' || Number.isNaN(token.startOffset) ? 'the end of the statement' : `"${token.image}"`;
}

/** A statement that starts with a known keyword but does not parse (reference §5): error parse/invalid-statement. */
export function invalidStatementDiagnostic(unit: LogicalUnit, keyword: string, err: IRecognitionException): Diagnostic {
  const tok = err.token;
  const atEnd = !tok || tok.tokenType?.name === 'EOF' || Number.isNaN(tok.startOffset);
  // At the end of the statement the whole statement is the span (the code frame then shows all its lines).
  const span = atEnd ? wholeUnitSpan(unit) : unitSpan(unit, tok.startOffset, tok.startOffset + tok.image.length);
  const found = tok ? foundText(tok) : 'the end of the statement';
  const what = err.name === 'NotAllInputParsedException' ? `unexpected ${found} after a complete statement` : `${expectedText(err.message)} but found ${found}`;
  const message = `Invalid ${keyword} statement: ${what}; kept as raw text`;
  return createDiagnostic(DiagnosticCodes.parseInvalidStatement, 'error', 'parse', message, span, {
    data: { detail: DETAIL[err.name] ?? DiagnosticCodes.parseMismatchedToken },
  });
}

/** A character the lexer does not know. */
export function lexErrorDiagnostic(unit: LogicalUnit, err: ILexingError): Diagnostic {
  const span = unitSpan(unit, err.offset, err.offset + Math.max(1, err.length));
  const ch = unit.text.slice(err.offset, err.offset + Math.max(1, err.length));
  return createDiagnostic(DiagnosticCodes.lexUnexpectedCharacter, 'error', 'lex', `Unexpected character ${JSON.stringify(ch)}; the statement is kept as raw text`, span);
}

/** A string literal without its closing quote. */
export function unterminatedStringDiagnostic(unit: LogicalUnit, tok: IToken): Diagnostic {
  const span = unitSpan(unit, tok.startOffset, tok.startOffset + tok.image.length);
  return createDiagnostic(DiagnosticCodes.lexUnterminatedString, 'error', 'lex', 'String literal without a closing quote; the statement is kept as raw text', span);
}

/** A statement whose first word the grammar does not know: warning parse/unknown-statement. */
export function unknownStatementDiagnostic(unit: LogicalUnit, keyword: string | null): Diagnostic {
  const what = keyword ? `"${keyword}"` : 'this line';
  return createDiagnostic(DiagnosticCodes.parseUnknownStatement, 'warning', 'parse', `Unknown statement ${what}; kept as raw text`, wholeUnitSpan(unit));
}

/** A unit the parser could not process at all (for example nested too deeply for the stack). */
export function internalErrorDiagnostic(unit: LogicalUnit, e: unknown): Diagnostic {
  const why = e instanceof RangeError ? 'it is nested too deeply' : `of an internal error (${e instanceof Error ? e.message : String(e)})`;
  return createDiagnostic(DiagnosticCodes.parseInternalError, 'error', 'parse', `This statement could not be parsed because ${why}; kept as raw text`, wholeUnitSpan(unit));
}
