// A small, dependency-free glob matcher for config chain rules (`glob` key): `**`, `*`, `?`, `{a,b}`, `[...]`.
// fast-glob lists files on disk; this only tests a relative `/`-separated path against a pattern, with no I/O.

/** Result of compiling a glob: the regular expression, or an error message saying why it is invalid. */
export type CompiledGlob = { ok: true; regex: RegExp } | { ok: false; error: string };

const SPECIAL = /[.+^$()|\\]/;

/**
 * Compile a glob to an anchored regular expression over `/`-separated paths.
 * `**` matches any number of path segments (also none), `*` anything but `/`, `?` one character but `/`,
 * `{a,b}` alternatives (nestable), `[abc]` / `[!abc]` character classes. Matching is case-sensitive, like fast-glob.
 */
export function compileGlob(glob: string): CompiledGlob {
  let out = '';
  let braceDepth = 0;
  let i = 0;
  while (i < glob.length) {
    const c = glob[i] as string;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atSegmentStart = i === 0 || glob[i - 1] === '/';
        const atSegmentEnd = i + 2 === glob.length || glob[i + 2] === '/';
        if (atSegmentStart && glob[i + 2] === '/') {
          out += '(?:[^/]*/)*';
          i += 3;
          continue;
        }
        if (atSegmentStart && atSegmentEnd) {
          out += '.*';
          i += 2;
          continue;
        }
        out += '[^/]*';
        i += 2;
        continue;
      }
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '{') {
      braceDepth++;
      out += '(?:';
    } else if (c === '}' && braceDepth > 0) {
      braceDepth--;
      out += ')';
    } else if (c === ',' && braceDepth > 0) {
      out += '|';
    } else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) return { ok: false, error: `unclosed '[' at position ${i + 1}` };
      let body = glob.slice(i + 1, end);
      if (body.startsWith('!')) body = `^${body.slice(1)}`;
      out += `[${body.replace(/\\/g, '\\\\')}]`;
      i = end;
    } else if (SPECIAL.test(c)) {
      out += `\\${c}`;
    } else {
      out += c;
    }
    i++;
  }
  if (braceDepth > 0) return { ok: false, error: "unclosed '{'" };
  try {
    return { ok: true, regex: new RegExp(`^${out}$`) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
