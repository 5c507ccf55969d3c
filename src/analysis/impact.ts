// Impact of a block (issue 4 §2): its transitive callers (what breaks if it moves) and its transitive
// dependencies (what it needs), each at its shortest call distance, by breadth-first search.
import type { ImpactEntry, ImpactResult } from './analysis-types.js';
import { buildCallIndex, lookupCallNode, type CallIndex } from './call-index.js';
import { compareStrings, orderChains } from './chain-order.js';
import type { DependencyGraph } from './graph-types.js';

/** Options of computeImpact. */
export interface ImpactOptions {
  /** Stop after this many calls (default: no limit). */
  maxDepth?: number;
}

/** BFS from `start` over one CSR direction; returns [node, depth] pairs, start excluded, in BFS order. */
export function bfsDepths(start: number, first: Int32Array, list: Int32Array, maxDepth = Infinity): [number, number][] {
  const depth = new Map<number, number>([[start, 0]]);
  const queue: number[] = [start];
  const found: [number, number][] = [];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    const d = depth.get(v)!;
    if (d >= maxDepth) continue;
    for (let e = first[v]!; e < first[v + 1]!; e++) {
      const w = list[e]!;
      if (depth.has(w)) continue;
      depth.set(w, d + 1);
      queue.push(w);
      found.push([w, d + 1]);
    }
  }
  return found;
}

function toEntries(index: CallIndex, found: [number, number][]): ImpactEntry[] {
  return found
    .map(([v, depth]) => {
      const node = index.nodes[v]!;
      return { name: node.id, depth, domain: node.domain, resolved: node.resolved };
    })
    .sort((a, b) => a.depth - b.depth || compareStrings(a.name, b.name));
}

/** Impact from a prepared index; undefined when `name` is not a block or unresolved target of the graph. */
export function impactFromIndex(index: CallIndex, name: string, options: ImpactOptions = {}): ImpactResult | undefined {
  const v = lookupCallNode(index, name);
  if (v === undefined) return undefined;
  const node = index.nodes[v]!;
  const maxDepth = options.maxDepth ?? Infinity;
  const callers = toEntries(index, bfsDepths(v, index.inStart, index.inSources, maxDepth));
  const dependencies = toEntries(index, bfsDepths(v, index.outStart, index.outTargets, maxDepth));
  const chains = orderChains(callers.map((c) => c.domain ?? '').filter((d) => d !== ''));
  return { target: node.id, domain: node.domain, kind: node.kind, callers, dependencies, chains };
}

/**
 * The impact of one block: every transitive caller and every transitive dependency with its depth (the shortest
 * number of calls, 1 = direct), sorted by depth then name, and the chains of the callers. The target is looked up
 * by exact name, then case-insensitively as a canonical (UPPER_CASE) name; undefined when it is not in the graph.
 * The target itself is never listed, even when it is in a cycle. O(N + E).
 */
export function computeImpact(graph: DependencyGraph, name: string, options: ImpactOptions = {}): ImpactResult | undefined {
  return impactFromIndex(buildCallIndex(graph), name, options);
}
