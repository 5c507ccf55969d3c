// SVG badge of the remaining Gen debt (shields.io "flat" look), self-contained: no fonts, links or scripts to fetch,
// so it renders offline and in any README. Pure: figures in, SVG text out.
import type { DebtRating } from '../analysis/progress/types.js';

/** Badge colour per rating (A green … E red). */
export const RATING_COLOURS: Record<DebtRating, string> = { A: '#44cc11', B: '#97ca00', C: '#dfb317', D: '#fe7d37', E: '#e05d44' };

/** Approximate width in px of text in 11px Verdana (enough for a badge; no font metrics needed). */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[ .,:;|!il1]/.test(ch) ? 3.5 : /[mwMW%@]/.test(ch) ? 10 : /[A-Z0-9#?]/.test(ch) ? 7.5 : 6.5;
  return Math.ceil(width);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Render the badge: `<label> | <remainingDebtPct>% <rating>`, coloured by rating. */
export function renderProgressBadge(remainingDebtPct: number, rating: DebtRating, label = 'Gen debt'): string {
  const message = `${remainingDebtPct.toFixed(1)}% ${rating}`;
  const left = textWidth(label) + 14;
  const right = textWidth(message) + 14;
  const width = left + right;
  const colour = RATING_COLOURS[rating];
  const title = escapeXml(`${label}: ${message}`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${title}">`,
    `  <title>${title}</title>`,
    '  <linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>',
    `  <clipPath id="r"><rect width="${width}" height="20" rx="3" fill="#fff"/></clipPath>`,
    '  <g clip-path="url(#r)">',
    `    <rect width="${left}" height="20" fill="#555"/>`,
    `    <rect x="${left}" width="${right}" height="20" fill="${colour}"/>`,
    `    <rect width="${width}" height="20" fill="url(#s)"/>`,
    '  </g>',
    '  <g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">',
    `    <text x="${left / 2}" y="15" fill="#010101" fill-opacity=".3">${escapeXml(label)}</text>`,
    `    <text x="${left / 2}" y="14">${escapeXml(label)}</text>`,
    `    <text x="${left + right / 2}" y="15" fill="#010101" fill-opacity=".3">${escapeXml(message)}</text>`,
    `    <text x="${left + right / 2}" y="14">${escapeXml(message)}</text>`,
    '  </g>',
    '</svg>',
    '',
  ].join('\n');
}
