// CST→AST for clause lines (ELSE IF, CASE, WHEN, UNTIL), view declarations (reference §4) and USE view matching
// (§5.9): the middle layer of the visitor, between the expressions and the statements (build-ast.ts).
import type { IToken } from 'chevrotain';
import type * as A from '../ast/nodes.js';
import type * as C from '../../grammars/cst.generated.js';
import { joinSpans } from './logical-unit.js';
import { byOffset, first, img, spanOf, type BuildContext, type Word } from './build-context.js';
import { ExpressionBuilder } from './build-expressions.js';
import { resolveWords, viewWordCount } from './symbols.js';

/** A parsed clause line. */
export type ClauseInfo =
  | { type: 'elseif'; condition: A.Expression }
  | { type: 'else' }
  | { type: 'case'; values: A.Expression[] }
  | { type: 'otherwise' }
  | { type: 'when'; condition: string }
  | { type: 'until'; condition: A.Expression };

/** A view declaration line without its attributes and members. */
export interface ViewHead {
  kind: 'entity' | 'work' | 'group';
  words: string[];
  qualifiers: string[];
  cardinality: number | null;
  indexing: 'explicit' | 'implicit' | null;
}

/** Clause, view-declaration and view-matching rules of the visitor. */
export class ClauseBuilder extends ExpressionBuilder {
  // ---- USE view matching ----
  useClause(c: C.UseClauseCstChildren, ctx: BuildContext): { exports: boolean; matches: A.ViewMatch[] } {
    const matches: A.ViewMatch[] = [];
    for (const m of c.viewMatch ?? []) for (const v of this.visit(m, ctx) as A.ViewMatch[]) matches.push(v);
    return { exports: c.WhichExports !== undefined, matches };
  }

  /** One match; a bare side holding several views (`export a export b`) is split with the symbol table. */
  viewMatch(c: C.ViewMatchCstChildren, ctx: BuildContext): A.ViewMatch[] {
    const caller = this.visit(c.caller as any, ctx) as { side: A.ViewMatchSide; words: Word[] };
    const callee = c.callee ? (this.visit(c.callee, ctx) as { side: A.ViewMatchSide; words: Word[] }) : null;
    if (!callee && caller.side.viewKind === null && caller.words.length > 2) {
      const out: A.ViewMatch[] = [];
      const texts = caller.words.map((w) => w.text);
      let k = 0;
      while (k < texts.length) {
        const n = Math.max(1, viewWordCount(texts, k, ctx.symbols));
        const side = this.side(undefined, caller.words.slice(k, k + n), ctx, undefined);
        out.push({ caller: side, callee: null, span: side.span });
        k += n;
      }
      return out;
    }
    const span = callee ? joinSpans(caller.side.span, callee.side.span) : caller.side.span;
    return [{ caller: caller.side, callee: callee ? callee.side : null, span }];
  }

  viewSide(c: C.ViewSideCstChildren, ctx: BuildContext): { side: A.ViewMatchSide; words: Word[] } {
    const words = this.visit(c.nameSequence as any, ctx) as Word[];
    const kind = first(c.ViewKind);
    return { side: this.side(kind, words, ctx, kind), words };
  }

  private side(kind: IToken | undefined, words: Word[], ctx: BuildContext, startTok: IToken | undefined): A.ViewMatchSide {
    const texts = words.map((w) => w.text);
    const name = kind?.tokenType.name;
    const viewKind = name === 'EntityView' ? 'entity' : name === 'WorkView' ? 'work' : name === 'GroupView' ? 'group' : null;
    const ref = resolveWords(texts, ctx.symbols); // the split makeReference would give, without its span
    let view: string | null = ref.resolved ? ref.view : null;
    let type: string | null = ref.resolved ? ref.type : null;
    if (!ref.resolved) {
      if (texts.length >= 2) [view, type] = [texts[0] ?? null, texts[1] ?? null];
      else if (viewKind === 'group') view = texts[0] ?? null;
      else type = texts[0] ?? null;
    }
    const start = startTok ? startTok.startOffset : (words[0]?.start ?? 0);
    const end = words.length > 0 ? (words[words.length - 1] as Word).end : start + 1;
    return { viewKind, words: texts, view, type, span: spanOf(ctx, start, end) };
  }

  // ---- clause lines ----
  clause(c: C.ClauseCstChildren, ctx: BuildContext): ClauseInfo {
    if (c.ElseIf) return { type: 'elseif', condition: this.expr(c.expression, ctx) };
    if (c.Else) return { type: 'else' };
    if (c.caseClause) return this.visit(c.caseClause, ctx) as ClauseInfo;
    if (c.Otherwise) return { type: 'otherwise' };
    if (c.whenClause) return this.visit(c.whenClause, ctx) as ClauseInfo;
    return { type: 'until', condition: this.expr(c.expression, ctx) };
  }

  caseClause(c: C.CaseClauseCstChildren, ctx: BuildContext): ClauseInfo {
    return { type: 'case', values: (c.expression ?? []).map((e) => this.expression(e.children, ctx)) };
  }

  whenClause(c: C.WhenClauseCstChildren, _ctx: BuildContext): ClauseInfo {
    const words = byOffset(c.Identifier, c.Keyword).map((t) => t.image.toLowerCase());
    return { type: 'when', condition: words.join(' ') };
  }

  // ---- view declarations ----
  viewDeclaration(c: C.ViewDeclarationCstChildren, ctx: BuildContext): ViewHead {
    const kind = c.GroupView ? 'group' : c.WorkView ? 'work' : 'entity';
    const words = (c.Identifier ?? []).map(img);
    const card = c.cardinality ? (this.visit(c.cardinality, ctx) as { n: number | null; indexing: ViewHead['indexing'] }) : null;
    const qualifiers = c.qualifierList ? (this.visit(c.qualifierList, ctx) as string[]) : [];
    return { kind, words, qualifiers, cardinality: card?.n ?? null, indexing: card?.indexing ?? null };
  }

  cardinality(c: C.CardinalityCstChildren, _ctx: BuildContext): { n: number | null; indexing: ViewHead['indexing'] } {
    const n = first(c.NumberLiteral);
    const word = first(c.Identifier)?.image.toLowerCase();
    return { n: n ? Number(n.image) : null, indexing: word === 'explicit' || word === 'implicit' ? word : null };
  }

  qualifierList(c: C.QualifierListCstChildren, ctx: BuildContext): string[] {
    return (c.qualifier ?? []).map((q) => this.visit(q, ctx) as string);
  }

  qualifier(c: C.QualifierCstChildren, _ctx: BuildContext): string {
    return byOffset(c.Identifier, c.NumberLiteral, c.Keyword).map(img).join(' ');
  }
}
