// Facts about the planned call graph that the manifest and the README report: strongly connected components
// (iterative Tarjan, safe for 100k blocks), self-calls, callers, unreferenced blocks, wave-0 units, cross-chain
// calls. Computed from the plan, independently of the toolkit's own analyses (which tests compare them with).
import type { PlannedBlock, SamplePlan } from './plan-types.js';

/** Strongly connected components with more than one member, each sorted, the list sorted by first name. */
export function cyclesOf(plan: SamplePlan): string[][] {
  return sccs(plan)
    .filter((c) => c.length > 1)
    .map((c) => c.map((i) => (plan.blocks[i] as PlannedBlock).name).sort())
    .sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
}

/** Component id per block index (iterative Tarjan). */
export function componentIds(plan: SamplePlan): Int32Array {
  const comp = new Int32Array(plan.blocks.length).fill(-1);
  sccs(plan).forEach((members, id) => {
    for (const m of members) comp[m] = id;
  });
  return comp;
}

function sccs(plan: SamplePlan): number[][] {
  const n = plan.blocks.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const out: number[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const work: { v: number; edge: number }[] = [{ v: root, edge: 0 }];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length > 0) {
      const frame = work[work.length - 1] as { v: number; edge: number };
      const calls = (plan.blocks[frame.v] as PlannedBlock).calls;
      if (frame.edge < calls.length) {
        const w = calls[frame.edge++] as number;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          work.push({ v: w, edge: 0 });
        } else if (onStack[w]) low[frame.v] = Math.min(low[frame.v] as number, index[w] as number);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent.v] = Math.min(low[parent.v] as number, low[frame.v] as number);
      if (low[frame.v] === index[frame.v]) {
        const members: number[] = [];
        for (;;) {
          const w = stack.pop() as number;
          onStack[w] = 0;
          members.push(w);
          if (w === frame.v) break;
        }
        out.push(members);
      }
    }
  }
  return out;
}

/** Blocks that call themselves, sorted. */
export function selfCallsOf(plan: SamplePlan): string[] {
  return plan.blocks.filter((b) => b.calls.includes(b.index)).map((b) => b.name).sort();
}

/** Number of distinct other blocks calling each block (self-calls left out). */
export function fanIn(plan: SamplePlan): Int32Array {
  const counts = new Int32Array(plan.blocks.length);
  for (const b of plan.blocks) for (const c of b.calls) if (c !== b.index) counts[c] = (counts[c] ?? 0) + 1;
  return counts;
}

/** Blocks with no caller (a self-call does not count) that are neither procedure steps nor entry points, sorted. */
export function unreferencedOf(plan: SamplePlan): string[] {
  const counts = fanIn(plan);
  return plan.blocks.filter((b) => counts[b.index] === 0 && b.kind !== 'procedure-step' && !b.entry).map((b) => b.name).sort();
}

/** Blocks whose unit (cycle or single block) calls nothing in the estate outside itself: migration wave 0, sorted. */
export function waveZeroOf(plan: SamplePlan): string[] {
  const comp = componentIds(plan);
  const leavesUnit = new Map<number, boolean>();
  for (const b of plan.blocks) {
    const id = comp[b.index] as number;
    const outside = b.calls.some((c) => comp[c] !== id);
    leavesUnit.set(id, (leavesUnit.get(id) ?? false) || outside);
  }
  return plan.blocks.filter((b) => !leavesUnit.get(comp[b.index] as number)).map((b) => b.name).sort();
}

/** Calls between two different chains, shared blocks left out, sorted by caller then callee. */
export function crossChainCallsOf(plan: SamplePlan): { from: string; to: string; fromDomain: string; toDomain: string }[] {
  const out: { from: string; to: string; fromDomain: string; toDomain: string }[] = [];
  for (const b of plan.blocks) {
    for (const c of b.calls) {
      const callee = plan.blocks[c] as PlannedBlock;
      if (callee.domain !== b.domain && callee.chain !== 'SHARED' && b.chain !== 'SHARED') {
        out.push({ from: b.name, to: callee.name, fromDomain: b.domain, toDomain: callee.domain });
      }
    }
  }
  return out.sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : x.to < y.to ? -1 : 1));
}
