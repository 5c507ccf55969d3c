// Migration waves (issue 4 §2): condense every strongly connected component (self-calls included) into one unit;
// wave 0 = a unit that calls nothing in the estate, wave k = 1 + the highest wave of the units it calls.
import { DirectedGraph } from 'graphology';
import { topologicalSort } from 'graphology-dag';
import { buildCallIndex, type CallIndex } from './call-index.js';
import { compareStrings } from './chain-order.js';
import type { DependencyGraph } from './graph-types.js';
import { computeScc, type SccResult } from './scc.js';

/** Wave number per call node (-1 for unresolved targets, which are in no wave). */
export function waveNumbersFromIndex(index: CallIndex, scc: SccResult): Int32Array {
  const { outStart, outTargets, estate } = index;
  const { componentOf, components } = scc;
  // The condensation as a graphology DAG: one node per unit, one edge per caller unit → callee unit
  // (edges inside a unit and calls to unresolved targets left out). Its topological order drives the DP.
  const dag = new DirectedGraph();
  for (let c = 0; c < components.length; c++) dag.addNode(String(c));
  for (let c = 0; c < components.length; c++) {
    for (const v of components[c]!) {
      for (let e = outStart[v]!; e < outStart[v + 1]!; e++) {
        const w = outTargets[e]!;
        const cw = componentOf[w]!;
        if (cw === c || estate[w] !== 1) continue;
        dag.mergeEdge(String(c), String(cw));
      }
    }
  }
  const unitWave = new Int32Array(components.length);
  const order = topologicalSort(dag);
  // Callers come first in topological order, so walk it backwards: every callee unit is final before its callers.
  for (let i = order.length - 1; i >= 0; i--) {
    const unit = order[i]!;
    let wave = 0;
    dag.forEachOutNeighbor(unit, (callee) => {
      const w = unitWave[Number(callee)]! + 1;
      if (w > wave) wave = w;
    });
    unitWave[Number(unit)] = wave;
  }
  const waveOf = new Int32Array(index.nodes.length);
  for (let v = 0; v < waveOf.length; v++) waveOf[v] = estate[v] === 1 ? unitWave[componentOf[v]!]! : -1;
  return waveOf;
}

/** Group wave numbers into `string[][]`, wave 0 first, names sorted. */
export function wavesFromNumbers(index: CallIndex, waveOf: Int32Array): string[][] {
  const waves: string[][] = [];
  for (let v = 0; v < waveOf.length; v++) {
    const w = waveOf[v]!;
    if (w < 0) continue;
    while (waves.length <= w) waves.push([]);
    waves[w]!.push(index.nodes[v]!.id);
  }
  for (const wave of waves) wave.sort(compareStrings);
  return waves;
}

/**
 * The migration waves of the estate, wave 0 first, names sorted. Each strongly connected component (a cycle, or a
 * block calling itself) is one unit that moves together, so all its members share one wave. Unresolved USE targets
 * are nodes of the graph but not part of the estate to migrate: they are in no wave, and a call to one does not
 * raise the caller's wave. Linear: one pass over the condensation in topological order.
 */
export function computeWaves(graph: DependencyGraph): string[][] {
  const index = buildCallIndex(graph);
  return wavesFromNumbers(index, waveNumbersFromIndex(index, computeScc(index)));
}
