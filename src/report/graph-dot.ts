// The dependency graph and the chain-level view as Graphviz DOT (`coolgen graph --format dot`, out/). Pure:
// blocks clustered by chain (`subgraph "cluster_<chain>"`), entity types outside, unresolved targets dashed.
import type { ChainLevelGraph, ChainLevelNode } from '../analysis/chain-level.js';
import type { DependencyGraph, GraphEdge, GraphNode } from '../analysis/graph-types.js';

/** A DOT double-quoted string: backslash, quote and line breaks escaped. */
export function dotString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r\n|\r|\n/g, '\\n')}"`;
}

function nodeStyle(node: GraphNode): string {
  const attrs = [`label=${dotString(node.name)}`];
  switch (node.kind) {
    case 'external':
      attrs.push('shape=component');
      break;
    case 'procedure-step':
      attrs.push('peripheries=2');
      break;
    case 'unresolved':
      attrs.push('style=dashed', 'color=gray40', 'fontcolor=gray40');
      break;
    case 'entity':
      attrs.push('shape=cylinder');
      break;
    default:
      break;
  }
  return `${dotString(node.id)} [${attrs.join(', ')}];`;
}

const LETTER: Record<string, string> = { create: 'C', read: 'R', update: 'U', delete: 'D' };

/** CRUD edges merged per (block, entity type) into one labelled edge, e.g. "RU"; `uses` edges as they are. */
export function mergedEdges(edges: readonly GraphEdge[]): { source: string; target: string; letters: string }[] {
  const result: { source: string; target: string; letters: string }[] = [];
  const crud = new Map<string, { source: string; target: string; letters: string }>();
  for (const edge of edges) {
    if (edge.type === 'uses') {
      result.push({ source: edge.source, target: edge.target, letters: '' });
      continue;
    }
    const key = `${edge.source}\u0000${edge.target}`;
    const entry = crud.get(key);
    if (entry === undefined) {
      const created = { source: edge.source, target: edge.target, letters: LETTER[edge.type] ?? '' };
      crud.set(key, created);
      result.push(created);
    } else entry.letters += LETTER[edge.type] ?? '';
  }
  return result;
}

/** Render a dependency graph as DOT: one cluster per chain (graph.chains order), entity types at top level. */
export function renderGraphDot(graph: DependencyGraph, title = 'coolgen'): string {
  const lines = [
    `digraph ${dotString(title)} {`,
    '  graph [rankdir=LR, fontname="Helvetica", compound=true];',
    '  node [shape=box, fontname="Helvetica", fontsize=10];',
    '  edge [fontname="Helvetica", fontsize=9];',
  ];
  const byChain = new Map<string, GraphNode[]>(graph.chains.map((c) => [c, []]));
  const loose: GraphNode[] = [];
  for (const node of graph.nodes) {
    const list = node.domain === null ? undefined : byChain.get(node.domain);
    if (list === undefined) loose.push(node);
    else list.push(node);
  }
  for (const [chain, nodes] of byChain) {
    if (nodes.length === 0) continue;
    lines.push(`  subgraph ${dotString(`cluster_${chain}`)} {`, `    label=${dotString(chain)};`, '    style=rounded;');
    for (const node of nodes) lines.push(`    ${nodeStyle(node)}`);
    lines.push('  }');
  }
  for (const node of loose) lines.push(`  ${nodeStyle(node)}`);
  for (const edge of mergedEdges(graph.edges)) {
    const arrow = `  ${dotString(edge.source)} -> ${dotString(edge.target)}`;
    lines.push(edge.letters === '' ? `${arrow};` : `${arrow} [label=${dotString(edge.letters)}, style=dotted, arrowhead=open];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** `1 block`, `2 blocks`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The size lines of a chain-level node: blocks, internal calls and (when any) unresolved targets. */
export function chainSummary(c: ChainLevelNode): string[] {
  const parts = [plural(c.blocks, 'block'), plural(c.internalCalls, 'internal call')];
  if (c.unresolved > 0) parts.push(`${c.unresolved} unresolved`);
  return parts;
}

/** Render the chain-level view as DOT: one node per chain with its size, one edge per chain pair with the call count. */
export function renderChainGraphDot(view: ChainLevelGraph, title = 'coolgen chains'): string {
  const lines = [`digraph ${dotString(title)} {`, '  graph [rankdir=LR, fontname="Helvetica"];', '  node [shape=box, style=rounded, fontname="Helvetica"];'];
  for (const c of view.chains) {
    const label = [c.chain, ...chainSummary(c)].join('\n');
    lines.push(`  ${dotString(c.chain)} [label=${dotString(label)}];`);
  }
  for (const e of view.edges) lines.push(`  ${dotString(e.from)} -> ${dotString(e.to)} [label=${dotString(String(e.calls))}];`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
