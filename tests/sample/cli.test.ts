// `coolgen sample` through the CLI, in-process: writes the estate and its manifest, is repeatable, refuses
// folders that hold other files, never overwrites a person's file, and returns exit code 2 on usage errors.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { SAMPLE_MANIFEST_FILE } from '../../src/sample/index.js';

let dir: string;
let stdout: string;
let stderr: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'coolgen-sample-'));
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

function listFiles(root: string, prefix = ''): string[] {
  return readdirSync(join(root, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(root, join(prefix, e.name)) : [join(prefix, e.name).split('\\').join('/')],
  );
}

describe('coolgen sample', () => {
  it('writes the estate with its manifest and a summary, exit 0', async () => {
    const out = join(dir, 'estate');
    expect(await runCli(['sample', '--blocks', '40', '--seed', '3', '--out', out])).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, SAMPLE_MANIFEST_FILE), 'utf8')) as { files: string[]; blocks: number; generator: string };
    expect(manifest.generator).toBe('coolgen-sample');
    expect(manifest.blocks).toBe(40);
    expect(listFiles(out).filter((f) => f !== SAMPLE_MANIFEST_FILE).sort()).toEqual(manifest.files);
    expect(manifest.files).toContain('coolgen.config.json');
    expect(stdout).toMatch(/wrote \d+ files .* \(seed 3\)/);
    expect(stdout).toMatch(/blocks: 40 \(/);
  });

  it('rewrites its own previous sample byte for byte and keeps files a person added', async () => {
    const out = join(dir, 'estate');
    expect(await runCli(['sample', '--blocks', '30', '--seed', '9', '--out', out])).toBe(0);
    const before = new Map(listFiles(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));
    writeFileSync(join(out, 'README.md'), 'my notes');
    expect(await runCli(['sample', '--blocks', '30', '--seed', '9', '--out', out])).toBe(0);
    for (const [file, text] of before) expect(readFileSync(join(out, file), 'utf8')).toBe(text);
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toBe('my notes');
  });

  it('refuses a non-empty folder that is not a sample unless --force, and never overwrites a person\'s file', async () => {
    const out = join(dir, 'busy');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'keep me');
    expect(await runCli(['sample', '--blocks', '20', '--out', out])).toBe(2);
    expect(stderr).toMatch(/not empty/);
    expect(existsSync(join(out, SAMPLE_MANIFEST_FILE))).toBe(false);
    expect(await runCli(['sample', '--blocks', '20', '--out', out, '--force'])).toBe(0);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('keep me');

    // A file the sample would write, but that a person wrote, is refused even with --force.
    const other = join(dir, 'collide');
    expect(await runCli(['sample', '--blocks', '20', '--seed', '1', '--out', other])).toBe(0);
    const manifest = JSON.parse(readFileSync(join(other, SAMPLE_MANIFEST_FILE), 'utf8')) as { files: string[] };
    const victim = manifest.files.find((f) => f.endsWith('.cbl')) as string;
    rmSync(join(other, SAMPLE_MANIFEST_FILE));
    writeFileSync(join(other, victim), 'hand-written');
    stderr = '';
    expect(await runCli(['sample', '--blocks', '20', '--seed', '1', '--out', other, '--force'])).toBe(2);
    expect(stderr).toContain(victim);
    expect(readFileSync(join(other, victim), 'utf8')).toBe('hand-written');
  });

  it('refuses to leave files of a larger previous sample behind unless --force', async () => {
    const out = join(dir, 'shrink');
    expect(await runCli(['sample', '--blocks', '60', '--out', out])).toBe(0);
    expect(await runCli(['sample', '--blocks', '20', '--out', out])).toBe(2);
    expect(stderr).toMatch(/would stay behind/);
    expect(await runCli(['sample', '--blocks', '20', '--out', out, '--force'])).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, SAMPLE_MANIFEST_FILE), 'utf8')) as { blocks: number };
    expect(manifest.blocks).toBe(20);
  });

  it('returns 2 for bad options', async () => {
    expect(await runCli(['sample', '--blocks', '5', '--out', join(dir, 'x')])).toBe(2);
    expect(stderr).toMatch(/--blocks must be a whole number/);
    expect(await runCli(['sample', '--blocks', 'many', '--out', join(dir, 'x')])).toBe(2);
    expect(await runCli(['sample', '--seed', '-1', '--out', join(dir, 'x')])).toBe(2);
    expect(await runCli(['sample', '--blocks', '20'])).toBe(2);
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });
});
