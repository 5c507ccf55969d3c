// The dependency graph as JSON (`coolgen graph --format json`): the DependencyGraph object, 2-space indented.
import type { DependencyGraph } from '../analysis/graph-types.js';

/** Render the dependency graph as JSON text ending in a newline. */
export function renderGraphJson(graph: DependencyGraph): string {
  return `${JSON.stringify(graph, null, 2)}\n`;
}
