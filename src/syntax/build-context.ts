// What the CST→AST visitor needs besides the CST: the unit's segment map (for original-file spans), the block's
// symbol table, the statement's number and line, and the CREATE/UPDATE view that `SET attr TO` lines target.
import type { CstElement, CstNode, IToken } from 'chevrotain';
import type { Diagnostic, SourceSpan } from '../diagnostics/diagnostic.js';
import type { Reference } from '../ast/nodes.js';
import { unitSpan, type LogicalUnit } from './logical-unit.js';
import { copyString } from './source-lines.js';
import type { SymbolTable } from './symbols.js';

/** Per-unit input of the visitor. */
export interface BuildContext {
  unit: LogicalUnit;
  symbols: SymbolTable;
  number: number | null;
  line: number;
  /** The CREATE/UPDATE view whose `SET attr TO` / `ASSOCIATE WITH` lines are being read, else null. */
  createView: Reference | null;
  diags: Diagnostic[];
}

/** A name as written, with its unit positions [start, end). */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/** Span of unit positions [start, end) in the original file. */
export function spanOf(ctx: BuildContext, start: number, end: number): SourceSpan {
  return unitSpan(ctx.unit, start, end);
}

/** Span of one token. */
export function tokenSpan(ctx: BuildContext, t: IToken): SourceSpan {
  return unitSpan(ctx.unit, t.startOffset, t.startOffset + t.image.length);
}

/** [start, end) of a CST node, from its first and last tokens. */
export function nodeRange(node: CstNode): [number, number] {
  let start = Number.MAX_SAFE_INTEGER;
  let end = -1;
  const visit = (n: CstNode): void => {
    for (const key in n.children) {
      const list = n.children[key] as CstElement[];
      for (const el of list) {
        if ('image' in el) {
          if (el.startOffset < start) start = el.startOffset;
          const e = el.startOffset + el.image.length;
          if (e > end) end = e;
        } else visit(el);
      }
    }
  };
  visit(node);
  return end < 0 ? [0, 0] : [start, end];
}

/** Span of a CST node. */
export function nodeSpan(ctx: BuildContext, node: CstNode): SourceSpan {
  const [s, e] = nodeRange(node);
  return unitSpan(ctx.unit, s, e);
}

/** A token image copied out of the source (no retained parent string). */
export function img(t: IToken): string {
  return copyString(t.image);
}

/** The first element of an optional CST child list. */
export function first<T>(list: T[] | undefined): T | undefined {
  return list === undefined ? undefined : list[0];
}

/** Upper case with single spaces: `is  equal\tto` → `IS EQUAL TO`. */
export function normalizeWords(s: string): string {
  return s.trim().split(/\s+/).join(' ').toUpperCase();
}

/** Sort tokens of several kinds by position (CST children are grouped by token type). */
export function byOffset(...lists: (IToken[] | undefined)[]): IToken[] {
  // One non-empty list is already in position order (a CST child list is in consumption order): copy it.
  let only: IToken[] | undefined;
  let count = 0;
  for (const l of lists) {
    if (l !== undefined && l.length > 0) {
      only = l;
      count++;
    }
  }
  if (count <= 1) return only === undefined ? [] : only.slice();
  const all: IToken[] = [];
  for (const l of lists) if (l) all.push(...l);
  return all.sort((a, b) => a.startOffset - b.startOffset);
}
