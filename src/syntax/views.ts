// Builds the four view sections from the view-section lines (reference §3.1, §4, §16): section labels, view
// declarations wrapped in any of the three styles, group members by indentation, and attribute lines.
import type { EntityView, GroupView, View, ViewSectionName, ViewSections, WorkView } from '../ast/nodes.js';
import { createDiagnostic, type Diagnostic, type SourceSpan } from '../diagnostics/diagnostic.js';
import { DiagnosticCodes } from '../diagnostics/codes.js';
import { astBuilder, type ViewHead } from './build-ast.js';
import type { ViewLine } from './line-items.js';
import { SECTION_LABEL, VIEW_START } from './line-words.js';
import { UnitBuilder, wholeUnitSpan, type LogicalUnit } from './logical-unit.js';
import { parseUnit, tokenize } from './run-parser.js';
import { quickViewHead } from './view-head-quick.js';
import { copyString } from './source-lines.js';
import { buildSymbolTable } from './symbols.js';

interface Decl {
  indent: number;
  lines: LogicalUnit[];
  depth: number;
  member: boolean;
}

const SECTION_OF: Record<string, ViewSectionName> = {
  IMPORTS: 'imports',
  EXPORTS: 'exports',
  LOCALS: 'locals',
  LOCAL: 'locals',
};

/** Build the view sections of one block. `indented` is false for R3, where indentation carries no meaning. */
export function buildViews(lines: ViewLine[], indented: boolean, diags: Diagnostic[]): ViewSections {
  const views: ViewSections = { imports: [], exports: [], locals: [], entityActions: [] };
  let section: ViewSectionName | null = null;
  let decl: Decl | null = null;
  let current: View | null = null;
  let currentIndent = 0;
  // Held in an object: `finish` updates it from a closure, which TypeScript's narrowing does not follow.
  const open: { group: { view: GroupView; indent: number } | null } = { group: null };

  const finish = (): void => {
    if (!decl) return;
    const v = declToView(decl, diags);
    const sec: ViewSectionName = section ?? 'locals';
    if (section === null) {
      diags.push(createDiagnostic(DiagnosticCodes.parseBadViewDeclaration, 'warning', 'parse', 'View declared before any IMPORTS:/EXPORTS:/LOCALS:/ENTITY ACTIONS: label; taken as a local view', v.span));
    }
    if (decl.member && open.group && v.kind !== 'group') open.group.view.members.push(v);
    else views[sec].push(v);
    if (v.kind === 'group' && !decl.member) open.group = { view: v, indent: decl.indent };
    current = v;
    currentIndent = decl.indent;
    decl = null;
  };

  for (const line of lines) {
    let unit = line.unit;
    let indent = line.indent;
    // Cheap pre-check: a label needs a `:` and starts with I/E/L (most view lines are attribute names).
    const label = mayBeLabel(unit.text) ? SECTION_LABEL.exec(unit.text) : null;
    if (label) {
      finish();
      section = sectionOf(label[1] ?? '');
      open.group = null;
      current = null;
      if (label[0].length >= unit.text.length) continue;
      unit = subUnit(unit, label[0].length);
      indent += label[0].length;
    }
    const text = unit.text;
    if (mayBeViewStart(text) && VIEW_START.test(text)) {
      finish();
      const g = open.group;
      const member = indented && g !== null && indent > g.indent;
      if (!member) open.group = null;
      decl = { indent, lines: [unit], depth: parenDepth(text), member };
      continue;
    }
    if (decl && isContinuation(decl, text, indent, indented)) {
      decl.lines.push(unit);
      decl.depth += parenDepth(text);
      continue;
    }
    finish();
    const cur = current as View | null;
    const g = open.group;
    if (cur && ONE_WORD.test(text)) {
      const owner = indented && g && cur !== g.view && indent <= currentIndent ? g.view : cur;
      owner.attributes.push(copyString(text));
      // The span grows to the last attribute line; a one-segment unit's span is cheap to read directly. A new
      // object (never mutated in place: a diagnostic may hold the old one), written out because spread is slow.
      const seg = unit.segments[0];
      if (seg) owner.span = grownSpan(owner.span, seg.offset + seg.length, seg.line, seg.column + seg.length - 1);
      continue;
    }
    diags.push(createDiagnostic(DiagnosticCodes.parseBadViewDeclaration, 'warning', 'parse', `Unreadable line in the view section: "${text}"`, wholeUnitSpan(unit)));
  }
  finish();
  return views;
}

/** A wrapped declaration continues while its parenthesis is open, with a moved qualifier list, or (R1/R2) on a
 *  line that is not at the attribute column while no qualifier list has been read yet (reference §3.1). */
function isContinuation(decl: Decl, text: string, indent: number, indented: boolean): boolean {
  if (decl.depth > 0 || text.startsWith('(')) return true;
  if (!indented) return false;
  const joined = decl.lines.length === 1 ? (decl.lines[0] as LogicalUnit).text : decl.lines.map((l) => l.text).join(' ');
  if (joined.includes('(')) return false;
  const names = joined.split(WHITESPACE).length - 2;
  const complete = GROUP_WORD.test(joined) ? names >= 1 : names >= 2;
  if (complete && ONE_WORD.test(text)) return false;
  return indent !== decl.indent + 2;
}

/** `IMPORTS` / `exports` / `LOCAL(S)` / `ENTITY  ACTIONS` (as matched by SECTION_LABEL) → its section. */
function sectionOf(word: string): ViewSectionName | null {
  const upper = word.toUpperCase();
  return upper.startsWith('ENTITY') ? 'entityActions' : (SECTION_OF[upper] ?? null);
}

const ONE_WORD = /^\S+$/;
const WHITESPACE = /\s+/;
const GROUP_WORD = /^group/i;

/** Could `text` be a section label? (Needs a `:` and a first letter of IMPORTS/EXPORTS/LOCALS/ENTITY ACTIONS.) */
function mayBeLabel(text: string): boolean {
  const c = text.charCodeAt(0) | 0x20;
  return (c === 0x69 /* i */ || c === 0x65 /* e */ || c === 0x6c /* l */) && text.includes(':');
}

/** Could `text` be a view declaration? (Its first letter is that of Entity/Work/Group; most lines are attributes.) */
function mayBeViewStart(text: string): boolean {
  const c = text.charCodeAt(0) | 0x20;
  return c === 0x65 /* e */ || c === 0x77 /* w */ || c === 0x67 /* g */;
}

/** `span` with a new end (same key order as every span, so JSON output is unchanged). */
function grownSpan(span: SourceSpan, endOffset: number, endLine: number, endColumn: number): SourceSpan {
  return {
    file: span.file,
    startOffset: span.startOffset,
    endOffset,
    startLine: span.startLine,
    startColumn: span.startColumn,
    endLine,
    endColumn,
  };
}

function parenDepth(text: string): number {
  let d = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) d++;
    else if (c === 41) d--;
  }
  return d;
}

function subUnit(unit: LogicalUnit, from: number): LogicalUnit {
  const seg = unit.segments[0];
  const b = new UnitBuilder(unit.file);
  const rest = unit.text.slice(from).trimStart();
  const k = unit.text.length - rest.length;
  if (seg) b.append(rest, seg.offset + k, seg.line, seg.column + k);
  return b.build();
}

function joinUnits(units: LogicalUnit[]): LogicalUnit {
  if (units.length === 1) return units[0] as LogicalUnit; // already joined: the same text and segments
  const b = new UnitBuilder(units[0]?.file ?? '');
  for (const u of units) for (const s of u.segments) b.append(u.text.slice(s.at, s.at + s.length), s.offset, s.line, s.column);
  return b.build();
}

function declToView(decl: Decl, diags: Diagnostic[]): View {
  const unit = joinUnits(decl.lines);
  const span: SourceSpan = wholeUnitSpan(unit);
  const head = readHead(unit, diags);
  const [w1, w2] = head.words;
  if (head.kind === 'group') {
    return { kind: 'group', name: w1 ?? '', type: null, cardinality: head.cardinality, indexing: head.indexing, qualifiers: head.qualifiers, attributes: [], members: [], span };
  }
  if (head.words.length > 2) {
    diags.push(createDiagnostic(DiagnosticCodes.parseBadViewDeclaration, 'warning', 'parse', `View declaration with more than two names: "${unit.text}"`, span));
  }
  const name = w2 === undefined ? null : (w1 ?? null);
  const type = (w2 ?? w1 ?? '') as string;
  const base = { name, type, qualifiers: head.qualifiers, attributes: [] as string[], span };
  return head.kind === 'work' ? ({ kind: 'work', ...base } satisfies WorkView) : ({ kind: 'entity', ...base } satisfies EntityView);
}

function readHead(unit: LogicalUnit, diags: Diagnostic[]): ViewHead {
  try {
    const lexed = tokenize(unit.text);
    const quick = lexed.errors.length === 0 ? quickViewHead(lexed.tokens) : null;
    if (quick) return quick;
    const r = parseUnit(unit.text, 'viewDeclaration', lexed);
    if (r.cst && r.parseErrors.length === 0) {
      return astBuilder.visit(r.cst, { unit, symbols: EMPTY_SYMBOLS, number: null, line: 0, createView: null, diags }) as ViewHead;
    }
  } catch {
    // fall through to the best-effort reading below
  }
  diags.push(createDiagnostic(DiagnosticCodes.parseBadViewDeclaration, 'warning', 'parse', `View declaration could not be read exactly: "${unit.text}"`, wholeUnitSpan(unit)));
  return fallbackHead(unit.text);
}

/** A best-effort reading of a declaration the grammar rejects: nothing is dropped. */
function fallbackHead(text: string): ViewHead {
  const open = text.indexOf('(');
  const head = open >= 0 ? text.slice(0, open) : text;
  const quals = open >= 0 ? text.slice(open + 1).replace(/\).*$/, '') : '';
  const words = head.trim().split(/\s+/);
  const kindWord = (words[0] ?? '').toLowerCase();
  const kind = kindWord === 'group' ? 'group' : kindWord === 'work' ? 'work' : 'entity';
  return {
    kind,
    words: words.slice(2).map(copyString),
    qualifiers: quals.split(',').map((q) => q.trim()).filter((q) => q.length > 0).map(copyString),
    cardinality: null,
    indexing: null,
  };
}

const EMPTY_SYMBOLS = buildSymbolTable({ imports: [], exports: [], locals: [], entityActions: [] });
