// Assembles one ActionBlock from the line layer's output: header checks, view sections, symbol table, statement
// tree (bracketed or flat), span and source hash (reference §16, §17).
import * as crypto from 'node:crypto';
import type { ActionBlock, Rendering } from '../ast/nodes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { checkBlockName } from './header.js';
import type { BlockLines } from './line-items.js';
import { joinSpans } from './logical-unit.js';
import { lineText, type SourceLines } from './source-lines.js';
import { buildSymbolTable } from './symbols.js';
import { buildBracketedTree } from './tree-bracketed.js';
import { buildFlatTree } from './tree-flat.js';
import { buildViews } from './views.js';

/** Build the ActionBlock for one block's lines. */
export function buildBlock(bl: BlockLines, src: SourceLines, rendering: Rendering, diags: Diagnostic[]): ActionBlock {
  const nameValid = checkBlockName(bl.header, diags);
  const views = buildViews(bl.viewLines, bl.indented, diags);
  const symbols = buildSymbolTable(views);
  const input = { items: bl.items, symbols, diags, endSpan: bl.endSpan };
  const statements = rendering === 'flat' ? buildFlatTree(input) : buildBracketedTree(input);
  return {
    kind: 'ActionBlock',
    name: bl.header.name,
    nameValid,
    date: bl.header.date,
    time: bl.header.time,
    procedureStep: false,
    views,
    hasProcedureSection: bl.hasProcedureSection,
    statements,
    line: bl.header.line,
    span: joinSpans(bl.header.span, bl.endSpan),
    sourceHash: sourceHash(src, bl.firstLine, bl.lastLine),
  };
}

/** SHA-256 (hex, first 16) of the block's physical lines joined with `\n` (line ends normalised). */
export function sourceHash(src: SourceLines, firstLine: number, lastLine: number): string {
  const start = src.starts[firstLine] ?? 0;
  const end = src.ends[lastLine] ?? start;
  const text = src.text.slice(start, Math.max(start, end));
  // One update for the whole block; CRLF (and a lone CR) are normalised to `\n` only when present.
  const normalised = text.includes('\r') ? normaliseLines(src, firstLine, lastLine) : text;
  return sha256Hex(normalised).slice(0, 16);
}

/** One-shot `crypto.hash` (Node >= 20.12) skips the Hash object per block; same digest as createHash. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
function sha256Hex(text: string): string {
  return oneShot ? oneShot('sha256', text, 'hex') : crypto.createHash('sha256').update(text).digest('hex');
}

function normaliseLines(src: SourceLines, firstLine: number, lastLine: number): string {
  const parts: string[] = [];
  for (let i = firstLine; i <= lastLine; i++) parts.push(lineText(src, i));
  return parts.join('\n');
}
