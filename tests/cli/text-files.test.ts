// The CLI's shared text-file reader (src/cli/text-files.ts): folder listing with relative `/` paths, BOM handling,
// missing files versus unreadable ones.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readOptionalTextFile, readTextFile, readTextFolder } from '../../src/cli/text-files.js';

const root = mkdtempSync(join(tmpdir(), 'coolgen-text-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

mkdirSync(join(root, 'ts/income-tax'), { recursive: true });
mkdirSync(join(root, 'ts/node_modules/x'), { recursive: true });
writeFileSync(join(root, 'ts/income-tax/calc.ts'), '\ufeffexport const a = 1; // € kept\n');
writeFileSync(join(root, 'ts/index.ts'), 'export {};\n');
writeFileSync(join(root, 'ts/notes.md'), '# not listed\n');
writeFileSync(join(root, 'ts/node_modules/x/dep.ts'), 'export {};\n');

describe('readTextFolder', () => {
  it('lists the matching files sorted, with paths relative to the folder, BOM dropped, UTF-8 decoded', () => {
    const r = readTextFolder(join(root, 'ts'), ['**/*.ts'], ['node_modules/**']);
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toEqual([
      { path: 'income-tax/calc.ts', content: 'export const a = 1; // € kept\n' },
      { path: 'index.ts', content: 'export {};\n' },
    ]);
  });

  it('reports a missing folder as read/no-input and returns no files', () => {
    const r = readTextFolder(join(root, 'nope'), ['**/*.ts'], []);
    expect(r.value).toEqual([]);
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['read/no-input', 'error']]);
  });
});

describe('readTextFile / readOptionalTextFile', () => {
  it('reads a file', () => {
    expect(readTextFile(join(root, 'ts/index.ts'))).toEqual({ value: 'export {};\n', diagnostics: [] });
  });

  it('gives null without a diagnostic for a missing file when optional, with read/failed otherwise', () => {
    expect(readOptionalTextFile(join(root, 'missing.json'))).toEqual({ value: null, diagnostics: [] });
    expect(readTextFile(join(root, 'missing.json')).diagnostics.map((d) => d.code)).toEqual(['read/failed']);
  });

  it('keeps the error for a path that exists but cannot be read as a file (a folder)', () => {
    const r = readOptionalTextFile(join(root, 'ts'));
    expect(r.value).toBeNull();
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['read/failed', 'error']]);
  });
});
