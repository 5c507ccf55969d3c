// The Gen domain → TypeScript type map: the built-in default (identical to seeds/type-map.json), reading an
// override file's JSON, parsing domain strings such as `Number(15,2)` and looking up an attribute's domain.
import { ts } from 'ts-morph';
import { createDiagnostic, type Diagnostic, type Result } from '../diagnostics/diagnostic.js';
import type { DomainClass, TypeMap, TypeMapOverride } from './types.js';

const DOMAIN_CLASSES: readonly DomainClass[] = ['Text', 'Number', 'Decimal', 'Date', 'Time', 'Timestamp', 'Blob'];

/** The built-in type map. seeds/type-map.json holds the same content (a test keeps them equal). */
export const DEFAULT_TYPE_MAP: TypeMap = {
  types: {
    Text: 'string',
    Number: 'number',
    Decimal: 'Decimal',
    Date: 'GenDate',
    Time: 'GenTime',
    Timestamp: 'GenTimestamp',
    Blob: 'Uint8Array',
  },
  domains: {
    // The supplied work set IEF_SUPPLIED (reference §4.3).
    'ief_supplied.state': 'Text(2)',
    'ief_supplied.person_name': 'Text(40)',
    'ief_supplied.count': 'Number(9)',
    'ief_supplied.total_real': 'Number(15,4)',
    'ief_supplied.total_currency': 'Number(15,2)',
    'ief_supplied.total_integer': 'Number(15)',
    'ief_supplied.percentage': 'Number(3)',
    'ief_supplied.average_real': 'Number(15,4)',
    'ief_supplied.average_currency': 'Number(11,2)',
    'ief_supplied.average_integer': 'Number(9)',
    'ief_supplied.flag': 'Text(1)',
    'ief_supplied.subscript': 'Number(9)',
    'ief_supplied.command': 'Text(80)',
    'ief_supplied.action_entry': 'Text(2)',
    'ief_supplied.select_char': 'Text(1)',
  },
  moneyWords: [
    'amount', 'amt', 'income', 'tax', 'rate', 'percentage', 'pct', 'currency', 'wage', 'salary', 'price', 'fee',
    'cost', 'allowance', 'deduction', 'deductions', 'due', 'balance', 'premium', 'contribution',
  ],
};

/** A parsed Gen domain. */
export interface ParsedDomain {
  /** The domain class the type map is keyed by (Number with decimals or more than 15 digits → Decimal). */
  cls: DomainClass;
  length: number | null;
  decimals: number | null;
}

/**
 * Parse a Gen domain as written in config: `Text`, `Text(10)`, `Character(1)`, `Varchar(80)`, `Number(9)`,
 * `Number(15,2)`, `Decimal(11,2)`, `Date`, `Time`, `Timestamp`, `Blob` (case-insensitive). Null when unreadable.
 */
export function parseDomain(domain: string): ParsedDomain | null {
  const m = /^\s*([A-Za-z ]+?)\s*(?:\(\s*(\d+)\s*(?:[,.]\s*(\d+)\s*)?\))?\s*$/.exec(domain);
  if (!m) return null;
  const word = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const length = m[2] !== undefined ? Number(m[2]) : null;
  const decimals = m[3] !== undefined ? Number(m[3]) : null;
  if (/^(text|character|char|varchar|varying text|string|alphanumeric|mixed text)$/.test(word)) return { cls: 'Text', length, decimals: null };
  if (/^(number|numeric|decimal|integer|packed decimal|zoned decimal)$/.test(word)) {
    const money = (decimals ?? 0) > 0 || (length ?? 0) > 15 || (word === 'decimal' && decimals === null);
    return { cls: money ? 'Decimal' : 'Number', length, decimals };
  }
  if (word === 'date') return { cls: 'Date', length: null, decimals: null };
  if (word === 'time') return { cls: 'Time', length: null, decimals: null };
  if (word === 'timestamp') return { cls: 'Timestamp', length: null, decimals: null };
  if (word === 'blob') return { cls: 'Blob', length: null, decimals: null };
  return null;
}

/** True when `text` is exactly one TypeScript type expression (no statement can be smuggled in through it). */
export function isTypeExpression(text: string): boolean {
  if (text.trim() === '' || /[;\n\r\u2028\u2029]|\/\/|\/\*/.test(text)) return false;
  const source = `type __T = ${text};`;
  const sf = ts.createSourceFile('t.ts', source, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const diags = (sf as unknown as { parseDiagnostics?: unknown[] }).parseDiagnostics ?? [];
  const first = sf.statements[0];
  return diags.length === 0 && sf.statements.length === 1 && first !== undefined && ts.isTypeAliasDeclaration(first) && first.type.end === source.length - 1;
}

/** Read a type-map file's parsed JSON; bad keys and values become config diagnostics naming the key. */
export function parseTypeMapOverride(json: unknown, file: string): Result<TypeMapOverride> {
  const diagnostics: Diagnostic[] = [];
  const bad = (key: string, message: string): void => {
    diagnostics.push(createDiagnostic('config/invalid-value', 'error', 'config', `${file}: ${key} ${message}`, undefined, { file, data: { key } }));
  };
  const value: TypeMapOverride = {};
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    bad('(root)', 'must be an object with "types", "domains" and/or "moneyWords"');
    return { value, diagnostics };
  }
  const obj = json as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!['types', 'domains', 'moneyWords', 'description', '$comment'].includes(key)) {
      diagnostics.push(createDiagnostic('config/unknown-key', 'error', 'config', `${file}: unknown key "${key}"`, undefined, { file, data: { key } }));
    }
  }
  if (obj.types !== undefined) {
    if (typeof obj.types !== 'object' || obj.types === null || Array.isArray(obj.types)) bad('types', 'must be an object of domain class → TS type');
    else {
      value.types = {};
      for (const [k, v] of Object.entries(obj.types)) {
        if (!DOMAIN_CLASSES.includes(k as DomainClass)) bad(`types.${k}`, `is not a domain class (${DOMAIN_CLASSES.join(', ')})`);
        else if (typeof v !== 'string' || !isTypeExpression(v)) bad(`types.${k}`, 'must be one TypeScript type expression');
        else value.types[k as DomainClass] = v;
      }
    }
  }
  if (obj.domains !== undefined) {
    if (typeof obj.domains !== 'object' || obj.domains === null || Array.isArray(obj.domains)) bad('domains', 'must be an object of attribute → Gen domain');
    else {
      value.domains = {};
      for (const [k, v] of Object.entries(obj.domains)) {
        if (typeof v !== 'string' || parseDomain(v) === null) bad(`domains.${k}`, 'must be a Gen domain such as "Text(10)" or "Number(15,2)"');
        else value.domains[k.toLowerCase()] = v;
      }
    }
  }
  if (obj.moneyWords !== undefined) {
    if (!Array.isArray(obj.moneyWords) || !obj.moneyWords.every((w) => typeof w === 'string')) bad('moneyWords', 'must be an array of words');
    else value.moneyWords = (obj.moneyWords as string[]).map((w) => w.toLowerCase());
  }
  return { value, diagnostics };
}

/** The effective type map: the default, then the override file, then the extra domains (config.domains, options). */
export function resolveTypeMap(override: TypeMapOverride | undefined, ...domainLayers: (Record<string, string> | undefined)[]): TypeMap {
  const domains: Record<string, string> = { ...DEFAULT_TYPE_MAP.domains };
  for (const layer of [override?.domains, ...domainLayers]) for (const [k, v] of Object.entries(layer ?? {})) domains[k.toLowerCase()] = v;
  return {
    types: { ...DEFAULT_TYPE_MAP.types, ...(override?.types ?? {}) },
    domains,
    moneyWords: override?.moneyWords ?? DEFAULT_TYPE_MAP.moneyWords,
  };
}

/** The domain configured for `type.attribute`, or for `attribute` alone; undefined when none. */
export function lookupDomain(map: TypeMap, type: string, attribute: string): string | undefined {
  return map.domains[`${type}.${attribute}`.toLowerCase()] ?? map.domains[attribute.toLowerCase()];
}

/** True when the attribute's last `_`-separated word is a money word of the naming rule. */
export function isMoneyName(map: TypeMap, attribute: string): boolean {
  const last = attribute.toLowerCase().split('_').filter(Boolean).pop();
  return last !== undefined && map.moneyWords.includes(last);
}
