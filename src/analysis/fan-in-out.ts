// Fan-in (Ca), fan-out (Ce) and instability I = Ce / (Ca + Ce) per block and per chain (issue 4 §2).
// I is 0 when Ca + Ce = 0: an isolated block is not "unstable", it is simply free to move.
import type { BlockCoupling, ChainInstability } from './analysis-types.js';
import { buildCallIndex, type CallIndex } from './call-index.js';
import { orderChains } from './chain-order.js';
import type { DependencyGraph } from './graph-types.js';

/** Ce / (Ca + Ce) rounded to 3 decimals; 0 when both are 0. */
export function instability(afferent: number, efferent: number): number {
  const total = afferent + efferent;
  return total === 0 ? 0 : Math.round((efferent / total) * 1000) / 1000;
}

/** Per-block coupling from a prepared index, for defined blocks only, sorted by name. */
export function fanInOutFromIndex(index: CallIndex): BlockCoupling[] {
  const result: BlockCoupling[] = [];
  for (let v = 0; v < index.nodes.length; v++) {
    if (index.estate[v] !== 1) continue;
    const node = index.nodes[v]!;
    const self = index.selfCall[v]!;
    const fanIn = index.inStart[v + 1]! - index.inStart[v]! - self;
    const fanOut = index.outStart[v + 1]! - index.outStart[v]! - self;
    result.push({ name: node.id, domain: node.domain ?? '', kind: node.kind, fanIn, fanOut, instability: instability(fanIn, fanOut) });
  }
  return result;
}

/**
 * Per-chain coupling across the chain border: Ca = distinct blocks of other chains calling into the chain,
 * Ce = distinct blocks/unresolved targets of other chains the chain calls, plus the crossing call counts.
 * One entry per chain that has at least one defined block, in canonical chain order. O(N + E).
 */
export function chainInstabilityFromIndex(index: CallIndex): ChainInstability[] {
  const chains = orderChains(index.nodes.map((node) => node.domain ?? ''));
  const position = new Map(chains.map((c, i) => [c, i]));
  const n = index.nodes.length;
  const pos = Int32Array.from(index.nodes, (node) => position.get(node.domain ?? '')!);
  const blocks = new Int32Array(chains.length);
  const ca = new Int32Array(chains.length);
  const ce = new Int32Array(chains.length);
  const callsIn = new Int32Array(chains.length);
  const callsOut = new Int32Array(chains.length);
  // stamp[c] = the last node counted for chain c, so each node counts once per chain.
  const stamp = new Int32Array(chains.length).fill(-1);
  for (let v = 0; v < n; v++) {
    if (index.estate[v] === 1) blocks[pos[v]!]!++;
    // v as a caller from outside: counts once in Ca of every other chain it calls into.
    for (let e = index.outStart[v]!; e < index.outStart[v + 1]!; e++) {
      const to = pos[index.outTargets[e]!]!;
      if (to === pos[v]) continue;
      callsOut[pos[v]!]!++;
      callsIn[to]!++;
      if (stamp[to] !== v) {
        stamp[to] = v;
        ca[to]!++;
      }
    }
  }
  stamp.fill(-1);
  for (let w = 0; w < n; w++) {
    // w as a callee from outside: counts once in Ce of every other chain that calls it.
    for (let e = index.inStart[w]!; e < index.inStart[w + 1]!; e++) {
      const from = pos[index.inSources[e]!]!;
      if (from === pos[w] || stamp[from] === w) continue;
      stamp[from] = w;
      ce[from]!++;
    }
  }
  return chains
    .map((chain, c) => ({
      chain,
      blocks: blocks[c]!,
      afferent: ca[c]!,
      efferent: ce[c]!,
      callsIn: callsIn[c]!,
      callsOut: callsOut[c]!,
      instability: instability(ca[c]!, ce[c]!),
    }))
    .filter((entry) => entry.blocks > 0);
}

/** Fan-in, fan-out and instability of every defined block, sorted by name (self-calls not counted). */
export function computeFanInOut(graph: DependencyGraph): BlockCoupling[] {
  return fanInOutFromIndex(buildCallIndex(graph));
}

/** Ca, Ce and instability of every chain, counted across chain borders, in canonical chain order. */
export function computeChainInstability(graph: DependencyGraph): ChainInstability[] {
  return chainInstabilityFromIndex(buildCallIndex(graph));
}
