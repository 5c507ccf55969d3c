// Runs the scanner (grammars/scanner.ts) and the shared parser on one logical unit (style.md §8.1: one
// instance each, `parser.input = tokens`).
// The caller turns errors into diagnostics through to-diagnostics.ts.
import type { CstNode, ILexingError, IRecognitionException, IToken } from 'chevrotain';
import { actionDiagramParser } from '../../grammars/parser.js';
import { scanActionDiagram } from '../../grammars/scanner.js';
import { UnterminatedString } from '../../grammars/tokens.js';

/** The grammar entry rules the syntax layer uses (statement rules are called directly by their first token). */
export type EntryRule =
  | 'statement' | 'clause' | 'viewDeclaration' | 'expression'
  | 'setStatement' | 'moveStatement' | 'ifStatement' | 'caseOfStatement' | 'forStatement' | 'forEachStatement'
  | 'whileStatement' | 'repeatStatement' | 'readStatement' | 'readEachStatement' | 'createStatement' | 'updateStatement'
  | 'deleteStatement' | 'useStatement' | 'exitStateStatement' | 'commandStatement' | 'escapeStatement' | 'nextStatement'
  | 'associateStatement' | 'disassociateStatement' | 'transferStatement' | 'summarizeStatement' | 'makeStatement'
  | 'printerTerminalStatement' | 'externalStatement';

/** Tokens, CST and errors of one unit. `cst` is null when lexing already failed. */
export interface UnitParse {
  tokens: IToken[];
  cst: CstNode | null;
  lexErrors: ILexingError[];
  parseErrors: IRecognitionException[];
  /** The first unterminated string literal, when there is one. */
  unterminated: IToken | null;
}

/** Tokenize `text` only, with the hand-written scanner (same result as `actionDiagramLexer.tokenize`, faster). */
export function tokenize(text: string): { tokens: IToken[]; errors: ILexingError[] } {
  return scanActionDiagram(text);
}

/** Tokenize and parse `text` with one entry rule. */
export function parseUnit(text: string, rule: EntryRule, lexed?: { tokens: IToken[]; errors: ILexingError[] }): UnitParse {
  const { tokens, errors } = lexed ?? tokenize(text);
  let unterminated: IToken | null = null;
  // An unterminated string starts at a double quote: a unit without one (most units) needs no token scan.
  if (text.includes('"')) {
    for (const t of tokens) {
      if (t.tokenType === UnterminatedString) {
        unterminated = t;
        break;
      }
    }
  }
  if (errors.length > 0 || unterminated) return { tokens, cst: null, lexErrors: errors, parseErrors: [], unterminated };
  const parser = actionDiagramParser;
  // Setting `input` resets the parser (fresh `errors` array), so the previous unit's tokens need no separate
  // clearing: they are released by the next unit's assignment.
  parser.input = tokens;
  const cst = parser[rule]();
  const parseErrors = parser.errors;
  return { tokens, cst, lexErrors: [], parseErrors, unterminated: null };
}
