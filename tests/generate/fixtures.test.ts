// Golden files: each fixtures/generate/<case>/input.txt (R2 text, optional coolgen.config.json beside it) is parsed
// with the real loader and generated; every file but the runtime must equal expected/<path>. The output compiles.
// Set UPDATE_GOLDEN=1 to rewrite the expected files after a deliberate change (then review the diff).
import { mkdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { generateTypeScript } from '../../src/generate/index.js';
import { loadWorkspace, resolveConfigFile } from '../../src/model/index.js';
import { compileErrors } from './helpers.js';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const cases = fg.sync('fixtures/generate/*/input.txt').map((p) => dirname(p)).sort();

describe('generate golden fixtures', () => {
  it('finds the cases', () => {
    expect(cases.map((c) => c.split('/').pop())).toEqual(['entity-actions', 'hostile-names', 'income-tax-chain']);
  });

  for (const dir of cases) {
    it(dir, async () => {
      const configPath = join(dir, 'coolgen.config.json');
      const config = resolveConfigFile(existsSync(configPath) ? { configPath, cwd: process.cwd() } : { cwd: dir });
      expect(config.diagnostics).toEqual([]);
      const ws = await loadWorkspace({ paths: [join(dir, 'input.txt')], config: config.value, retainAst: true, workers: false });
      expect(ws.diagnostics.filter((d) => d.severity === 'error' && d.code !== 'parse/invalid-block-name')).toEqual([]);
      const out = generateTypeScript(ws);
      const files = out.value.files.filter((f) => f.kind !== 'runtime');
      const expectedDir = join(dir, 'expected');
      if (UPDATE) {
        for (const f of files) {
          mkdirSync(dirname(join(expectedDir, f.path)), { recursive: true });
          writeFileSync(join(expectedDir, f.path), f.content);
        }
      }
      const expectedPaths = fg.sync('**/*', { cwd: expectedDir, dot: true }).sort();
      expect(files.map((f) => f.path).sort()).toEqual(expectedPaths);
      for (const f of files) expect(f.content, f.path).toBe(readFileSync(join(expectedDir, f.path), 'utf8'));
      expect(compileErrors(out.value.files)).toEqual([]);
    });
  }
});
