// `coolgen pipeline` through the built CLI (node dist/src/cli/main.js) on a small estate: the command definition loads
// its runner on demand, every output lands under --out, inventory.json (streamed) equals `coolgen inventory` JSON,
// and a missing input path exits 2 without writing anything.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const MAIN = resolve('dist/src/cli/main.js');
const LINKED = 'fixtures/workspaces/linked';
const CONFIG = `${LINKED}/coolgen.config.json`;
const tmp = mkdtempSync(join(tmpdir(), 'coolgen-pipeline-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('coolgen pipeline', () => {
  it('writes every output under --out, and inventory.json equals the inventory command JSON', () => {
    const out = join(tmp, 'out');
    const r = cli(['pipeline', LINKED, '--config', CONFIG, '--out', out, '--date', '2026-01-31']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('coolgen pipeline: 5 files, 5 action blocks');
    expect(readdirSync(out).sort()).toEqual([
      'analysis.json', 'analysis.md', 'chains.dot', 'chains.mmd', 'diagnostics.sarif', 'gen-debt.svg', 'graph.graphml',
      'inventory.csv', 'inventory.json', 'inventory.md', 'progress.md', 'ts',
    ]);
    expect(readdirSync(out).some((f) => f.endsWith('.tmp'))).toBe(false);
    const inventory = cli(['inventory', LINKED, '--config', CONFIG]);
    expect(inventory.code).toBe(0);
    expect(readFileSync(join(out, 'inventory.json'), 'utf8')).toBe(inventory.stdout);
    expect(existsSync(join(out, 'ts', 'tsconfig.json'))).toBe(true);
    expect(r.stdout).toMatch(/strict type check: no errors/);
  }, 60_000);

  it('exits 2 and writes nothing for a missing input path', () => {
    const out = join(tmp, 'missing');
    const r = cli(['pipeline', `${LINKED}-does-not-exist`, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('read/no-input');
    expect(existsSync(out)).toBe(false);
  });
});
