// Gen names → TypeScript identifiers (PascalCase types, camelCase functions and properties) and kebab-case file
// names, with deterministic fixes for reserved words, leading digits and collisions, and output-path safety checks.

/** JavaScript/TypeScript reserved and strict-mode words that cannot name a function, variable or parameter. */
const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'implements interface let package private protected public static yield await arguments eval ' +
    'any boolean never number object string symbol undefined unknown bigint type namespace module declare abstract'
  ).split(' '),
);

/** Global and runtime type names a generated type must not shadow (a local `interface Date` would hide the global). */
const RESERVED_TYPES = new Set(
  (
    'Array Boolean Date Error Function JSON Map Math Number Object Promise Readonly ReadonlyArray Record Partial ' +
    'Pick Omit Required RegExp Set String Symbol BigInt Uint8Array Iterable AsyncIterable PromiseLike Exclude ' +
    'Extract NonNullable ReturnType Awaited Decimal GenDate GenTime GenTimestamp NotMigratedError'
  ).split(' '),
);

/** File names Windows cannot create (CON, NUL, COM1 ...), compared without extension. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** Split a Gen name into lower-case words: every run of ASCII letters and digits is a word (`..`, `/`, `_` split). */
export function nameWords(name: string): string[] {
  return (name.normalize('NFKD').match(/[A-Za-z0-9]+/g) ?? []).map((w) => w.toLowerCase());
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** PascalCase type name: `IH_CALC_BOX1_INCOME` → `IhCalcBox1Income`; leading digit → `N` prefix; globals → `_` suffix. */
export function toTypeName(name: string): string {
  const words = nameWords(name);
  let id = words.map(capitalise).join('') || 'Unnamed';
  if (/^[0-9]/.test(id)) id = `N${id}`;
  if (RESERVED_TYPES.has(id) || RESERVED.has(id)) id = `${id}_`;
  return id;
}

/** camelCase value name: `tax_year` → `taxYear`; leading digit → `n` prefix; reserved word → `_` suffix (`class_`). */
export function toValueName(name: string): string {
  const words = nameWords(name);
  let id = words.map((w, i) => (i === 0 ? w : capitalise(w))).join('') || 'unnamed';
  if (/^[0-9]/.test(id)) id = `n${id}`;
  if (RESERVED.has(id)) id = `${id}_`;
  return id;
}

/** camelCase property name: like toValueName, but reserved words are fine as property names (`import`, `class`). */
export function toPropertyName(name: string): string {
  const words = nameWords(name);
  let id = words.map((w, i) => (i === 0 ? w : capitalise(w))).join('') || 'unnamed';
  if (/^[0-9]/.test(id)) id = `n${id}`;
  return id;
}

/** UPPER_SNAKE key for a const object: `tax_calculation_ok` → `TAX_CALCULATION_OK`; leading digit → `_` prefix. */
export function toConstKey(name: string): string {
  const id = nameWords(name).join('_').toUpperCase() || 'UNNAMED';
  return /^[0-9]/.test(id) ? `_${id}` : id;
}

/** kebab-case file stem: `CALC_BOX1_INCOME` → `calc-box1-income`; never empty, never a Windows device name. */
export function toFileStem(name: string): string {
  let stem = nameWords(name).join('-').slice(0, 100).replace(/-+$/, '') || 'unnamed';
  if (WINDOWS_DEVICE.test(stem)) stem = `${stem}-block`;
  return stem;
}

/** True when a raw Gen name could address another folder if used as a path (`..`, `/`, `\`). */
export function isPathLike(name: string): boolean {
  return name.includes('..') || name.includes('/') || name.includes('\\');
}

/**
 * A relative output path is safe when it is `/`-separated, relative, has no empty, `.` or `..` segment and uses
 * only `[A-Za-z0-9._-]` characters: it can never leave the output folder.
 */
export function isSafeRelativePath(path: string): boolean {
  if (path.length === 0 || path.length > 400 || path.startsWith('/') || /^[A-Za-z]:/.test(path)) return false;
  const segments = path.split('/');
  return segments.every((s) => s !== '' && s !== '.' && s !== '..' && /^[A-Za-z0-9._-]+$/.test(s) && !s.startsWith('.'));
}

/** Join relative path segments and normalise `.`/`..` (posix); returns null when the result would leave the root. */
export function normaliseRelative(path: string): string | null {
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(seg);
  }
  return out.join('/');
}

/** The relative module specifier from one output file to another, with a `.js` suffix (`../shared/x.js`). */
export function moduleSpecifier(fromPath: string, toPath: string): string {
  const from = fromPath.split('/').slice(0, -1);
  const to = toPath.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const up = from.length - common;
  const rest = to.slice(common).join('/').replace(/\.ts$/, '.js');
  return up === 0 ? `./${rest}` : `${'../'.repeat(up)}${rest}`;
}

/**
 * Hands out unique names in one scope. The first request for a name gets it; later colliding requests get `_2`,
 * `_3`, ... Callers request in a deterministic order (sorted canonical names), so the result is deterministic.
 */
export class NameScope {
  private readonly used = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const r of reserved) this.used.add(r);
  }

  /** Reserve and return `base`, or the first free `base_N`. */
  take(base: string): string {
    let candidate = base;
    for (let n = 2; this.used.has(candidate); n++) candidate = `${base}_${n}`;
    this.used.add(candidate);
    return candidate;
  }

  has(name: string): boolean {
    return this.used.has(name);
  }
}
