// Call cycles (issue 4 §2): every strongly connected component with more than one member and every self-call,
// each with one concrete closing path: the shortest cycle through the alphabetically first member.
import type { Cycle } from './analysis-types.js';
import { buildCallIndex, type CallIndex } from './call-index.js';
import { orderChains } from './chain-order.js';
import type { DependencyGraph } from './graph-types.js';
import { computeScc, type SccResult } from './scc.js';

/** Scratch arrays reused across components so the whole pass stays O(N + E). */
interface Scratch {
  parent: Int32Array;
  queue: Int32Array;
}

/**
 * Shortest call path start → … → start inside one component (self-call of `start` ignored), by BFS in sorted
 * neighbour order, so the result is deterministic. Only the component's members are touched.
 */
function closingPath(index: CallIndex, scc: SccResult, start: number, scratch: Scratch): number[] {
  const { outStart, outTargets } = index;
  const comp = scc.componentOf[start]!;
  const { parent, queue } = scratch;
  const touched: number[] = [start];
  parent[start] = start;
  let head = 0;
  let tail = 0;
  queue[tail++] = start;
  let closer = -1;
  while (head < tail && closer === -1) {
    const v = queue[head++]!;
    for (let e = outStart[v]!; e < outStart[v + 1]!; e++) {
      const w = outTargets[e]!;
      if (w === start && v !== start) {
        closer = v;
        break;
      }
      if (scc.componentOf[w] !== comp || parent[w] !== -1) continue;
      parent[w] = v;
      touched.push(w);
      queue[tail++] = w;
    }
  }
  const back: number[] = [];
  for (let v = closer; v !== start && v !== -1; v = parent[v]!) back.push(v);
  for (const v of touched) parent[v] = -1;
  return [start, ...back.reverse(), start];
}

/** Cycles from a prepared index and SCC result (used by analyzeGraph to share the work). */
export function cyclesFromIndex(index: CallIndex, scc: SccResult): Cycle[] {
  const n = index.nodes.length;
  const scratch: Scratch = { parent: new Int32Array(n).fill(-1), queue: new Int32Array(n) };
  const names = index.nodes.map((node) => node.id);
  const domainOf = (v: number): string => index.nodes[v]!.domain ?? '';
  const cycles: Cycle[] = [];
  for (const members of scc.components) {
    if (members.length < 2) continue;
    const path = closingPath(index, scc, members[0]!, scratch);
    cycles.push({
      members: members.map((v) => names[v]!),
      path: path.map((v) => names[v]!),
      selfCall: false,
      chains: orderChains(members.map(domainOf)),
    });
  }
  for (let v = 0; v < n; v++) {
    if (index.selfCall[v] !== 1) continue;
    cycles.push({ members: [names[v]!], path: [names[v]!, names[v]!], selfCall: true, chains: orderChains([domainOf(v)]) });
  }
  // Node numbers follow sorted names, so comparing first members' numbers sorts by name.
  const first = (c: Cycle): number => index.indexOf.get(c.members[0]!)!;
  return cycles.sort((a, b) => first(a) - first(b) || b.members.length - a.members.length);
}

/**
 * Every call cycle of the graph: each strongly connected component with more than one member, and every block
 * that calls itself (also when it is in a larger component). `members` are sorted; `path` is the shortest call
 * path from members[0] back to itself (ties: sorted neighbour order). Sorted by first member, larger cycles first.
 */
export function findCycles(graph: DependencyGraph): Cycle[] {
  const index = buildCallIndex(graph);
  return cyclesFromIndex(index, computeScc(index));
}
