// Property test on a few hundred seeded random call graphs: waves respect every call outside a cycle, each wave is
// exactly 1 + the highest callee wave, cycle paths are real closing paths, the SCCs match graphology-components,
// and impact depths match a plain BFS.
import { describe, expect, it } from 'vitest';
import { DirectedGraph } from 'graphology';
import { stronglyConnectedComponents } from 'graphology-components';
import { analyzeGraph, buildDependencyGraph, computeImpact } from '../../src/analysis/index.js';
import { makeInventory, seededRandom } from './build-inventory.js';

interface Case {
  blocks: Record<string, string[]>;
  edges: [string, string][];
}

function randomCase(seed: number): Case {
  const rnd = seededRandom(seed);
  const n = 1 + Math.floor(rnd() * 40);
  const names = Array.from({ length: n }, (_, i) => `B${String(i).padStart(2, '0')}`);
  const density = rnd() * 3; // average out-degree 0..3
  const blocks: Record<string, string[]> = {};
  for (const name of names) {
    const calls = new Set<string>();
    const k = Math.floor(rnd() * density * 2);
    for (let j = 0; j < k; j++) calls.add(rnd() < 0.08 ? `MISSING_${Math.floor(rnd() * 3)}` : names[Math.floor(rnd() * n)]!);
    blocks[name] = [...calls];
  }
  const edges = Object.entries(blocks).flatMap(([s, cs]) => cs.map((t) => [s, t] as [string, string]));
  return { blocks, edges };
}

function bfs(start: string, adjacency: Map<string, string[]>): Map<string, number> {
  const dist = new Map([[start, 0]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i]!;
    for (const w of adjacency.get(v) ?? []) {
      if (dist.has(w)) continue;
      dist.set(w, dist.get(v)! + 1);
      queue.push(w);
    }
  }
  dist.delete(start);
  return dist;
}

describe('random call graphs (seeded)', () => {
  for (let seed = 1; seed <= 300; seed++) {
    it(`seed ${seed}`, () => {
      const { blocks, edges } = randomCase(seed);
      const graph = buildDependencyGraph(makeInventory(blocks));
      const result = analyzeGraph(graph);
      const defined = new Set(Object.keys(blocks));

      // Reference SCCs from graphology-components (small graphs: its recursion is safe here).
      const ref = new DirectedGraph();
      for (const node of graph.nodes) ref.addNode(node.id);
      for (const [s, t] of edges) ref.mergeEdge(s, t);
      const sccOf = new Map<string, number>();
      stronglyConnectedComponents(ref).forEach((members, i) => members.forEach((m) => sccOf.set(m, i)));

      // Waves: every defined block in exactly one wave, unresolved targets in none.
      const waveOf = new Map<string, number>();
      result.waves.forEach((wave, k) => {
        expect(wave).toEqual([...wave].sort());
        for (const name of wave) {
          expect(waveOf.has(name)).toBe(false);
          waveOf.set(name, k);
        }
      });
      expect([...waveOf.keys()].sort()).toEqual([...defined].sort());
      for (const wave of result.waves) expect(wave.length).toBeGreaterThan(0);

      // Every call outside a cycle goes from a strictly higher wave to a lower one; cycle members share a wave.
      for (const [s, t] of edges) {
        if (!defined.has(t)) continue;
        if (sccOf.get(s) === sccOf.get(t)) expect(waveOf.get(s)).toBe(waveOf.get(t));
        else expect(waveOf.get(s)!).toBeGreaterThan(waveOf.get(t)!);
      }
      // Each wave is exactly 1 + the highest wave of the units it calls (0 when it calls none).
      for (const name of defined) {
        const calleeWaves = edges
          .filter(([s, t]) => sccOf.get(s) === sccOf.get(name) && defined.has(t) && sccOf.get(t) !== sccOf.get(name))
          .map(([, t]) => waveOf.get(t)!);
        expect(waveOf.get(name)).toBe(calleeWaves.length === 0 ? 0 : 1 + Math.max(...calleeWaves));
      }

      // Cycles: the multi-member ones are exactly the SCCs of size > 1; self-calls exactly the self-edges.
      const edgeSet = new Set(edges.map(([s, t]) => `${s}>${t}`));
      const expectedSccs = stronglyConnectedComponents(ref).filter((c) => c.length > 1).map((c) => [...c].sort().join(',')).sort();
      expect(result.cycles.filter((c) => !c.selfCall).map((c) => c.members.join(',')).sort()).toEqual(expectedSccs);
      expect(result.cycles.filter((c) => c.selfCall).map((c) => c.members[0]).sort()).toEqual(edges.filter(([s, t]) => s === t).map(([s]) => s).sort());
      for (const cycle of result.cycles) {
        const { path, members } = cycle;
        expect(path[0]).toBe(members[0]);
        expect(path[path.length - 1]).toBe(members[0]);
        expect(path.length).toBeGreaterThanOrEqual(2);
        for (let i = 0; i + 1 < path.length; i++) {
          expect(edgeSet.has(`${path[i]}>${path[i + 1]}`)).toBe(true);
          expect(members).toContain(path[i]);
        }
        expect(path.length).toBe(cycle.selfCall ? 2 : Math.max(3, path.length));
        if (!cycle.selfCall) expect(new Set(path.slice(0, -1)).size).toBe(path.length - 1); // a simple cycle
      }

      // Impact depths equal plain BFS distances in both directions.
      const forward = new Map<string, string[]>();
      const backward = new Map<string, string[]>();
      for (const [s, t] of edges) {
        forward.set(s, [...(forward.get(s) ?? []), t]);
        backward.set(t, [...(backward.get(t) ?? []), s]);
      }
      const target = [...defined][seed % defined.size]!;
      const impact = computeImpact(graph, target)!;
      expect(new Map(impact.callers.map((c) => [c.name, c.depth]))).toEqual(bfs(target, backward));
      expect(new Map(impact.dependencies.map((c) => [c.name, c.depth]))).toEqual(bfs(target, forward));
    });
  }
});
