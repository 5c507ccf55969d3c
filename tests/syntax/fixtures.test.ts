// One glob harness over fixtures/syntax (style.md §6.1): every r1/r2/r3/input .txt is parsed, its compact AST and
// diagnostics are compared with the snapshot files beside it, and the renderings of one case must agree.
import { describe, expect, it } from 'vitest';
import fg from 'fast-glob';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseActionDiagram } from '../../src/syntax/index.js';
import { printDiagnostics, printFile } from './print-compact.js';

/** Set to a folder fragment to run only matching fixtures while debugging. */
const ONLY = '';

const root = new URL('../../fixtures/syntax/', import.meta.url).pathname;
const inputs = fg.sync('**/*.txt', { cwd: root }).filter((f) => f.includes(ONLY)).sort();

function parseFixture(rel: string) {
  const text = readFileSync(join(root, rel), 'utf8');
  return parseActionDiagram(text, { file: rel });
}

describe('syntax fixtures', () => {
  it('finds the fixtures', () => {
    expect(inputs.length).toBeGreaterThan(20);
  });

  for (const rel of inputs) {
    it(rel, async () => {
      const r = parseFixture(rel);
      const base = join(root, rel.replace(/\.txt$/, ''));
      await expect(printFile(r.value)).toMatchFileSnapshot(`${base}.ast.snap`);
      await expect(printDiagnostics(r.diagnostics)).toMatchFileSnapshot(`${base}.diagnostics.snap`);
      const errors = r.diagnostics.filter((d) => d.severity === 'error');
      if (rel.includes('_error_')) expect(errors.length).toBeGreaterThan(0);
      else expect(errors).toEqual([]);
      expect(r.value.blocks.length).toBeGreaterThan(0);
    });
  }

  const cases = [...new Set(inputs.filter((f) => /\/r[123]\.txt$/.test(f)).map((f) => dirname(f)))];
  for (const dir of cases) {
    it(`${dir}: the renderings give the same statements`, () => {
      const printed = inputs
        .filter((f) => dirname(f) === dir && /\/r[123]\.txt$/.test(f))
        .map((f) => ({ f, text: printFile(parseFixture(f).value, { neutral: true }).replace(/^BLOCK.*\n(?:(?!  statements:).*\n)*/m, '') }));
      const [first, ...rest] = printed;
      for (const other of rest) expect(`${other.f}\n${other.text}`).toBe(`${other.f}\n${first?.text}`);
    });
  }
});
