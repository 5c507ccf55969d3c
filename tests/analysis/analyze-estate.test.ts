// analyzeEstate / analyzeGraph as a whole: the JSON shape `coolgen analyze` promises, plain serialisable data,
// robustness to duplicate edges and dangling ids in a hand-made graph, and the calls-only view.
import { describe, expect, it } from 'vitest';
import { analyzeEstate, analyzeGraph, buildDependencyGraph, withoutEntities, type DependencyGraph } from '../../src/analysis/index.js';
import { makeInventory } from './build-inventory.js';

describe('analyzeEstate', () => {
  const inventory = makeInventory({
    IH_A: { calls: ['IH_B', 'LH_C'], entities: { taxpayer: 'R' }, entityAttributes: { taxpayer: { R: ['bsn'] } } },
    IH_B: ['IH_A'],
    LH_C: { calls: ['LH_GONE'], entities: { taxpayer: 'U' } },
  });

  it('returns every analysis as plain JSON data with the promised keys', () => {
    const result = analyzeEstate(inventory);
    expect(Object.keys(result)).toEqual(['cycles', 'waves', 'unreferenced', 'fanInOut', 'chainInstability', 'coupling', 'dataUse']);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(result.cycles).toEqual([{ members: ['IH_A', 'IH_B'], path: ['IH_A', 'IH_B', 'IH_A'], selfCall: false, chains: ['income-tax'] }]);
    expect(result.waves).toEqual([['LH_C'], ['IH_A', 'IH_B']]);
    expect(result.unreferenced).toEqual([]);
    expect(result.coupling.sharedWrites).toEqual([]);
    expect(result.dataUse.entities[0]).toMatchObject({ entity: 'taxpayer', personalData: true, blocks: { R: ['IH_A'], U: ['LH_C'] } });
  });

  it('handles an empty inventory', () => {
    const result = analyzeEstate(makeInventory({}));
    expect(result.cycles).toEqual([]);
    expect(result.waves).toEqual([]);
    expect(result.fanInOut).toEqual([]);
    expect(result.chainInstability).toEqual([]);
    expect(result.coupling.matrix).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });
});

describe('analyzeGraph on a hand-made graph', () => {
  const node = (id: string, domain: string) => ({ id, name: id, kind: 'action-block' as const, domain, resolved: true, file: null, line: null });
  const graph: DependencyGraph = {
    chains: ['income-tax', 'payroll'],
    nodes: [node('IH_A', 'income-tax'), node('IH_B', 'income-tax'), node('LH_C', 'payroll')],
    edges: [
      { source: 'IH_A', target: 'IH_B', type: 'uses' },
      { source: 'IH_A', target: 'IH_B', type: 'uses' },
      { source: 'IH_A', target: 'LH_C', type: 'uses' },
      { source: 'IH_A', target: 'NOT_A_NODE', type: 'uses' },
      { source: 'LH_C', target: 'entity:ghost', type: 'read', attributes: [] },
    ],
  };

  it('counts a duplicated call once and ignores edges to unknown ids', () => {
    const result = analyzeGraph(graph);
    expect(result.fanInOut.map((b) => [b.name, b.fanIn, b.fanOut])).toEqual([
      ['IH_A', 0, 2],
      ['IH_B', 1, 0],
      ['LH_C', 1, 0],
    ]);
    expect(result.coupling.matrix[0]).toEqual([1, 0, 1]);
    expect(result.waves).toEqual([['IH_B', 'LH_C'], ['IH_A']]);
    expect(result.dataUse.entities).toEqual([]);
  });

  it('drops entity types and CRUD edges for the calls-only view', () => {
    const g = buildDependencyGraph(makeInventory({ A: { calls: ['B'], entities: { log: 'C' } }, B: [] }));
    const calls = withoutEntities(g);
    expect(calls.nodes.map((n) => n.id)).toEqual(['A', 'B']);
    expect(calls.edges).toEqual([{ source: 'A', target: 'B', type: 'uses' }]);
    expect(g.nodes).toHaveLength(3);
  });
});
