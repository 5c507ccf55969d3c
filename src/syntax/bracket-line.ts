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
  let end = line.length;
  while (end > from && isSpace(line.charCodeAt(end - 1))) end--;
  let i = from;
  let bars = 0;
  for (;;) {
    i = skipSpaces(line, i, end);
    const c = line.charCodeAt(i);
    if (i < end && (c === 33 /* ! */ || c === 124 /* | */)) {
      bars++;
      i++;
    } else break;
  }
  const pos = i;
  if (pos >= end) return { bars, pos, glyph: 'bars-only', textStart: end, end };
  const c0 = line.charCodeAt(pos);
  if (c0 === 43 /* + */) {
    const c1 = line.charCodeAt(pos + 1);
    const c2 = line.charCodeAt(pos + 2);
    if ((c1 === 45 || c1 === 61) && c2 === 62 /* > */) {
      return { bars, pos, glyph: 'open', textStart: skipSpaces(line, pos + 3, end), end };
    }
    if (c1 === 45 || c1 === 61) {
      if (c2 === 45 || c2 === 61) {
        let j = pos + 3;
        while (j < end && (line.charCodeAt(j) === 45 || line.charCodeAt(j) === 61)) j++;
        const glyph: Glyph = bars === 0 ? 'footer' : 'close';
        return { bars, pos, glyph, textStart: skipSpaces(line, j, end), end };
      }
      return { bars, pos, glyph: 'clause', textStart: skipSpaces(line, pos + 2, end), end };
    }
  }
  if (c0 === 60 /* < */) {
    ARROW.lastIndex = pos;
    const m = ARROW.exec(line);
    if (m) {
      const word = (m[1] ?? '').toUpperCase() === 'NEXT' ? 'Next' : 'Escape';
      return { bars, pos, glyph: 'arrow', textStart: pos, end, arrow: word };
    }
  }
  return { bars, pos, glyph: 'text', textStart: pos, end };
}
