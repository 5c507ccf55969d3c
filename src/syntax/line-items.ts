// The line layer's output: per action block, the header, the view-section lines and a flat stream of items
// (statements, bracket clauses, closes, arrows, notes) that the tree builder nests (reference §3, §14, §16).
import type { SourceSpan } from '../diagnostics/diagnostic.js';
import type { LogicalUnit } from './logical-unit.js';

/** A statement (or construct opener) with its re-joined text. `bars` is the bracket count (null in R3). */
export interface StatementItem {
  kind: 'stmt';
  number: number | null;
  line: number;
  bars: number | null;
  /** Opened with `+->` (R1/R2). R3 decides from the statement kind. */
  opener: boolean;
  unit: LogicalUnit;
  /** The input ended inside this statement (last line cut off, no newline). */
  cutOff?: boolean;
}

/** `+- ELSE`, `+- ELSE IF c`, `+- WHEN x`, `+->CASE v`, `+->OTHERWISE`, `UNTIL c` (text without the glyph). */
export interface ClauseItem {
  kind: 'clause';
  number: number | null;
  line: number;
  bars: number | null;
  unit: LogicalUnit;
}

/** `+--` closing a construct; `unit` holds text written after it (REPEAT's `UNTIL c`), if any. */
export interface CloseItem {
  kind: 'close';
  line: number;
  bars: number;
  span: SourceSpan;
  unit: LogicalUnit | null;
}

/** `<----ESCAPE` / `<---NEXT`; `level` = bracket depth where `<` sits (0 = whole block), null in R3. */
export interface ArrowItem {
  kind: 'arrow';
  which: 'Escape' | 'Next';
  number: number | null;
  line: number;
  level: number | null;
  span: SourceSpan;
}

/** A NOTE with its raw text lines (closing bars-only line excluded). */
export interface NoteItem {
  kind: 'note';
  number: number | null;
  line: number;
  bars: number | null;
  lines: string[];
  span: SourceSpan;
}

/** An empty numbered statement (bars only). */
export interface EmptyItem {
  kind: 'empty';
  number: number | null;
  line: number;
  bars: number | null;
  span: SourceSpan;
}

export type LineItem = StatementItem | ClauseItem | CloseItem | ArrowItem | NoteItem | EmptyItem;

/** One physical line of the view section: its indentation (0-based index in the line) and text. */
export interface ViewLine {
  indent: number;
  unit: LogicalUnit;
}

/** The header line `+->   NAME   MM/DD/YYYY  HH:MM` (or the R3 name line). */
export interface BlockHeader {
  name: string;
  date: string | null;
  time: string | null;
  line: number;
  span: SourceSpan;
  nameSpan: SourceSpan;
}

/** Everything the line layer found for one action block. */
export interface BlockLines {
  header: BlockHeader;
  /** 0-based index of the first and last physical line of the block (header .. footer or last line). */
  firstLine: number;
  lastLine: number;
  /** True when the block ended with its `+---` footer. */
  closed: boolean;
  /** The footer span, or the last line's span when unclosed. */
  endSpan: SourceSpan;
  /** Whether view lines carry meaningful indentation (R1/R2) or not (R3). */
  indented: boolean;
  viewLines: ViewLine[];
  hasProcedureSection: boolean;
  items: LineItem[];
}
