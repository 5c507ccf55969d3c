// `coolgen inventory` as a child process (dist/ is built by `npm test`'s pretest): each format, --out, the exit
// codes 0 / 1 / 2, config lookup and errors naming the key, and no progress output when stderr is not a TTY.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadWorkspace, renderInventoryJson, resolveConfigFile } from '../../src/core.js';

const MAIN = resolve('dist/src/cli/main.js');
const LINKED = 'fixtures/workspaces/linked';
const tmp = mkdtempSync(join(tmpdir(), 'coolgen-inventory-cli-'));

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function cli(args: string[], cwd = process.cwd()) {
  const r = spawnSync(process.execPath, [MAIN, 'inventory', ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('coolgen inventory', () => {
  it('writes JSON to stdout and exits 0 when no input has errors', () => {
    const r = cli([LINKED, '--config', `${LINKED}/coolgen.config.json`]);
    expect(r.stderr).not.toMatch(/ error /);
    expect(r.code).toBe(0);
    const inv = JSON.parse(r.stdout);
    expect(inv.schemaVersion).toBe(1);
    expect(inv.actionBlocks.map((b: { name: string; domain: string }) => `${b.name}:${b.domain}`)).toEqual([
      'CAB_DERIVE_STATUS:shared', 'CAB_SHARED_LOG:shared', 'IH_CALC:income-tax', 'IH_MAIN:income-tax', 'LH_EAB_AUDIT:payroll',
    ]);
    expect(r.stderr).toContain('coolgen inventory: 5 files, 5 action blocks');
    // stderr is a pipe here: no progress bar output.
    expect(r.stderr).not.toContain('inventory [');
  });

  it('streams the JSON of the sample estate to a pipe and to --out byte for byte like renderInventoryJson', async () => {
    const args = ['seeds', '--config', 'seeds/coolgen.config.json', '--workers', 'off'];
    const piped = cli(args);
    const out = join(tmp, 'seeds-inventory.json');
    const file = cli([...args, '--out', out]);
    expect(piped.code).toBe(0);
    expect(file.code).toBe(0);
    expect(file.stdout).toBe('');
    const config = resolveConfigFile({ configPath: 'seeds/coolgen.config.json', cwd: process.cwd() }).value;
    const { inventory } = await loadWorkspace({ paths: ['seeds'], config, workers: false, retainViews: false });
    const expected = renderInventoryJson(inventory);
    expect(expected.length).toBeGreaterThan(1024 * 1024); // larger than a pipe buffer and than one write batch
    expect(piped.stdout).toBe(expected);
    expect(readFileSync(out, 'utf8')).toBe(expected);
  }, 60_000);

  it('gives the same JSON with workers on and off', () => {
    const on = cli([LINKED, '--workers', 'on', '--config', `${LINKED}/coolgen.config.json`]);
    const off = cli([LINKED, '--workers', 'off', '--config', `${LINKED}/coolgen.config.json`]);
    expect(on.code).toBe(0);
    expect(on.stdout).toBe(off.stdout);
  });

  it('writes CSV with one row per block', () => {
    const r = cli([LINKED, '--format', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('name,kind,domain,businessSystem,file,line,sourceName,generator,statements,maxDepth,complexity,notes,calls,entities,exitStates,parameters');
    expect(lines).toHaveLength(6);
    expect(lines.find((l) => l.startsWith('IH_CALC,'))).toContain(',assessment:CRUD,ih_calc_nu;ih_calc_ok,2');
  });

  it('writes the Markdown summary to --out and nothing to stdout', () => {
    const out = join(tmp, 'inventory.md');
    const r = cli([LINKED, '--format', 'md', '--out', out, '--config', `${LINKED}/coolgen.config.json`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const md = readFileSync(out, 'utf8');
    expect(md).toMatch(/^# Inventory\n/);
    expect(md).toContain('## Chain `income-tax`');
    expect(md).toContain('## Chain `shared`');
  });

  it('exits 1 when some input has errors, and still writes the inventory', () => {
    const r = cli(['fixtures/workspaces/broken']);
    expect(r.code).toBe(1);
    const inv = JSON.parse(r.stdout);
    expect(inv.totals.errors).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/error link\/duplicate-block: Action block CAB_DUP is defined 2 times/);
  });

  it('exits 2 naming the key of a bad ./coolgen.config.json, and writes nothing', () => {
    const r = cli(['.'], resolve('fixtures/workspaces/bad-config'));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('coolgen.config.json: error config/invalid-value: chains[1].regex: invalid regular expression');
    expect(r.stderr).toContain('config/unknown-key: workerTreshold: unknown key');
  });

  it('exits 2 for a missing --config file, a missing path and a bad option', () => {
    expect(cli([LINKED, '--config', 'nope.json']).code).toBe(2);
    const missing = cli([LINKED, 'fixtures/workspaces/does-not-exist']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('read/no-input');
    expect(cli([LINKED, '--format', 'xml']).code).toBe(2);
    expect(cli([]).code).toBe(2);
  });
});
