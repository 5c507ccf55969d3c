// buildDependencyGraph: nodes (blocks, EABs, unresolved targets, entity types) and edges (uses + CRUD with
// attributes), duplicate definitions, chain of unresolved targets by config; plus the graph views.
import { describe, expect, it } from 'vitest';
import {
  buildDependencyGraph,
  chainLevelGraph,
  chainSubgraph,
  focusGraph,
  toGraphology,
  findGraphNode,
} from '../../src/analysis/index.js';
import { makeBlock, makeInventory } from './build-inventory.js';

describe('buildDependencyGraph', () => {
  const inventory = makeInventory({
    IH_CALC: { calls: ['IH_EAB_SEND', 'XX_MISSING'], entities: { taxpayer: 'RU' }, entityAttributes: { taxpayer: { R: ['name', 'bsn'], U: ['status'] } } },
    IH_EAB_SEND: { kind: 'external' },
  });

  it('makes nodes for blocks, EABs, unresolved targets and entity types, and typed edges', () => {
    expect(buildDependencyGraph(inventory)).toEqual({
      chains: ['income-tax', 'unclassified'],
      nodes: [
        { id: 'IH_CALC', name: 'IH_CALC', kind: 'action-block', domain: 'income-tax', resolved: true, file: 'src/ih_calc.txt', line: 1 },
        { id: 'IH_EAB_SEND', name: 'IH_EAB_SEND', kind: 'external', domain: 'income-tax', resolved: true, file: 'src/ih_eab_send.txt', line: 1 },
        { id: 'XX_MISSING', name: 'XX_MISSING', kind: 'unresolved', domain: 'unclassified', resolved: false, file: null, line: null },
        { id: 'entity:taxpayer', name: 'taxpayer', kind: 'entity', domain: null, resolved: true, file: null, line: null },
      ],
      edges: [
        { source: 'IH_CALC', target: 'IH_EAB_SEND', type: 'uses' },
        { source: 'IH_CALC', target: 'XX_MISSING', type: 'uses' },
        { source: 'IH_CALC', target: 'entity:taxpayer', type: 'read', attributes: ['bsn', 'name'] },
        { source: 'IH_CALC', target: 'entity:taxpayer', type: 'update', attributes: ['status'] },
      ],
    });
  });

  it('gives unresolved targets a chain by the config name rules (glob rules never match without a file)', () => {
    const g = buildDependencyGraph(inventory, {
      chains: [
        { chain: 'by-glob', glob: '**/*' },
        { chain: 'missing', regex: '_MISSING$' },
      ],
      defaultChain: 'other',
    });
    expect(findGraphNode(g, 'xx_missing')?.domain).toBe('missing');
  });

  it('merges a block defined twice into one node and keeps calls of both definitions', () => {
    const inv = makeInventory({ A: ['B'], B: [] });
    inv.actionBlocks.push({ ...makeBlock('A', { calls: ['C'], entities: { log: 'C' } }), file: 'other.txt' });
    const g = buildDependencyGraph(inv);
    expect(g.nodes.filter((n) => n.id === 'A')).toHaveLength(1);
    expect(g.nodes.find((n) => n.id === 'A')!.file).toBe('src/a.txt');
    expect(g.edges.filter((e) => e.source === 'A').map((e) => `${e.type}:${e.target}`)).toEqual(['uses:B', 'uses:C', 'create:entity:log']);
    expect(g.nodes.find((n) => n.id === 'C')!.kind).toBe('unresolved');
  });

  it('is serialisable and converts to graphology', () => {
    const g = buildDependencyGraph(inventory);
    expect(JSON.parse(JSON.stringify(g))).toEqual(g);
    const gg = toGraphology(g);
    expect(gg.order).toBe(4);
    expect(gg.size).toBe(4);
    expect(gg.getNodeAttribute('XX_MISSING', 'resolved')).toBe(false);
  });
});

describe('graph views', () => {
  const g = buildDependencyGraph(
    makeInventory({
      IH_A: { calls: ['IH_B'], entities: { taxpayer: 'R' } },
      IH_B: { calls: ['IH_C', 'LH_X'], entities: { tax_return: 'C' } },
      IH_C: ['IH_D'],
      IH_D: [],
      LH_X: ['LH_Y'],
      LH_Y: [],
      LH_Z: ['LH_X'],
    }),
  );

  it('focuses on the neighbourhood up to a depth in both directions', () => {
    expect(focusGraph(g, 'ih_b', 1)!.nodes.map((n) => n.id)).toEqual(['IH_A', 'IH_B', 'IH_C', 'LH_X', 'entity:tax_return', 'entity:taxpayer']);
    expect(focusGraph(g, 'IH_B', 2)!.nodes.map((n) => n.id)).toEqual(['IH_A', 'IH_B', 'IH_C', 'IH_D', 'LH_X', 'LH_Y', 'entity:tax_return', 'entity:taxpayer']);
    expect(focusGraph(g, 'IH_B', 0)!.edges).toEqual([{ source: 'IH_B', target: 'entity:tax_return', type: 'create', attributes: [] }]);
    expect(focusGraph(g, 'NOPE')).toBeUndefined();
  });

  it('shows one chain with its direct neighbours across the border', () => {
    const view = chainSubgraph(g, 'PAYROLL')!;
    expect(view.nodes.map((n) => n.id)).toEqual(['IH_B', 'LH_X', 'LH_Y', 'LH_Z']);
    expect(view.chains).toEqual(['income-tax', 'payroll']);
    expect(view.edges.map((e) => `${e.source}>${e.target}`)).toEqual(['IH_B>LH_X', 'LH_X>LH_Y', 'LH_Z>LH_X']);
    expect(chainSubgraph(g, 'nope')).toBeUndefined();
  });

  it('collapses to a chain-level graph with call counts', () => {
    expect(chainLevelGraph(g)).toEqual({
      chains: [
        { chain: 'income-tax', blocks: 4, unresolved: 0, internalCalls: 3 },
        { chain: 'payroll', blocks: 3, unresolved: 0, internalCalls: 2 },
      ],
      edges: [{ from: 'income-tax', to: 'payroll', calls: 1 }],
    });
  });
});
