// The inventory as a Markdown summary per chain (`coolgen inventory --format md`): blocks, statements, complexity,
// top blocks, unresolved targets, parse coverage and diagnostic counts. Pure: data in, string out.
import type { Inventory, InventoryBlock } from '../model/inventory-types.js';

/** How many rows the long lists show before saying how many more there are. */
const TOP_BLOCKS = 5;
const MAX_ROWS = 50;

function cell(value: string | number): string {
  return String(value).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A Markdown table; columns whose cells are all numbers are right-aligned. */
function table(header: string[], rows: (string | number)[][]): string[] {
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number'));
  return [
    `| ${header.join(' | ')} |`,
    `| ${numeric.map((n) => (n ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

function pct(part: number, whole: number): string {
  return whole === 0 ? '100.0%' : `${((part / whole) * 100).toFixed(1)}%`;
}

function chainSection(chain: string, blocks: InventoryBlock[], inventory: Inventory): string[] {
  const statements = blocks.reduce((s, b) => s + b.statements, 0);
  const complexity = blocks.reduce((s, b) => s + b.complexity, 0);
  const cov = blocks.reduce((c, b) => ({ clean: c.clean + b.coverage.clean, recovered: c.recovered + b.coverage.recovered, unknown: c.unknown + b.coverage.unknown }), { clean: 0, recovered: 0, unknown: 0 });
  const names = new Set(blocks.map((b) => b.name));
  const unresolved = inventory.unresolvedTargets.filter((t) => t.callers.some((c) => names.has(c)));
  const top = [...blocks].sort((a, b) => b.complexity - a.complexity || b.statements - a.statements || (a.name < b.name ? -1 : 1)).slice(0, TOP_BLOCKS);
  const out = [
    `## Chain \`${chain}\``,
    '',
    `- Blocks: ${blocks.length} (${blocks.filter((b) => b.kind === 'external').length} external, ${blocks.filter((b) => b.kind === 'procedure-step').length} procedure steps)`,
    `- Statements: ${statements}`,
    `- Complexity: ${complexity} in total, ${blocks.length ? (complexity / blocks.length).toFixed(1) : '0.0'} on average, ${Math.max(0, ...blocks.map((b) => b.complexity))} at most`,
    `- Parse coverage: ${pct(cov.clean, statements)} clean (${cov.clean} clean, ${cov.recovered} recovered, ${cov.unknown} unknown)`,
    `- Unresolved targets called from this chain: ${unresolved.length === 0 ? 'none' : unresolved.map((t) => `\`${t.name}\``).join(', ')}`,
    '',
    `Top ${top.length} blocks by complexity:`,
    '',
    ...table(['Block', 'Kind', 'Statements', 'Complexity', 'Max depth', 'File'], top.map((b) => [`\`${b.name}\``, b.kind, b.statements, b.complexity, b.maxDepth, `${b.file}:${b.line}`])),
    '',
  ];
  return out;
}

function diagnosticCounts(inventory: Inventory): string[] {
  const counts = new Map<string, number>();
  for (const d of inventory.diagnostics) counts.set(`${d.severity}\u0000${d.code}`, (counts.get(`${d.severity}\u0000${d.code}`) ?? 0) + 1);
  const order = { error: 0, warning: 1, info: 2 } as Record<string, number>;
  const rows = [...counts.entries()]
    .map(([key, n]) => [...key.split('\u0000'), n] as [string, string, number])
    .sort((a, b) => (order[a[0]] ?? 3) - (order[b[0]] ?? 3) || (a[1] < b[1] ? -1 : 1));
  if (rows.length === 0) return ['## Diagnostics', '', 'None.', ''];
  return ['## Diagnostics', '', ...table(['Severity', 'Code', 'Count'], rows.map(([s, c, n]) => [s, `\`${c}\``, n])), ''];
}

/** Render the Markdown summary: overall figures, one section per chain, unresolved targets, coverage, diagnostics. */
export function renderInventoryMarkdown(inventory: Inventory): string {
  const t = inventory.totals;
  const cov = inventory.parseCoverage.total;
  const chains = Object.keys(t.byDomain);
  const out = [
    '# Inventory',
    '',
    `${t.files} files, ${t.actionBlocks} action blocks (${t.externals} external, ${t.procedureSteps} procedure steps), ${t.statements} statements, ${t.entities} entity types, ${t.exitStates} exit states.`,
    `Parse coverage ${cov.cleanPct.toFixed(1)}% clean. Unresolved targets: ${t.unresolvedTargets}. Diagnostics: ${t.errors} errors (in ${t.filesWithErrors} files), ${t.warnings} warnings.`,
    '',
    '## Chains',
    '',
    ...table(
      ['Chain', 'Blocks', 'Statements', 'Complexity', 'Clean'],
      chains.map((chain) => {
        const blocks = inventory.actionBlocks.filter((b) => b.domain === chain);
        const clean = blocks.reduce((s, b) => s + b.coverage.clean, 0);
        const statements = blocks.reduce((s, b) => s + b.statements, 0);
        return [`\`${chain}\``, blocks.length, statements, blocks.reduce((s, b) => s + b.complexity, 0), pct(clean, statements)];
      }),
    ),
    '',
  ];
  for (const chain of chains) out.push(...chainSection(chain, inventory.actionBlocks.filter((b) => b.domain === chain), inventory));
  out.push('## Unresolved targets', '');
  if (inventory.unresolvedTargets.length === 0) out.push('None.', '');
  else {
    const shown = inventory.unresolvedTargets.slice(0, MAX_ROWS);
    out.push(...table(['Target', 'Called by'], shown.map((u) => [`\`${u.name}\``, u.callers.join(', ')])));
    if (inventory.unresolvedTargets.length > shown.length) out.push('', `... and ${inventory.unresolvedTargets.length - shown.length} more.`);
    out.push('');
  }
  const weak = inventory.parseCoverage.files.filter((f) => f.cleanPct < 100).sort((a, b) => a.cleanPct - b.cleanPct || (a.file < b.file ? -1 : 1));
  out.push('## Parse coverage', '', `Total: ${cov.statements} statements, ${cov.clean} clean, ${cov.recovered} recovered, ${cov.unknown} unknown (${cov.cleanPct.toFixed(1)}% clean).`, '');
  if (weak.length > 0) {
    out.push(...table(['File', 'Statements', 'Clean', 'Recovered', 'Unknown', 'Clean %'], weak.slice(0, MAX_ROWS).map((f) => [f.file, f.statements, f.clean, f.recovered, f.unknown, f.cleanPct.toFixed(1)])));
    if (weak.length > MAX_ROWS) out.push('', `... and ${weak.length - MAX_ROWS} more files below 100%.`);
    out.push('');
  }
  out.push(...diagnosticCounts(inventory));
  return `${out.join('\n').trimEnd()}\n`;
}
