// Cycles and migration waves on hand-built estates: diamond, nested cycles, self-loops, disconnected parts,
// unresolved targets and long chains (iterative algorithms: no stack overflow). Exact expected values.
import { describe, expect, it } from 'vitest';
import { buildDependencyGraph, computeWaves, findCycles, analyzeEstate } from '../../src/analysis/index.js';
import { makeInventory } from './build-inventory.js';

const graphOf = (blocks: Parameters<typeof makeInventory>[0]) => buildDependencyGraph(makeInventory(blocks));

describe('waves', () => {
  it('orders a diamond: the shared callee first, the top last', () => {
    const g = graphOf({ A: ['B', 'C'], B: ['D'], C: ['D'], D: [] });
    expect(computeWaves(g)).toEqual([['D'], ['B', 'C'], ['A']]);
  });

  it('puts every member of a cycle in one wave, above what the cycle calls', () => {
    const g = graphOf({ A: ['B'], B: ['C', 'D'], C: ['A', 'E'], D: ['B'], E: ['F'], F: ['E', 'G'], G: [] });
    expect(computeWaves(g)).toEqual([['G'], ['E', 'F'], ['A', 'B', 'C', 'D']]);
  });

  it('treats a self-call as a unit and ignores the edge to itself', () => {
    const g = graphOf({ H: ['H', 'G'], G: [], K: ['K'] });
    expect(computeWaves(g)).toEqual([['G', 'K'], ['H']]);
  });

  it('merges disconnected parts wave by wave', () => {
    const g = graphOf({ IH_A: ['IH_B'], IH_B: [], LH_X: ['LH_Y'], LH_Y: ['LH_Z'], LH_Z: [], ISO: [] });
    expect(computeWaves(g)).toEqual([['IH_B', 'ISO', 'LH_Z'], ['IH_A', 'LH_Y'], ['LH_X']]);
  });

  it('leaves unresolved targets out and does not raise a wave for calling one', () => {
    const g = graphOf({ IH_A: ['IH_B', 'IH_MISSING'], IH_B: ['EXT_GONE'] });
    expect(computeWaves(g)).toEqual([['IH_B'], ['IH_A']]);
    expect(g.nodes.find((n) => n.id === 'IH_MISSING')).toMatchObject({ kind: 'unresolved', resolved: false, domain: 'income-tax' });
  });

  it('gives an empty estate no waves', () => {
    expect(computeWaves(graphOf({}))).toEqual([]);
  });

  it('handles a 2,000-deep call chain one wave per block', () => {
    const names = Array.from({ length: 2000 }, (_, i) => `C${String(i).padStart(4, '0')}`);
    const blocks = Object.fromEntries(names.map((n, i) => [n, i + 1 < names.length ? [names[i + 1]!] : []]));
    const waves = computeWaves(graphOf(blocks));
    expect(waves).toHaveLength(2000);
    expect(waves[0]).toEqual(['C1999']);
    expect(waves[1999]).toEqual(['C0000']);
    expect(waves.every((w, k) => w.length === 1 && w[0] === names[1999 - k])).toBe(true);
  });

  it('handles a 60,000-deep chain and a 60,000-member cycle without recursion', () => {
    const n = 60_000;
    const name = (i: number) => `B${i}`;
    const chain = Object.fromEntries(Array.from({ length: n }, (_, i) => [name(i), i + 1 < n ? [name(i + 1)] : []]));
    expect(computeWaves(graphOf(chain))).toHaveLength(n);
    const ring = Object.fromEntries(Array.from({ length: n }, (_, i) => [name(i), [name((i + 1) % n)]]));
    const g = graphOf(ring);
    const waves = computeWaves(g);
    expect(waves).toHaveLength(1);
    expect(waves[0]).toHaveLength(n);
    const cycles = findCycles(g);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.path).toHaveLength(n + 1);
    expect(cycles[0]!.path[0]).toBe('B0');
    expect(cycles[0]!.path[1]).toBe('B1');
    expect(cycles[0]!.path[n]).toBe('B0');
  });
});

describe('cycles', () => {
  it('finds nested cycles as one component with the shortest closing path through the first member', () => {
    const g = graphOf({ A: ['B'], B: ['C', 'D'], C: ['A', 'E'], D: ['B'], E: ['F'], F: ['E', 'G'], G: [] });
    expect(findCycles(g)).toEqual([
      { members: ['A', 'B', 'C', 'D'], path: ['A', 'B', 'C', 'A'], selfCall: false, chains: ['unclassified'] },
      { members: ['E', 'F'], path: ['E', 'F', 'E'], selfCall: false, chains: ['unclassified'] },
    ]);
  });

  it('reports a self-call as [A, A], also inside a larger cycle', () => {
    const g = graphOf({ X: ['X', 'Y'], Y: ['X'], Z: ['Z'] });
    expect(findCycles(g)).toEqual([
      { members: ['X', 'Y'], path: ['X', 'Y', 'X'], selfCall: false, chains: ['unclassified'] },
      { members: ['X'], path: ['X', 'X'], selfCall: true, chains: ['unclassified'] },
      { members: ['Z'], path: ['Z', 'Z'], selfCall: true, chains: ['unclassified'] },
    ]);
  });

  it('finds a cross-chain cycle and names its chains in canonical order', () => {
    const g = graphOf({ LH_PAY: ['IH_TAX'], IH_TAX: ['VPB_CHECK'], VPB_CHECK: ['LH_PAY'] });
    expect(findCycles(g)).toEqual([
      {
        members: ['IH_TAX', 'LH_PAY', 'VPB_CHECK'],
        path: ['IH_TAX', 'VPB_CHECK', 'LH_PAY', 'IH_TAX'],
        selfCall: false,
        chains: ['income-tax', 'corporate-tax', 'payroll'],
      },
    ]);
  });

  it('prefers the shortest way back over the first neighbour', () => {
    // A → B → C → D → A is long; A → E → A is the shortest cycle through A.
    const g = graphOf({ A: ['B', 'E'], B: ['C'], C: ['D'], D: ['A'], E: ['A'] });
    expect(findCycles(g)[0]).toMatchObject({ members: ['A', 'B', 'C', 'D', 'E'], path: ['A', 'E', 'A'] });
  });

  it('finds no cycle in a DAG and none through unresolved targets', () => {
    expect(findCycles(graphOf({ A: ['B', 'C'], B: ['D'], C: ['D', 'NOPE'], D: [] }))).toEqual([]);
  });

  it('is what analyzeEstate reports', () => {
    const result = analyzeEstate(makeInventory({ A: ['B'], B: ['A'] }));
    expect(result.cycles.map((c) => c.path)).toEqual([['A', 'B', 'A']]);
    expect(result.waves).toEqual([['A', 'B']]);
  });
});
