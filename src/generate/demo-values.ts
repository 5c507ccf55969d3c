// Writes TypeScript value expressions for the shapes of a block contract (demo-shape.ts): neutral values (strings
// empty, numbers 0, decimals the runtime's zero, dates a fixed day), with chosen leaves filled by given expressions.
import type { LeafKind, Shape } from './demo-shape.js';
import { stringLiteral } from './text-escape.js';

/** The runtime helpers a demo body or test may use. */
export type RuntimeHelper = 'NotMigratedError' | 'decimal' | 'round' | 'genDate' | 'genTime' | 'genTimestamp';

/** Returns the local name under which the module imports a runtime helper (and records that it is needed). */
export type UseRuntime = (name: RuntimeHelper) => string;

/** An expression and the kind of value it yields; it is converted to the kind of the leaf it fills. */
export interface Value {
  expr: string;
  kind: 'string' | 'number' | 'decimal' | 'date' | 'boolean';
}

/** How to render a value. */
export interface RenderOptions {
  use: UseRuntime;
  /** Values for some leaves, keyed by pathKey(path). */
  overrides?: ReadonlyMap<string, Value>;
  /** The block name with which function members (repository methods, adapters) throw NotMigratedError. */
  throwName?: string;
}

/** The fixed day, time and timestamp that neutral date values use. */
export const NEUTRAL_DATE = '2000-01-01';
const NEUTRAL_TIME = '00:00:00';
const NEUTRAL_TIMESTAMP = '2000-01-01T00:00:00.000000';
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const WIDTH = 110;

/** The key of a leaf path in RenderOptions.overrides. */
export function pathKey(path: readonly string[]): string {
  return JSON.stringify(path);
}

/** `base.a.b` for a path, with bracket access for names that are not identifiers. */
export function accessPath(base: string, path: readonly string[]): string {
  return base + path.map((p) => (IDENTIFIER.test(p) ? `.${p}` : `[${stringLiteral(p)}]`)).join('');
}

/**
 * A value expression of a shape, possibly over several lines (continuation lines start with `indent`). Undefined
 * when some part cannot be written (an `unsupported` type without an override).
 */
export function renderValue(shape: Shape, options: RenderOptions, indent = '', path: readonly string[] = []): string | undefined {
  const given = options.overrides?.get(pathKey(path));
  if (given && shape.kind !== 'object') {
    const converted = convert(given, shape.kind, options.use);
    if (converted !== undefined) return converted;
  }
  switch (shape.kind) {
    case 'object': {
      const parts: string[] = [];
      for (const m of shape.members) {
        const v = renderValue(m.shape, options, `${indent}  `, [...path, m.name]);
        if (v === undefined) return undefined;
        parts.push(v === m.name && IDENTIFIER.test(m.name) ? v : `${IDENTIFIER.test(m.name) ? m.name : stringLiteral(m.name)}: ${v}`);
      }
      if (parts.length === 0) return '{}';
      const inline = `{ ${parts.join(', ')} }`;
      if (!inline.includes('\n') && indent.length + inline.length <= WIDTH) return inline;
      return `{\n${parts.map((p) => `${indent}  ${p},`).join('\n')}\n${indent}}`;
    }
    case 'literal':
      return shape.text;
    case 'array':
      return '[]';
    case 'function':
      return `(): never => {\n${indent}  throw new ${options.use('NotMigratedError')}(${stringLiteral(options.throwName ?? 'UNKNOWN')});\n${indent}}`;
    case 'unsupported':
      return undefined;
    default:
      return neutral(shape.kind, options.use);
  }
}

/** The neutral value of a leaf kind. */
function neutral(kind: LeafKind, use: UseRuntime): string {
  switch (kind) {
    case 'string':
      return "''";
    case 'number':
      return '0';
    case 'boolean':
      return 'false';
    case 'bigint':
      return '0n';
    case 'decimal':
      return `${use('decimal')}('0')`;
    case 'date':
      return `${use('genDate')}(${stringLiteral(NEUTRAL_DATE)})`;
    case 'time':
      return `${use('genTime')}(${stringLiteral(NEUTRAL_TIME)})`;
    case 'timestamp':
      return `${use('genTimestamp')}(${stringLiteral(NEUTRAL_TIMESTAMP)})`;
    case 'js-date':
      return `new Date(${stringLiteral(`${NEUTRAL_DATE}T00:00:00Z`)})`;
    case 'null':
      return 'null';
    case 'unknown':
    case 'undefined':
      return 'undefined';
  }
}

/** `value` converted to a leaf kind, or undefined when there is no sensible conversion. */
export function convert(value: Value, kind: Shape['kind'], use: UseRuntime): string | undefined {
  const { expr } = value;
  if (kind === value.kind || kind === 'unknown') return expr;
  switch (kind) {
    case 'number':
      return value.kind === 'boolean' ? `(${expr} ? 1 : 0)` : value.kind === 'date' ? undefined : `Number(${expr})`;
    case 'decimal':
      return value.kind === 'number' || value.kind === 'string' ? `${use('decimal')}(${expr})` : undefined;
    case 'string':
      return value.kind === 'number' || value.kind === 'boolean' ? `String(${expr})` : expr;
    case 'date':
      return value.kind === 'string' ? `${use('genDate')}(${expr})` : undefined;
    case 'bigint':
      return value.kind === 'number' ? `BigInt(${expr})` : undefined;
    case 'boolean':
      return value.kind === 'number' ? `${expr} !== 0` : undefined;
    default:
      return undefined;
  }
}
