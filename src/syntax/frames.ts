// Open constructs while a block's statements are nested: where the next statement goes (THEN, an ELSE IF, a WHEN
// branch, CREATE actions...), how clause lines switch branches, and how spans grow when a construct closes.
import type * as A from '../ast/nodes.js';
import type { SourceSpan } from '../diagnostics/diagnostic.js';
import type { ClauseInfo } from './build-ast.js';
import { isBareWord, toName } from './build-expressions.js';
import { joinSpans } from './logical-unit.js';

/** One open construct. */
export interface Frame {
  node: A.Statement;
  /** Bracket count of the opener line (R1/R2); null in R3. */
  bars: number | null;
  /** `IF`, `READ EACH`, ... for messages. */
  label: string;
  /** Where statements go now. */
  body: A.Statement[];
  /** The clause whose span grows with its body, if any. */
  branch: { span: SourceSpan } | null;
  /** A WHEN / CASE / ELSE ... line has been seen. */
  clauseSeen: boolean;
  /** R3 loops: index of the last item in the loop's scope. */
  scopeEnd?: number;
}

/** Kinds that open a construct with a body. */
export const CONSTRUCT_KINDS = new Set<A.StatementKind>([
  'If', 'Case', 'For', 'ForEach', 'While', 'Repeat', 'Read', 'ReadEach', 'Create', 'Update', 'Delete', 'Unknown',
]);

/** Open a frame for a construct; `parentBody` receives statements of a non-construct opened with `+->`. */
export function openFrame(node: A.Statement, bars: number | null, label: string, parentBody: A.Statement[]): Frame {
  const f: Frame = { node, bars, label, body: parentBody, branch: null, clauseSeen: false };
  switch (node.kind) {
    case 'If':
      f.body = node.then;
      break;
    case 'For':
    case 'ForEach':
    case 'While':
    case 'Repeat':
    case 'ReadEach':
    case 'Unknown':
      f.body = node.body;
      break;
    case 'Create':
    case 'Update':
      f.body = node.actions;
      break;
    case 'Read':
    case 'Delete':
    case 'Case':
      f.body = [];
      break;
    default:
      break;
  }
  return f;
}

/** True when statements added now would land before the first WHEN / CASE of a READ, DELETE or CASE OF. */
export function needsImplicitBranch(f: Frame): boolean {
  return !f.clauseSeen && (f.node.kind === 'Read' || f.node.kind === 'Delete' || f.node.kind === 'Case');
}

/** Statements before the first branch are kept in a branch without a condition (never dropped). */
export function openImplicitBranch(f: Frame): void {
  const n = f.node;
  const span = n.span;
  if (n.kind === 'Case') {
    const c: A.CaseClause = { values: [], body: f.body, line: n.line, span };
    n.cases.push(c);
    f.branch = c;
  } else if (n.kind === 'Read' || n.kind === 'Delete') {
    const w: A.WhenClause = { condition: '', body: f.body, line: n.line, span };
    n.whens.push(w);
    f.branch = w;
  }
  f.clauseSeen = true;
}

/** Append a statement to the frame (or to the root list) and grow the current branch span. */
export function addStatement(f: Frame | undefined, root: A.Statement[], s: A.Statement): void {
  if (!f) {
    root.push(s);
    return;
  }
  f.body.push(s);
  if (f.branch) f.branch.span = joinSpans(f.branch.span, s.span);
}

/** Switch the frame to the branch a clause line opens. False when the clause does not belong to the construct. */
export function applyClause(f: Frame, info: ClauseInfo, line: number, span: SourceSpan): boolean {
  const n = f.node;
  if (n.kind === 'If' && info.type === 'elseif' && n.else === null) {
    const c: A.ElseIfClause = { condition: info.condition, body: [], line, span };
    n.elseIfs.push(c);
    return enter(f, c.body, c);
  }
  if (n.kind === 'If' && info.type === 'else' && n.else === null) {
    n.else = [];
    n.elseLine = line;
    return enter(f, n.else, null);
  }
  if (n.kind === 'Case' && info.type === 'case' && n.otherwise === null) {
    const values = info.values.map((v) => (isBareWord(v) && !v.resolved ? toName(v) : v));
    const c: A.CaseClause = { values, body: [], line, span };
    n.cases.push(c);
    return enter(f, c.body, c);
  }
  if (n.kind === 'Case' && info.type === 'otherwise' && n.otherwise === null) {
    n.otherwise = [];
    n.otherwiseLine = line;
    return enter(f, n.otherwise, null);
  }
  if ((n.kind === 'Read' || n.kind === 'Create' || n.kind === 'Update' || n.kind === 'Delete') && info.type === 'when') {
    const w: A.WhenClause = { condition: info.condition, body: [], line, span };
    n.whens.push(w);
    return enter(f, w.body, w);
  }
  if (n.kind === 'Repeat' && info.type === 'until') {
    n.until = info.condition;
    f.clauseSeen = true;
    return true;
  }
  return false;
}

function enter(f: Frame, body: A.Statement[], branch: { span: SourceSpan } | null): boolean {
  f.body = body;
  f.branch = branch;
  f.clauseSeen = true;
  return true;
}

/** Close a frame: the construct's span runs to `end`; the parent's branch grows with it. */
export function closeFrame(f: Frame, end: SourceSpan | null, parent: Frame | undefined): void {
  if (end) f.node.span = joinSpans(f.node.span, end);
  else {
    const last = f.body.length > 0 ? f.body[f.body.length - 1] : undefined;
    if (last) f.node.span = joinSpans(f.node.span, last.span);
  }
  if (parent?.branch) parent.branch.span = joinSpans(parent.branch.span, f.node.span);
}

/** `IF`, `READ EACH`, `CASE OF`... from a statement's kind, for messages. */
export function constructLabel(s: A.Statement): string {
  const labels: Partial<Record<A.StatementKind, string>> = {
    If: 'IF', Case: 'CASE OF', For: 'FOR', ForEach: 'FOR EACH', While: 'WHILE', Repeat: 'REPEAT', Read: 'READ',
    ReadEach: 'READ EACH', Create: 'CREATE', Update: 'UPDATE', Delete: 'DELETE',
  };
  if (s.kind === 'Unknown') return s.keyword ?? 'construct';
  return labels[s.kind] ?? s.kind.toUpperCase();
}
