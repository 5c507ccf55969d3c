// The analyses as a Markdown summary (`coolgen analyze --format md`, out/analysis.md): cycles with their paths,
// the wave table, unreferenced blocks, the coupling matrix, chain instability, top fan-in and data use. Pure.
import type { AnalysisResult, CouplingMatrix, DataUse } from '../analysis/analysis-types.js';
import { capList, mdCell, mdTable } from './analysis-markdown-util.js';
import { plural } from './graph-dot.js';

/** Options of renderAnalysisMarkdown. */
export interface AnalysisMarkdownOptions {
  title?: string;
  /** Longest list of names or rows shown per section before "… and N more" (default 20). */
  maxList?: number;
}

function cyclesSection(result: AnalysisResult, max: number): string[] {
  const lines = [`## Cycles (${result.cycles.length})`, ''];
  if (result.cycles.length === 0) return [...lines, 'No call cycles: every block can move on its own wave.', ''];
  const rows = result.cycles.slice(0, max).map((c, i) => [i + 1, c.selfCall ? 'self-call' : `${c.members.length} blocks`, c.chains.join(', '), c.path.join(' → ')]);
  lines.push(...mdTable(['#', 'Kind', 'Chains', 'Path'], rows));
  if (result.cycles.length > max) lines.push('', `… and ${result.cycles.length - max} more cycles (see the JSON output).`);
  return [...lines, ''];
}

function wavesSection(result: AnalysisResult, max: number): string[] {
  const lines = ['## Migration waves', '', 'Wave 0 calls nothing in the estate; wave k calls at most wave k − 1. A cycle moves as one unit.', ''];
  if (result.waves.length === 0) return [...lines, 'No blocks.', ''];
  lines.push(...mdTable(['Wave', 'Blocks', 'Names'], result.waves.map((w, k) => [k, w.length, capList(w, max)])));
  return [...lines, ''];
}

function unreferencedSection(result: AnalysisResult, max: number): string[] {
  const lines = [`## Unreferenced blocks (${result.unreferenced.length})`, ''];
  lines.push(result.unreferenced.length === 0 ? 'Every block has a caller or is an entry point.' : mdCell(capList(result.unreferenced, max)));
  return [...lines, ''];
}

function couplingSection(coupling: CouplingMatrix, max: number): string[] {
  const lines = ['## Cross-chain coupling', '', 'Calls from the row chain to the column chain (the diagonal counts calls inside a chain).', ''];
  lines.push(...mdTable(['From / to', ...coupling.chains], coupling.chains.map((c, i) => [c, ...(coupling.matrix[i] ?? [])])), '');
  if (coupling.edges.length > 0) {
    lines.push(`### Calls across chains (${coupling.edges.length})`, '');
    lines.push(...mdTable(['From', 'To', 'Caller', 'Callee'], coupling.edges.slice(0, max).map((e) => [e.from, e.to, e.source, e.target])));
    if (coupling.edges.length > max) lines.push('', `… and ${coupling.edges.length - max} more.`);
    lines.push('');
  }
  lines.push(`### Entity types written by more than one chain (${coupling.sharedWrites.length})`, '');
  if (coupling.sharedWrites.length === 0) lines.push('None.');
  else {
    const rows = coupling.sharedWrites.slice(0, max).map((s) => [s.entity, s.chains.join(', '), capList(s.writers.map((w) => `${w.name} (${w.letters})`), max)]);
    lines.push(...mdTable(['Entity type', 'Chains', 'Writers'], rows));
  }
  return [...lines, ''];
}

function instabilitySection(result: AnalysisResult, max: number): string[] {
  const lines = ['## Chain instability', '', 'Ca = blocks of other chains calling in, Ce = blocks of other chains called, I = Ce / (Ca + Ce).', ''];
  const rows = result.chainInstability.map((c) => [c.chain, c.blocks, c.afferent, c.efferent, c.callsIn, c.callsOut, c.instability]);
  lines.push(...mdTable(['Chain', 'Blocks', 'Ca', 'Ce', 'Calls in', 'Calls out', 'I'], rows), '');
  const top = [...result.fanInOut].sort((a, b) => b.fanIn - a.fanIn || (a.name < b.name ? -1 : 1)).filter((b) => b.fanIn > 0).slice(0, Math.min(max, 10));
  lines.push('## Top fan-in', '');
  if (top.length === 0) lines.push('No block has a caller.');
  else lines.push(...mdTable(['Block', 'Chain', 'Fan-in', 'Fan-out', 'I'], top.map((b) => [b.name, b.domain, b.fanIn, b.fanOut, b.instability])));
  return [...lines, ''];
}

function dataUseSection(dataUse: DataUse, max: number): string[] {
  const lines = ['## Data use', '', `Personal data: attribute names containing ${dataUse.personalDataPatterns.map((p) => `\`${p}\``).join(', ') || '(none configured)'}.`, ''];
  if (dataUse.entities.length === 0) return [...lines, 'No entity types are used.', ''];
  const rows = dataUse.entities.map((e) => [
    e.entity,
    e.blocks.C.length,
    e.blocks.R.length,
    e.blocks.U.length,
    e.blocks.D.length,
    e.personalData ? `yes: ${e.attributes.filter((a) => a.personalData).map((a) => a.name).join(', ')}` : 'no',
  ]);
  lines.push(...mdTable(['Entity type', 'C blocks', 'R blocks', 'U blocks', 'D blocks', 'Personal data'], rows), '');
  const personal = dataUse.entities.flatMap((e) => e.attributes.filter((a) => a.personalData).map((a) => ({ e, a })));
  if (personal.length > 0) {
    lines.push('### Who touches personal data', '');
    const prow = personal.map(({ e, a }) => [`${e.entity}.${a.name}`, capList(a.C, max), capList(a.R, max), capList(a.U, max), capList(a.D, max)]);
    lines.push(...mdTable(['Attribute', 'Create', 'Read', 'Update', 'Delete'], prow), '');
  }
  return lines;
}

/** Render an AnalysisResult as a Markdown summary for a migration lead. Lists are capped at `maxList` names. */
export function renderAnalysisMarkdown(result: AnalysisResult, options: AnalysisMarkdownOptions = {}): string {
  const max = options.maxList ?? 20;
  const blocks = result.waves.reduce((n, w) => n + w.length, 0);
  const summary = [
    `# ${mdCell(options.title ?? 'Migration analysis')}`,
    '',
    `${plural(blocks, 'block')} in ${plural(result.waves.length, 'wave')}, ${plural(result.cycles.length, 'cycle')}, ` +
      `${plural(result.unreferenced.length, 'unreferenced block')}, ${plural(result.coupling.edges.length, 'call')} across chains, ` +
      `${plural(result.dataUse.entities.filter((e) => e.personalData).length, 'entity type')} with personal data.`,
    '',
  ];
  const sections = [
    ...summary,
    ...cyclesSection(result, max),
    ...wavesSection(result, max),
    ...unreferencedSection(result, max),
    ...couplingSection(result.coupling, max),
    ...instabilitySection(result, max),
    ...dataUseSection(result.dataUse, max),
  ];
  return `${sections.join('\n').replace(/\n+$/, '')}\n`;
}
