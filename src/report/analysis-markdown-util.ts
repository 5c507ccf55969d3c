// Small Markdown helpers shared by the analysis reports: escaped table cells, tables and capped name lists.

/** Escape text for a Markdown table cell (pipes, line breaks, HTML angle brackets). */
export function mdCell(text: string | number): string {
  return String(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
}

/** A Markdown table from a header row and body rows (cells escaped). */
export function mdTable(header: string[], rows: (string | number)[][]): string[] {
  return [
    `| ${header.map(mdCell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(mdCell).join(' | ')} |`),
  ];
}

/** A comma-separated list capped at `max` names, with "… and N more". */
export function capList(names: readonly string[], max: number): string {
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')} … and ${names.length - max} more`;
}
