// Block-name patterns of the config (`procedureSteps`, `entryPoints`, chain `regex`): a plain name, compared
// case-insensitively with the canonical UPPER_CASE name, or `/regex/flags`, always case-insensitive.

/** A compiled pattern, or the reason it is invalid. */
export type CompiledNamePattern = { ok: true; test: (name: string) => boolean } | { ok: false; error: string };

const REGEX_FORM = /^\/(.*)\/([a-z]*)$/s;
const MAX_PATTERN_LENGTH = 1000;

/**
 * Compile one name pattern. `/.../` is a regular expression (flag `i` always added; `g` and `y` dropped because
 * they make `test` stateful); anything else is an exact block name. Invalid regexes return an error message.
 */
export function compileNamePattern(pattern: string): CompiledNamePattern {
  const m = REGEX_FORM.exec(pattern);
  if (m === null) {
    const upper = pattern.trim().toUpperCase();
    return { ok: true, test: (name) => name.toUpperCase() === upper };
  }
  const body = m[1] ?? '';
  if (body.length > MAX_PATTERN_LENGTH) return { ok: false, error: `regular expression longer than ${MAX_PATTERN_LENGTH} characters` };
  const flags = [...new Set(`${(m[2] ?? '').replace(/[gy]/g, '')}i`)].join('');
  try {
    const regex = new RegExp(body, flags);
    return { ok: true, test: (name) => regex.test(name) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `invalid regular expression ${JSON.stringify(pattern)}: ${reason}` };
  }
}

const cache = new Map<string, CompiledNamePattern>();

/** compileNamePattern with a small cache (patterns come from one config; the cache is cleared when it grows). */
export function getNamePattern(pattern: string): CompiledNamePattern {
  let compiled = cache.get(pattern);
  if (compiled === undefined) {
    if (cache.size > 1000) cache.clear();
    compiled = compileNamePattern(pattern);
    cache.set(pattern, compiled);
  }
  return compiled;
}

/** True when `name` matches any of the patterns (invalid patterns never match; the config validator reports them). */
export function matchesAnyNamePattern(patterns: readonly string[], name: string): boolean {
  return patterns.some((pattern) => {
    const compiled = getNamePattern(pattern);
    return compiled.ok && compiled.test(name);
  });
}
