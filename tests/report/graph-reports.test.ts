// Graph reporters: DOT/Mermaid/GraphML escaping of hostile names, the Mermaid size limit (collapse to smaller views,
// the chain level, or a notice; never over maxTextSize), and the strict XML check used by the golden test.
import { describe, expect, it } from 'vitest';
import { buildDependencyGraph, chainLevelGraph, focusGraph, type DependencyGraph } from '../../src/analysis/index.js';
import {
  MERMAID_MAX_TEXT_SIZE,
  dotString,
  mermaidLabel,
  renderGraphDot,
  renderGraphGraphml,
  renderGraphMermaid,
  xmlEscape,
} from '../../src/report/graph-reports.js';
import { makeInventory } from '../analysis/build-inventory.js';
import { xmlWellFormednessErrors } from './graph-xml-check.js';

const hostile = 'A"B\\C\n<D>&E#F`G|H\u0001';

function hostileGraph(): DependencyGraph {
  return {
    chains: ['we"ird'],
    nodes: [
      { id: hostile, name: hostile, kind: 'action-block', domain: 'we"ird', resolved: true, file: 'a&b.txt', line: 3 },
      { id: 'entity:x<y', name: 'x<y', kind: 'entity', domain: null, resolved: true, file: null, line: null },
    ],
    edges: [{ source: hostile, target: 'entity:x<y', type: 'read', attributes: ['a&b', 'c"d'] }],
  };
}

/** A generated estate: `chains` chains of `perChain` blocks each calling the next two, plus cross-chain calls. */
function bigGraph(perChain: number): DependencyGraph {
  const prefixes = ['IH_', 'VPB_', 'LH_', 'GEN_'];
  const blocks: Record<string, { calls: string[]; entities: Record<string, string> }> = {};
  prefixes.forEach((p, c) => {
    for (let i = 0; i < perChain; i++) {
      const calls = [`${p}BLOCK_${i + 1}`, `${p}BLOCK_${i + 2}`, `${prefixes[(c + 1) % 4]}BLOCK_${i}`].filter((n) => !n.endsWith(`_${perChain}`) && !n.endsWith(`_${perChain + 1}`));
      blocks[`${p}BLOCK_${i}`] = { calls, entities: { [`entity_${i % 50}`]: 'R' } };
    }
  });
  return buildDependencyGraph(makeInventory(blocks));
}

describe('escaping', () => {
  it('escapes DOT strings', () => {
    expect(dotString('a"b\\c\nd')).toBe('"a\\"b\\\\c\\nd"');
    const dot = renderGraphDot(hostileGraph());
    expect(dot).toContain('subgraph "cluster_we\\"ird" {');
    expect(dot).toContain('"A\\"B\\\\C\\n<D>&E#F`G|H\u0001" -> "entity:x<y"');
  });

  it('escapes Mermaid labels and uses safe node ids', () => {
    expect(mermaidLabel('a"b#c<d>&`e\nf')).toBe('"a#quot;b#35;c#lt;d#gt;#amp;#96;e f"');
    const text = renderGraphMermaid(hostileGraph()).text;
    expect(text).toContain('subgraph c0 ["we#quot;ird"]');
    expect(text).toContain('n0["A#quot;B\\C #lt;D#gt;#amp;E#35;F#96;G|H\u0001"]');
    expect(text).toContain('n0 -.->|"R"| n1');
    // Node ids are n<k>, never the raw name.
    for (const line of text.split('\n').slice(1)) expect(line).toMatch(/^\s*(subgraph c\d+ |end$|n\d+|classDef |$)/);
  });

  it('escapes XML and replaces characters XML 1.0 forbids', () => {
    expect(xmlEscape(`<a href="x">'&'</a>\u0001\uD800`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;\uFFFD\uFFFD');
    const xml = renderGraphGraphml(hostileGraph());
    expect(xmlWellFormednessErrors(xml)).toEqual([]);
    expect(xml).toContain('<data key="d7">a&amp;b,c&quot;d</data>');
    expect(xml).toContain('<data key="d4">a&amp;b.txt</data>');
  });
});

describe('the strict XML check', () => {
  it('rejects what is not well-formed', () => {
    expect(xmlWellFormednessErrors('<a><b></a>')).not.toEqual([]);
    expect(xmlWellFormednessErrors('<a x="1" x="2"/>')).not.toEqual([]);
    expect(xmlWellFormednessErrors('<a>&nbsp;</a>')).not.toEqual([]);
    expect(xmlWellFormednessErrors('<a>x & y</a>')).not.toEqual([]);
    expect(xmlWellFormednessErrors('<a x=1/>')).not.toEqual([]);
    expect(xmlWellFormednessErrors('<a/><b/>')).not.toEqual([]);
    expect(xmlWellFormednessErrors('<a>\u0001</a>')).not.toEqual([]);
    expect(xmlWellFormednessErrors('<?xml version="1.0"?>\n<a x="&lt;&#65;">t&amp;t<b/></a>\n')).toEqual([]);
  });
});

describe('Mermaid size limit', () => {
  it('renders a small graph in full', () => {
    const r = renderGraphMermaid(bigGraph(10));
    expect(r.view).toBe('full');
    expect(r.text.length).toBe(r.fullLength);
  });

  it('collapses a big estate to the chain level with a %% comment, within maxTextSize', () => {
    const graph = bigGraph(800);
    const r = renderGraphMermaid(graph, { chainLevel: chainLevelGraph(graph) });
    expect(r.fullLength).toBeGreaterThan(MERMAID_MAX_TEXT_SIZE);
    expect(r.view).toBe('chain-level');
    expect(r.text.length).toBeLessThanOrEqual(MERMAID_MAX_TEXT_SIZE);
    expect(r.text.split('\n')[0]).toBe('flowchart LR');
    expect(r.text.split('\n')[1]).toMatch(/^%% coolgen: the full graph is \d+ characters, over Mermaid's maxTextSize of 50000; collapsed to the chain-level view/);
    expect(r.text).toContain('c0["income-tax: 800 blocks, 1597 internal calls"]');
    expect(r.text).toContain('c0 -->|"800 calls"| c1');
  });

  it('drops entity types first when that is enough', () => {
    const graph = bigGraph(800);
    const max = renderGraphMermaid(graph).fullLength - 1;
    const r = renderGraphMermaid(graph, { maxTextSize: max, chainLevel: chainLevelGraph(graph) });
    expect(r.view).toBe('calls-only');
    expect(r.text).not.toContain('[(');
    expect(r.text.length).toBeLessThanOrEqual(max);
  });

  it('falls back to the first smaller (focused) view that fits', () => {
    const graph = bigGraph(800);
    const views = [10, 2, 1].map((depth) => ({ label: `the neighbourhood of IH_BLOCK_400 to depth ${depth}`, graph: focusGraph(graph, 'IH_BLOCK_400', depth)! }));
    const r = renderGraphMermaid(views[0]!.graph, { maxTextSize: 3000, smallerViews: views.slice(1), chainLevel: chainLevelGraph(graph) });
    expect(r.view).toBe('smaller-view');
    expect(r.viewLabel).toMatch(/depth [21]$/);
    expect(r.text.length).toBeLessThanOrEqual(3000);
    expect(r.text).toContain('IH_BLOCK_400');
  });

  it('emits a renderable notice when nothing fits', () => {
    const graph = bigGraph(50);
    const r = renderGraphMermaid(graph, { maxTextSize: 200 });
    expect(r.view).toBe('notice');
    expect(r.text).toMatch(/^flowchart LR\n%% coolgen: .*\n {2}n0\["Graph too large for Mermaid/);
  });
});
