// `coolgen parse` end to end: spawns the built CLI (dist/src/cli/main.js) on the reference examples and on
// odd inputs, and checks the three formats, --out, and the exit codes 0 / 1 / 2.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import fg from 'fast-glob';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const examples = resolve(process.cwd(), '../shared/reference/examples');
const vpb = join(examples, 'vpb_determine_fiscal_unity.txt');
const ih = join(examples, 'ih_calc_box1_income.cbl');
let dir = '';

function coolgen(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['dist/src/cli/main.js', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Build (tsc, then the asset copy) when dist/ is older than the sources; `npm test` builds first, so CI does not
 * rebuild while other test files run the CLI. A type error elsewhere in the tree must not stop the emit, so the
 * exit status of tsc is not checked; the tests below fail if the CLI was not built.
 */
function ensureBuilt(): void {
  const main = 'dist/src/cli/main.js';
  const newest = Math.max(...fg.sync(['src/**/*.ts', 'grammars/**/*.ts'], { stats: true }).map((e) => e.stats?.mtimeMs ?? 0));
  if (existsSync(main) && statSync(main).mtimeMs >= newest) return;
  spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { encoding: 'utf8' });
  spawnSync(process.execPath, ['scripts/copy-assets.mjs'], { encoding: 'utf8' });
}

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'coolgen-parse-cli-'));
  const broken = readFileSync(join(examples, 'broken_examples.txt'), 'utf8');
  // the first fragment: an IF without its closing +--
  const first = broken.split(/^\* expect:.*$/m)[1] ?? '';
  writeFileSync(join(dir, 'broken_if.cbl'), first);
}, 240_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('coolgen parse', () => {
  it('is built', () => {
    expect(existsSync('dist/src/cli/main.js')).toBe(true);
  });

  it('prints JSON with the files, their rendering, encoding, module banner, blocks and diagnostics (exit 0)', () => {
    const r = coolgen('parse', ih, vpb, '--format', 'json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.files.map((f: { path: string }) => f.path)).toEqual([ih, vpb]);
    const [cbl, txt] = out.files;
    expect(cbl).toMatchObject({ rendering: 'cobol-listing', encoding: 'utf-8', module: { generator: 'CA GEN 8.5', sourceName: 'IHB1IN01' } });
    expect(cbl.blocks[0]).toMatchObject({ kind: 'ActionBlock', name: 'IH_CALC_BOX1_INCOME', date: '02/20/2017', time: '16:05' });
    expect(cbl.blocks[0].statements[0]).toMatchObject({ kind: 'Note', number: 1 });
    expect(txt).toMatchObject({ rendering: 'toolset', blocks: [{ name: 'VPB_DETERMINE_FISCAL_UNITY' }] });
    expect(txt.module).toBeUndefined();
    expect(Object.keys(txt.blocks[0].views)).toEqual(['imports', 'exports', 'locals', 'entityActions']);
  });

  it('prints a code frame and a summary for a broken file, exit 1', () => {
    const r = coolgen('parse', join(dir, 'broken_if.cbl'));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/broken_if\.cbl:\d+:\d+ - error /);
    expect(r.stdout).toMatch(/^> +\d+ \| /m);
    expect(r.stdout).toMatch(/^ +\| +\^+/m);
    expect(r.stdout).toMatch(/broken_if\.cbl: cobol-listing, 1 block, 5 statements, [1-9]\d* errors?/);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^1 file, 1 block, 5 statements: [1-9]\d* errors?, \d+ warnings?/);
  });

  it('reads a folder, reports empty and binary files as warnings and goes on (exit 0)', () => {
    const folder = mkdtempSync(join(dir, 'estate-'));
    writeFileSync(join(folder, 'a.txt'), readFileSync(vpb));
    writeFileSync(join(folder, 'empty.cbl'), '   \n');
    writeFileSync(join(folder, 'logo.ad'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    writeFileSync(join(folder, 'readme.md'), 'not read');
    const r = coolgen('parse', folder);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('warning read/empty-file');
    expect(r.stdout).toContain('warning read/binary-file');
    expect(r.stdout).not.toContain('readme.md');
    expect(r.stdout).toMatch(/a\.txt: toolset, 1 block, \d+ statements, 0 errors/);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^3 files, 1 block, \d+ statements: 0 errors, 2 warnings$/);
  });

  it('decodes a Windows-1252 file and says so', () => {
    const text = readFileSync(vpb, 'utf8');
    writeFileSync(join(dir, 'win.txt'), Buffer.from(text, 'latin1'));
    const r = coolgen('parse', join(dir, 'win.txt'), '--format', 'json');
    expect(r.code).toBe(0);
    const file = JSON.parse(r.stdout).files[0];
    expect(file.encoding).toBe('windows-1252');
    expect(file.diagnostics.map((d: { code: string }) => d.code)).toContain('read/decoded-windows-1252');
    expect(file.blocks[0].statements[0].lines.join(' ')).toContain('beëindigt');
  });

  it('writes SARIF 2.1.0', () => {
    const r = coolgen('parse', join(dir, 'broken_if.cbl'), '--format', 'sarif');
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toContain('sarif');
    expect(log.runs[0].tool.driver.name).toBe('coolgen');
    expect(log.runs[0].results.some((x: { level: string }) => x.level === 'error')).toBe(true);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/broken_if\.cbl$/);
  });

  it('writes the output to --out and nothing to stdout', () => {
    const out = join(dir, 'out', 'ast.json');
    const r = coolgen('parse', vpb, '--format', 'json', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).files[0].blocks[0].name).toBe('VPB_DETERMINE_FISCAL_UNITY');
  });

  it('exits 1 with a read/no-input error when one of several paths is missing', () => {
    const r = coolgen('parse', vpb, join(dir, 'missing.cbl'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('error read/no-input');
  });

  it('exits 2 when nothing can be read', () => {
    const r = coolgen('parse', join(dir, 'missing.cbl'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('read/no-input');
    expect(r.stdout).toBe('');
  });

  it('exits 2 on usage errors: unknown format, unknown flag, no paths', () => {
    const format = coolgen('parse', vpb, '--format', 'xml');
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/Invalid values|Choices/);
    expect(coolgen('parse', vpb, '--no-such-flag').code).toBe(2);
    expect(coolgen('parse').code).toBe(2);
  });
});
