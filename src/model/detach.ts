// Copies of summary data that no longer hold on to the source text. V8 keeps a substring of 13 or more characters
// as a slice of its parent string, so one kept exit-state name or literal keeps the whole file's text alive;
// summaries are detached so that only the figures, not the inputs, stay in memory (measured on a 30 MB estate:
// 39.5 MB of summaries retained before, 20 MB after). The summary builders (metrics, summarise) detach each string
// where they take it from the AST; detachStrings copies whole values (views, file heads) in one go.

/** V8 makes substrings this long (or longer) slices of their parent; shorter ones are copies already. */
const SLICE_MIN_LENGTH = 13;

/** Detached copies, keyed by themselves: the same names and banner options recur in every block and file, and a
 *  lookup is cheaper than a copy (and the summaries then share one copy). Bounded: cleared when full; only strings
 *  up to INTERN_MAX_LENGTH characters are kept. Keys are the copies, so the table holds no source text. */
const interned = new Map<string, string>();
const INTERN_LIMIT = 8192;
const INTERN_MAX_LENGTH = 128;

/** A flat copy of `s` (JSON round trip: one flat string, smaller than the `(' ' + s).slice(1)` idiom, which
 *  leaves a slice header over a copy). For strings that will not recur (hashes), which the table would only churn. */
export function detachOnce(s: string): string {
  return s.length < SLICE_MIN_LENGTH ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/** A string equal to `s` that shares no memory with the string it was cut from. */
export function detachString(s: string): string {
  if (s.length < SLICE_MIN_LENGTH) return s;
  let copy = s.length > INTERN_MAX_LENGTH ? undefined : interned.get(s);
  if (copy === undefined) {
    copy = detachOnce(s);
    if (s.length <= INTERN_MAX_LENGTH) {
      if (interned.size >= INTERN_LIMIT) interned.clear();
      interned.set(copy, copy);
    }
  }
  return copy;
}

/** `detachString` for a value that may be null (or missing). */
export function detachNullable<T extends string | null | undefined>(s: T): T {
  return typeof s === 'string' ? (detachString(s) as T) : s;
}

/** The canonical (UPPER_CASE) form of a block name, detached. Call targets mostly differ from block to block, so
 *  they are copied, not looked up (toUpperCase returns a one-byte string itself when it is upper case already). */
export function canonicalName(raw: string): string {
  return detachOnce(raw.toUpperCase());
}

/** True when `item` needs detachStrings: a string that can be a slice, or an object or array that can hold one. */
function needsCopy(item: unknown): boolean {
  return typeof item === 'string' ? item.length >= SLICE_MIN_LENGTH : item !== null && typeof item === 'object';
}

/** A deep copy of plain data (objects, arrays, strings, numbers, booleans, null) with every string detached. */
export function detachStrings<T>(value: T): T {
  if (typeof value === 'string') return detachString(value) as T;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out: unknown[] = value.slice();
    for (let i = 0; i < out.length; i++) if (needsCopy(out[i])) out[i] = detachStrings(out[i]);
    return out as T;
  }
  // Spread first, then overwrite: adding many keys one by one with keyed stores would turn the copy into a
  // slow dictionary-mode object (several times larger). Numbers, booleans and short strings stay as spread.
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const key of Object.keys(out)) if (needsCopy(out[key])) out[key] = detachStrings(out[key]);
  return out as T;
}
