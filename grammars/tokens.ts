// Token definitions of the action-diagram statement language (reference §7.3, §13). Pure data: no semantics.
// The line layer (src/syntax) removes brackets, numbers and NOTE text first; these tokens see one logical unit.
import type { TokenType } from 'chevrotain';
import { createToken, Lexer } from './chevrotain.js';

// ---- identifiers and literals (reference §6.3, §7.3) ----

/** Gen names: letters, digits and `_`; may start with a digit (`1099_locate_request_nf`) but hold a letter or `_`. */
export const Identifier = createToken({ name: 'Identifier', pattern: /[0-9]*[A-Za-z_][A-Za-z0-9_]*/ });
/** Unsigned integer or decimal number (`0`, `100`, `0.21`). */
export const NumberLiteral = createToken({ name: 'NumberLiteral', pattern: /[0-9]+(?:\.[0-9]+)?/, longer_alt: Identifier });
/** `"..."`; a doubled `""` is an embedded quote. */
export const StringLiteral = createToken({ name: 'StringLiteral', pattern: /"(?:[^"]|"")*"/ });
/** A string that runs to the end of the unit without its closing quote; reported by the syntax layer. */
export const UnterminatedString = createToken({ name: 'UnterminatedString', pattern: /"[^"]*/ });
export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r\n\f\v\u00a0\ufeff]+/, group: Lexer.SKIPPED });

// Keyword categories: keywords are grouped so that grammar rules can accept a whole family.
/** Every keyword (for diagnostics and the EBNF). */
export const Keyword = createToken({ name: 'Keyword', pattern: Lexer.NA });
/** Word and symbolic relational operators (reference §6.2). */
export const RelationalOp = createToken({ name: 'RelationalOp', pattern: Lexer.NA });
/** WHERE-clause view qualifiers DESIRED / SOME / THAT / CURRENT (reference §5.12). */
export const ViewQualifier = createToken({ name: 'ViewQualifier', pattern: Lexer.NA });
/** Special values such as CURRENT_DATE, SPACES, COMMAND, EXITSTATE (reference §6.3). */
export const SpecialValue = createToken({ name: 'SpecialValue', pattern: Lexer.NA });
/** DAYS / MONTHS / YEARS (reference §6.2). */
export const DateUnit = createToken({ name: 'DateUnit', pattern: Lexer.NA });
/** Infix operators of the flat expression grammar (precedence is applied by the visitor, see the EBNF). */
export const BinaryOperator = createToken({ name: 'BinaryOperator', pattern: Lexer.NA });
/** Prefix operators: NOT and the signs. */
export const PrefixOperator = createToken({ name: 'PrefixOperator', pattern: Lexer.NA });
/** `Entity View` / `Work View` / `Group View` (reference §4.1). */
export const ViewKind = createToken({ name: 'ViewKind', pattern: Lexer.NA });

const keywordTokens: TokenType[] = [];

/**
 * A keyword. Single words that are also plausible Gen names (`case`, `read`, `count`, `command`) match only in
 * UPPER case, as every source prints keywords (reference §0.2); multi-word phrases and the connectives the
 * manuals print in lower case (`to`, `and`, `or`, `is equal to`) match in any case. See action-diagram.ebnf.md.
 */
function kw(name: string, pattern: RegExp, categories: TokenType[] = []): TokenType {
  const t = createToken({ name, pattern, longer_alt: Identifier, categories: [Keyword, ...categories] });
  keywordTokens.push(t);
  return t;
}

// ---- multi-word statement keywords first: longest match wins by order (reference §7.3) ----
export const ReadEach = kw('ReadEach', /READ[ \t]+EACH\b/i);
export const ForEach = kw('ForEach', /FOR[ \t]+EACH\b/i);
export const CaseOf = kw('CaseOf', /CASE[ \t]+OF\b/i);
export const ElseIf = kw('ElseIf', /ELSE[ \t]*IF\b/i);
export const ExitStateIs = kw('ExitStateIs', /EXIT[ \t]+STATE[ \t]+IS\b/i);
export const PrinterTerminal = kw('PrinterTerminal', /PRINTER[ \t]+TERMINAL\b/i);
export const WhichImports = kw('WhichImports', /WHICH[ \t]+IMPORTS[ \t]*:?/i);
export const WhichExports = kw('WhichExports', /WHICH[ \t]+EXPORTS[ \t]*:?/i);
export const FromTheBeginning = kw('FromTheBeginning', /FROM[ \t]+THE[ \t]+BEGINNING\b/i);
export const UntilFull = kw('UntilFull', /UNTIL[ \t]+FULL\b/i);
export const SortedBy = kw('SortedBy', /SORTED[ \t]+BY\b/i);
export const SubscriptOf = kw('SubscriptOf', /SUBSCRIPT[ \t]+OF\b/i);
export const LastOf = kw('LastOf', /LAST[ \t]+OF\b/i);
export const NotRounded = kw('NotRounded', /NOT[ \t]+ROUNDED\b/i);
export const SummarizeEach = kw('SummarizeEach', /SUMMARIZE[ \t]+EACH\b/i);
export const EntityView = kw('EntityView', /ENTITY[ \t]+VIEW\b/i, [ViewKind]);
export const WorkView = kw('WorkView', /WORK[ \t]+VIEW\b/i, [ViewKind]);
export const GroupView = kw('GroupView', /GROUP[ \t]+VIEW\b/i, [ViewKind]);

// ---- relational operators (reference §6.2): longest phrase first ----
export const IsGreaterOrEqualTo = kw('IsGreaterOrEqualTo', /IS[ \t]+GREATER[ \t]+OR[ \t]+EQUAL[ \t]+TO\b/i, [RelationalOp, BinaryOperator]);
export const IsLessOrEqualTo = kw('IsLessOrEqualTo', /IS[ \t]+LESS[ \t]+OR[ \t]+EQUAL[ \t]+TO\b/i, [RelationalOp, BinaryOperator]);
export const IsNotEqualTo = kw('IsNotEqualTo', /IS[ \t]+NOT[ \t]+EQUAL[ \t]+TO\b/i, [RelationalOp, BinaryOperator]);
export const IsEqualTo = kw('IsEqualTo', /IS[ \t]+EQUAL[ \t]+TO\b/i, [RelationalOp, BinaryOperator]);
export const IsGreaterThan = kw('IsGreaterThan', /IS[ \t]+GREATER[ \t]+THAN\b/i, [RelationalOp, BinaryOperator]);
export const IsLessThan = kw('IsLessThan', /IS[ \t]+LESS[ \t]+THAN\b/i, [RelationalOp, BinaryOperator]);
export const IsNotNull = kw('IsNotNull', /IS[ \t]+NOT[ \t]+NULL\b/i);
export const IsNull = kw('IsNull', /IS[ \t]+NULL\b/i);
export const IsAssociatedWith = kw('IsAssociatedWith', /IS[ \t]+ASSOCIATED[ \t]+WITH\b/i, [BinaryOperator]);
export const Is = kw('Is', /IS\b/i);
export const GreaterEqual = createToken({ name: 'GreaterEqual', pattern: />=/, categories: [RelationalOp, BinaryOperator] });
export const LessEqual = createToken({ name: 'LessEqual', pattern: /<=/, categories: [RelationalOp, BinaryOperator] });
export const NotEqualSym = createToken({ name: 'NotEqualSym', pattern: /<>/, categories: [RelationalOp, BinaryOperator] });
export const Greater = createToken({ name: 'Greater', pattern: />/, categories: [RelationalOp, BinaryOperator] });
export const Less = createToken({ name: 'Less', pattern: /</, categories: [RelationalOp, BinaryOperator] });
export const EqualSym = createToken({ name: 'EqualSym', pattern: /=/, categories: [RelationalOp, BinaryOperator] });

// ---- connectives (any case: the manuals print `to` in lower case, reference §5.3) ----
export const And = kw('And', /AND\b/i, [BinaryOperator]);
export const Or = kw('Or', /OR\b/i, [BinaryOperator]);
export const Not = kw('Not', /NOT\b/i, [PrefixOperator]);
export const To = kw('To', /TO\b/i);

// ---- single-word statement keywords (UPPER case only) ----
export const Set = kw('Set', /SET/);
export const Rounded = kw('Rounded', /ROUNDED/);
export const Using = kw('Using', /USING/);
export const Move = kw('Move', /MOVE/);
export const If = kw('If', /IF/);
export const Else = kw('Else', /ELSE/);
export const Case = kw('Case', /CASE/);
export const Otherwise = kw('Otherwise', /OTHERWISE/);
export const For = kw('For', /FOR/);
export const From = kw('From', /FROM/);
export const By = kw('By', /BY/);
export const While = kw('While', /WHILE/);
export const Repeat = kw('Repeat', /REPEAT/);
export const Until = kw('Until', /UNTIL/);
export const Read = kw('Read', /READ/);
export const Create = kw('Create', /CREATE/);
export const Update = kw('Update', /UPDATE/);
export const Delete = kw('Delete', /DELETE/);
export const Use = kw('Use', /USE/);
export const Command = kw('Command', /COMMAND/, [SpecialValue]);
export const Escape = kw('Escape', /ESCAPE/);
export const Next = kw('Next', /NEXT/);
export const Associate = kw('Associate', /ASSOCIATE/);
export const Disassociate = kw('Disassociate', /DISASSOCIATE/);
export const Transfer = kw('Transfer', /TRANSFER/);
export const Summarize = kw('Summarize', /SUMMARIZE/);
export const Placing = kw('Placing', /PLACING/);
export const Into = kw('Into', /INTO/);
export const Make = kw('Make', /MAKE/);
export const External = kw('External', /EXTERNAL/);
export const Which = kw('Which', /WHICH/);
export const With = kw('With', /WITH/);
export const It = kw('It', /IT/);
export const Where = kw('Where', /WHERE/);
export const When = kw('When', /WHEN/);
export const Targeting = kw('Targeting', /TARGETING/);
export const Ascending = kw('Ascending', /ASCENDING/);
export const Descending = kw('Descending', /DESCENDING/);
export const Desired = kw('Desired', /DESIRED/, [ViewQualifier]);
export const Some = kw('Some', /SOME/, [ViewQualifier]);
export const That = kw('That', /THAT/, [ViewQualifier]);

// ---- special values and date units (UPPER case only; CURRENT_* before CURRENT) ----
export const CurrentTimestamp = kw('CurrentTimestamp', /CURRENT_TIMESTAMP/, [SpecialValue]);
export const CurrentDate = kw('CurrentDate', /CURRENT_DATE/, [SpecialValue]);
export const CurrentTime = kw('CurrentTime', /CURRENT_TIME/, [SpecialValue]);
export const Current = kw('Current', /CURRENT/, [ViewQualifier]);
export const TerminalId = kw('TerminalId', /TERMINAL[ \t]+ID\b/, [SpecialValue]);
export const Spaces = kw('Spaces', /SPACES/, [SpecialValue]);
export const Zero = kw('Zero', /ZERO/, [SpecialValue]);
export const Null = kw('Null', /NULL/, [SpecialValue]);
export const ExitStateValue = kw('ExitStateValue', /EXITSTATE/, [SpecialValue]);
export const UserId = kw('UserId', /USER_ID/, [SpecialValue]);
export const Trancode = kw('Trancode', /TRANCODE/, [SpecialValue]);
export const PrinterId = kw('PrinterId', /PRINTER_ID/, [SpecialValue]);
export const Nexttran = kw('Nexttran', /NEXTTRAN/, [SpecialValue]);
export const Days = kw('Days', /DAYS/, [DateUnit]);
export const Months = kw('Months', /MONTHS/, [DateUnit]);
export const Years = kw('Years', /YEARS/, [DateUnit]);

// ---- punctuation and arithmetic (reference §6.2) ----
export const LParen = createToken({ name: 'LParen', pattern: /\(/ });
export const RParen = createToken({ name: 'RParen', pattern: /\)/ });
export const Comma = createToken({ name: 'Comma', pattern: /,/ });
export const Power = createToken({ name: 'Power', pattern: /\*\*/, categories: [BinaryOperator] });
export const Star = createToken({ name: 'Star', pattern: /\*/, categories: [BinaryOperator] });
export const Slash = createToken({ name: 'Slash', pattern: /\//, categories: [BinaryOperator] });
export const Plus = createToken({ name: 'Plus', pattern: /\+/, categories: [BinaryOperator, PrefixOperator] });
export const Minus = createToken({ name: 'Minus', pattern: /-/, categories: [BinaryOperator, PrefixOperator] });
/** A trailing period (`SET x TO "A".` in pasted developer notes) is tolerated and ignored. */
export const Dot = createToken({ name: 'Dot', pattern: /\./ });
export const Colon = createToken({ name: 'Colon', pattern: /:/ });

function patternLength(t: TokenType): number {
  return t.PATTERN instanceof RegExp ? t.PATTERN.source.length : 0;
}

/**
 * All tokens in lexing order. Order matters: multi-word keywords before their first word, `CURRENT_*` before
 * `CURRENT`, longer operators before shorter ones, keywords before `Identifier`, `NumberLiteral` before it.
 */
export const allTokens: TokenType[] = [
  WhiteSpace,
  StringLiteral,
  UnterminatedString,
  // Longest pattern first, so that no keyword is shadowed by a shorter one (`USE` / `USING` / `USER_ID`).
  ...[...keywordTokens].sort((a, b) => patternLength(b) - patternLength(a)),
  Keyword,
  RelationalOp,
  ViewQualifier,
  SpecialValue,
  DateUnit,
  BinaryOperator,
  PrefixOperator,
  ViewKind,
  GreaterEqual,
  LessEqual,
  NotEqualSym,
  Greater,
  Less,
  EqualSym,
  NumberLiteral,
  Identifier,
  LParen,
  RParen,
  Comma,
  Power,
  Star,
  Slash,
  Plus,
  Minus,
  Dot,
  Colon,
];

/** Token types that begin a known statement (the line layer and the unknown-statement check use them). */
export const statementStartTokens: readonly TokenType[] = [
  Set, Move, If, CaseOf, For, ForEach, While, Repeat, Read, ReadEach, Create, Update, Delete, Use, ExitStateIs,
  Command, Escape, Next, Associate, Disassociate, Transfer, Summarize, SummarizeEach, Make, PrinterTerminal, External,
];
