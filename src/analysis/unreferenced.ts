// Unreferenced blocks (issue 4 §2): blocks with no caller besides themselves that are not an entry point.
// Entry points are procedure steps and the names or `/regex/` patterns of config.entryPoints; none is guessed.
import { compileNamePattern } from '../model/name-pattern.js';
import { buildCallIndex, type CallIndex } from './call-index.js';
import type { DependencyGraph } from './graph-types.js';

/** Compile entry-point patterns into one test (invalid patterns never match; the config validator reports them). */
export function entryPointTest(patterns: readonly string[] = []): (name: string) => boolean {
  const tests = patterns.map(compileNamePattern).flatMap((p) => (p.ok ? [p.test] : []));
  return (name) => tests.some((test) => test(name));
}

/** Unreferenced blocks from a prepared index, sorted by name. */
export function unreferencedFromIndex(index: CallIndex, entryPoints: readonly string[] = []): string[] {
  const isEntryPoint = entryPointTest(entryPoints);
  const result: string[] = [];
  for (let v = 0; v < index.nodes.length; v++) {
    const node = index.nodes[v]!;
    if (index.estate[v] !== 1 || node.kind === 'procedure-step') continue;
    let callers = 0;
    for (let e = index.inStart[v]!; e < index.inStart[v + 1]!; e++) if (index.inSources[e] !== v) callers++;
    if (callers === 0 && !isEntryPoint(node.id)) result.push(node.id);
  }
  return result;
}

/**
 * Blocks nobody calls (a call to itself does not count) that are not entry points: not a procedure step and not
 * matched by `entryPoints` (exact names, case-insensitive, or `/regex/`). Unresolved targets are never listed.
 */
export function findUnreferenced(graph: DependencyGraph, entryPoints: readonly string[] = []): string[] {
  return unreferencedFromIndex(buildCallIndex(graph), entryPoints);
}
