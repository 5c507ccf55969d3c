// loadWorkspace on the fixture workspaces: expected inventories beside the input, worker and single-thread runs
// identical, the JSON Schema, progress, retained ASTs, and bad files that never stop the run.
// The worker runs need dist/ (npm test builds first via pretest; a stale dist/ makes worker and main thread differ).
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { loadWorkspace, parseWorkerUrl } from '../../src/model/workspace.js';
import { resolveConfigFile } from '../../src/model/config-file.js';
import { inventorySchema } from '../../src/model/inventory-schema.js';
import type { Inventory } from '../../src/model/inventory-types.js';

const ROOT = 'fixtures/workspaces';
const WITH_EXPECTED = ['linked', 'broken', 'hand-checked'];

/** The fixture's own coolgen.config.json when it has one, else the defaults. */
function configOf(dir: string) {
  const result = resolveConfigFile({ cwd: dir });
  expect(result.diagnostics).toEqual([]);
  return result.value;
}

/** Plain JSON (what the CLI writes), with absolute paths (none expected) replaced. */
function plain(inventory: Inventory): unknown {
  return JSON.parse(JSON.stringify(inventory).replaceAll(process.cwd(), '<cwd>'));
}

describe('fixture workspaces', () => {
  for (const name of WITH_EXPECTED) {
    it(`${name}: gives the inventory in expected.json`, async () => {
      const dir = join(ROOT, name);
      const ws = await loadWorkspace({ paths: [dir], config: configOf(dir), workers: false });
      // After a deliberate change (parser or counting rules), review the diff and regenerate with
      // UPDATE_EXPECTED=1 npx vitest run tests/model/workspace.test.ts
      if (process.env.UPDATE_EXPECTED === '1') writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(plain(ws.inventory), null, 2)}\n`);
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
      expect(plain(ws.inventory)).toEqual(expected);
    });
  }

  it('validates every fixture inventory against the published JSON Schema', async () => {
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    const validate = ajv.compile(inventorySchema);
    for (const name of WITH_EXPECTED) {
      const dir = join(ROOT, name);
      const ws = await loadWorkspace({ paths: [dir], config: configOf(dir), workers: false });
      const ok = validate(plain(ws.inventory));
      expect(validate.errors ?? [], name).toEqual([]);
      expect(ok).toBe(true);
    }
    // The schema is strict enough to reject a broken inventory.
    expect(validate({ schemaVersion: 1, actionBlocks: [{ name: 'X' }] })).toBe(false);
  });
});

describe('worker pool', () => {
  it('has the compiled worker in dist/', () => {
    expect(existsSync(fileURLToPath(parseWorkerUrl()))).toBe(true);
  });

  // (the pool itself, failing workers included, is tested in parse-pool.test.ts)
  it.each([
    ['with ASTs', { retainAst: true }],
    ['with views', {}],
    ['without views (the CLI inventory)', { retainViews: false }],
  ])('gives identical workspaces with and without workers (%s)', async (_title, retain) => {
    const paths = WITH_EXPECTED.map((n) => join(ROOT, n)).concat(join(ROOT, 'bad-config'));
    const single = await loadWorkspace({ paths, workers: false, ...retain });
    const pooled = await loadWorkspace({ paths, workers: true, ...retain });
    expect(pooled).toStrictEqual(single);
    expect(single.inventory.actionBlocks.length).toBeGreaterThan(8);
  });

  it('reports progress up to the total with workers too', async () => {
    const calls: [number, number][] = [];
    await loadWorkspace({ paths: [join(ROOT, 'hand-checked')], workers: true, onProgress: (done, total) => calls.push([done, total]) });
    const total = calls[0]?.[1] ?? 0;
    expect(total).toBeGreaterThan(1);
    expect(calls[0]).toEqual([0, total]);
    expect(calls.at(-1)).toEqual([total, total]);
    expect(calls.map((c) => c[0])).toEqual([...calls.map((c) => c[0])].sort((a, b) => a - b));
  });
});

describe('loadWorkspace', () => {
  it('reports progress file by file up to the total', async () => {
    const calls: [number, number][] = [];
    const ws = await loadWorkspace({ paths: [join(ROOT, 'linked')], workers: false, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls[0]).toEqual([0, 5]);
    expect(calls.at(-1)).toEqual([5, 5]);
    expect(calls.map((c) => c[0])).toEqual([0, 1, 2, 3, 4, 5]);
    expect(ws.files.map((f) => f.path)).toEqual([
      'fixtures/workspaces/linked/ih/ih_calc.txt',
      'fixtures/workspaces/linked/ih/ih_main.cbl',
      'fixtures/workspaces/linked/shared/cab_derive_status.cob',
      'fixtures/workspaces/linked/shared/cab_shared_log.ad',
      'fixtures/workspaces/linked/shared/lh_eab_audit.cbl',
    ]);
  });

  it('keeps the AST only when asked, and the views unless told not to', async () => {
    const dir = join(ROOT, 'linked');
    const lean = await loadWorkspace({ paths: [dir], workers: false });
    const full = await loadWorkspace({ paths: [dir], workers: false, retainAst: true });
    expect(lean.blocks.IH_CALC?.ast).toBeUndefined();
    expect(lean.blocks.IH_CALC?.views.entityActions.map((v) => v.type)).toEqual(['taxpayer', 'assessment', 'assessment']);
    expect(full.blocks.IH_CALC?.ast?.statements.length).toBeGreaterThan(3);
    expect(full.inventory).toEqual(lean.inventory);
    const bare = await loadWorkspace({ paths: [dir], workers: false, retainViews: false });
    expect(bare.blocks.IH_CALC?.views).toEqual({ imports: [], exports: [], locals: [], entityActions: [] });
    expect(bare.inventory).toEqual(lean.inventory);
  });

  it('mentions every file that yields no block and goes on after bad files', async () => {
    const ws = await loadWorkspace({ paths: [join(ROOT, 'broken')], workers: false });
    const byFile = (suffix: string) => ws.diagnostics.filter((d) => d.file?.endsWith(suffix)).map((d) => d.code);
    expect(byFile('binary.cbl')).toContain('read/binary-file');
    expect(byFile('empty.txt')).toContain('read/empty-file');
    expect(byFile('plain.cob')).toContain('read/no-action-diagram');
    expect(ws.inventory.actionBlocks.map((b) => b.name)).toEqual(['CAB_DUP', 'CAB_DUP', 'LH_RECALC_WAGE_TAX']);
    expect(ws.diagnostics.every((d) => typeof d.file === 'string')).toBe(true);
  });

  it('reads a file named twice (folder and file path) only once', async () => {
    const ws = await loadWorkspace({ paths: [join(ROOT, 'linked'), `./${ROOT}/linked/ih/ih_calc.txt`], workers: false });
    expect(ws.files).toHaveLength(5);
    expect(ws.diagnostics.filter((d) => d.code === 'link/duplicate-block')).toEqual([]);
  });

  it('reports a missing path as read/no-input and still loads the rest', async () => {
    const ws = await loadWorkspace({ paths: [join(ROOT, 'nope'), join(ROOT, 'bad-config')], workers: false });
    expect(ws.diagnostics.filter((d) => d.code === 'read/no-input').map((d) => d.severity)).toEqual(['error']);
    expect(ws.inventory.actionBlocks.map((b) => b.name)).toEqual(['LH_EAB_AUDIT']);
  });
});
