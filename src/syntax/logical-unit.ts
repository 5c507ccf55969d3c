// A logical unit: the text of one statement, clause or view declaration, re-joined from one or more physical
// lines, plus the segment map that takes every position back to the original line and column (issue 2).
import type { SourceSpan } from '../diagnostics/diagnostic.js';

/** One piece of a unit that was copied from one physical line. */
export interface Segment {
  /** Start of the piece in the unit text. */
  at: number;
  /** Offset of the piece in the file. */
  offset: number;
  /** 1-based line and column of the piece's first character in the file. */
  line: number;
  column: number;
  length: number;
}

/** A unit of text with its segment map; pieces are joined with one space. */
export interface LogicalUnit {
  file: string;
  text: string;
  segments: Segment[];
}

/** Builds a unit from pieces without per-character string concatenation. */
export class UnitBuilder {
  /** The first piece; most units have only this one, so the parts array is made for a second piece only. */
  private first: string | null = null;
  private rest: string[] | null = null;
  private readonly segments: Segment[] = [];
  private length = 0;

  constructor(private readonly file: string) {}

  /** Append a piece taken from the file at `offset` (line/column 1-based). Empty pieces are ignored. */
  append(text: string, offset: number, line: number, column: number): this {
    if (text.length === 0) return this;
    if (this.first === null) this.first = text;
    else {
      this.length += 1;
      (this.rest ??= [this.first]).push(text);
    }
    this.segments.push({ at: this.length, offset, line, column, length: text.length });
    this.length += text.length;
    return this;
  }

  get isEmpty(): boolean {
    return this.first === null;
  }

  build(): LogicalUnit {
    const text = this.rest !== null ? this.rest.join(' ') : (this.first ?? '');
    return { file: this.file, text, segments: this.segments };
  }
}

/** A unit of one piece (what `new UnitBuilder(file).append(...).build()` gives, without the builder). */
export function singleUnit(file: string, text: string, offset: number, line: number, column: number): LogicalUnit {
  return { file, text, segments: text.length === 0 ? [] : [{ at: 0, offset, line, column, length: text.length }] };
}

function segmentAt(unit: LogicalUnit, pos: number): Segment | undefined {
  const segs = unit.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((segs[mid] as Segment).at <= pos) lo = mid;
    else hi = mid - 1;
  }
  return segs[lo];
}

/** File position of a unit position (a position in a joining space maps to the end of the piece before it). */
export function positionOf(unit: LogicalUnit, pos: number): { offset: number; line: number; column: number } {
  const seg = segmentAt(unit, pos);
  if (!seg) return { offset: 0, line: 1, column: 1 };
  const d = Math.max(0, Math.min(pos - seg.at, seg.length));
  return { offset: seg.offset + d, line: seg.line, column: seg.column + d };
}

/** Span of unit positions [start, end) in the original file; `end` is exclusive, endColumn inclusive. */
export function unitSpan(unit: LogicalUnit, start: number, end: number): SourceSpan {
  if (unit.segments.length === 1) {
    const seg = unit.segments[0] as Segment;
    const s = Math.max(0, Math.min(start, seg.length - 1));
    const e = Math.max(s + 1, Math.min(end, seg.length));
    return {
      file: unit.file,
      startOffset: seg.offset + s,
      endOffset: seg.offset + e,
      startLine: seg.line,
      startColumn: seg.column + s,
      endLine: seg.line,
      endColumn: seg.column + e - 1,
    };
  }
  if (unit.segments.length > 1) return multiSpan(unit, start, end);
  const a = positionOf(unit, start);
  const last = Math.max(start, end - 1);
  const seg = segmentAt(unit, last);
  let b = positionOf(unit, last);
  if (seg && last >= seg.at + seg.length) b = positionOf(unit, seg.at + seg.length - 1);
  return {
    file: unit.file,
    startOffset: a.offset,
    endOffset: b.offset + 1,
    startLine: a.line,
    startColumn: a.column,
    endLine: b.line,
    endColumn: b.column,
  };
}

/** `unitSpan` of a unit of two or more segments, without the intermediate position objects. */
function multiSpan(unit: LogicalUnit, start: number, end: number): SourceSpan {
  const sa = segmentAt(unit, start) as Segment;
  const da = Math.max(0, Math.min(start - sa.at, sa.length));
  const last = Math.max(start, end - 1);
  let sb = segmentAt(unit, last) as Segment;
  let pb = last;
  if (last >= sb.at + sb.length) {
    pb = sb.at + sb.length - 1;
    sb = segmentAt(unit, pb) as Segment;
  }
  const db = Math.max(0, Math.min(pb - sb.at, sb.length));
  return {
    file: unit.file,
    startOffset: sa.offset + da,
    endOffset: sb.offset + db + 1,
    startLine: sa.line,
    startColumn: sa.column + da,
    endLine: sb.line,
    endColumn: sb.column + db,
  };
}

/** Span of the whole unit. */
export function wholeUnitSpan(unit: LogicalUnit): SourceSpan {
  return unitSpan(unit, 0, unit.text.length);
}

/** A span that runs from the start of `a` to the end of `b`. */
export function joinSpans(a: SourceSpan, b: SourceSpan): SourceSpan {
  return {
    file: a.file,
    startOffset: a.startOffset,
    endOffset: b.endOffset,
    startLine: a.startLine,
    startColumn: a.startColumn,
    endLine: b.endLine,
    endColumn: b.endColumn,
  };
}

/** Span of characters [startIndex, endIndex) on one physical line (0-based indexes in the line). */
export function lineSpan(file: string, lineStart: number, lineNo: number, startIndex: number, endIndex: number): SourceSpan {
  const e = Math.max(startIndex + 1, endIndex);
  return {
    file,
    startOffset: lineStart + startIndex,
    endOffset: lineStart + e,
    startLine: lineNo,
    startColumn: startIndex + 1,
    endLine: lineNo,
    endColumn: e,
  };
}
