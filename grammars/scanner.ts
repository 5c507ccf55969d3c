// A hand-written scanner that returns exactly what the Chevrotain lexer of lexer.ts returns (tokens, offsets, errors
// and Chevrotain's error recovery) but decides keyword vs identifier with a trie over the keywords' leading words
// instead of one regex test per candidate token. Its tables are derived from tokens.ts at load; a token it cannot
// handle makes it throw at load instead of diverging. tests/grammars/scanner.test.ts compares it with the lexer.
// Only Chevrotain's types are imported: its markers are compared by value (see below) and no runtime is loaded here.
import type { ILexingError, ILexingResult, IToken, TokenType } from 'chevrotain';
import { allTokens } from './tokens.js';

/** The patterns implemented by hand below, by token name; tokens.ts changing one of them must change this file too. */
const HAND_WRITTEN = new Map<string, string>([
  ['WhiteSpace', '[ \\t\\r\\n\\f\\v\\u00a0\\ufeff]+'],
  ['StringLiteral', '"(?:[^"]|"")*"'],
  ['UnterminatedString', '"[^"]*'],
  ['NumberLiteral', '[0-9]+(?:\\.[0-9]+)?'],
  ['Identifier', '[0-9]*[A-Za-z_][A-Za-z0-9_]*'],
]);

// Chevrotain's `Lexer.NA` (a RegExp) and `Lexer.SKIPPED` (a string), compared by value, so that this file needs
// no Chevrotain runtime and accepts token sets made by any copy of it (the tests build some of their own).
const isNotApplicable = (p: unknown): boolean => p instanceof RegExp && p.source === 'NOT_APPLICABLE' && p.flags === '';
const SKIPPED =
  'This marks a skipped Token pattern, this means each token identified by it will be consumed and then thrown into ' +
  'oblivion, this can be used to for example to completely ignore whitespace.';

/** Chevrotain's `defaultLexerErrorProvider.buildUnexpectedCharactersMessage` (the lexer sets no other provider). */
const unexpectedCharacters = (text: string, offset: number, length: number): string =>
  `unexpected character: ->${text.charAt(offset)}<- at offset: ${offset}, skipped ${length} characters.`;

// Character classes of the first character of a token (ASCII only; U+00A0 and U+FEFF are handled apart).
const NONE = 0, ALPHA = 1, DIGIT = 2, QUOTE = 3, SPACE = 4;
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_]/.test(ch)) CLASS[c] = ALPHA;
  else if (/[0-9]/.test(ch)) CLASS[c] = DIGIT;
  else if (ch === '"') CLASS[c] = QUOTE;
  else if (/[ \t\r\n\f\v]/.test(ch)) CLASS[c] = SPACE;
}
/** ASCII upper-casing, the only case folding a non-unicode `/i` regex applies to word characters. */
const FOLD = new Uint8Array(128);
for (let c = 0; c < 128; c++) FOLD[c] = c >= 97 && c <= 122 ? c - 32 : c;

// How a word-led token (a keyword) is matched once the trie has found its leading word at the offset.
const PLAIN = 0, WORD_END = 1, REGEX = 2;

/** A token whose pattern starts with a word character, e.g. `/SET/`, `/IS\b/i`, `/IS[ \t]+NULL\b/i`. */
interface WordRule {
  type: TokenType;
  order: number;
  /** The literal word characters the pattern starts with. */
  lead: string;
  caseSensitive: boolean;
  mode: number;
  sticky: RegExp | null;
  /** `longer_alt: Identifier`: a longer identifier at the same offset wins. */
  identifierWins: boolean;
}

/** A token with a fixed text that starts with punctuation, e.g. `/\(/`, `/>=/`. */
interface LiteralRule {
  type: TokenType;
  text: string;
}

const unsupported = (t: TokenType, why: string): Error =>
  new Error(`grammars/scanner.ts cannot scan token ${t.name} (${String(t.PATTERN)}): ${why}. Extend the scanner.`);

/** The text a literal regex source stands for (`\(` → `(`), or null when it is not a plain literal. */
function literalOf(source: string): string | null {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === '\\') {
      const next = source[i + 1];
      if (next === undefined || /[A-Za-z0-9]/.test(next)) return null;
      out += next;
      i++;
    } else if ('^$.*+?()[]{}|/'.includes(ch)) return null;
    else out += ch;
  }
  return out === '' ? null : out;
}

function longerAltIsIdentifier(t: TokenType, identifier: TokenType): boolean {
  const alt = t.LONGER_ALT;
  if (alt === undefined) return false;
  if (alt === identifier || (Array.isArray(alt) && alt.length === 1 && alt[0] === identifier)) return true;
  throw unsupported(t, 'longer_alt other than Identifier');
}

function wordRule(t: TokenType, order: number, source: string, flags: string, identifier: TokenType): WordRule {
  if (flags !== '' && flags !== 'i') throw unsupported(t, `flags "${flags}"`);
  if (source.includes('|')) throw unsupported(t, 'alternation');
  let lead = /^[A-Za-z0-9_]+/.exec(source)?.[0] ?? '';
  // A quantifier makes the last leading character optional (`SETS?`): it is not part of the fixed lead.
  if ('?*+{'.includes(source[lead.length] ?? '.')) lead = lead.slice(0, -1);
  if (lead === '') throw unsupported(t, 'no fixed leading word');
  const rest = source.slice(lead.length);
  const mode = rest === '' ? PLAIN : rest === '\\b' ? WORD_END : REGEX;
  return {
    type: t, order, lead, caseSensitive: flags === '', mode,
    sticky: mode === REGEX ? new RegExp(source, `${flags}y`) : null,
    identifierWins: longerAltIsIdentifier(t, identifier),
  };
}

/** The keyword trie: children per node (128 ASCII slots, upper-cased) and, per node, every rule whose lead is a
 *  prefix of the node's word, in lexing order (the candidates once the scan of a word ends at that node). */
interface Trie {
  next: Int32Array;
  rules: WordRule[][];
}

function buildTrie(words: WordRule[]): Trie {
  const next: number[] = new Array<number>(128).fill(-1);
  const own: WordRule[][] = [[]];
  const parent: number[] = [-1];
  for (const rule of words) {
    let node = 0;
    for (let i = 0; i < rule.lead.length; i++) {
      const slot = node * 128 + (FOLD[rule.lead.charCodeAt(i)] as number);
      if ((next[slot] as number) < 0) {
        next[slot] = own.length;
        own.push([]);
        parent.push(node);
        for (let k = 0; k < 128; k++) next.push(-1);
      }
      node = next[slot] as number;
    }
    (own[node] as WordRule[]).push(rule);
  }
  const rules = own.map((_, node) => {
    const all: WordRule[] = [];
    for (let n = node; n >= 0; n = parent[n] as number) all.push(...(own[n] as WordRule[]));
    return all.sort((a, b) => a.order - b.order);
  });
  return { next: Int32Array.from(next), rules };
}

/** A scanner function with the signature of `Lexer.tokenize` (single mode, `positionTracking: 'onlyOffset'`). */
export type Scanner = (text: string) => ILexingResult;

/**
 * Build a scanner for `tokens` (in lexing order, as given to `new Lexer(tokens, lexerConfig)`). Throws when a token
 * is outside what the scanner implements: the hand-written tokens above, keywords that start with a fixed word
 * (matched with their own regex when they are more than a word) and fixed punctuation.
 */
export function createScanner(tokens: readonly TokenType[]): Scanner {
  const hand = new Map<string, TokenType>();
  for (const t of tokens) if (HAND_WRITTEN.has(t.name)) hand.set(t.name, t);
  const handToken = (name: string): TokenType => {
    const t = hand.get(name);
    if (t === undefined) throw new Error(`grammars/scanner.ts needs the token ${name} in the token list`);
    return t;
  };
  const whiteSpace = handToken('WhiteSpace');
  const stringLiteral = handToken('StringLiteral');
  const unterminatedString = handToken('UnterminatedString');
  const numberLiteral = handToken('NumberLiteral');
  const identifier = handToken('Identifier');

  const words: WordRule[] = [];
  const literals = new Map<number, LiteralRule[]>();
  const orderOf = new Map<TokenType, number>();
  tokens.forEach((t, order) => {
    const pattern = t.PATTERN;
    if (isNotApplicable(pattern)) return;
    if (t.PUSH_MODE !== undefined || t.POP_MODE !== undefined) throw unsupported(t, 'lexer modes');
    const expected = HAND_WRITTEN.get(t.name);
    if (expected !== undefined) {
      if (!(pattern instanceof RegExp) || pattern.source !== expected || pattern.flags !== '') throw unsupported(t, `pattern is not /${expected}/`);
      if (t.GROUP !== (t === whiteSpace ? SKIPPED : undefined)) throw unsupported(t, 'group');
      if (longerAltIsIdentifier(t, identifier) !== (t === numberLiteral)) throw unsupported(t, 'longer_alt');
      if (orderOf.has(t)) throw unsupported(t, 'listed twice');
      orderOf.set(t, order);
      return;
    }
    if (t.GROUP !== undefined) throw unsupported(t, 'group');
    const source = pattern instanceof RegExp ? pattern.source : typeof pattern === 'string' ? pattern.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&') : null;
    const flags = pattern instanceof RegExp ? pattern.flags : '';
    if (source === null) throw unsupported(t, 'custom pattern');
    if (/^[A-Za-z0-9_]/.test(source)) {
      words.push(wordRule(t, order, source, flags, identifier));
      return;
    }
    const text = literalOf(source);
    if (text === null || flags !== '') throw unsupported(t, 'neither a keyword nor fixed punctuation');
    const first = text.charCodeAt(0);
    if ((first < 128 && CLASS[first] !== NONE) || first === 0xa0 || first === 0xfeff) throw unsupported(t, 'starts like another token');
    if (t.LONGER_ALT !== undefined) throw unsupported(t, 'longer_alt on punctuation');
    const list = literals.get(first) ?? [];
    list.push({ type: t, text });
    literals.set(first, list);
  });
  const at = (t: TokenType): number => orderOf.get(t) as number;
  if (words.some((w) => w.order > at(numberLiteral)) || at(numberLiteral) > at(identifier)) {
    throw new Error('grammars/scanner.ts expects keywords before NumberLiteral before Identifier');
  }
  if (at(stringLiteral) > at(unterminatedString)) throw new Error('grammars/scanner.ts expects StringLiteral before UnterminatedString');

  const { next: NEXT, rules: RULES } = buildTrie(words);
  const LITERALS: (LiteralRule[] | undefined)[] = [];
  for (const [c, list] of literals) LITERALS[c] = list;

  // The token type of the last successful match (null: skipped whitespace).
  let hit: TokenType | null = null;

  /** A keyword, identifier or number at `p` (first char `c`, a word character); returns its length. */
  function word(text: string, p: number, c: number): number {
    const n = text.length;
    let alpha = CLASS[c] === ALPHA;
    let node = NEXT[FOLD[c] as number] as number;
    let deepest = node;
    let e = p + 1;
    for (; e < n; e++) {
      const d = text.charCodeAt(e);
      if (d >= 128) break;
      const k = CLASS[d];
      if (k === ALPHA) alpha = true;
      else if (k !== DIGIT) break;
      if (node >= 0) {
        node = NEXT[node * 128 + (FOLD[d] as number)] as number;
        if (node >= 0) deepest = node;
      }
    }
    const wordLength = e - p;
    // Identifier (the longer_alt) matches the whole word when it holds a letter or `_`, and nothing otherwise.
    const identifierLength = alpha ? wordLength : -1;
    if (deepest >= 0) {
      for (const rule of RULES[deepest] as WordRule[]) {
        let m: number;
        if (rule.caseSensitive && !text.startsWith(rule.lead, p)) continue;
        if (rule.mode === PLAIN) m = rule.lead.length;
        else if (rule.mode === WORD_END) m = rule.lead.length === wordLength ? wordLength : -1;
        else {
          const re = rule.sticky as RegExp;
          re.lastIndex = p;
          m = re.test(text) ? re.lastIndex - p : -1;
        }
        if (m < 0) continue;
        if (rule.identifierWins && identifierLength > m) {
          hit = identifier;
          return identifierLength;
        }
        hit = rule.type;
        return m;
      }
    }
    if (CLASS[c] === DIGIT) {
      let q = p + 1;
      while (q < n && CLASS[text.charCodeAt(q)] === DIGIT) q++;
      if (text.charCodeAt(q) === 46 && CLASS[text.charCodeAt(q + 1)] === DIGIT) {
        q += 2;
        while (q < n && CLASS[text.charCodeAt(q)] === DIGIT) q++;
      }
      if (identifierLength > q - p) {
        hit = identifier;
        return identifierLength;
      }
      hit = numberLiteral;
      return q - p;
    }
    hit = identifier;
    return wordLength;
  }

  /** `"..."` with doubled quotes; the regex backtracks to the last `""` when the closing quote is missing. */
  function string(text: string, p: number): number {
    const n = text.length;
    let lastPair = -1;
    let i = p + 1;
    while (i < n) {
      const q = text.indexOf('"', i);
      if (q < 0) break;
      if (text.charCodeAt(q + 1) !== 34) {
        hit = stringLiteral;
        return q + 1 - p;
      }
      lastPair = q;
      i = q + 2;
    }
    if (lastPair >= 0) {
      hit = stringLiteral;
      return lastPair + 1 - p;
    }
    hit = unterminatedString;
    return n - p;
  }

  const isSpace = (c: number): boolean => (c < 128 ? CLASS[c] === SPACE : c === 0xa0 || c === 0xfeff);

  /** The length of the token at `p` (its type in `hit`), or -1 when no token matches there. */
  function matchAt(text: string, p: number): number {
    const c = text.charCodeAt(p);
    const k = c < 128 ? CLASS[c] : NONE;
    if (k === ALPHA || k === DIGIT) return word(text, p, c);
    if (k === QUOTE) return string(text, p);
    if (isSpace(c)) {
      let e = p + 1;
      while (e < text.length && isSpace(text.charCodeAt(e))) e++;
      hit = null;
      return e - p;
    }
    const list = LITERALS[c];
    if (list !== undefined) {
      for (const lit of list) {
        if (lit.text.length === 1 || text.startsWith(lit.text, p)) {
          hit = lit.type;
          return lit.text.length;
        }
      }
    }
    return -1;
  }

  return (text: string): ILexingResult => {
    const tokens: IToken[] = [];
    const errors: ILexingError[] = [];
    const n = text.length;
    let p = 0;
    while (p < n) {
      const length = matchAt(text, p);
      if (length > 0) {
        const type = hit;
        // The shape of Chevrotain's `createOffsetOnlyToken` (same keys, same order; no endOffset).
        if (type !== null) tokens.push({ image: text.substring(p, p + length), startOffset: p, tokenTypeIdx: type.tokenTypeIdx as number, tokenType: type });
        p += length;
        continue;
      }
      // Chevrotain's recovery: drop characters until some token matches again (or the text ends).
      const start = p;
      do p++;
      while (p < n && matchAt(text, p) < 0);
      errors.push({ offset: start, line: undefined, column: undefined, length: p - start, message: unexpectedCharacters(text, start, p - start) });
    }
    return { tokens, groups: {}, errors };
  };
}

/** The scanner for the action-diagram tokens: a drop-in for `actionDiagramLexer.tokenize`. */
export const scanActionDiagram: Scanner = createScanner(allTokens);
