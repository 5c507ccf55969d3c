// ts-morph (and the TypeScript compiler it bundles) is loaded only by the commands that need it: the built CLI is
// spawned with a preload that records every module it loads (ESM resolve hook + the CJS require cache at exit), and
// the test asserts ts-morph is absent for help, parse and inventory, and present for generate (so the probe works).
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const MAIN = resolve('dist/src/cli/main.js');
const LINKED = 'fixtures/workspaces/linked';
const SMALL_FILE = `${LINKED}/ih/ih_main.cbl`;
const tmp = mkdtempSync(join(tmpdir(), 'coolgen-lazy-load-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The hooks module (runs on the loader thread): appends every resolved URL to $COOLGEN_LOAD_LOG. */
const HOOKS = `
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(process.env.COOLGEN_LOAD_LOG, 'esm ' + result.url + '\\n');
  return result;
}`;

/** The preload (`node --import`): registers the hooks and, at exit, appends the CJS modules that were required. */
const PRELOAD = `
import { createRequire, register } from 'node:module';
import { appendFileSync } from 'node:fs';
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)});
const require = createRequire(import.meta.url);
process.on('exit', () => {
  appendFileSync(process.env.COOLGEN_LOAD_LOG, Object.keys(require.cache).map((p) => 'cjs ' + p + '\\n').join(''));
});`;
const preload = join(tmp, 'record-loads.mjs');
writeFileSync(preload, PRELOAD);

/** ts-morph itself, @ts-morph/common (which bundles typescript.js) or the typescript package. */
const COMPILER = /[\\/]node_modules[\\/](ts-morph|@ts-morph[\\/]common|typescript)[\\/]/;

let runs = 0;
/** Run the CLI with the recorder; returns the exit code and the recorded module lines. */
function cliLoads(args: string[]): { code: number | null; stderr: string; loaded: string[] } {
  const log = join(tmp, `loads-${runs++}.log`);
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(preload).href, MAIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, COOLGEN_LOAD_LOG: log, NO_COLOR: '1' },
  });
  return { code: r.status, stderr: r.stderr, loaded: readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

describe('the CLI loads ts-morph only for the commands that generate or scan TypeScript', () => {
  it.each([
    ['--help', ['--help']],
    ['inventory --help', ['inventory', '--help']],
    ['generate --help (the command definition is light)', ['generate', '--help']],
    ['parse <file>', ['parse', SMALL_FILE]],
    ['inventory <folder>', ['inventory', LINKED, '--config', `${LINKED}/coolgen.config.json`]],
  ])('%s does not load it', (_title, args) => {
    const run = cliLoads(args);
    expect(run.code, run.stderr).toBe(0);
    // the recorder saw the CLI load the library (so an empty log cannot pass for "absent")
    expect(run.loaded.some((l) => l.startsWith('esm ') && l.endsWith('/dist/src/cli/main.js'))).toBe(true);
    expect(run.loaded.some((l) => l.startsWith('esm ') && l.endsWith('/dist/src/core.js'))).toBe(true);
    expect(run.loaded.filter((l) => COMPILER.test(l))).toEqual([]);
  });

  it('generate <file> does load it (ESM import of ts-morph and its bundled TypeScript)', () => {
    const run = cliLoads(['generate', SMALL_FILE, '--out', join(tmp, 'ts'), '--dry-run']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.loaded.some((l) => l.startsWith('esm ') && /[\\/]node_modules[\\/]ts-morph[\\/]/.test(l))).toBe(true);
    expect(run.loaded.some((l) => l.startsWith('cjs ') && /[\\/]@ts-morph[\\/]common[\\/]dist[\\/]typescript\.js$/.test(l))).toBe(true);
  });
});
