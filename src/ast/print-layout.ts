// Line layout of the canonical printer for both renderings (reference §16): R2 `| ` bars without numbers or
// wrapping, R1 listing columns (number, `*`, `!  ` bars) with greedy wrap at column 71 that never splits a string.
/** The two renderings the printer writes. R3 (flat) is read, never written. */
export type PrintRendering = 'toolset' | 'cobol-listing';

/**
 * Last column a word may end in on an R1 line. Reference §16 allows at most 72; the genuine listings (and the
 * examples) move a word that would end in column 72 to the next line, so the printer keeps words within 71.
 */
export const R1_LAST_COLUMN = 71;

/** The printer's state: the rendering, the lines written so far and the R1 statement counter. */
export interface PrintContext {
  rendering: PrintRendering;
  lines: string[];
  /** The last R1 statement number handed out. */
  counter: number;
}

/** A new, empty print context. */
export function createContext(rendering: PrintRendering): PrintContext {
  return { rendering, lines: [], counter: 0 };
}

/** Hand out the next statement number (R1); null in R2. */
export function nextNumber(ctx: PrintContext): number | null {
  if (ctx.rendering !== 'cobol-listing') return null;
  ctx.counter += 1;
  return ctx.counter;
}

function numberField(num: number | null): string {
  return num === null ? '      ' : String(num).padStart(6);
}

/** Everything left of the text column of a statement at nesting `depth` (0 = top level). */
export function barPrefix(ctx: PrintContext, depth: number, num: number | null): string {
  return ctx.rendering === 'cobol-listing' ? `${numberField(num)}*   ${'!  '.repeat(depth + 1)}` : '| '.repeat(depth + 1);
}

/** Everything left of a view-section line: the block bar and `offset` spaces (7 labels, 9 views, 11 attributes). */
export function viewPrefix(ctx: PrintContext, offset: number): string {
  return `${ctx.rendering === 'cobol-listing' ? '      *   !' : '|'}${' '.repeat(offset)}`;
}

/** A header or footer line: `+->   NAME ...` / `+---`, with the R1 columns 1-10 in front. */
export function emitFrame(ctx: PrintContext, text: string): void {
  ctx.lines.push(ctx.rendering === 'cobol-listing' ? `      *   ${text}` : text);
}

/** A view-section line; in R1 it wraps, continuing `contOffset` spaces after the block bar. */
export function emitViewLine(ctx: PrintContext, offset: number, text: string, contOffset: number = offset): void {
  if (ctx.rendering !== 'cobol-listing') {
    ctx.lines.push(trimEnd(viewPrefix(ctx, offset) + text));
    return;
  }
  pushWrapped(ctx, viewPrefix(ctx, offset), viewPrefix(ctx, contOffset), text);
}

/** Options of emitText. */
export interface TextLine {
  depth: number;
  /** Spaces between the bars and the text (6 for READ clause lines, 3 for WHICH IMPORTS). */
  indent?: number;
  text: string;
  num: number | null;
  /** Depth and indent of R1 continuation lines; by default the same as the first line. */
  contDepth?: number;
  contIndent?: number;
  /** False for NOTE text lines, which are never re-wrapped. */
  wrap?: boolean;
}

/** A statement, clause or bracket line; R1 wraps it greedily, repeating the number on continuation lines. */
export function emitText(ctx: PrintContext, line: TextLine): void {
  const first = barPrefix(ctx, line.depth, line.num) + ' '.repeat(line.indent ?? 0);
  if (ctx.rendering !== 'cobol-listing' || line.wrap === false) {
    ctx.lines.push(trimEnd(first + line.text));
    return;
  }
  const cont = barPrefix(ctx, line.contDepth ?? line.depth, line.num) + ' '.repeat(line.contIndent ?? line.indent ?? 0);
  pushWrapped(ctx, first, cont, line.text);
}

/** A line holding only the bars of `depth` (NOTE closing line, empty statement). */
export function emitBars(ctx: PrintContext, depth: number, num: number | null): void {
  ctx.lines.push(trimEnd(barPrefix(ctx, depth, num)));
}

/**
 * An ESCAPE / NEXT arrow: `<` in the bracket column of the construct left (`level` 0 = the whole block), dashes,
 * and the keyword 4 columns right of the text column of the issuing statement (at `depth`). R2 writes a space
 * before the keyword, R1 none.
 */
export function emitArrow(ctx: PrintContext, level: number, depth: number, keyword: string, num: number | null): void {
  // A level deeper than the statement is kept as it is (faithful round trip); the arrow just gets shorter.
  const lvl = Math.max(0, level);
  if (ctx.rendering === 'cobol-listing') {
    const dashes = Math.max(2, 6 + 3 * (depth - lvl));
    ctx.lines.push(`${numberField(num)}*   ${'!  '.repeat(lvl)}<${'-'.repeat(dashes)}${keyword}`);
  } else {
    const dashes = Math.max(2, 4 + 2 * (depth - lvl));
    ctx.lines.push(`${'| '.repeat(lvl)}<${'-'.repeat(dashes)} ${keyword}`);
  }
}

function trimEnd(s: string): string {
  return s.replace(/\s+$/, '');
}

/** A word that would read as a bracket glyph (`!`, `|`, `+-`, `+=`, `<-`) at the start of a line is never moved there. */
const GLYPH_START = /^(?:[!|]|\+[-=]|<[-=])/;

/** Greedy wrap of `text` after `first`, continuing after `cont`; a word (or string literal) is never split. */
function pushWrapped(ctx: PrintContext, first: string, cont: string, text: string): void {
  const words = splitWords(text);
  let line = first;
  let lineHasWord = false;
  let width = utf8Length(first);
  for (const { sep, word } of words) {
    const add = utf8Length(word);
    if (!lineHasWord) {
      line += word;
      width += add;
      lineHasWord = true;
      continue;
    }
    if (width + sep.length + add <= R1_LAST_COLUMN || GLYPH_START.test(word)) {
      line += sep + word;
      width += sep.length + add;
    } else {
      ctx.lines.push(trimEnd(line));
      line = cont + word;
      width = utf8Length(cont) + add;
    }
  }
  ctx.lines.push(trimEnd(line));
}

/** Split text at runs of spaces outside string literals; each word keeps the spaces before it as `sep`. */
export function splitWords(text: string): { sep: string; word: string }[] {
  const out: { sep: string; word: string }[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const sepStart = i;
    while (i < n && text[i] === ' ') i++;
    if (i >= n) break;
    const wordStart = i;
    let inString = false;
    while (i < n && (inString || text[i] !== ' ')) {
      if (text[i] === '"') inString = !inString;
      i++;
    }
    out.push({ sep: text.slice(sepStart, wordStart), word: text.slice(wordStart, i) });
  }
  return out;
}

/** Length of a string in UTF-8 bytes (the R1 width limit holds in bytes as well as in characters). */
export function utf8Length(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
