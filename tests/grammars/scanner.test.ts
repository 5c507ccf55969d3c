// The hand-written scanner (grammars/scanner.ts) against its oracle, the Chevrotain lexer of grammars/lexer.ts:
// every own field of every token and lexing error must be identical, on the units the syntax layer tokenizes for
// the fixtures, examples and seeds, on every line and whole file of them, on edge cases and on a seeded fuzz.
import { describe, expect, it, vi } from 'vitest';
import { createRng } from '../../src/sample/prng.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import type { ILexingResult, ITokenConfig, TokenType } from 'chevrotain';
import { createToken, Lexer } from '../../grammars/chevrotain.js';
import { actionDiagramLexer, lexerConfig } from '../../grammars/lexer.js';
import { createScanner, scanActionDiagram, type Scanner } from '../../grammars/scanner.js';
import * as T from '../../grammars/tokens.js';
import { parseSource } from '../../src/syntax/index.js';
import { findExamplesDir } from '../syntax/examples-dir.js';

// Records every text the syntax layer hands to the lexer (tokenize and parseUnit of run-parser.ts).
const seen = vi.hoisted(() => ({ units: [] as string[] }));
vi.mock('../../src/syntax/run-parser.js', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../src/syntax/run-parser.js')>();
  return {
    ...mod,
    tokenize: (text: string) => {
      seen.units.push(text);
      return mod.tokenize(text);
    },
    parseUnit: (...args: Parameters<typeof mod.parseUnit>) => {
      seen.units.push(args[0]);
      return mod.parseUnit(...args);
    },
  };
});

/** Every own key and value of every token and error, in key order (token types by name and identity index). */
function signature(r: ILexingResult): string {
  const entries = (o: object) =>
    Object.entries(o).map(([k, v]) => [k, k === 'tokenType' ? `${(v as TokenType).name}#${(v as TokenType).tokenTypeIdx}` : v === undefined ? '<undefined>' : v]);
  return JSON.stringify({ tokens: r.tokens.map(entries), errors: r.errors.map(entries), groups: r.groups });
}

/** The texts on which `scan` and `lexer` disagree, with both results (the first few only). */
function differences(texts: Iterable<string>, scan: Scanner = scanActionDiagram, lexer: Lexer = actionDiagramLexer) {
  const out: { text: string; lexer: string; scanner: string }[] = [];
  for (const text of texts) {
    const a = signature(lexer.tokenize(text));
    const b = signature(scan(text));
    if (a !== b && out.length < 5) out.push({ text, lexer: a, scanner: b });
  }
  return out;
}

/** The concrete token types produced by the oracle on `texts` (to prove the inputs cover every token). */
function producedTypes(texts: Iterable<string>): Set<string> {
  const names = new Set<string>();
  for (const text of texts) for (const t of actionDiagramLexer.tokenize(text).tokens) names.add(t.tokenType.name);
  return names;
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const examples = findExamplesDir();
const folders = [`${root}fixtures`, `${root}seeds`, ...(examples ? [examples] : [])];
const files = folders.flatMap((cwd) => fg.sync('**/*', { cwd, absolute: true }));

/** A keyword's canonical spelling from its pattern (`/IS[ \t]+NULL\b/i` → `IS NULL`, `/WHICH[ \t]+IMPORTS[ \t]*:?/i` → `WHICH IMPORTS:`). */
function phraseOf(t: TokenType): string {
  const phrase = (t.PATTERN as RegExp).source
    .replace(/\[ \\t\]\+/g, ' ')
    .replace(/\[ \\t\]\*/g, '')
    .replace(/\\b/g, '')
    .replace(/:\?/g, ':');
  if (!/^[A-Za-z0-9_ :]+$/.test(phrase)) throw new Error(`phraseOf: extend it for ${t.name} (${phrase})`);
  return phrase;
}

// By value: tokens.ts may create its tokens with another copy of the Chevrotain runtime than the one imported here.
const isNA = (t: TokenType) => t.PATTERN instanceof RegExp && t.PATTERN.source === Lexer.NA.source;
const keywords = T.allTokens.filter((t) => !isNA(t) && t.PATTERN instanceof RegExp && /^[A-Za-z]/.test(t.PATTERN.source));
const mixedCase = (s: string) => [...s].map((c, i) => (i % 2 ? c.toUpperCase() : c.toLowerCase())).join('');
const titleCase = (s: string) => s.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());

function keywordCases(): string[] {
  const out: string[] = [];
  for (const t of keywords) {
    const phrase = phraseOf(t);
    const spellings = [phrase, phrase.toLowerCase(), mixedCase(phrase), titleCase(phrase)];
    const spaced = [phrase.replace(/ /g, '  '), phrase.replace(/ /g, '\t'), phrase.replace(/ /g, ' \t '), phrase.replace(/ /g, '\u00a0'), phrase.replace(/ /g, '\n')];
    for (const s of [...spellings, ...spaced]) {
      for (const [before, after] of [['', ''], ['', 'X'], ['', 'x'], ['', '_x'], ['', '1'], ['', ' x'], ['', '\tY'], ['', '.'], ['', '('], ['', ':'], ['x', ''], ['_', ''], ['1', ''], ['a ', ' b'], ['(', ')'], ['"', '"']]) {
        out.push(`${before}${s}${after}`);
      }
    }
    out.push(phrase.replace(/ /g, ''), phrase.replace(/:$/, ''), phrase.replace(/:$/, ' :'), phrase.replace(/:$/, '  '), `${phrase}:`);
  }
  return out;
}

const HAND_CASES = [
  '', ' ', '\t', '\u00a0', '\ufeff', '\u00a0\ufeff \t\r\n\f\v', 'SETX', 'SET X', 'SET_X', 'SET1', 'SETé', 'IS_x', 'isequal', 'ISEQUAL', 'IS  EQUAL\tTO',
  'IS EQUAL TOO', 'IS EQUAL TO_', 'IS EQUAL', 'IS GREATER OR EQUAL', 'IS GREATER OR EQUAL TO1', 'is not null', 'IS NOT NULLS', 'ELSEIF', 'ELSE IF', 'ELSE\tIF',
  'ELSEIFS', 'elseif', 'ELSE  IFX', 'WHICH IMPORTS:', 'WHICH IMPORTS :', 'WHICH IMPORTS', 'WHICH IMPORTSX', 'WHICH IMPORTS  ', 'which exports:x', 'WHICH\tIMPORTS\t:',
  'EXIT STATE IS', 'EXIT STATE ISX', 'EXIT  STATE', 'EXITSTATE', 'EXITSTATES', 'CURRENT_DATE', 'CURRENT_DATEX', 'CURRENT_TIMESTAMP', 'CURRENT_TIMES', 'CURRENT_',
  'CURRENT', 'current_date', 'USER_ID', 'USER_IDS', 'USE', 'USER', 'USING', 'TERMINAL ID', 'terminal id', 'TERMINAL IDX', 'PRINTER TERMINAL', 'PRINTER_ID',
  '1.', '1.5.2', '007abc', '0.21', '1099_locate_request_nf', '1.5abc', '12ab.5', '1_', '_1', '_', '9', '1..2', '.5', '1.x', '123 456',
  '"a"', '""', '"""', '""""', '"a""b"', '"a""', '"a""b', '"say ""hi"""', '"open', '"', 'x "a" "b', '"a"""b"', '"\n"', '"é"',
  '§', '@', '#', 'a @ b', 'a§§b', '@@@', '@ ', '#1', '$x', '!', 'é', 'ı', 'ſ', '\u212a', '😀', 'x😀y', '\ud800', 'a\u0000b', '~`^&|;?[]{}\\\'',
  '**', '***', '* *', '>=', '<=', '<>', '=>', '=<', '><', '>>', '< >', '-1', '+.5', 'a/b', 'a:b', 'a,b', '(a)', 'x**2', 'x*-y',
  'SET export_x total TO import_y total + 1', 'MOVE a TO b', 'IF a IS EQUAL TO b', 'READ EACH x WHERE DESIRED x number = CURRENT_DATE',
  'FOR EACH g TARGETING h FROM THE BEGINNING UNTIL FULL', 'USE cab_x WHICH IMPORTS: Entity View a WHICH EXPORTS: Work View b',
];

function fuzzTexts(count: number, seed: number, extraWords: string[] = []): string[] {
  const rng = createRng(seed); // the sample generator's seeded PRNG: the same fuzz inputs on every run
  const rnd = (): number => rng.next();
  const pick = <V>(xs: readonly V[]): V => xs[Math.floor(rnd() * xs.length)] as V;
  const words = [...new Set(keywords.flatMap((t) => phraseOf(t).split(/[ :]/)).filter(Boolean)), ...extraWords];
  const idents = ['a', 'x1', '_', 'export_x', 'imp', 'CURRENT_', '1099_x', 'setting', 'ISX', 'es', 'to'];
  const numbers = ['0', '1', '42', '1.5', '007', '1.', '.5', '3.14.15'];
  const punct = ['(', ')', ',', '**', '*', '/', '+', '-', '.', ':', '>=', '<=', '<>', '>', '<', '=', '"', '""', '"ab"', '"a""b'];
  const junk = ['§', '@', '#', '$', '!', '?', ';', 'é', 'ı', '\u212a', '😀', '\ud800', '\u0000', '\u00a0', '\ufeff', '\\', '~'];
  const seps = ['', ' ', ' ', ' ', '  ', '\t', ' \t', '\n', '\r\n'];
  const caseOf = (w: string) => pick([w, w.toLowerCase(), mixedCase(w), w]);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    const n = 1 + Math.floor(rnd() * 12);
    for (let j = 0; j < n; j++) {
      const r = rnd();
      const frag = r < 0.45 ? caseOf(pick(words)) : r < 0.6 ? pick(idents) : r < 0.7 ? pick(numbers) : r < 0.88 ? pick(punct) : pick(junk);
      s += frag + pick(seps);
    }
    out.push(s);
  }
  return out;
}

describe('scanner vs Chevrotain lexer', () => {
  it('detects any difference in the compared fields (the comparison can fail)', () => {
    const base = actionDiagramLexer.tokenize('SET a TO "b" @ c');
    const same = (r: ILexingResult) => signature(r) === signature(base);
    const clone = (): ILexingResult => ({ tokens: base.tokens.map((t) => ({ ...t })), errors: base.errors.map((e) => ({ ...e })), groups: {} });
    expect(base.tokens.length).toBe(5);
    expect(base.errors.length).toBe(1);
    expect(same(clone())).toBe(true);
    const mutations: ((r: ILexingResult) => void)[] = [
      (r) => ((r.tokens[1] as any).image = 'b'),
      (r) => ((r.tokens[1] as any).startOffset = 5),
      (r) => ((r.tokens[1] as any).tokenTypeIdx = 0),
      (r) => ((r.tokens[1] as any).tokenType = T.Set),
      (r) => ((r.tokens[1] as any).endOffset = 4),
      (r) => (r.tokens[1] = { tokenType: T.Identifier, image: 'a', startOffset: 4, tokenTypeIdx: T.Identifier.tokenTypeIdx } as any),
      (r) => r.tokens.pop(),
      (r) => ((r.errors[0] as any).length = 2),
      (r) => ((r.errors[0] as any).offset = 1),
      (r) => ((r.errors[0] as any).line = 1),
      (r) => ((r.errors[0] as any).message = 'x'),
      (r) => delete (r.errors[0] as any).column,
      (r) => r.errors.pop(),
    ];
    for (const mutate of mutations) {
      const r = clone();
      mutate(r);
      expect(same(r)).toBe(false);
    }
  });

  it('agrees on every unit the syntax layer tokenizes for the fixtures, seeds and examples', () => {
    seen.units.length = 0;
    for (const file of files) parseSource(readFileSync(file), { file });
    const units = [...seen.units];
    expect(units.length).toBeGreaterThan(10_000);
    expect(differences(units)).toEqual([]);
  });

  it('agrees on every line and every whole file of the fixtures, seeds and examples', () => {
    const texts: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      texts.push(text, ...text.split('\n'));
    }
    expect(files.length).toBeGreaterThan(400);
    expect(differences(texts)).toEqual([]);
    const errors = texts.reduce((n, t) => n + actionDiagramLexer.tokenize(t).errors.length, 0);
    expect(errors).toBeGreaterThan(0);
  });

  it('agrees on every keyword in every case, glued, spaced and surrounded, and on hand-written edge cases', () => {
    const texts = [...keywordCases(), ...HAND_CASES];
    expect(differences(texts)).toEqual([]);
    // The inputs produce every concrete token type (WhiteSpace is skipped, so it never appears as a token).
    const concrete = T.allTokens.filter((t) => !isNA(t) && t !== T.WhiteSpace).map((t) => t.name);
    expect([...producedTypes(texts)].sort()).toEqual([...concrete].sort());
  });

  it('agrees on a seeded fuzz of keyword fragments, identifiers, numbers, punctuation and junk', () => {
    const texts = fuzzTexts(5000, 20240611);
    expect(differences(texts)).toEqual([]);
    const errors = texts.reduce((n, t) => n + actionDiagramLexer.tokenize(t).errors.length, 0);
    expect(errors).toBeGreaterThan(500);
  });
});

/** Copies of `list` made with the Chevrotain runtime imported here (categories and longer_alt mapped to the copies). */
function cloneTokens(list: readonly TokenType[]): { clones: TokenType[]; of: Map<TokenType, TokenType> } {
  const of = new Map<TokenType, TokenType>();
  const make = (t: TokenType): TokenType => {
    const done = of.get(t);
    if (done) return done;
    const config: ITokenConfig = { name: t.name, pattern: isNA(t) ? Lexer.NA : t.PATTERN };
    if (t.GROUP !== undefined) config.group = t.GROUP;
    if (t.CATEGORIES && t.CATEGORIES.length > 0) config.categories = t.CATEGORIES.map(make);
    const alt = t.LONGER_ALT;
    if (alt !== undefined) config.longer_alt = Array.isArray(alt) ? alt.map(make) : make(alt);
    const clone = createToken(config);
    of.set(t, clone);
    return clone;
  };
  return { clones: list.map(make), of };
}

describe('createScanner', () => {
  it('derives its tables from the token list: added keywords and punctuation scan like a lexer built from them', () => {
    // The token set is rebuilt with the Chevrotain runtime imported here, so that new tokens and lexer share one.
    const { clones, of } = cloneTokens(T.allTokens);
    const keyword = of.get(T.Keyword) as TokenType;
    const identifier = of.get(T.Identifier) as TokenType;
    const kw = (name: string, pattern: RegExp) => createToken({ name, pattern, longer_alt: identifier, categories: [keyword] });
    const added = [
      kw('FooBarBaz', /FOO[ \t]+BAR[ \t]*BAZ\b/i),
      kw('Curr', /CURR/), // before CurrentDate: shadows it (`CURRENT_DATE` becomes an Identifier in Chevrotain too)
      kw('Sett', /SETT/),
      kw('Setts', /SETTS?\b/i),
      createToken({ name: 'Bare', pattern: /ZAP/ }), // no longer_alt: `ZAPPED` is ZAP + PED
    ];
    const semi = createToken({ name: 'Semi', pattern: /;/ });
    const bang = createToken({ name: 'BangEq', pattern: /!=/ });
    const ids = T.allTokens.indexOf(T.NumberLiteral);
    const tox = kw('Tox', /TOX/); // after To (/TO\b/i), which fails on `TOX` and lets it match
    const extended = [...added, ...clones.slice(0, ids), tox, bang, semi, ...clones.slice(ids)];
    // skipValidations: Chevrotain would reject `Curr` for shadowing CURRENT*, but still lexes with it (the case tested).
    const lexer = new Lexer(extended, { ...lexerConfig, skipValidations: true });
    const scan = createScanner(extended);
    const texts = [
      ...fuzzTexts(3000, 7, ['FOO', 'BAR', 'BAZ', 'BARBAZ', 'CURR', 'CURRENT_DATE', 'SETT', 'SETTS', 'SETTING', 'ZAP', 'ZAPPED', 'TOX', 'TOXIC', ';', '!=', '!']),
      'FOO BAR BAZ', 'foo barbaz', 'FOO BAR BAZX', 'CURRENT_DATE', 'CURR', 'SETTS', 'setts', 'SETT', 'SETTX', 'ZAPPED', 'TOX', 'tox', 'a != b; c ! d',
    ];
    expect(differences(texts, scan, lexer)).toEqual([]);
    const types = new Set(texts.flatMap((t) => lexer.tokenize(t).tokens.map((k) => k.tokenType.name)));
    for (const name of ['FooBarBaz', 'Curr', 'Sett', 'Setts', 'Bare', 'Tox', 'Semi', 'BangEq']) expect(types).toContain(name);
    // The clones alone scan like the lexer built from them, and unlike the extended lexer.
    expect(differences(texts.slice(0, 500), createScanner(clones), new Lexer(clones, lexerConfig))).toEqual([]);
    expect(differences(['a != b; c ZAPPED'], createScanner(clones), lexer)).not.toEqual([]);
  });

  it('refuses token patterns it does not implement instead of diverging', () => {
    const base = T.allTokens;
    const bad = [
      createToken({ name: 'Alt', pattern: /FOO|BAR/ }),
      createToken({ name: 'Uni', pattern: /FOO/u }),
      createToken({ name: 'Cls', pattern: /[!?]/ }),
      createToken({ name: 'Custom', pattern: (text: string) => /^x/.exec(text), line_breaks: false }),
      createToken({ name: 'Grouped', pattern: /;/, group: 'comments' }),
      createToken({ name: 'Alt2', pattern: /FOO/, longer_alt: T.NumberLiteral }),
    ];
    for (const t of bad) expect(() => createScanner([t, ...base])).toThrow(/grammars\/scanner\.ts/);
    expect(() => createScanner(base.filter((t) => t !== T.UnterminatedString))).toThrow(/UnterminatedString/);
    expect(() => createScanner([...base.filter((t) => t !== T.Identifier), T.Identifier, T.And])).toThrow(/keywords before/);
  });
});
