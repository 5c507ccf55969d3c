// Validation of coolgen.config.json: every key of config-types.ts is checked, defaults fill the rest, and each
// problem is a `config/*` diagnostic naming the key path (e.g. `chains[1].regex`). Never throws on user input.
import { dirname, isAbsolute, join } from 'node:path';
import { createDiagnostic, type Diagnostic, type Result } from '../diagnostics/diagnostic.js';
import { DiagnosticCodes } from '../diagnostics/codes.js';
import type { ChainRule, ResolvedConfig } from './config-types.js';
import { defaultConfig } from './config-defaults.js';
import { compileGlob } from './glob.js';
import { compileNamePattern } from './name-pattern.js';

const TOP_KEYS = [
  '$schema', 'chains', 'defaultChain', 'include', 'exclude', 'procedureSteps', 'entryPoints', 'personalData',
  'typeMap', 'domains', 'progress', 'workerThreshold',
] as const;
const RULE_KEYS = ['chain', 'prefix', 'regex', 'glob', 'businessSystem'] as const;
const PROGRESS_KEYS = ['targetDate', 'backYearsUntil', 'testGlobs', 'maxDebtPct', 'verifyRule'] as const;
const VERIFY_RULES = ['import-or-reference', 'import', 'import-and-call'] as const;

/** Collects config diagnostics, each naming its key path and the config file. */
class Problems {
  readonly list: Diagnostic[] = [];
  constructor(private readonly source: string | null) {}
  invalid(key: string, message: string): undefined {
    this.add(DiagnosticCodes.configInvalidValue, key, message);
    return undefined;
  }
  unknown(key: string, allowed: readonly string[]): void {
    this.add(DiagnosticCodes.configUnknownKey, key, `unknown key (known keys: ${allowed.join(', ')})`);
  }
  private add(code: Diagnostic['code'], key: string, message: string): void {
    const extra = this.source === null ? { data: { key } } : { file: this.source, data: { key } };
    this.list.push(createDiagnostic(code, 'error', 'config', `${key}: ${message}`, undefined, extra));
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `the string ${JSON.stringify(value)}` : `${typeof value} ${JSON.stringify(value)}`;
}

function readString(p: Problems, key: string, value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return p.invalid(key, `must be a non-empty string, got ${describe(value)}`);
  return value;
}

function readStringList(p: Problems, key: string, value: unknown, check?: (s: string, k: string) => boolean): string[] | undefined {
  if (!Array.isArray(value)) return p.invalid(key, `must be an array of strings, got ${describe(value)}`);
  let ok = true;
  value.forEach((item, i) => {
    const s = readString(p, `${key}[${i}]`, item);
    if (s === undefined || (check !== undefined && !check(s, `${key}[${i}]`))) ok = false;
  });
  return ok ? (value as string[]) : undefined;
}

function checkGlob(p: Problems) {
  return (glob: string, key: string): boolean => {
    const compiled = compileGlob(glob);
    if (!compiled.ok) p.invalid(key, `invalid glob ${JSON.stringify(glob)}: ${compiled.error}`);
    return compiled.ok;
  };
}

function checkNamePattern(p: Problems) {
  return (pattern: string, key: string): boolean => {
    const compiled = compileNamePattern(pattern);
    if (!compiled.ok) p.invalid(key, compiled.error);
    return compiled.ok;
  };
}

function checkKeys(p: Problems, obj: Record<string, unknown>, allowed: readonly string[], prefix: string): void {
  for (const key of Object.keys(obj)) if (!allowed.includes(key)) p.unknown(`${prefix}${key}`, allowed);
}

function readChainRule(p: Problems, key: string, value: unknown): ChainRule | undefined {
  if (!isObject(value)) return p.invalid(key, `must be an object like {"chain": "income-tax", "prefix": "IH_"}, got ${describe(value)}`);
  checkKeys(p, value, RULE_KEYS, `${key}.`);
  const chain = readString(p, `${key}.chain`, value.chain);
  const rule: ChainRule = { chain: chain ?? '' };
  let ok = chain !== undefined;
  for (const k of ['prefix', 'regex', 'glob', 'businessSystem'] as const) {
    if (value[k] === undefined) continue;
    const s = readString(p, `${key}.${k}`, value[k]);
    if (s === undefined) ok = false;
    else rule[k] = s;
  }
  if (rule.regex !== undefined) {
    const compiled = compileNamePattern(`/${rule.regex}/`);
    if (!compiled.ok) {
      p.invalid(`${key}.regex`, compiled.error);
      ok = false;
    }
  }
  if (rule.glob !== undefined && !checkGlob(p)(rule.glob, `${key}.glob`)) ok = false;
  if (value.prefix === undefined && value.regex === undefined && value.glob === undefined) {
    p.invalid(key, 'needs at least one of "prefix", "regex" or "glob"');
    ok = false;
  }
  return ok ? rule : undefined;
}

function readDate(p: Problems, key: string, value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return p.invalid(key, `must be a date YYYY-MM-DD, got ${describe(value)}`);
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) return p.invalid(key, `${value} is not a calendar date`);
  return value;
}

function readProgress(p: Problems, value: unknown, target: ResolvedConfig['progress']): void {
  if (!isObject(value)) {
    p.invalid('progress', `must be an object, got ${describe(value)}`);
    return;
  }
  checkKeys(p, value, PROGRESS_KEYS, 'progress.');
  if (value.targetDate !== undefined) target.targetDate = readDate(p, 'progress.targetDate', value.targetDate) ?? target.targetDate;
  if (value.backYearsUntil !== undefined) target.backYearsUntil = readDate(p, 'progress.backYearsUntil', value.backYearsUntil) ?? target.backYearsUntil;
  if (value.testGlobs !== undefined) target.testGlobs = readStringList(p, 'progress.testGlobs', value.testGlobs, checkGlob(p)) ?? target.testGlobs;
  if (value.maxDebtPct !== undefined) {
    const n = value.maxDebtPct;
    if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > 100) p.invalid('progress.maxDebtPct', `must be a number from 0 to 100, got ${describe(n)}`);
    else target.maxDebtPct = n;
  }
  if (value.verifyRule !== undefined) {
    const rule = value.verifyRule;
    const known = VERIFY_RULES.find((r) => r === rule);
    if (known === undefined) p.invalid('progress.verifyRule', `must be one of ${VERIFY_RULES.join(', ')}, got ${describe(rule)}`);
    else target.verifyRule = known;
  }
}

function readDomains(p: Problems, value: unknown): Record<string, string> | undefined {
  if (!isObject(value)) return p.invalid('domains', `must be an object of attribute → Gen domain, got ${describe(value)}`);
  const out: Record<string, string> = {};
  let ok = true;
  for (const [k, v] of Object.entries(value)) {
    const s = readString(p, `domains.${k}`, v);
    if (s === undefined) ok = false;
    else out[k] = s;
  }
  return ok ? out : undefined;
}

/**
 * Validate a parsed coolgen.config.json (`json`; undefined = no file) and fill in the defaults.
 * `source` is the config file path (null for built-in defaults); `typeMap` is resolved relative to it.
 * The value is always a usable config (invalid keys keep their defaults); check the diagnostics for errors.
 */
export function loadConfig(json: unknown | undefined, source: string | null): Result<ResolvedConfig> {
  const config = defaultConfig(source);
  const p = new Problems(source);
  if (json === undefined) return { value: config, diagnostics: [] };
  if (!isObject(json)) {
    p.invalid('(root)', `must be a JSON object, got ${describe(json)}`);
    return { value: config, diagnostics: p.list };
  }
  checkKeys(p, json, TOP_KEYS, '');
  if (json.$schema !== undefined && typeof json.$schema !== 'string') p.invalid('$schema', 'must be a string');
  if (json.chains !== undefined) {
    if (!Array.isArray(json.chains)) p.invalid('chains', `must be an array of rules, got ${describe(json.chains)}`);
    else {
      const rules = json.chains.map((rule, i) => readChainRule(p, `chains[${i}]`, rule));
      if (rules.every((r) => r !== undefined)) config.chains = rules as ChainRule[];
    }
  }
  if (json.defaultChain !== undefined) config.defaultChain = readString(p, 'defaultChain', json.defaultChain) ?? config.defaultChain;
  for (const key of ['include', 'exclude'] as const) {
    if (json[key] !== undefined) config[key] = readStringList(p, key, json[key], checkGlob(p)) ?? config[key];
  }
  for (const key of ['procedureSteps', 'entryPoints'] as const) {
    if (json[key] !== undefined) config[key] = readStringList(p, key, json[key], checkNamePattern(p)) ?? config[key];
  }
  if (json.personalData !== undefined) config.personalData = readStringList(p, 'personalData', json.personalData) ?? config.personalData;
  if (json.typeMap !== undefined) {
    const typeMap = readString(p, 'typeMap', json.typeMap);
    if (typeMap !== undefined) config.typeMap = isAbsolute(typeMap) || source === null ? typeMap : join(dirname(source), typeMap);
  }
  if (json.domains !== undefined) config.domains = readDomains(p, json.domains) ?? config.domains;
  if (json.progress !== undefined) readProgress(p, json.progress, config.progress);
  if (json.workerThreshold !== undefined) {
    const n = json.workerThreshold;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) p.invalid('workerThreshold', `must be a whole number >= 0, got ${describe(n)}`);
    else config.workerThreshold = n;
  }
  return { value: config, diagnostics: p.list };
}

/**
 * Parse the text of a config file and validate it. Invalid JSON gives `config/invalid-json` with the
 * line and column when the JSON parser reports a position. A UTF-8 BOM is ignored.
 */
export function parseConfigText(text: string, source: string | null): Result<ResolvedConfig> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const extra = source === null ? {} : { file: source };
    const d = createDiagnostic(DiagnosticCodes.configInvalidJson, 'error', 'config', `not valid JSON: ${message}`, undefined, extra);
    return { value: defaultConfig(source), diagnostics: [d] };
  }
  return loadConfig(json, source);
}
