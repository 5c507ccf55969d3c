// The impact of one block as Markdown (`coolgen impact NAME --format md`): callers and dependencies by depth. Pure.
import type { ImpactEntry, ImpactResult } from '../analysis/analysis-types.js';
import { mdTable } from './analysis-markdown-util.js';

function entries(title: string, list: readonly ImpactEntry[], empty: string): string[] {
  const lines = [`## ${title} (${list.length})`, ''];
  if (list.length === 0) return [...lines, empty, ''];
  const rows = list.map((e) => [e.depth, e.name, e.domain ?? '', e.resolved ? '' : 'unresolved']);
  return [...lines, ...mdTable(['Depth', 'Block', 'Chain', 'Note'], rows), ''];
}

/** Render an ImpactResult as Markdown: the target, the chains of its callers, callers and dependencies by depth. */
export function renderImpactMarkdown(impact: ImpactResult): string {
  const lines = [
    `# Impact of ${impact.target}`,
    '',
    `Chain: ${impact.domain ?? '(none)'}; kind: ${impact.kind}. Callers come from: ${impact.chains.length === 0 ? '(no callers)' : impact.chains.join(', ')}.`,
    '',
    ...entries('Callers (what breaks if it moves)', impact.callers, 'Nothing calls it.'),
    ...entries('Dependencies (what it needs)', impact.dependencies, 'It calls nothing.'),
  ];
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
