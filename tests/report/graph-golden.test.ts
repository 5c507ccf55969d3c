// Golden reports for the fixture estates in fixtures/graphs/<case>/: DOT, Mermaid, GraphML, the chain-level views
// and the analysis Markdown are compared with the expected files beside inventory.json (vitest -u rewrites them).
import { describe, expect, it } from 'vitest';
import fg from 'fast-glob';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { analyzeGraph, buildDependencyGraph, chainLevelGraph } from '../../src/analysis/index.js';
import type { Inventory } from '../../src/model/inventory-types.js';
import {
  renderAnalysisMarkdown,
  renderChainGraphDot,
  renderChainGraphMermaid,
  renderGraphDot,
  renderGraphGraphml,
  renderGraphMermaid,
} from '../../src/report/graph-reports.js';
import { xmlWellFormednessErrors } from './graph-xml-check.js';

const cases = fg.sync('fixtures/graphs/*/inventory.json').map((f) => dirname(f));

describe('golden graph reports', () => {
  it('finds the fixtures', () => expect(cases.length).toBeGreaterThan(0));

  for (const dir of cases) {
    describe(dir, () => {
      const inventory = JSON.parse(readFileSync(`${dir}/inventory.json`, 'utf8')) as Inventory;
      const graph = buildDependencyGraph(inventory);
      const at = (file: string) => resolve(dir, file);

      it('DOT', async () => {
        await expect(renderGraphDot(graph)).toMatchFileSnapshot(at('expected.dot'));
      });

      it('Mermaid', async () => {
        const rendering = renderGraphMermaid(graph);
        expect(rendering.view).toBe('full');
        await expect(rendering.text).toMatchFileSnapshot(at('expected.mmd'));
      });

      it('GraphML, well-formed', async () => {
        const xml = renderGraphGraphml(graph);
        expect(xmlWellFormednessErrors(xml)).toEqual([]);
        await expect(xml).toMatchFileSnapshot(at('expected.graphml'));
      });

      it('chain-level DOT and Mermaid', async () => {
        const view = chainLevelGraph(graph);
        await expect(renderChainGraphDot(view)).toMatchFileSnapshot(at('expected-chains.dot'));
        await expect(renderChainGraphMermaid(view)).toMatchFileSnapshot(at('expected-chains.mmd'));
      });

      it('analysis Markdown', async () => {
        await expect(renderAnalysisMarkdown(analyzeGraph(graph))).toMatchFileSnapshot(at('expected-analysis.md'));
      });
    });
  }
});
