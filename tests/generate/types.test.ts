// Attribute typing: the type map (seeds/type-map.json), ief_supplied, config domains, inference from use, the money
// naming rule, `unknown` with a TODO, the counts, and the rule that money is never a bare `number`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Expression, Reference } from '../../src/index.js';
import {
  DEFAULT_TYPE_MAP, generateTypeScript, isTypeExpression, parseDomain, parseTypeMapOverride, type AttributeType,
} from '../../src/generate/index.js';
import { defaultConfig } from '../../src/model/config-defaults.js';
import { bin, block, cmp, exitState, num, set, span, str, workView } from '../ast/builders.js';
import { compileErrors, fileAt, workspaceOf } from './helpers.js';

const r = (view: string, type: string, attribute: string): Reference => ({
  kind: 'Reference', qualifier: null, view, type, attribute, section: 'imports', resolved: true, words: [view, type, attribute], span,
});
const t = (a: string): Reference => r('import', 'ih_typing', a);
const special = (name: 'CURRENT_DATE' | 'CURRENT_TIMESTAMP'): Expression => ({ kind: 'Special', name, span });
const setR = (target: Reference, value: Expression) => ({ ...set('x', value), target });
const ifR = (condition: Expression) => ({ kind: 'If' as const, number: null, line: 1, span, condition, then: [exitState('ok')], elseIfs: [], else: null, elseLine: null });

const TYPING_ATTRS = ['code', 'factor', 'ratio', 'label', 'year', 'stamp', 'day', 'gross_amount', 'refund_amt', 'domained_value', 'big_id', 'small', 'when_time', 'mystery'];

function typingEstate(domains: Record<string, string> = {}) {
  const config = defaultConfig();
  config.domains = {
    'ih_typing.domained_value': 'Number(15,2)',
    'ih_typing.big_id': 'Number(18)',
    small: 'Number(5)',
    'ih_typing.when_time': 'Time',
    ...domains,
  };
  const ab = block({
    name: 'IH_TYPING',
    views: {
      imports: [
        workView('import', 'ief_supplied', [], ['total_currency', 'count', 'flag', 'percentage']),
        workView('import', 'ih_typing', [], TYPING_ATTRS),
      ],
      exports: [],
      locals: [],
      entityActions: [],
    },
    statements: [
      setR(t('code'), str('A')),
      setR(t('factor'), bin(t('factor'), '*', num('0.5'))),
      setR(t('ratio'), bin(r('import', 'ief_supplied', 'total_currency'), '/', t('ratio'))),
      ifR(cmp(t('label'), 'IS EQUAL TO', str('X'))),
      setR(t('label'), r('import', 'ief_supplied', 'count')),
      ifR(cmp(t('year'), 'IS GREATER THAN', num('2001'))),
      setR(t('stamp'), special('CURRENT_TIMESTAMP')),
      setR(t('day'), special('CURRENT_DATE')),
      setR(t('refund_amt'), r('import', 'ief_supplied', 'count')),
    ],
  });
  return workspaceOf({ 'est/ih_typing.txt': [ab] }, config);
}

function typeOf(types: readonly AttributeType[], key: string): AttributeType {
  const found = types.find((x) => x.key === key);
  if (!found) throw new Error(`no ${key} among ${types.map((x) => x.key).join(', ')}`);
  return found;
}

describe('attribute types', () => {
  const out = generateTypeScript(typingEstate());
  const types = out.value.attributeTypes;

  it('types ief_supplied attributes by their known domains (reference §4.3)', () => {
    expect(typeOf(types, 'ief_supplied.total_currency')).toMatchObject({ tsType: 'Decimal', source: 'domain', reason: 'Number(15,2)' });
    expect(typeOf(types, 'ief_supplied.count')).toMatchObject({ tsType: 'number', source: 'domain' });
    expect(typeOf(types, 'ief_supplied.flag')).toMatchObject({ tsType: 'string', source: 'domain' });
    expect(typeOf(types, 'ief_supplied.percentage')).toMatchObject({ tsType: 'number', source: 'domain', reason: 'Number(3)' });
  });

  it('maps config domains: decimals or more than 15 digits → Decimal, else number; Time → GenTime', () => {
    expect(typeOf(types, 'ih_typing.domained_value').tsType).toBe('Decimal');
    expect(typeOf(types, 'ih_typing.big_id').tsType).toBe('Decimal');
    expect(typeOf(types, 'ih_typing.small')).toMatchObject({ tsType: 'number', source: 'domain' });
    expect(typeOf(types, 'ih_typing.when_time').tsType).toBe('GenTime');
  });

  it('infers from unambiguous use: string literal, decimal literal, arithmetic with a Decimal, special values', () => {
    expect(typeOf(types, 'ih_typing.code')).toMatchObject({ tsType: 'string', source: 'use' });
    expect(typeOf(types, 'ih_typing.factor')).toMatchObject({ tsType: 'Decimal', source: 'use' });
    expect(typeOf(types, 'ih_typing.ratio')).toMatchObject({ tsType: 'Decimal', source: 'use' });
    expect(typeOf(types, 'ih_typing.stamp')).toMatchObject({ tsType: 'GenTimestamp', source: 'use' });
    expect(typeOf(types, 'ih_typing.day')).toMatchObject({ tsType: 'GenDate', source: 'use' });
  });

  it('applies the money naming rule only where no domain decides, and over an integer use', () => {
    expect(typeOf(types, 'ih_typing.gross_amount')).toMatchObject({ tsType: 'Decimal', source: 'name' });
    expect(typeOf(types, 'ih_typing.refund_amt')).toMatchObject({ tsType: 'Decimal', source: 'name' });
  });

  it('types conflicting or missing evidence `unknown`, with a TODO comment and a warning', () => {
    expect(typeOf(types, 'ih_typing.label')).toMatchObject({ tsType: 'unknown', source: 'unknown', reason: 'conflicting use: integer, string' });
    expect(typeOf(types, 'ih_typing.year')).toMatchObject({ tsType: 'unknown', reason: 'numeric use, scale unknown' });
    expect(typeOf(types, 'ih_typing.mystery')).toMatchObject({ tsType: 'unknown', reason: 'no domain and no decisive use' });
    const text = fileAt(out.value.files, 'income-tax/typing.ts').content;
    expect(text).toContain('  // TODO(coolgen): domain of ih_typing.label unknown\n  /** Gen attribute `label`: conflicting use: integer, string. */\n  label: unknown;');
    expect(out.diagnostics.filter((d) => d.code === 'generate/unknown-type').map((d) => d.data?.key)).toEqual(['ih_typing.label', 'ih_typing.year', 'ih_typing.mystery']);
  });

  it('counts mapped, inferred and unknown attributes', () => {
    expect(out.value.stats.types).toEqual({ mapped: 8, inferred: 7, unknown: 3, inferredByName: 2 });
    expect(out.value.stats.types.mapped + out.value.stats.types.inferred + out.value.stats.types.unknown).toBe(4 + TYPING_ATTRS.length);
  });

  it('compiles, Decimal and the date types imported from the runtime', () => {
    expect(compileErrors(out.value.files)).toEqual([]);
    expect(fileAt(out.value.files, 'income-tax/typing.ts').content).toContain("import type { Decimal, GenDate, GenTime, GenTimestamp } from '../runtime/coolgen-runtime.js';");
  });

  it('lets a type map override a domain class and add domains; config domains override the type map', () => {
    const config = typingEstate({ 'ih_typing.code': 'Number(4)' });
    const custom = generateTypeScript(config, { typeMap: { types: { Date: 'string' }, domains: { 'ih_typing.mystery': 'Date', 'ih_typing.code': 'Text(1)' } } });
    expect(typeOf(custom.value.attributeTypes, 'ih_typing.mystery')).toMatchObject({ tsType: 'string', source: 'domain', reason: 'Date' });
    expect(typeOf(custom.value.attributeTypes, 'ih_typing.code')).toMatchObject({ tsType: 'number', source: 'domain', reason: 'Number(4)' });
  });
});

describe('money is never a bare number', () => {
  const words = DEFAULT_TYPE_MAP.moneyWords;
  const attrs = words.flatMap((w) => [`gross_${w}`, w]);
  const config = defaultConfig();
  config.domains = { 'money.cents_value': 'Number(11,2)', 'money.average': 'Decimal(9,4)' };
  const ab = block({
    name: 'LH_MONEY',
    views: { imports: [workView('import', 'money', [], [...attrs, 'cents_value', 'average'])], exports: [], locals: [], entityActions: [] },
    // Integer use everywhere: the money rule must still win over `number`.
    statements: attrs.map((a) => setR(r('import', 'money', a), bin(r('import', 'money', a), '+', num('1')))),
  });
  const out = generateTypeScript(workspaceOf({ 'est/money.txt': [ab] }, config));

  it('types every money-named attribute and every decimal domain Decimal', () => {
    const money = out.value.attributeTypes.filter((x) => x.key.startsWith('money.'));
    expect(money).toHaveLength(attrs.length + 2);
    expect(money.filter((x) => x.tsType !== 'Decimal')).toEqual([]);
    expect(fileAt(out.value.files, 'payroll/money.ts').content).not.toMatch(/:\s*number;/);
  });
});

describe('type map files', () => {
  it('seeds/type-map.json is the built-in default', () => {
    const seeds = JSON.parse(readFileSync('seeds/type-map.json', 'utf8')) as Record<string, unknown>;
    const parsed = parseTypeMapOverride(seeds, 'seeds/type-map.json');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.value).toEqual(DEFAULT_TYPE_MAP);
  });

  it('rejects a TS type that is not exactly one type expression, unknown keys and bad domains', () => {
    const bad = parseTypeMapOverride(
      { types: { Text: "string; process.exit(1); type X = ''", Blob: 'Buffer', Money: 'string' }, domains: { a: 'Huge(3)' }, colour: 1 },
      'tm.json',
    );
    expect(bad.diagnostics.map((d) => `${d.code} ${String(d.data?.key)}`).sort()).toEqual([
      'config/invalid-value domains.a',
      'config/invalid-value types.Money',
      'config/invalid-value types.Text',
      'config/unknown-key colour',
    ]);
    expect(bad.value.types).toEqual({ Blob: 'Buffer' });
  });

  it('accepts type expressions and reads Gen domains', () => {
    expect(['string', 'Decimal', "import('big.js').Big", 'string | null', 'Readonly<Record<string, number>>'].every(isTypeExpression)).toBe(true);
    expect(['', 'string;', 'string // x', 'a b', 'string\nexport {}', '{ a: 1 } }; alert(1); {'].some(isTypeExpression)).toBe(false);
    expect(parseDomain('Number(15,2)')).toEqual({ cls: 'Decimal', length: 15, decimals: 2 });
    expect(parseDomain('number (9)')).toEqual({ cls: 'Number', length: 9, decimals: null });
    expect(parseDomain('Text(10)')?.cls).toBe('Text');
    expect(parseDomain('Timestamp')?.cls).toBe('Timestamp');
    expect(parseDomain('Number(9,0)')?.cls).toBe('Number');
    expect(parseDomain('Quux')).toBeNull();
  });
});
