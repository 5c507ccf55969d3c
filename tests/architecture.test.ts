// Enforces the layering of style.md §1: Chevrotain only in grammars/ and src/syntax, ts-morph only in
// src/generate, fs writes only in src/cli/io.ts, fs reads only in src/model/source-reader.ts, CLI → public API
// (src/core.ts, or src/index.ts = core + generate), and src/generate (ts-morph) kept off the CLI's start-up path.
import { describe, expect, it } from 'vitest';
import fg from 'fast-glob';
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';

const files = fg.sync(['src/**/*.ts', 'grammars/**/*.ts'], { ignore: ['**/*.d.ts'] });

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  );
}

/** The modules of a relative specifier (`./x.js` → `src/.../x.ts`); null for a package or node: import. */
function resolveLocal(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const target = posix.normalize(posix.join(posix.dirname(from), specifier));
  const ts = target.replace(/\.js$/, '.ts');
  return existsSync(ts) ? ts : target;
}

/**
 * The imports that load a module when `file` is loaded: static `import`/`export ... from` and side-effect imports,
 * without `import type`/`export type` (erased by tsc) and without dynamic `import()` (loaded only when it runs).
 */
function staticImportsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)[ \t]*(?:import|export)\s+(type\s+)?[^'"();]*?from\s+['"]([^'"]+)['"]|(?:^|\n)[ \t]*import\s+['"]([^'"]+)['"]/g)) {
    if (m[1] === undefined) found.push(m[2] ?? m[3] ?? '');
  }
  return found;
}

/** The modules of the CLI that `generate`, `progress` and `pipeline` load on demand: the only CLI files that use src/generate. */
const CLI_RUNNERS = ['src/cli/commands/generate-run.ts', 'src/cli/commands/progress-run.ts', 'src/cli/commands/pipeline-run.ts'];

/** True for src/generate/** and for src/index.ts, which re-exports it. */
function loadsGenerate(module: string | null): boolean {
  return module !== null && (module.startsWith('src/generate/') || module === 'src/index.ts');
}

describe('architecture', () => {
  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('imports chevrotain only from grammars/ and src/syntax/', () => {
    const offenders = files.filter(
      (f) => importsOf(f).some((s) => s === 'chevrotain' || s.startsWith('@chevrotain/')) && !/^(grammars|src\/syntax)\//.test(f),
    );
    expect(offenders).toEqual([]);
  });

  it("loads Chevrotain's runtime only through grammars/chevrotain.ts (its bundle; the package entry costs ~270 ms)", () => {
    const offenders = files.filter((f) => staticImportsOf(f).includes('chevrotain') && f !== 'grammars/chevrotain.ts');
    expect(offenders).toEqual([]);
  });

  it('imports ts-morph only from src/generate/', () => {
    const offenders = files.filter((f) => importsOf(f).includes('ts-morph') && !f.startsWith('src/generate/'));
    expect(offenders).toEqual([]);
  });

  it('writes files only in src/cli/io.ts', () => {
    const writers = /\b(writeFileSync|writeFile|renameSync|appendFileSync|createWriteStream|mkdirSync|rmSync|unlinkSync)\b/;
    const offenders = files.filter((f) => f !== 'src/cli/io.ts' && writers.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('keeps the AST, analysis and reports free of I/O and parser libraries', () => {
    const offenders = files.filter(
      (f) => /^src\/(ast|analysis|report)\//.test(f) && importsOf(f).some((s) => /^(node:)?fs|chevrotain|ts-morph/.test(s)),
    );
    expect(offenders).toEqual([]);
  });

  it('lets the CLI use the library only through the public API (src/core.ts or src/index.ts)', () => {
    const offenders = files.flatMap((f) =>
      f.startsWith('src/cli/')
        ? importsOf(f)
            .map((s) => ({ s, target: resolveLocal(f, s) }))
            .filter(({ target }) => target !== null && !target.startsWith('src/cli/') && target !== 'src/core.ts' && target !== 'src/index.ts')
            .map(({ s }) => `${f} → ${s}`)
        : [],
    );
    expect(offenders).toEqual([]);
  });

  it('imports src/generate (directly or through src/index.ts) only from src/generate, src/index.ts and the CLI runners', () => {
    const allowed = (f: string): boolean => f.startsWith('src/generate/') || f === 'src/index.ts' || CLI_RUNNERS.includes(f);
    const offenders = files.flatMap((f) =>
      allowed(f) ? [] : importsOf(f).filter((s) => loadsGenerate(resolveLocal(f, s))).map((s) => `${f} → ${s}`),
    );
    expect(offenders).toEqual([]);
    // the runners exist (a rename would otherwise silently widen nothing and narrow nothing)
    expect(CLI_RUNNERS.filter((f) => !files.includes(f))).toEqual([]);
  });

  it('keeps src/generate and ts-morph out of the modules loaded when the CLI starts', () => {
    const seen = new Set<string>();
    const loaded: string[] = [];
    const queue = ['src/cli/main.ts'];
    while (queue.length > 0) {
      const file = queue.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const s of staticImportsOf(file)) {
        const target = resolveLocal(file, s);
        if (target === null) loaded.push(`${file} → ${s}`);
        else if (target.endsWith('.ts')) queue.push(target);
      }
    }
    expect(seen.size).toBeGreaterThan(50); // the walk really follows the imports (core alone is > 100 modules)
    expect([...seen].filter(loadsGenerate)).toEqual([]);
    expect(loaded.filter((l) => /→ (ts-morph|typescript)$/.test(l))).toEqual([]);
    expect(seen.has('src/core.ts')).toBe(true);
  });
});
