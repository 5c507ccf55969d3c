// The chain-level view of a dependency graph: one node per chain, one edge per pair of chains with the number of
// calls between them. Small at any estate size; used for out/ and when a Mermaid graph is too big to render.
import { compareStrings, orderChains } from './chain-order.js';
import type { DependencyGraph } from './graph-types.js';

/** One chain as a node of the chain-level view. */
export interface ChainLevelNode {
  chain: string;
  /** Defined blocks of the chain. */
  blocks: number;
  /** Unresolved USE targets whose name puts them in the chain. */
  unresolved: number;
  /** Calls between blocks of the same chain (self-calls not counted). */
  internalCalls: number;
}

/** Calls from one chain to another. */
export interface ChainLevelEdge {
  from: string;
  to: string;
  calls: number;
}

/** The chain-level view; chains in canonical order, edges sorted by from, then to. */
export interface ChainLevelGraph {
  chains: ChainLevelNode[];
  edges: ChainLevelEdge[];
}

/** Collapse a dependency graph to its chains (entity types are left out). O(N + E). */
export function chainLevelGraph(graph: DependencyGraph): ChainLevelGraph {
  const domainOf = new Map<string, string>();
  const nodes = new Map<string, ChainLevelNode>();
  for (const node of graph.nodes) {
    if (node.kind === 'entity') continue;
    const chain = node.domain ?? '';
    domainOf.set(node.id, chain);
    let entry = nodes.get(chain);
    if (entry === undefined) nodes.set(chain, (entry = { chain, blocks: 0, unresolved: 0, internalCalls: 0 }));
    if (node.kind === 'unresolved') entry.unresolved++;
    else entry.blocks++;
  }
  const counts = new Map<string, ChainLevelEdge>();
  for (const edge of graph.edges) {
    if (edge.type !== 'uses' || edge.source === edge.target) continue;
    const from = domainOf.get(edge.source);
    const to = domainOf.get(edge.target);
    if (from === undefined || to === undefined) continue;
    if (from === to) {
      nodes.get(from)!.internalCalls++;
      continue;
    }
    const key = JSON.stringify([from, to]);
    const entry = counts.get(key);
    if (entry === undefined) counts.set(key, { from, to, calls: 1 });
    else entry.calls++;
  }
  const order = orderChains(nodes.keys());
  const position = new Map(order.map((c, i) => [c, i]));
  const edges = [...counts.values()].sort(
    (a, b) => position.get(a.from)! - position.get(b.from)! || position.get(a.to)! - position.get(b.to)! || compareStrings(a.to, b.to),
  );
  return { chains: order.map((c) => nodes.get(c)!), edges };
}
