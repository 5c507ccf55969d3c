// The cross-chain coupling matrix (issue 4 §2): call counts between income-tax, corporate-tax, payroll and every
// other chain, the concrete crossing calls, and the entity types that blocks of more than one chain write.
import type { CouplingMatrix, CrossChainCall, SharedWrite } from './analysis-types.js';
import { buildCallIndex, type CallIndex } from './call-index.js';
import { compareStrings, orderChains } from './chain-order.js';
import { crudLetterOf, type DependencyGraph } from './graph-types.js';

/** Entity types written (C, U or D) by blocks of more than one chain, sorted by entity. */
export function sharedWritesOf(graph: DependencyGraph): SharedWrite[] {
  const domainOf = new Map<string, string>();
  for (const node of graph.nodes) if (node.kind !== 'entity') domainOf.set(node.id, node.domain ?? '');
  const nameOf = new Map(graph.nodes.map((node) => [node.id, node.name]));
  const writers = new Map<string, Map<string, string>>(); // entity id → block → letters
  for (const edge of graph.edges) {
    const letter = crudLetterOf(edge.type);
    if (letter === undefined || letter === 'R') continue;
    let byBlock = writers.get(edge.target);
    if (byBlock === undefined) writers.set(edge.target, (byBlock = new Map()));
    byBlock.set(edge.source, (byBlock.get(edge.source) ?? '') + letter);
  }
  const result: SharedWrite[] = [];
  for (const [entityId, byBlock] of writers) {
    const chains = orderChains([...byBlock.keys()].map((b) => domainOf.get(b) ?? ''));
    if (chains.length < 2) continue;
    const list = [...byBlock.entries()]
      .map(([name, letters]) => ({ name, domain: domainOf.get(name) ?? '', letters: ['C', 'U', 'D'].filter((l) => letters.includes(l)).join('') }))
      .sort((a, b) => compareStrings(a.name, b.name));
    result.push({ entity: nameOf.get(entityId) ?? entityId, chains, writers: list });
  }
  return result.sort((a, b) => compareStrings(a.entity, b.entity));
}

/** The coupling matrix from a prepared index (calls) and the graph (writes). Linear: no comparison sort. */
export function couplingFromIndex(index: CallIndex, graph: DependencyGraph): CouplingMatrix {
  const chains = orderChains(index.nodes.map((node) => node.domain ?? ''), true);
  const position = new Map(chains.map((c, i) => [c, i]));
  const k = chains.length;
  const pos = Int32Array.from(index.nodes, (node) => position.get(node.domain ?? '')!);
  const matrix = chains.map(() => chains.map(() => 0));
  // Node numbers follow sorted names, so walking sources then targets in order yields edges sorted by
  // (source, target); bucketing by (from, to) keeps that order inside each bucket.
  const buckets: CrossChainCall[][] = Array.from({ length: k * k }, () => []);
  for (let v = 0; v < index.nodes.length; v++) {
    const from = pos[v]!;
    for (let e = index.outStart[v]!; e < index.outStart[v + 1]!; e++) {
      const w = index.outTargets[e]!;
      if (w === v) continue;
      const to = pos[w]!;
      matrix[from]![to]!++;
      if (from !== to) buckets[from * k + to]!.push({ from: chains[from]!, to: chains[to]!, source: index.nodes[v]!.id, target: index.nodes[w]!.id });
    }
  }
  return { chains, matrix, edges: buckets.flat(), sharedWrites: sharedWritesOf(graph) };
}

/**
 * The cross-chain coupling matrix: rows and columns are income-tax, corporate-tax, payroll (always) and then
 * every other chain sorted; matrix[i][j] counts calls from chain i to chain j (the diagonal counts calls inside a
 * chain; self-calls are not counted). Calls to unresolved targets count under the chain their name gives.
 */
export function computeCoupling(graph: DependencyGraph): CouplingMatrix {
  return couplingFromIndex(buildCallIndex(graph), graph);
}
