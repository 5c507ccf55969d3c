// Converts the plain DependencyGraph into a graphology instance, for users who want graphology's algorithm
// library (layouts, metrics, traversals) on an estate. Node attributes are the GraphNode fields.
import { MultiDirectedGraph } from 'graphology';
import type { DependencyGraph, GraphEdge, GraphNode } from './graph-types.js';

/**
 * A graphology MultiDirectedGraph of the dependency graph: node keys are node ids with the GraphNode as attributes;
 * edges carry `type` (and `attributes` on CRUD edges). Multi, because a block can read AND update an entity type.
 */
export function toGraphology(graph: DependencyGraph): MultiDirectedGraph<GraphNode, Omit<GraphEdge, 'source' | 'target'>> {
  const g = new MultiDirectedGraph<GraphNode, Omit<GraphEdge, 'source' | 'target'>>();
  for (const node of graph.nodes) g.mergeNode(node.id, { ...node });
  for (const edge of graph.edges) {
    if (!g.hasNode(edge.source) || !g.hasNode(edge.target)) continue;
    const { source, target, ...attributes } = edge;
    g.addEdge(source, target, attributes);
  }
  return g;
}
