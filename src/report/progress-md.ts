// Markdown reporter of `coolgen progress`, sized for a pull-request comment: headline figures, a table per chain,
// the changes since the baseline, blockers, the next 10 candidates and the projection. Pure.
import type { BlockState, ProgressFigures, ProgressReport, Projection, StateChange } from '../analysis/progress/types.js';

/** Number of next candidates shown. */
export const MARKDOWN_CANDIDATES = 10;

const STATE_COLUMNS: readonly [BlockState, string][] = [
  ['legacy', 'Legacy'],
  ['stubbed', 'Stubbed'],
  ['implemented', 'Implemented'],
  ['verified', 'Verified'],
  ['retired', 'Retired'],
  ['kept-for-back-years', 'Kept'],
];

/** Render the progress report as GitHub-flavoured Markdown. */
export function renderProgressMarkdown(report: ProgressReport): string {
  const out: string[] = [];
  const commit = report.commit ? ` (${code(report.commit.slice(0, 12))})` : '';
  out.push(`## Gen migration progress: ${report.date}${commit}`, '');
  const gate = report.regressions.length > 0 || report.threshold?.exceeded ? '❌ gate failed' : '✅ gate passed';
  out.push(
    `**${pct(report.migratedPct)} migrated** (${report.byState.implemented + report.byState.verified + report.byState.retired} of ${report.total - report.keptForBackYears.count} blocks in scope, ${report.total} in total) · ` +
      `**remaining debt ${pct(report.remainingDebtPct)}** (${num(report.weightedDebt)} of ${num(report.totalWeight)} statement-points) · rating **${report.rating}** · ${gate}`,
    '',
  );
  out.push(`Business systems still holding Gen debt: ${report.systems.withDebt} of ${report.systems.total} (${pct(report.systems.debtPct)}).`);
  if (report.threshold) out.push(`Threshold: remaining debt must stay at or below ${pct(report.threshold.maxDebtPct)}${report.threshold.exceeded ? ' — **exceeded**' : ''}.`);
  if (report.keptForBackYears.count > 0) {
    out.push(`Kept for back tax years (outside the ${report.targetDate} target, until at most ${report.backYearsUntil}): ${report.keptForBackYears.count} block(s), ${num(report.keptForBackYears.weight)} statement-points.`);
  }
  out.push('', '### Per chain', '', ...figuresTable(report.byDomain, 'Chain', report.projection?.byDomain));
  out.push('', ...changesSection(report));
  out.push('', ...blockersSection(report));
  out.push('', ...candidatesSection(report));
  if (report.projection) out.push('', ...projectionSection(report));
  if (report.keptForBackYears.blocks.length > 0) {
    out.push('', '<details><summary>Kept for back tax years</summary>', '', row(['Block', 'Chain', 'Until', 'Reason']), row(['---', '---', '---', '---']));
    for (const k of report.keptForBackYears.blocks) out.push(row([code(k.name), cell(k.domain), k.until ?? '—', cell(k.reason)]));
    out.push('', '</details>');
  }
  const systems = Object.keys(report.byBusinessSystem);
  if (systems.length > 0) {
    out.push('', '<details><summary>Per business system</summary>', '', ...figuresTable(report.byBusinessSystem, 'Business system'), '', '</details>');
  }
  return `${out.join('\n')}\n`;
}

function figuresTable(groups: Record<string, ProgressFigures>, label: string, projections?: Record<string, Projection>): string[] {
  const head = [label, 'Blocks', ...STATE_COLUMNS.map(([, title]) => title), 'Migrated', 'Remaining debt', 'Rating'];
  if (projections) head.push('Projected');
  const rows = [row(head), row(head.map((h, i) => (i === 0 || h === 'Rating' || h === 'Projected' ? '---' : '---:')))];
  for (const [name, f] of Object.entries(groups)) {
    const cells = [cell(name), String(f.total), ...STATE_COLUMNS.map(([state]) => String(f.byState[state])), pct(f.migratedPct), pct(f.remainingDebtPct), f.rating];
    if (projections) cells.push(projectionCell(projections[name]));
    rows.push(row(cells));
  }
  return rows;
}

function changesSection(report: ProgressReport): string[] {
  if (!report.baseline) return ['### Changes since the baseline', '', 'No baseline given (`--baseline`).'];
  const out = [`### Changes since the baseline (${report.baseline.date}${report.baseline.commit ? `, ${code(report.baseline.commit.slice(0, 12))}` : ''})`, ''];
  if (report.regressions.length === 0 && report.improvements.length === 0 && report.otherChanges.length === 0) return [...out, 'No block changed state.'];
  out.push(report.regressions.length > 0 ? `**${report.regressions.length} regression(s): the gate fails** (improvements elsewhere do not make up for them).` : 'No regressions.', '');
  const table = (title: string, changes: StateChange[]): string[] =>
    changes.length === 0 ? [] : [`${title}:`, '', row(['Block', 'Chain', 'Was', 'Now']), row(['---', '---', '---', '---']), ...changes.map((c) => row([code(c.name), cell(c.domain ?? '—'), c.old ?? '(new)', c.new ?? '(removed)'])), ''];
  out.push(...table('Regressions', report.regressions), ...table('Improvements', report.improvements), ...table('Other changes', report.otherChanges));
  while (out[out.length - 1] === '') out.pop();
  return out;
}

function blockersSection(report: ProgressReport): string[] {
  const out = ['### Blockers', ''];
  if (report.blockers.length === 0) return [...out, 'No migrated block calls unmigrated Gen code.'];
  out.push('Migrated blocks that still call Gen code in a legacy or stubbed state:', '', row(['Block', 'Chain', 'State', 'Still calls']), row(['---', '---', '---', '---']));
  for (const b of report.blockers) out.push(row([code(b.name), cell(b.domain), b.state, b.waitingOn.map((w) => `${code(w.name)} (${w.state})`).join(', ')]));
  return out;
}

function candidatesSection(report: ProgressReport): string[] {
  const shown = report.nextCandidates.slice(0, MARKDOWN_CANDIDATES);
  const out = [`### Next candidates (${shown.length} of ${report.nextCandidatesTotal})`, ''];
  if (shown.length === 0) return [...out, 'No unmigrated block has all its callees migrated.'];
  out.push('Unmigrated blocks whose callees have all moved, lowest wave first, then cheapest first:', '', row(['#', 'Block', 'Chain', 'State', 'Wave', 'Weight']), row(['---:', '---', '---', '---', '---:', '---:']));
  shown.forEach((c, i) => out.push(row([String(i + 1), code(c.name), cell(c.domain), c.state, c.wave === null ? '—' : String(c.wave), num(c.weight)])));
  return out;
}

function projectionSection(report: ProgressReport): string[] {
  const p = report.projection;
  if (!p) return [];
  const out = [`### Projection (target ${report.targetDate})`, '', row(['Scope', 'Points', 'Slope (pp/day)', 'Projected', 'Note']), row(['---', '---:', '---:', '---', '---'])];
  const line = (name: string, q: Projection): string => row([cell(name), String(q.points), q.slopePctPerDay === null ? '—' : String(q.slopePctPerDay), projectionCell(q), cell(q.note)]);
  out.push(line('overall', p.overall));
  for (const [domain, q] of Object.entries(p.byDomain)) out.push(line(domain, q));
  return out;
}

function projectionCell(p: Projection | undefined): string {
  if (!p) return '—';
  if (p.status === 'complete') return 'done';
  if (p.status === 'projected') return `${p.projectedDate}${p.onTrack ? '' : ' ⚠ late'}`;
  return p.status === 'no-progress' ? 'no progress' : 'too little history';
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

function pct(value: number): string {
  return `${value.toFixed(2)}%`;
}

function num(value: number): string {
  return value.toFixed(2);
}
