// Views on a dependency graph for `coolgen graph`: the neighbourhood of one block (--focus/--depth) and the
// blocks of one chain with their direct cross-chain neighbours (--chain). Each returns a smaller DependencyGraph.
import { buildCallIndex } from './call-index.js';
import { bfsDepths } from './impact.js';
import { chainsOfNodes } from './graph-build.js';
import type { DependencyGraph, GraphNode } from './graph-types.js';

/** Find a block or unresolved target by name: exact id first, then the canonical (UPPER_CASE) name. */
export function findGraphNode(graph: DependencyGraph, name: string): GraphNode | undefined {
  const canonical = name.trim().toUpperCase();
  let match: GraphNode | undefined;
  for (const node of graph.nodes) {
    if (node.kind === 'entity') continue;
    if (node.id === name) return node;
    if (match === undefined && node.id === canonical) match = node;
  }
  return match;
}

/**
 * The graph restricted to the call nodes in `keep`: their `uses` edges among each other, plus every CRUD edge of a
 * kept block and the entity types those edges reach. Node and edge order are preserved.
 */
export function restrictGraph(graph: DependencyGraph, keep: ReadonlySet<string>): DependencyGraph {
  const entities = new Set<string>();
  const edges = graph.edges.filter((edge) => {
    if (!keep.has(edge.source)) return false;
    if (edge.type === 'uses') return keep.has(edge.target);
    entities.add(edge.target);
    return true;
  });
  const nodes = graph.nodes.filter((node) => (node.kind === 'entity' ? entities.has(node.id) : keep.has(node.id)));
  return { chains: chainsOfNodes(nodes), nodes, edges };
}

/** Default neighbourhood depth of `coolgen graph --focus`. */
export const DEFAULT_FOCUS_DEPTH = 2;

/**
 * The neighbourhood of one block: the block, its callers and its callees up to `depth` calls away (each direction
 * separately), the calls among them and the entity types they touch. Undefined when the name is not in the graph.
 */
export function focusGraph(graph: DependencyGraph, name: string, depth: number = DEFAULT_FOCUS_DEPTH): DependencyGraph | undefined {
  const target = findGraphNode(graph, name);
  if (target === undefined) return undefined;
  const index = buildCallIndex(graph);
  const v = index.indexOf.get(target.id)!;
  const keep = new Set<string>([target.id]);
  for (const [w] of bfsDepths(v, index.inStart, index.inSources, depth)) keep.add(index.nodes[w]!.id);
  for (const [w] of bfsDepths(v, index.outStart, index.outTargets, depth)) keep.add(index.nodes[w]!.id);
  return restrictGraph(graph, keep);
}

/**
 * One chain's view: its blocks and unresolved targets, the blocks of other chains that call them or that they
 * call directly (so the border stays visible), the calls that touch the chain, and the entity types that the
 * chain's own blocks use. The chain name is matched exactly, then case-insensitively. Undefined when no node has it.
 */
export function chainSubgraph(graph: DependencyGraph, chain: string): DependencyGraph | undefined {
  const chains = graph.chains;
  const name = chains.includes(chain) ? chain : chains.find((c) => c.toLowerCase() === chain.trim().toLowerCase());
  if (name === undefined) return undefined;
  const inChain = new Set(graph.nodes.filter((n) => n.kind !== 'entity' && n.domain === name).map((n) => n.id));
  const keep = new Set(inChain);
  const entities = new Set<string>();
  const edges = graph.edges.filter((edge) => {
    if (edge.type !== 'uses') {
      if (inChain.has(edge.source)) entities.add(edge.target);
      return inChain.has(edge.source);
    }
    if (!inChain.has(edge.source) && !inChain.has(edge.target)) return false;
    keep.add(edge.source);
    keep.add(edge.target);
    return true;
  });
  const nodes = graph.nodes.filter((node) => (node.kind === 'entity' ? entities.has(node.id) : keep.has(node.id)));
  return { chains: chainsOfNodes(nodes), nodes, edges };
}

/** The graph without entity types and CRUD edges: the call graph only. */
export function withoutEntities(graph: DependencyGraph): DependencyGraph {
  return { chains: graph.chains, nodes: graph.nodes.filter((n) => n.kind !== 'entity'), edges: graph.edges.filter((e) => e.type === 'uses') };
}
