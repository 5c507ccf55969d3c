// NOTE raw-text mode of the bracketed renderings (reference §5.1, §16): a NOTE keeps its text lines as written,
// even when they look like statements or brackets. R1 ends it by the statement number, R2 by its own bars line.
import type { SourceSpan } from '../diagnostics/diagnostic.js';
import type { BracketLine } from './bracket-line.js';
import type { NoteItem } from './line-items.js';
import { copyString } from './source-lines.js';

/** A NOTE being read. */
export interface OpenNote {
  number: number | null;
  line: number;
  bars: number;
  /** Index of `NOTE` in its line: text lines are read from this column. */
  textCol: number;
  lines: string[];
  /** The last line read held only bars (R1: the closing line, excluded from the text). */
  lastBarsOnly: boolean;
  startSpan: SourceSpan;
  endSpan: SourceSpan;
}

/** Start a NOTE at its `NOTE:` line; text after the keyword on the same line is its first text line. */
export function openNote(line: string, bl: BracketLine, number: number | null, noteLen: number, lineNo: number, span: SourceSpan): OpenNote {
  const first = line.slice(bl.textStart + noteLen, bl.end).trim();
  const note: OpenNote = { number, line: lineNo, bars: bl.bars, textCol: bl.textStart, lines: [], lastBarsOnly: false, startSpan: span, endSpan: span };
  if (first.length > 0) note.lines.push(copyString(first));
  return note;
}

/** Add one text line (a bars-only line is an empty text line, remembered in case it is the closing line). */
export function addNoteLine(note: OpenNote, line: string, bl: BracketLine, from: number, span: SourceSpan): void {
  note.endSpan = span;
  if (bl.glyph === 'bars-only' && from > 0) {
    note.lines.push('');
    note.lastBarsOnly = true;
    return;
  }
  note.lastBarsOnly = false;
  note.lines.push(copyString(noteText(line, note, bl, from)));
}

/** R2: does this line close the note (its own bars only) or end the block without closing it? */
export function r2NoteEnd(note: OpenNote, bl: BracketLine): 'closing-line' | 'block-boundary' | null {
  if (bl.glyph === 'bars-only' && bl.bars > 0 && bl.bars <= note.bars) return 'closing-line';
  if (bl.bars === 0 && (bl.glyph === 'open' || bl.glyph === 'footer')) return 'block-boundary';
  return null;
}

/** The text of a note line: from the note's column when the prefix is only bars, else after the bars. */
function noteText(line: string, note: OpenNote, bl: BracketLine, from: number): string {
  const prefix = line.slice(from, note.textCol);
  if (line.length >= note.textCol && /^[ \t!|]*$/.test(prefix)) return line.slice(note.textCol).trimEnd();
  return line.slice(bl.textStart).trimEnd();
}

/** The NOTE item; an R1 closing bars-only line is not part of the text. */
export function closeNote(note: OpenNote): NoteItem {
  if (note.lastBarsOnly && note.lines.length > 0) note.lines.pop();
  const span = { ...note.startSpan, endOffset: note.endSpan.endOffset, endLine: note.endSpan.endLine, endColumn: note.endSpan.endColumn };
  return { kind: 'note', number: note.number, line: note.line, bars: note.bars, lines: note.lines, span };
}
