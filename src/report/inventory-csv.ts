// The inventory as CSV (`coolgen inventory --format csv`): one row per action block, RFC 4180 quoting.
// Lists inside a cell are joined with `;` (calls, exit states) or written `entity:LETTERS;...` (entities).
import type { Inventory, InventoryBlock } from '../model/inventory-types.js';

/** The CSV columns, in order. */
export const INVENTORY_CSV_COLUMNS = [
  'name', 'kind', 'domain', 'businessSystem', 'file', 'line', 'sourceName', 'generator', 'statements', 'maxDepth',
  'complexity', 'notes', 'calls', 'entities', 'exitStates', 'parameters',
] as const;

/** Quote a cell when it holds a comma, a quote, a line break or leading/trailing spaces (quotes doubled). */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(b: InventoryBlock): (string | number | null)[] {
  return [
    b.name, b.kind, b.domain, b.businessSystem, b.file, b.line, b.sourceName, b.generator, b.statements, b.maxDepth,
    b.complexity, b.notes, b.calls.join(';'),
    Object.entries(b.entities).map(([entity, letters]) => `${entity}:${letters}`).join(';'),
    b.exitStates.join(';'), b.parameters.length,
  ];
}

/** Render one header line and one line per block (inventory order), `\n` line ends, ending in a newline. */
export function renderInventoryCsv(inventory: Inventory): string {
  const lines = [INVENTORY_CSV_COLUMNS.join(','), ...inventory.actionBlocks.map((b) => row(b).map(csvCell).join(','))];
  return `${lines.join('\n')}\n`;
}
