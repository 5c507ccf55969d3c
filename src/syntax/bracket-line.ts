// Reads the bracket prefix of one R1/R2 body line: the bars (`!` in R1, `|` in R2) and the glyph after them
// (`+->` open, `+-` clause, `+--` close, `+---` footer, `<---ESCAPE` arrow), per reference §3.2, §14, §16.

/** What follows the bars of a body line. */
export type Glyph = 'open' | 'clause' | 'close' | 'footer' | 'arrow' | 'text' | 'bars-only';

/** The classified prefix of one line; indexes are 0-based positions in the physical line. */
export interface BracketLine {
  bars: number;
  /** Index of the glyph or of the text when there is no glyph. */
  pos: number;
  glyph: Glyph;
  /** Index where the text after the glyph starts (spaces skipped); `end` when none. */
  textStart: number;
  /** Index just after the last non-space character of the line. */
  end: number;
  arrow?: 'Escape' | 'Next';
}

const ARROW = /<[-=]+[ \t]*(ESCAPE|NEXT)\b/iy;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xfeff || c === 0xa0;
}

function skipSpaces(line: string, i: number, end: number): number {
  while (i < end && isSpace(line.charCodeAt(i))) i++;
  return i;
}

/** Classify `line` starting at index `from` (7 for R1 listing lines, 0 for R2). */
export function readBracketLine(line: string, from: number): BracketLine {
  return readBracketLineIn(line, 0, line.length, from);
}

/**
 * `readBracketLine` of the line `text[start, lineEnd)` without slicing it out of the file text; the indexes in the
 * result are relative to `start`, exactly as `readBracketLine(text.slice(start, lineEnd), from)` gives them.
 */
export function readBracketLineIn(text: string, start: number, lineEnd: number, from: number): BracketLine {
  const lo = start + from;
  let end = lineEnd;
  while (end > lo && isSpace(text.charCodeAt(end - 1))) end--;
  let i = lo;
  let bars = 0;
  for (;;) {
    i = skipSpaces(text, i, end);
    const c = text.charCodeAt(i);
    if (i < end && (c === 33 /* ! */ || c === 124 /* | */)) {
      bars++;
      i++;
    } else break;
  }
  const pos = i;
  const rEnd = end - start;
  if (pos >= end) return { bars, pos: pos - start, glyph: 'bars-only', textStart: rEnd, end: rEnd };
  const c0 = text.charCodeAt(pos);
  if (c0 === 43 /* + */) {
    // Past the physical line the sliced line has no characters (NaN), so never look beyond `lineEnd`.
    const c1 = pos + 1 < lineEnd ? text.charCodeAt(pos + 1) : NaN;
    const c2 = pos + 2 < lineEnd ? text.charCodeAt(pos + 2) : NaN;
    if ((c1 === 45 || c1 === 61) && c2 === 62 /* > */) {
      return { bars, pos: pos - start, glyph: 'open', textStart: skipSpaces(text, pos + 3, end) - start, end: rEnd };
    }
    if (c1 === 45 || c1 === 61) {
      if (c2 === 45 || c2 === 61) {
        let j = pos + 3;
        while (j < end && (text.charCodeAt(j) === 45 || text.charCodeAt(j) === 61)) j++;
        const glyph: Glyph = bars === 0 ? 'footer' : 'close';
        return { bars, pos: pos - start, glyph, textStart: skipSpaces(text, j, end) - start, end: rEnd };
      }
      return { bars, pos: pos - start, glyph: 'clause', textStart: skipSpaces(text, pos + 2, end) - start, end: rEnd };
    }
  }
  if (c0 === 60 /* < */) {
    // Rare: match on the line itself so the pattern can never see past its end.
    const line = start === 0 && lineEnd === text.length ? text : text.slice(start, lineEnd);
    ARROW.lastIndex = pos - start;
    const m = ARROW.exec(line);
    if (m) {
      const word = (m[1] ?? '').toUpperCase() === 'NEXT' ? 'Next' : 'Escape';
      return { bars, pos: pos - start, glyph: 'arrow', textStart: pos - start, end: rEnd, arrow: word };
    }
  }
  return { bars, pos: pos - start, glyph: 'text', textStart: pos - start, end: rEnd };
}
