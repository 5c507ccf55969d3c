// The fs read module: listing input files (files, folders, globs, missing paths) and reading bytes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listInputFiles, readSourceBytes } from '../../src/model/source-reader.js';

let root = '';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'coolgen-reader-'));
  mkdirSync(join(root, 'estate', 'ih'), { recursive: true });
  mkdirSync(join(root, 'estate', 'skip'), { recursive: true });
  mkdirSync(join(root, 'empty'));
  writeFileSync(join(root, 'estate', 'ih', 'a.cbl'), 'A');
  writeFileSync(join(root, 'estate', 'ih', 'B.CBL'), 'B');
  writeFileSync(join(root, 'estate', 'c.txt'), 'C');
  writeFileSync(join(root, 'estate', 'd.ad'), 'D');
  writeFileSync(join(root, 'estate', 'e.cob'), 'E');
  writeFileSync(join(root, 'estate', 'notes.md'), 'no');
  writeFileSync(join(root, 'estate', 'skip', 'f.cbl'), 'F');
  writeFileSync(join(root, 'single.xyz'), 'X');
  // a symbolic link back to the root must not make the listing loop
  symlinkSync(join(root, 'estate'), join(root, 'estate', 'ih', 'loop'));
  // a symbolic link to a file is read like the file
  symlinkSync(join(root, 'estate', 'c.txt'), join(root, 'estate', 'link.txt'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('listInputFiles', () => {
  it('lists the default extensions in a folder, case-insensitively, sorted', () => {
    const r = listInputFiles([join(root, 'estate')]);
    expect(r.diagnostics).toEqual([]);
    expect(r.value.map((f) => f.slice(root.length + 1))).toEqual([
      'estate/c.txt',
      'estate/d.ad',
      'estate/e.cob',
      'estate/ih/B.CBL',
      'estate/ih/a.cbl',
      'estate/link.txt',
      'estate/skip/f.cbl',
    ]);
  });

  it('applies include and exclude globs inside folders', () => {
    const r = listInputFiles([join(root, 'estate')], ['**/*.cbl'], ['skip/**']);
    expect(r.value.map((f) => f.slice(root.length + 1))).toEqual(['estate/ih/B.CBL', 'estate/ih/a.cbl']);
  });

  it('takes a named file whatever its extension, and de-duplicates', () => {
    const file = join(root, 'single.xyz');
    expect(listInputFiles([file, file]).value).toEqual([file]);
  });

  it('expands a glob pattern that is not an existing path', () => {
    const r = listInputFiles([`${root}/estate/*.{txt,ad}`]);
    expect(r.value.map((f) => f.slice(root.length + 1))).toEqual(['estate/c.txt', 'estate/d.ad', 'estate/link.txt']);
  });

  it('reports a missing path as a read/no-input error and an empty folder as a warning', () => {
    const r = listInputFiles([join(root, 'nope'), join(root, 'empty'), join(root, 'single.xyz')]);
    expect(r.value).toEqual([join(root, 'single.xyz')]);
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['read/no-input', 'error'],
      ['read/no-input', 'warning'],
    ]);
    expect(r.diagnostics[0]?.file).toBe(join(root, 'nope'));
  });
});

describe('readSourceBytes', () => {
  it('reads the bytes of a file', () => {
    const r = readSourceBytes(join(root, 'estate', 'c.txt'));
    expect(r.diagnostics).toEqual([]);
    expect([...(r.value ?? [])]).toEqual([0x43]);
  });

  it('returns null and a read/failed error for a missing file or a folder', () => {
    const missing = readSourceBytes(join(root, 'missing.cbl'));
    expect(missing.value).toBeNull();
    expect(missing.diagnostics).toEqual([expect.objectContaining({ code: 'read/failed', severity: 'error', phase: 'read' })]);
    expect(missing.diagnostics[0]?.message).toContain('does not exist');
    const folder = readSourceBytes(join(root, 'estate'));
    expect(folder.value).toBeNull();
    expect(folder.diagnostics[0]?.message).toContain('folder');
  });
});
