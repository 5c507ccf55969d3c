// An integer-indexed, compact (CSR) view of the call graph (`uses` edges among blocks and unresolved targets),
// built once per analysis run so every algorithm is a linear pass over typed arrays. Internal, not a result.
import type { DependencyGraph, GraphNode } from './graph-types.js';

/** The call graph with nodes numbered 0..n-1 in graph order (ids sorted), adjacency sorted ascending. */
export interface CallIndex {
  /** The call nodes (blocks and unresolved targets), in graph order. */
  nodes: GraphNode[];
  indexOf: Map<string, number>;
  /** Out-edges of v are outTargets[outStart[v] .. outStart[v+1]), self-calls included, no duplicates. */
  outStart: Int32Array;
  outTargets: Int32Array;
  /** In-edges of v are inSources[inStart[v] .. inStart[v+1]), self-calls included, no duplicates. */
  inStart: Int32Array;
  inSources: Int32Array;
  /** 1 where the block calls itself. */
  selfCall: Uint8Array;
  /** 1 where the node belongs to the estate (a defined block), 0 for unresolved targets. */
  estate: Uint8Array;
}

/** Group (from[e], to[e]) pairs by `from` into CSR form; each list sorted ascending, duplicates removed. */
function compress(n: number, from: Int32Array, to: Int32Array, count: number): { start: Int32Array; list: Int32Array } {
  const raw = new Int32Array(n + 1);
  for (let e = 0; e < count; e++) raw[from[e]! + 1]!++;
  for (let v = 0; v < n; v++) raw[v + 1]! += raw[v]!;
  const fill = raw.slice(0, n);
  const all = new Int32Array(count);
  for (let e = 0; e < count; e++) all[fill[from[e]!]!++] = to[e]!;
  const start = new Int32Array(n + 1);
  let k = 0;
  for (let v = 0; v < n; v++) {
    const segment = all.subarray(raw[v]!, raw[v + 1]!).sort();
    start[v] = k;
    for (let i = 0; i < segment.length; i++) if (i === 0 || segment[i] !== segment[i - 1]) all[k++] = segment[i]!;
  }
  start[n] = k;
  return { start, list: all.slice(0, k) };
}

/** Build the call index of a dependency graph. `uses` edges to unknown ids and duplicate edges are ignored. O(N + E log d). */
export function buildCallIndex(graph: DependencyGraph): CallIndex {
  const nodes = graph.nodes.filter((node) => node.kind !== 'entity');
  const n = nodes.length;
  const indexOf = new Map<string, number>();
  nodes.forEach((node, i) => indexOf.set(node.id, i));
  let from = new Int32Array(Math.max(16, graph.edges.length));
  let to = new Int32Array(from.length);
  let count = 0;
  for (const edge of graph.edges) {
    if (edge.type !== 'uses') continue;
    const s = indexOf.get(edge.source);
    const t = indexOf.get(edge.target);
    if (s === undefined || t === undefined) continue;
    from[count] = s;
    to[count++] = t;
  }
  from = from.subarray(0, count);
  to = to.subarray(0, count);
  const out = compress(n, from, to, count);
  // The reverse direction from the de-duplicated forward lists.
  const m = out.list.length;
  const revFrom = new Int32Array(m);
  for (let v = 0; v < n; v++) revFrom.fill(v, out.start[v]!, out.start[v + 1]!);
  const inn = compress(n, out.list, revFrom, m);
  const selfCall = new Uint8Array(n);
  const estate = new Uint8Array(n);
  for (let v = 0; v < n; v++) {
    estate[v] = nodes[v]!.kind === 'unresolved' ? 0 : 1;
    for (let e = out.start[v]!; e < out.start[v + 1]!; e++) if (out.list[e] === v) selfCall[v] = 1;
  }
  return { nodes, indexOf, outStart: out.start, outTargets: out.list, inStart: inn.start, inSources: inn.list, selfCall, estate };
}

/** Find a call node by name: the exact id first, then the canonical (trimmed, UPPER_CASE) name. */
export function lookupCallNode(index: CallIndex, name: string): number | undefined {
  return index.indexOf.get(name) ?? index.indexOf.get(name.trim().toUpperCase());
}
