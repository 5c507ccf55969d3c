// Real migrated logic for the sample estate's five shared utilities (BSN elfproef, currency rounding, adding days,
// age in years, IBAN mod-97), written against whatever attribute names their generated contracts have.
import { num, text, type DemoBody, type Kit, type TestCase } from './demo-kit.js';
import type { Leaf } from './demo-shape.js';

/** Writes a genuine body for a block, or undefined when its contract lacks the attributes it needs. */
export type DemoRecipe = (kit: Kit) => DemoBody | undefined;

/** Local names the recipes declare; a block whose imports parameter has one of these gets the placeholder. */
export const RECIPE_LOCALS = ['bsn', 'sum', 'i', 'remainder', 'scale', 'rounded', 'start', 'shifted', 'result', 'born', 'on', 'age', 'iban', 'returnCode', 'message', 'ch', 'value'];

const INVALID = /invalid|incorrect|wrong|error|fail/i;

/** Join statement groups; undefined when one of them could not be written. */
function body(summary: string, groups: readonly (readonly string[] | undefined)[], cases: TestCase[]): DemoBody | undefined {
  if (groups.some((g) => g === undefined)) return undefined;
  return { summary, lines: groups.flatMap((g) => g ?? []), cases };
}

/** The expectations of a test case that exist in this contract. */
function expecting(pairs: readonly [Leaf | undefined, string][]): { leaf: Leaf; text: string }[] {
  return pairs.flatMap(([leaf, t]) => (leaf ? [{ leaf, text: t }] : []));
}

/** CAB_VALIDATE_BSN: 9 digits, Σ digit × (9..2) − last digit divisible by 11 (the elfproef). */
function validateBsn(k: Kit): DemoBody | undefined {
  const bsn = k.pick(k.imports, ['string'], /bsn|sofi|burgerservice/i);
  if (!bsn) return undefined;
  const code = k.pick(k.exports, ['number', 'decimal'], /return_?code|code$/i);
  const check = k.pick(k.exports, ['number', 'decimal', 'string'], /check|control/i, [code]);
  const ok = k.okState();
  const invalid = k.exitState(INVALID);
  const missing = k.exitState(/missing|empty|blank/i, invalid);
  const out = (indent: string, returnCode: number, checkDigit: string | number, exit: string | undefined): string[] | undefined =>
    k.ret([[code, num(returnCode)], [check, num(checkDigit)]], exit, indent);
  const c = (title: string, value: string, exitState: string | undefined, expected: [Leaf | undefined, string][]): TestCase => ({
    title,
    inputs: [{ leaf: bsn, value: text(value) }],
    ...(exitState !== undefined ? { exitState } : {}),
    expect: expecting(expected),
  });
  const cases = [
    c('a valid BSN passes the elfproef', '111222333', ok, [[code, '0'], [check, '0']]),
    c('a BSN failing the elfproef is invalid', '123456789', invalid, [[code, '4'], [check, '4']]),
    c('an empty BSN is missing', '   ', missing, [[code, '8']]),
    c('a BSN that is not 9 digits is invalid', '12345678A', invalid, [[code, '4']]),
  ];
  return body(
    `BSN elfproef: 9 digits, the first eight weighted 9..2, minus the last, must be divisible by 11.`,
    [
      [`const bsn = ${k.read(bsn)}.trim();`, `if (bsn === '') {`],
      out('  ', 8, 0, missing),
      ['}', `if (!/^\\d{9}$/.test(bsn)) {`],
      out('  ', 4, 0, invalid),
      ['}', 'let sum = 0;', 'for (let i = 0; i < 8; i++) sum += Number(bsn.charAt(i)) * (9 - i);', 'sum -= Number(bsn.charAt(8));', 'const remainder = ((sum % 11) + 11) % 11;', 'if (remainder !== 0) {'],
      out('  ', 4, 'remainder', invalid),
      ['}'],
      out('', 0, 0, ok),
    ],
    cases,
  );
}

/** CAB_ROUND_CURRENCY: round half away from zero (exact decimals) to cents, or to whole euros when asked. */
function roundCurrency(k: Kit): DemoBody | undefined {
  const amount = k.pick(k.imports, ['decimal'], /amount|bedrag|value/i);
  const decimals = k.pick(k.imports, ['number'], /decimals|scale|precision/i);
  const rounded = k.pick(k.exports, ['decimal'], /round|amount/i);
  if (!amount || !rounded) return undefined;
  const ok = k.okState();
  const invalid = k.contract.exitStates.find((s) => INVALID.test(s));
  const scaleLines = !decimals ? ['const scale = 2;'] : invalid ? [`const scale = ${k.read(decimals)};`, 'if (scale !== 0 && scale !== 2) {'] : [`const scale = ${k.read(decimals)} === 0 ? 0 : 2;`];
  const reject = decimals && invalid ? [...(k.ret([], invalid, '  ') ?? []), '}'] : [];
  const round = k.use('round');
  const c = (title: string, value: string, scale: number, exitState: string | undefined, expected?: string): TestCase => ({
    title,
    inputs: [{ leaf: amount, value: text(value) }, ...(decimals ? [{ leaf: decimals, value: num(scale) }] : [])],
    ...(exitState !== undefined ? { exitState } : {}),
    expect: expected === undefined ? [] : [{ leaf: rounded, text: expected }],
  });
  const cases = [c('half a cent rounds up', '2.345', 2, ok, '2.35'), c('half a cent rounds away from zero', '-2.345', 2, ok, '-2.35'), c('less than half a cent rounds down', '2.344', 2, ok, '2.34')];
  if (decimals) cases.push(c('whole euros round half away from zero', '2.5', 0, ok, '3'), c('negative whole euros', '-2.5', 0, ok, '-3'));
  if (decimals && invalid) cases.push(c('other numbers of decimals are refused', '1', 3, invalid));
  return body(
    `rounds half away from zero with the runtime's exact ${round}()${decimals ? ', to cents (2 decimals) or whole euros (0); the legacy 0-decimals path went through an integer field (truncating), the demo rounds there too' : ' to cents'}.`,
    [scaleLines, reject, [`const rounded = ${round}(${k.read(amount)}, scale);`], k.ret([[rounded, { expr: 'rounded', kind: 'decimal' }]], ok)],
    cases,
  );
}

/** CAB_ADD_DAYS_TO_DATE: calendar arithmetic in UTC, so no time zone or DST can shift the day. */
function addDaysToDate(k: Kit): DemoBody | undefined {
  const date = k.pick(k.imports, ['date'], /date|datum/i);
  const days = k.pick(k.imports, ['number'], /day|count|aantal/i);
  const result = k.pick(k.exports, ['date'], /date|datum/i);
  if (!date || !days || !result) return undefined;
  const ok = k.okState();
  const c = (title: string, from: string, n: number, expected: string): TestCase => ({
    title,
    inputs: [{ leaf: date, value: text(from) }, { leaf: days, value: num(n) }],
    ...(ok !== undefined ? { exitState: ok } : {}),
    expect: [{ leaf: result, text: expected }],
  });
  return body(
    'adds a (possibly negative) number of days to a date in UTC calendar arithmetic; a result outside the years 0000-9999 makes genDate() throw a RangeError.',
    [
      [
        `const start = ${k.read(date)};`,
        'const shifted = new Date(0);',
        `shifted.setUTCFullYear(Number(start.slice(0, 4)), Number(start.slice(5, 7)) - 1, Number(start.slice(8, 10)) + ${k.read(days)});`,
        `const result = ${k.use('genDate')}(shifted.toISOString().slice(0, 10));`,
      ],
      k.ret([[result, { expr: 'result', kind: 'date' }]], ok),
    ],
    [c('a leap day', '2024-02-28', 1, '2024-02-29'), c('over the year end', '2023-12-31', 1, '2024-01-01'), c('backwards', '2024-03-01', -1, '2024-02-29'), c('zero days', '2024-01-31', 0, '2024-01-31'), c('a whole year', '2023-01-01', 365, '2024-01-01')],
  );
}

/** CAB_CALC_AGE: whole years from the birth date to the reference date (a birthday not yet reached does not count). */
function calcAge(k: Kit): DemoBody | undefined {
  const birth = k.pick(k.imports, ['date'], /birth|geboorte|born/i);
  const on = k.pick(k.imports, ['date'], /date|peil|ref/i, [birth]);
  const age = k.pick(k.exports, ['number', 'decimal'], /age|leeftijd/i);
  if (!birth || !on || !age) return undefined;
  const ok = k.okState();
  const future = k.contract.exitStates.find((s) => /future|toekomst|before/i.test(s));
  const c = (title: string, born: string, at: string, exitState: string | undefined, expected: string): TestCase => ({
    title,
    inputs: [{ leaf: birth, value: text(born) }, { leaf: on, value: text(at) }],
    ...(exitState !== undefined ? { exitState } : {}),
    expect: [{ leaf: age, text: expected }],
  });
  const cases = [c('the day before the birthday', '1980-06-15', '2024-06-14', ok, '43'), c('on the birthday', '1980-06-15', '2024-06-15', ok, '44'), c('born on a leap day, in a common year', '2000-02-29', '2023-02-28', ok, '22')];
  if (future) cases.push(c('a birth date in the future', '2030-01-01', '2024-01-01', future, '0'));
  return body(
    'age in whole years between the birth date and the reference date (ISO dates compare as text).',
    [
      [`const born = ${k.read(birth)};`, `const on = ${k.read(on)};`],
      ...(future ? [['if (on < born) {'], k.ret([[age, num(0)]], future, '  '), ['}']] : []),
      ['let age = Number(on.slice(0, 4)) - Number(born.slice(0, 4));', 'if (on.slice(5) < born.slice(5)) age -= 1;'],
      k.ret([[age, num('age')]], ok),
    ],
    cases,
  );
}

/** SI_VALIDATE_IBAN: the legacy Dutch checks (NL, 18 characters, numeric check digits) plus the ISO 13616 mod-97 check. */
function validateIban(k: Kit): DemoBody | undefined {
  const iban = k.pick(k.imports, ['string'], /iban|account|rekening/i);
  if (!iban) return undefined;
  const code = k.pick(k.exports, ['number', 'decimal'], /code/i);
  const message = k.pick(k.exports, ['string'], /text|message|msg|reason/i);
  const ok = k.okState();
  const invalid = k.exitState(INVALID);
  const fail = (returnCode: number, why: string): string[] => [`  returnCode = ${returnCode};`, `  message = ${text(why).expr};`];
  const c = (title: string, value: string, exitState: string | undefined, returnCode: string, why: string): TestCase => ({
    title,
    inputs: [{ leaf: iban, value: text(value) }],
    ...(exitState !== undefined ? { exitState } : {}),
    expect: expecting([[code, returnCode], [message, why]]),
  });
  return body(
    'IBAN check: Dutch (NL), 18 characters, numeric check digits, and the ISO 13616 mod-97 check.',
    [
      [`const iban = ${k.read(iban)}.replace(/\\s+/g, '').toUpperCase();`, 'let returnCode = 0;', "let message = '';", "if (iban.slice(0, 2) !== 'NL') {"],
      fail(4, 'GEEN NEDERLANDSE IBAN'),
      ['} else if (iban.length !== 18) {'],
      fail(8, 'ONJUISTE LENGTE'),
      ['} else if (!/^\\d{2}$/.test(iban.slice(2, 4))) {'],
      fail(8, 'CONTROLEGETAL NIET NUMERIEK'),
      ['} else if (!/^[A-Z0-9]+$/.test(iban)) {'],
      fail(8, 'ONGELDIGE TEKENS'),
      ['} else {', '  let remainder = 0;', '  for (const ch of iban.slice(4) + iban.slice(0, 4)) {', "    const value = ch >= 'A' && ch <= 'Z' ? ch.charCodeAt(0) - 55 : Number(ch);", '    remainder = (remainder * (value > 9 ? 100 : 10) + value) % 97;', '  }', '  if (remainder !== 1) {'],
      fail(8, 'CONTROLEGETAL ONJUIST').map((l) => `  ${l}`),
      ['  }', '}'],
      k.retExpr([[code, num('returnCode')], [message, { expr: 'message', kind: 'string' }]], `returnCode === 0 ? ${k.exitExpr(ok)} : ${k.exitExpr(invalid)}`),
    ],
    [
      c('a valid Dutch IBAN', 'NL91ABNA0417164300', ok, '0', ''),
      c('spaces and lower case are ignored', 'nl91 abna 0417 1643 00', ok, '0', ''),
      c('a wrong check digit fails mod-97', 'NL91ABNA0417164301', invalid, '8', 'CONTROLEGETAL ONJUIST'),
      c('a foreign IBAN is refused', 'DE89370400440532013000', invalid, '4', 'GEEN NEDERLANDSE IBAN'),
      c('a short IBAN', 'NL91ABNA041716430', invalid, '8', 'ONJUISTE LENGTE'),
    ],
  );
}

/** The genuine bodies, by canonical block name. */
export const DEMO_RECIPES: Readonly<Record<string, DemoRecipe>> = {
  CAB_VALIDATE_BSN: validateBsn,
  CAB_ROUND_CURRENCY: roundCurrency,
  CAB_ADD_DAYS_TO_DATE: addDaysToDate,
  CAB_CALC_AGE: calcAge,
  SI_VALIDATE_IBAN: validateIban,
};
