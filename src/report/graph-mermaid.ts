// The dependency graph as a Mermaid flowchart (`coolgen graph --format mermaid`, out/). Pure. Mermaid refuses
// text longer than its default maxTextSize (50,000), so a graph that is too big is replaced by a smaller view and
// a `%%` comment says so: the same graph without entity types, given smaller views, the chain level, a notice.
import type { ChainLevelGraph } from '../analysis/chain-level.js';
import type { DependencyGraph, GraphNode } from '../analysis/graph-types.js';
import { chainSummary, mergedEdges, plural } from './graph-dot.js';

/** Mermaid's default `maxTextSize`. */
export const MERMAID_MAX_TEXT_SIZE = 50_000;

/** Text for inside a quoted Mermaid label: `#`, `&`, quotes, angle brackets and backticks as entity codes. */
export function mermaidLabel(text: string): string {
  const escaped = text
    .replace(/#/g, '#35;')
    .replace(/&/g, '#amp;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;')
    .replace(/[\r\n\t]+/g, ' ');
  return `"${escaped}"`;
}

function shape(id: string, node: GraphNode): string {
  const label = mermaidLabel(node.name);
  switch (node.kind) {
    case 'entity':
      return `${id}[(${label})]`;
    case 'external':
      return `${id}[[${label}]]:::external`;
    case 'procedure-step':
      return `${id}([${label}])`;
    case 'unresolved':
      return `${id}[${label}]:::unresolved`;
    default:
      return `${id}[${label}]`;
  }
}

/** Render a dependency graph as Mermaid text regardless of size (`includeEntities: false` drops entity types). */
export function renderMermaidFlowchart(graph: DependencyGraph, includeEntities = true, header: string[] = []): string {
  const ids = new Map<string, string>();
  const lines = ['flowchart LR', ...header];
  let n = 0;
  const byChain = new Map<string, string[]>(graph.chains.map((c) => [c, []]));
  const loose: string[] = [];
  for (const node of graph.nodes) {
    if (!includeEntities && node.kind === 'entity') continue;
    const id = `n${n++}`;
    ids.set(node.id, id);
    const list = node.domain === null ? undefined : byChain.get(node.domain);
    (list ?? loose).push(shape(id, node));
  }
  let c = 0;
  for (const [chain, nodes] of byChain) {
    if (nodes.length === 0) continue;
    lines.push(`  subgraph c${c++} [${mermaidLabel(chain)}]`, ...nodes.map((s) => `    ${s}`), '  end');
  }
  lines.push(...loose.map((s) => `  ${s}`));
  for (const edge of mergedEdges(graph.edges)) {
    const from = ids.get(edge.source);
    const to = ids.get(edge.target);
    if (from === undefined || to === undefined) continue;
    lines.push(edge.letters === '' ? `  ${from} --> ${to}` : `  ${from} -.->|${mermaidLabel(edge.letters)}| ${to}`);
  }
  lines.push('  classDef unresolved stroke-dasharray: 5 5', '  classDef external stroke-width: 2px');
  return `${lines.join('\n')}\n`;
}

/** Render the chain-level view as Mermaid: one node per chain, one edge per chain pair labelled with the calls. */
export function renderChainGraphMermaid(view: ChainLevelGraph, header: string[] = []): string {
  const lines = ['flowchart LR', ...header];
  const ids = new Map(view.chains.map((c, i) => [c.chain, `c${i}`]));
  for (const c of view.chains) {
    const label = `${c.chain}: ${chainSummary(c).join(', ')}`;
    lines.push(`  ${ids.get(c.chain)}[${mermaidLabel(label)}]`);
  }
  for (const e of view.edges) {
    const from = ids.get(e.from);
    const to = ids.get(e.to);
    if (from !== undefined && to !== undefined) lines.push(`  ${from} -->|${mermaidLabel(plural(e.calls, 'call'))}| ${to}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Options of renderGraphMermaid. */
export interface MermaidOptions {
  /** Largest text to emit (default 50,000, Mermaid's default maxTextSize). */
  maxTextSize?: number;
  /** Smaller graph views to try, in order, when the graph is too big (e.g. the focus at lower depths). */
  smallerViews?: { label: string; graph: DependencyGraph }[];
  /** The chain-level view to fall back to (see chainLevelGraph in the analysis API). */
  chainLevel?: ChainLevelGraph;
}

/** Which view a Mermaid rendering shows. */
export type MermaidView = 'full' | 'calls-only' | 'smaller-view' | 'chain-level' | 'notice';

/** The Mermaid text plus what it shows, so the CLI can say when it collapsed the graph. */
export interface MermaidRendering {
  text: string;
  view: MermaidView;
  /** Label of the smaller view used, when view is `smaller-view`. */
  viewLabel?: string;
  /** Length of the full rendering, in characters. */
  fullLength: number;
}

function notice(full: number, max: number): string {
  return `Graph too large for Mermaid (${full} characters, limit ${max}): use --focus NAME, --chain X or --format dot`;
}

/**
 * Render a dependency graph as Mermaid that always renders: the full graph when it fits in maxTextSize; otherwise,
 * under a `%%` comment that says why, the first that fits of: the graph without entity types, each smaller view
 * (with, then without entity types), the chain-level view, and finally a one-node notice.
 */
export function renderGraphMermaid(graph: DependencyGraph, options: MermaidOptions = {}): MermaidRendering {
  const max = options.maxTextSize ?? MERMAID_MAX_TEXT_SIZE;
  const full = renderMermaidFlowchart(graph);
  if (full.length <= max) return { text: full, view: 'full', fullLength: full.length };
  const why = `%% coolgen: the full graph is ${full.length} characters, over Mermaid's maxTextSize of ${max};`;
  const attempts: { view: MermaidView; label?: string; render: (header: string[]) => string; says: string }[] = [
    { view: 'calls-only', render: (h) => renderMermaidFlowchart(graph, false, h), says: 'entity types left out' },
  ];
  for (const v of options.smallerViews ?? []) {
    attempts.push({ view: 'smaller-view', label: v.label, render: (h) => renderMermaidFlowchart(v.graph, true, h), says: `showing ${v.label}` });
    attempts.push({ view: 'smaller-view', label: v.label, render: (h) => renderMermaidFlowchart(v.graph, false, h), says: `showing ${v.label} without entity types` });
  }
  const chainLevel = options.chainLevel;
  if (chainLevel !== undefined) {
    attempts.push({ view: 'chain-level', render: (h) => renderChainGraphMermaid(chainLevel, h), says: 'collapsed to the chain-level view (nodes = chains, edges = call counts)' });
  }
  for (const attempt of attempts) {
    const text = attempt.render([`${why} ${attempt.says.replace(/[\r\n]+/g, ' ')}.`]);
    if (text.length <= max) {
      const rendering: MermaidRendering = { text, view: attempt.view, fullLength: full.length };
      if (attempt.label !== undefined) rendering.viewLabel = attempt.label;
      return rendering;
    }
  }
  const text = `flowchart LR\n${why} nothing smaller fits.\n  n0[${mermaidLabel(notice(full.length, max))}]\n`;
  return { text, view: 'notice', fullLength: full.length };
}
