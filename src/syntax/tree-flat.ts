// Infers the nesting of an R3 (flat) block, which has no brackets (reference §3.3, examples/README.md):
// - IF, CASE OF, FOR, FOR EACH, WHILE, REPEAT, READ EACH open a construct; READ / DELETE only when a WHEN line
//   follows; CREATE / UPDATE take the SET / ASSOCIATE / DISASSOCIATE / TRANSFER lines that follow as actions;
// - a clause line (ELSE, WHEN, CASE, OTHERWISE, UNTIL) goes to the nearest open construct that takes it;
// - after ESCAPE / NEXT the innermost construct ends (nothing after it in that branch could run);
// - a loop's body runs to the last following statement that names one of the loop's views or groups.
import type * as A from '../ast/nodes.js';
import type { BuildContext } from './build-context.js';
import { addStatement, applyClause, closeFrame, constructLabel, openFrame, type Frame } from './frames.js';
import type { ClauseItem, LineItem, StatementItem } from './line-items.js';
import { wholeUnitSpan } from './logical-unit.js';
import { buildClause, buildStatement, unknownStatement } from './statement-parse.js';
import { arrowStatement, emptyStatement, noteStatement, type TreeInput } from './tree-bracketed.js';
import { createDiagnostic } from '../diagnostics/diagnostic.js';
import { DiagnosticCodes } from '../diagnostics/codes.js';

const OPENERS = new Set<A.StatementKind>(['If', 'Case', 'For', 'ForEach', 'While', 'Repeat', 'ReadEach', 'Create', 'Update']);
const LOOPS = new Set<A.StatementKind>(['For', 'ForEach', 'While', 'ReadEach']);
const ACTION = /^(?:SET|ASSOCIATE|DISASSOCIATE|TRANSFER)(?![A-Za-z0-9_])/;
/** How far ahead a loop's scope may reach, in items. */
const SCOPE_WINDOW = 2000;

/** Build the statement tree of one R3 block. */
export function buildFlatTree(input: TreeInput): A.Statement[] {
  const root: A.Statement[] = [];
  const stack: Frame[] = [];
  const items = input.items;
  let escapePending = false;
  let wordIndex: WordIndex | undefined;

  const top = (): Frame | undefined => (stack.length > 0 ? stack[stack.length - 1] : undefined);
  const pop = (): void => {
    const f = stack.pop();
    if (f) closeFrame(f, null, top());
  };
  const ctx = (item: StatementItem | ClauseItem, createView: A.Reference | null): BuildContext => ({
    unit: item.unit, symbols: input.symbols, number: null, line: item.line, createView, diags: input.diags,
  });

  for (let i = 0; i < items.length; i++) {
    const item = items[i] as LineItem;
    // Loops whose scope ended close, with everything opened inside them.
    const ended = stack.findIndex((f) => f.scopeEnd !== undefined && f.scopeEnd < i);
    if (ended >= 0) while (stack.length > ended) pop();
    if (item.kind === 'clause') {
      escapePending = false;
      const info = buildClause(ctx(item, null));
      let k = stack.length - 1;
      while (k >= 0 && info && !accepts(stack[k] as Frame, info.type)) k--;
      if (!info || k < 0) {
        if (info) input.diags.push(createDiagnostic(DiagnosticCodes.lexBracketMismatch, 'warning', 'lex', `Clause "${item.unit.text}" has no open construct that takes it; kept as raw text`, wholeUnitSpan(item.unit)));
        addStatement(top(), root, unknownStatement(item.unit, ctx(item, null), 'invalid'));
        continue;
      }
      while (stack.length - 1 > k) pop();
      const f = top() as Frame;
      applyClause(f, info, item.line, wholeUnitSpan(item.unit));
      if (info.type === 'until') pop();
      continue;
    }
    if (escapePending) {
      escapePending = false;
      pop();
    }
    // READ / DELETE without a WHEN yet, or CREATE / UPDATE past their actions, end here.
    const t = top();
    if (t && !t.clauseSeen && (t.node.kind === 'Read' || t.node.kind === 'Delete')) pop();
    else if (t && !t.clauseSeen && (t.node.kind === 'Create' || t.node.kind === 'Update') && !(item.kind === 'stmt' && ACTION.test(item.unit.text))) pop();

    if (item.kind !== 'stmt') {
      const node = item.kind === 'arrow' ? arrowStatement(item) : item.kind === 'note' ? noteStatement(item) : item.kind === 'empty' ? emptyStatement(item) : null;
      if (node) addStatement(top(), root, node);
      if (item.kind === 'arrow') escapePending = true;
      continue;
    }
    const cur = top();
    const inActions = cur && (cur.node.kind === 'Create' || cur.node.kind === 'Update') && !cur.clauseSeen;
    const node = buildStatement(ctx(item, inActions ? (cur.node as A.CreateStatement).view : null));
    addStatement(cur, root, node);
    if (OPENERS.has(node.kind) || ((node.kind === 'Read' || node.kind === 'Delete') && startsWhen(items[i + 1]))) {
      const f = openFrame(node, null, constructLabel(node), cur ? cur.body : root);
      if (LOOPS.has(node.kind)) f.scopeEnd = loopScopeEnd(node, items, i, stack, input, (wordIndex ??= buildWordIndex(items)));
      stack.push(f);
    }
  }
  while (stack.length > 0) pop();
  return root;
}

function startsWhen(item: LineItem | undefined): boolean {
  return item?.kind === 'clause' && /^WHEN(?![A-Za-z0-9_])/.test(item.unit.text);
}

function accepts(f: Frame, type: string): boolean {
  switch (f.node.kind) {
    case 'If':
      return (type === 'else' || type === 'elseif') && f.node.else === null;
    case 'Case':
      return (type === 'case' || type === 'otherwise') && f.node.otherwise === null;
    case 'Read':
    case 'Create':
    case 'Update':
    case 'Delete':
      return type === 'when';
    case 'Repeat':
      return type === 'until';
    default:
      return false;
  }
}

/** The names a loop iterates over: the views read, targeted groups and their members, the counter's view. */
function loopNames(node: A.Statement, input: TreeInput): Set<string> {
  const names = new Set<string>();
  const addRef = (r: A.Reference | A.SubscriptOf): void => {
    if (r.kind === 'SubscriptOf') addGroup(r.group);
    else {
      const w = r.words[0];
      if (w) names.add(w.toLowerCase());
    }
  };
  const addGroup = (g: string): void => {
    names.add(g.toLowerCase());
    for (const sym of input.symbols.named.get(g.toLowerCase()) ?? []) for (const m of sym.members) if (m) names.add(m.toLowerCase());
  };
  const addExpr = (e: A.Expression): void => {
    if (e.kind === 'Reference') addRef(e);
    else if (e.kind === 'Comparison' || e.kind === 'Logical' || e.kind === 'Binary') {
      addExpr(e.left);
      addExpr(e.right);
    } else if (e.kind === 'Not' || e.kind === 'Paren') addExpr(e.kind === 'Not' ? e.operand : e.inner);
  };
  if (node.kind === 'ReadEach') for (const v of node.views) addRef(v);
  if (node.kind === 'ForEach') addGroup(node.group);
  if (node.kind === 'For') addRef(node.variable);
  if (node.kind === 'While') addExpr(node.condition);
  if (node.kind === 'ReadEach' || node.kind === 'ForEach' || node.kind === 'While') for (const t of node.targeting) addGroup(t.group);
  return names;
}

/** Item indexes per lower-cased word, ascending: built once per block, so each loop's scope is a few binary searches. */
type WordIndex = Map<string, number[]>;

function buildWordIndex(items: LineItem[]): WordIndex {
  const index: WordIndex = new Map();
  items.forEach((it, j) => {
    if (it.kind !== 'stmt' && it.kind !== 'clause') return;
    for (const m of it.unit.text.matchAll(WORD)) {
      const w = m[0].toLowerCase();
      let list = index.get(w);
      if (!list) index.set(w, (list = []));
      if (list.length === 0 || list[list.length - 1] !== j) list.push(j);
    }
  });
  return index;
}

/** The largest value in the ascending `list` that is <= `max`, or -1. */
function lastAtMost(list: number[], max: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) <= max) {
      found = list[mid] as number;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function loopScopeEnd(node: A.Statement, items: LineItem[], i: number, stack: Frame[], input: TreeInput, index: WordIndex): number {
  let limit = Math.min(items.length - 1, i + SCOPE_WINDOW);
  for (const f of stack) if (f.scopeEnd !== undefined) limit = Math.min(limit, f.scopeEnd);
  let last = i + 1;
  for (const name of loopNames(node, input)) {
    const j = lastAtMost(index.get(name) ?? [], limit);
    if (j > last) last = j;
  }
  return Math.min(last, Math.max(limit, i + 1));
}

const WORD = /[A-Za-z0-9_]+/g;
