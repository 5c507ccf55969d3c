// Line layer for the two bracketed renderings: R1 (generated-COBOL listing, cols 1-7 stripped, statement numbers)
// and R2 (toolset print, no numbers). Finds every block, splits view lines from procedure items, joins
// continuation lines and reads NOTEs in raw-text mode (reference §3.1, §3.2, §14, §16, §17). Each block goes to the
// caller as soon as its last line is read, so only one block's lines are held at a time.
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { DiagnosticCodes } from '../diagnostics/codes.js';
import { readBracketLineIn, type BracketLine } from './bracket-line.js';
import { readHeader } from './header.js';
import type { BlockLines, LineItem } from './line-items.js';
import { startsAnyStatement, startsClause, noteKeywordLength, PROCEDURE_STATEMENTS } from './line-words.js';
import { lineSpan, singleUnit, UnitBuilder } from './logical-unit.js';
import { addNoteLine, closeNote, openNote, r2NoteEnd, type OpenNote } from './note-mode.js';
import { lineText, type SourceLines } from './source-lines.js';

/** `r1`: listing lines `^[ 0-9]{6}\*`, numbers in cols 1-6; `r2`: bracket print from column 1. */
export type BracketMode = 'r1' | 'r2';

const LABEL_WORD = /^[A-Z_]+[ \t]*:/;
const CASE_OR_OTHERWISE = /^(?:CASE(?![A-Za-z0-9_])(?![ \t]+OF\b)|OTHERWISE(?![A-Za-z0-9_]))/;

interface OpenUnit {
  kind: 'stmt' | 'clause';
  number: number | null;
  line: number;
  bars: number;
  opener: boolean;
  builder: UnitBuilder;
  lastLine: number;
}


/**
 * Reads all blocks of one R1 or R2 file, in file order, and hands each to `onBlock` as soon as it is complete
 * (the reader keeps no reference to it). A diagnostic about a block is pushed to `diags` before that block goes out.
 */
export function readBracketedBlocks(src: SourceLines, mode: BracketMode, diags: Diagnostic[], onBlock: (block: BlockLines) => void): void {
  new BracketedReader(src, mode, diags, onBlock).run();
}

class BracketedReader {
  private block: BlockLines | null = null;
  private inProcedure = false;
  private unit: OpenUnit | null = null;
  private note: OpenNote | null = null;
  /** R2: a bars-only line right after a NOTE's closing line (or after such an empty statement) is an empty statement. */
  private afterNoteClose = false;
  private readonly from: number;

  constructor(
    private readonly src: SourceLines,
    private readonly mode: BracketMode,
    private readonly diags: Diagnostic[],
    private readonly onBlock: (block: BlockLines) => void,
  ) {
    this.from = mode === 'r1' ? 7 : 0;
  }

  run(): void {
    const { text, starts, ends } = this.src;
    const n = starts.length;
    for (let i = 0; i < n; i++) {
      // Fast path: outside a block only a header matters; COBOL and banner lines are skipped without slicing.
      if (!this.block && !this.mayBeHeader(text, starts[i] as number, ends[i] as number)) continue;
      this.line(i, starts[i] as number, ends[i] as number);
    }
    if (this.block) this.endBlock(n - 1, false);
  }

  private mayBeHeader(text: string, start: number, end: number): boolean {
    if (this.mode === 'r1') return end - start > 12 && text.charCodeAt(start + 6) === 42 && text.charCodeAt(start + 10) === 43;
    let k = start;
    while (k < end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    return text.charCodeAt(k) === 43;
  }

  /** One physical line `text[s, e)`; it is only sliced out of the file text where a string is really needed. */
  private line(i: number, s: number, e: number): void {
    const text = this.src.text;
    // R1: one pass over columns 1-7 both checks the listing prefix and reads the statement number.
    const r1 = this.mode === 'r1' ? r1Number(text, s, e) : NO_NUMBER;
    if (r1 === NOT_R1) return;
    const bl = readBracketLineIn(text, s, e, this.from);
    if (this.mode === 'r2' && this.note && this.block) {
      if (this.noteLineR2(i, lineText(this.src, i), bl)) return;
    }
    // R1 headers sit exactly in column 11 (reference §3.1); a `+->` elsewhere in a COBOL comment is no header.
    if (bl.bars === 0 && bl.glyph === 'open' && (this.mode === 'r2' || bl.pos === 10)) return this.header(i, lineText(this.src, i), bl);
    if (!this.block) return;
    if (bl.glyph === 'footer') {
      this.flush();
      this.block.closed = true;
      this.block.endSpan = this.span(i, bl.pos, bl.end);
      this.endBlock(i, true);
      return;
    }
    const number = r1 >= 0 ? r1 : null;
    if (this.mode === 'r1' && this.note) {
      if (this.noteLineR1(i, lineText(this.src, i), bl, number)) return;
    }
    if (!this.inProcedure) {
      if (bl.glyph === 'text' && (text.charCodeAt(s + bl.textStart) | 0x20) === 0x70 /* p */ && PROCEDURE_STATEMENTS.test(text.slice(s + bl.textStart, e))) {
        this.inProcedure = true;
        this.block.hasProcedureSection = true;
        return;
      }
      if (!this.startsProcedure(i, bl, number)) {
        if (bl.glyph === 'text') this.viewLine(i, bl);
        return;
      }
      this.inProcedure = true;
      this.block.hasProcedureSection = true;
    }
    this.procedureLine(i, bl, number);
  }

  /** A view-section line that is really a statement: numbered (R1), a bracket glyph, or a statement keyword. */
  private startsProcedure(i: number, bl: BracketLine, number: number | null): boolean {
    if (number !== null) return true;
    if (bl.glyph === 'open' || bl.glyph === 'clause' || bl.glyph === 'close' || bl.glyph === 'arrow') return true;
    return this.mode === 'r2' && bl.glyph === 'text' && bl.bars <= 1 && startsAnyStatement(this.sub(i, bl.textStart, bl.end)) &&
      !LABEL_WORD.test(this.sub(i, bl.textStart, (this.src.ends[i] as number) - (this.src.starts[i] as number)));
  }

  private header(i: number, line: string, bl: BracketLine): void {
    if (this.block) {
      this.diags.push(
        createDiagnostic(
          DiagnosticCodes.lexUnclosedBlock,
          'error',
          'lex',
          `Action block ${this.block.header.name} has no "+---" footer before the next header`,
          this.block.header.span,
        ),
      );
      this.endBlock(i - 1, false);
    }
    const lineNo = i + 1;
    const header = readHeader(line, bl.textStart, bl.end, { file: this.src.file, lineNo, lineStart: this.src.starts[i] ?? 0 }, this.diags);
    this.block = {
      header,
      firstLine: i,
      lastLine: i,
      closed: false,
      endSpan: header.span,
      indented: true,
      viewLines: [],
      hasProcedureSection: false,
      items: [],
    };
    this.inProcedure = false;
    this.afterNoteClose = false;
  }

  private endBlock(lastLine: number, closed: boolean): void {
    const block = this.block;
    if (!block) return;
    const cutOff = !closed && this.src.endsWithoutNewline && lastLine === this.src.starts.length - 1;
    if (this.unit && cutOff && this.unit.lastLine === lastLine) {
      const u = this.unit;
      this.unit = null;
      block.items.push({ kind: 'stmt', number: u.number, line: u.line, bars: u.bars, opener: u.opener, unit: u.builder.build(), cutOff: true });
    }
    this.flush();
    block.lastLine = Math.max(block.firstLine, lastLine);
    if (!closed) {
      const ln = block.lastLine;
      const text = lineText(this.src, ln);
      block.endSpan = this.span(ln, 0, Math.max(1, text.length));
      if (lastLine >= this.src.starts.length - 1) {
        this.diags.push(
          createDiagnostic(
            DiagnosticCodes.lexUnclosedBlock,
            'error',
            'lex',
            `Action block ${block.header.name} has no "+---" footer (the input ends inside it)`,
            block.header.span,
          ),
        );
      }
    }
    this.block = null;
    this.unit = null;
    this.note = null;
    this.onBlock(block);
  }

  private viewLine(i: number, bl: BracketLine): void {
    const unit = singleUnit(this.src.file, this.sub(i, bl.textStart, bl.end), (this.src.starts[i] ?? 0) + bl.textStart, i + 1, bl.textStart + 1);
    this.block?.viewLines.push({ indent: bl.textStart, unit });
  }

  // ---- procedure lines ----

  private procedureLine(i: number, bl: BracketLine, number: number | null): void {
    switch (bl.glyph) {
      case 'bars-only':
        return this.barsOnly(i, bl, number);
      case 'text':
        return this.textLine(i, bl, number);
      case 'open': {
        this.flush();
        const text = this.sub(i, bl.textStart, bl.end);
        const kind = CASE_OR_OTHERWISE.test(text) ? 'clause' : 'stmt';
        this.startUnit(kind, i, text, bl, number, kind === 'stmt');
        return;
      }
      case 'clause':
        this.flush();
        this.startUnit('clause', i, this.sub(i, bl.textStart, bl.end), bl, number, false);
        return;
      case 'close': {
        this.flush();
        const hasText = bl.textStart < bl.end;
        const unit = hasText ? this.piece(i, this.sub(i, bl.textStart, bl.end), bl.textStart).build() : null;
        this.push({ kind: 'close', line: i + 1, bars: bl.bars, span: this.span(i, bl.pos, bl.end), unit });
        return;
      }
      case 'arrow':
        this.flush();
        this.push({ kind: 'arrow', which: bl.arrow ?? 'Escape', number, line: i + 1, level: bl.bars, span: this.span(i, bl.pos, bl.end) });
        return;
      default:
        return;
    }
  }

  private barsOnly(i: number, bl: BracketLine, number: number | null): void {
    if (this.mode === 'r1') {
      if (number === null || (this.unit && this.unit.number === number)) return;
      this.flush();
      this.push({ kind: 'empty', number, line: i + 1, bars: bl.bars, span: this.span(i, bl.pos - 1, bl.pos) });
      return;
    }
    if (!this.afterNoteClose || bl.bars === 0) return;
    this.flush();
    this.push({ kind: 'empty', number: null, line: i + 1, bars: bl.bars, span: this.span(i, Math.max(0, bl.pos - 1), bl.pos) });
    this.afterNoteClose = true;
  }

  private textLine(i: number, bl: BracketLine, number: number | null): void {
    const text = this.sub(i, bl.textStart, bl.end);
    if (this.unit && this.isContinuation(text, number)) {
      this.unit.builder.append(text, (this.src.starts[i] ?? 0) + bl.textStart, i + 1, bl.textStart + 1);
      this.unit.lastLine = i;
      return;
    }
    this.flush();
    const noteLen = noteKeywordLength(text);
    if (noteLen >= 0) return this.startNote(i, lineText(this.src, i), bl, number, noteLen);
    const kind = this.mode === 'r2' && startsClause(text) ? 'clause' : 'stmt';
    this.startUnit(kind, i, text, bl, number, false);
  }

  /** R1: same statement number (or a blank number column); R2: the line begins no statement or clause. */
  private isContinuation(text: string, number: number | null): boolean {
    if (this.mode === 'r1') return number === null || number === this.unit?.number;
    return !startsAnyStatement(text) && noteKeywordLength(text) < 0;
  }

  /** `text` is the line's text from `bl.textStart` to `bl.end`. */
  private startUnit(kind: 'stmt' | 'clause', i: number, text: string, bl: BracketLine, number: number | null, opener: boolean): void {
    this.afterNoteClose = false;
    const builder = this.piece(i, text, bl.textStart);
    this.unit = { kind, number, line: i + 1, bars: bl.bars, opener, builder, lastLine: i };
  }

  private flush(): void {
    const u = this.unit;
    if (u) {
      this.unit = null;
      const unit = u.builder.build();
      if (u.kind === 'stmt') this.push({ kind: 'stmt', number: u.number, line: u.line, bars: u.bars, opener: u.opener, unit });
      else this.push({ kind: 'clause', number: u.number, line: u.line, bars: u.bars, unit });
    }
    if (this.note) this.finishNote();
  }

  private push(item: LineItem): void {
    if (item.kind !== 'empty') this.afterNoteClose = false;
    this.block?.items.push(item);
  }

  // ---- NOTE raw-text mode (reference §5.1, §16; the rules are in note-mode.ts) ----

  private startNote(i: number, line: string, bl: BracketLine, number: number | null, noteLen: number): void {
    this.note = openNote(line, bl, number, noteLen, i + 1, this.span(i, bl.textStart, bl.end));
  }

  /** R1: the note runs while the statement number stays the same. Returns true when the line was consumed. */
  private noteLineR1(i: number, line: string, bl: BracketLine, number: number | null): boolean {
    const note = this.note as OpenNote;
    if (number !== note.number || bl.glyph === 'footer') {
      this.finishNote();
      return false;
    }
    addNoteLine(note, line, bl, this.from, this.span(i, Math.max(0, bl.pos - 1), Math.max(bl.pos, bl.end)));
    return true;
  }

  /** R2: the note runs until a bars-only line of its own depth (reference §16). */
  private noteLineR2(i: number, line: string, bl: BracketLine): boolean {
    const note = this.note as OpenNote;
    const end = r2NoteEnd(note, bl);
    if (end === 'closing-line') {
      note.endSpan = this.span(i, Math.max(0, bl.pos - 1), bl.pos);
      note.lastBarsOnly = false;
      this.finishNote();
      this.afterNoteClose = true;
      return true;
    }
    if (end === 'block-boundary') {
      this.diags.push(
        createDiagnostic(DiagnosticCodes.lexUnclosedConstruct, 'error', 'lex', 'NOTE has no closing line (a line with only its bars)', note.startSpan),
      );
      this.finishNote();
      return false;
    }
    addNoteLine(note, line, bl, 0, this.span(i, 0, Math.max(1, bl.end)));
    note.lastBarsOnly = false;
    return true;
  }

  private finishNote(): void {
    const note = this.note;
    if (!note) return;
    this.note = null;
    this.block?.items.push(closeNote(note));
    if (this.mode === 'r1') this.afterNoteClose = false;
  }

  // ---- helpers ----

  /** A builder holding `text`, the piece of line i that starts at index `start`. */
  private piece(i: number, text: string, start: number): UnitBuilder {
    return new UnitBuilder(this.src.file).append(text, (this.src.starts[i] ?? 0) + start, i + 1, start + 1);
  }

  /** Characters [a, b) of line i, cut straight from the file text. */
  private sub(i: number, a: number, b: number): string {
    const s = this.src.starts[i] as number;
    return this.src.text.slice(s + a, s + b);
  }

  private span(i: number, start: number, end: number): ReturnType<typeof lineSpan> {
    return lineSpan(this.src.file, this.src.starts[i] ?? 0, i + 1, Math.max(0, start), Math.max(start + 1, end));
  }
}

const NOT_R1 = -2;
const NO_NUMBER = -1;

/**
 * `^[ 0-9]{6}\*` on the line `text[s, e)` without a RegExp call (this runs for every line of every block): NOT_R1
 * when the line does not match, else the statement number in columns 1-6, or NO_NUMBER when they are blank.
 */
function r1Number(text: string, s: number, e: number): number {
  if (e - s < 7 || text.charCodeAt(s + 6) !== 42 /* * */) return NOT_R1;
  let v = 0;
  let seen = false;
  for (let k = s; k < s + 6; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      v = v * 10 + (c - 48);
      seen = true;
    } else if (c !== 32) return NOT_R1;
  }
  return seen ? v : NO_NUMBER;
}
