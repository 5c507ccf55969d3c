// Line layer for R3, the flat manual form (reference §3.3): no brackets, no numbers. A block starts with its
// name on a line of its own; a line that begins no statement, clause or view continues the line above it. Each
// block goes to the caller as soon as the next block's name (or the end of the text) shows it is complete.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { BlockLines, LineItem } from './line-items.js';
import {
  noteKeywordLength,
  PROCEDURE_STATEMENTS,
  SECTION_LABEL,
  startsAnyStatement,
  startsClause,
  startsKnownStatement,
} from './line-words.js';
import { lineSpan, UnitBuilder } from './logical-unit.js';
import { copyString, lineText, type SourceLines } from './source-lines.js';

const NAME_LINE = /^[^\s"(),]+$/;
const UPPER_NAME = /^[A-Z][A-Z0-9_]*$/;
const ARROW = /^<[-=]+[ \t]*(ESCAPE|NEXT)\b/i;

/** True when the file looks like an R3 action diagram: a name line followed by a section label or statement. */
export function looksFlat(src: SourceLines): boolean {
  const first = nextNonBlank(src, 0);
  if (first < 0) return false;
  const t = lineText(src, first).trim();
  if (!NAME_LINE.test(t) || startsKnownStatement(t)) return false;
  const second = nextNonBlank(src, first + 1);
  if (second < 0) return false;
  const u = lineText(src, second).trim();
  return SECTION_LABEL.test(u) || PROCEDURE_STATEMENTS.test(u) || startsKnownStatement(u);
}

function nextNonBlank(src: SourceLines, from: number): number {
  for (let i = from; i < src.starts.length; i++) if (lineText(src, i).trim().length > 0) return i;
  return -1;
}

/** Reads all blocks of an R3 file, in file order, and hands each to `onBlock` as soon as it is complete. */
export function readFlatBlocks(src: SourceLines, _diags: Diagnostic[], onBlock: (block: BlockLines) => void): void {
  let block: BlockLines | null = null;
  let inProcedure = false;
  let unit: { kind: 'stmt' | 'clause'; line: number; builder: UnitBuilder } | null = null;
  let note: { line: number; lines: string[]; span: ReturnType<typeof lineSpan>; end: ReturnType<typeof lineSpan> } | null = null;
  let lastNonBlank = 0;
  const file = src.file;

  const span = (i: number, a: number, b: number) => lineSpan(file, src.starts[i] ?? 0, i + 1, a, Math.max(a + 1, b));
  const push = (item: LineItem) => block?.items.push(item);
  const flush = () => {
    if (unit) {
      const u = unit.builder.build();
      push(unit.kind === 'stmt' ? { kind: 'stmt', number: null, line: unit.line, bars: null, opener: false, unit: u } : { kind: 'clause', number: null, line: unit.line, bars: null, unit: u });
      unit = null;
    }
    if (note) {
      while (note.lines.length > 0 && note.lines[note.lines.length - 1] === '') note.lines.pop();
      const s = { ...note.span, endOffset: note.end.endOffset, endLine: note.end.endLine, endColumn: note.end.endColumn };
      push({ kind: 'note', number: null, line: note.line, bars: null, lines: note.lines, span: s });
      note = null;
    }
  };
  const endBlock = () => {
    if (!block) return;
    flush();
    block.lastLine = Math.max(block.firstLine, lastNonBlank);
    const t = lineText(src, block.lastLine);
    block.endSpan = span(block.lastLine, 0, Math.max(1, t.length));
    const done: BlockLines = block;
    block = null;
    onBlock(done);
  };
  const startBlock = (i: number, a: number, b: number, name: string) => {
    endBlock();
    const s = span(i, a, b);
    block = {
      header: { name: copyString(name), date: null, time: null, line: i + 1, span: s, nameSpan: s },
      firstLine: i,
      lastLine: i,
      closed: true,
      endSpan: s,
      indented: false,
      viewLines: [],
      hasProcedureSection: false,
      items: [],
    };
    inProcedure = false;
  };
  const piece = (i: number, text: string, a: number) => new UnitBuilder(file).append(text, (src.starts[i] ?? 0) + a, i + 1, a + 1);

  const n = src.starts.length;
  for (let i = 0; i < n; i++) {
    const line = lineText(src, i);
    const a = line.length - line.trimStart().length;
    const t = line.trim();
    const b = a + t.length;
    if (t.length === 0) {
      if (note) note.lines.push('');
      continue;
    }
    // Inside a block only an UPPER-case name can start the next block (attributes are lower case).
    const isName = (block ? UPPER_NAME.test(t) : NAME_LINE.test(t)) && !startsKnownStatement(t) && !startsClause(t);
    if (!block || isName) {
      const next = nextNonBlank(src, i + 1);
      const u = next >= 0 ? lineText(src, next).trim() : '';
      const labelNext = SECTION_LABEL.test(u) || PROCEDURE_STATEMENTS.test(u);
      if (isName && (labelNext || (!block && startsKnownStatement(u)))) {
        startBlock(i, a, b, t);
        lastNonBlank = i;
        continue;
      }
      if (!block) continue;
    }
    const blk = block as BlockLines;
    lastNonBlank = i;
    if (!inProcedure) {
      if (PROCEDURE_STATEMENTS.test(t)) {
        inProcedure = true;
        blk.hasProcedureSection = true;
        continue;
      }
      if (!(startsKnownStatement(t) || startsClause(t) || ARROW.test(t))) {
        blk.viewLines.push({ indent: a, unit: piece(i, t, a).build() });
        continue;
      }
      inProcedure = true;
      blk.hasProcedureSection = true;
    }
    if (note) {
      if (!(startsKnownStatement(t) || startsClause(t) || ARROW.test(t))) {
        note.lines.push(copyString(t));
        note.end = span(i, a, b);
        continue;
      }
      flush();
    }
    const arrow = ARROW.exec(t);
    if (arrow) {
      flush();
      const which = (arrow[1] ?? '').toUpperCase() === 'NEXT' ? 'Next' : 'Escape';
      push({ kind: 'arrow', which, number: null, line: i + 1, level: null, span: span(i, a, b) });
      continue;
    }
    const noteLen = noteKeywordLength(t);
    if (noteLen >= 0) {
      flush();
      const first = t.slice(noteLen).trim();
      const s = span(i, a, b);
      note = { line: i + 1, lines: first ? [copyString(first)] : [], span: s, end: s };
      continue;
    }
    if (startsClause(t)) {
      flush();
      unit = { kind: 'clause', line: i + 1, builder: piece(i, t, a) };
      continue;
    }
    if (unit && !startsAnyStatement(t)) {
      unit.builder.append(t, (src.starts[i] ?? 0) + a, i + 1, a + 1);
      continue;
    }
    flush();
    unit = { kind: 'stmt', line: i + 1, builder: piece(i, t, a) };
  }
  endBlock();
}
