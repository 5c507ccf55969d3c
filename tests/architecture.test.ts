// Enforces the layering of style.md §1: Chevrotain only in grammars/ and src/syntax, ts-morph only in
// src/generate, fs writes only in src/cli/io.ts, fs reads only in src/model/source-reader.ts, CLI → public API.
import { describe, expect, it } from 'vitest';
import fg from 'fast-glob';
import { readFileSync } from 'node:fs';

const files = fg.sync(['src/**/*.ts', 'grammars/**/*.ts'], { ignore: ['**/*.d.ts'] });

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  );
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

  it('lets the CLI use the library only through the public API', () => {
    const offenders = files.filter(
      (f) => f.startsWith('src/cli/') && importsOf(f).some((s) => /^\.\.?\/(\.\.\/)*(syntax|ast|model|analysis|generate|report)\//.test(s)),
    );
    expect(offenders).toEqual([]);
  });
});
