// CST→AST for statements, clause lines and view declarations (reference §4, §5). Construct bodies stay empty
// here: the tree builders (tree-bracketed.ts, tree-flat.ts) fill them from the bracket structure.
import type { IToken } from 'chevrotain';
import type * as A from '../ast/nodes.js';
import type * as C from '../../grammars/cst.generated.js';
import { createDiagnostic, type SourceSpan } from '../diagnostics/diagnostic.js';
import { DiagnosticCodes } from '../diagnostics/codes.js';
import { joinSpans, wholeUnitSpan } from './logical-unit.js';
import { byOffset, first, img, nodeSpan, spanOf, tokenSpan, type BuildContext, type Word } from './build-context.js';
import { ExpressionBuilder, makeReference, toWords, unquote } from './build-expressions.js';
import { viewWordCount } from './symbols.js';

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

type Base = { number: number | null; line: number; span: SourceSpan };

/** The visitor: one method per grammar rule (checked by validateVisitor). */
export class AstBuilder extends ExpressionBuilder implements C.ActionDiagramCstVisitor<BuildContext, unknown> {
  constructor() {
    super();
    this.validateVisitor();
  }

  private base(ctx: BuildContext): Base {
    return { number: ctx.number, line: ctx.line, span: wholeUnitSpan(ctx.unit) };
  }

  statement(c: C.StatementCstChildren, ctx: BuildContext): A.Statement {
    for (const key in c) {
      if (key === 'Dot') continue;
      const nodes = (c as Record<string, any>)[key];
      if (nodes) return this.visit(nodes, ctx) as A.Statement;
    }
    return { kind: 'External', ...this.base(ctx) };
  }

  // ---- SET / MOVE ----
  setStatement(c: C.SetStatementCstChildren, ctx: BuildContext): A.SetStatement {
    let target: A.Reference | A.SubscriptOf;
    if (c.subscriptOf) target = this.visit(c.subscriptOf, ctx) as A.SubscriptOf;
    else {
      target = this.visit(c.reference as any, ctx) as A.Reference;
      const cv = ctx.createView;
      if (cv && target.words.length === 1 && target.qualifier === null) {
        target = { ...target, view: cv.view, type: cv.type, attribute: target.words[0] ?? null, section: cv.section, resolved: cv.resolved };
      }
    }
    const using = first(c.Identifier);
    const imports = (c.useClause ?? []).flatMap((u) => (this.visit(u, ctx) as { matches: A.ViewMatch[] }).matches);
    return {
      kind: 'Set',
      ...this.base(ctx),
      target,
      rounded: c.Rounded !== undefined,
      notRounded: c.NotRounded !== undefined,
      value: c.expression ? (this.visit(c.expression, ctx) as A.Expression) : null,
      using: using ? img(using) : null,
      imports,
    };
  }

  moveStatement(c: C.MoveStatementCstChildren, ctx: BuildContext): A.MoveStatement {
    const [from, to] = (c.reference ?? []).map((r) => this.visit(r, ctx) as A.Reference);
    return { kind: 'Move', ...this.base(ctx), from: from as A.Reference, to: (to ?? from) as A.Reference };
  }

  // ---- construct headers ----
  ifStatement(c: C.IfStatementCstChildren, ctx: BuildContext): A.IfStatement {
    const condition = this.visit(c.expression as any, ctx) as A.Expression;
    return { kind: 'If', ...this.base(ctx), condition, then: [], elseIfs: [], else: null, elseLine: null };
  }

  caseOfStatement(c: C.CaseOfStatementCstChildren, ctx: BuildContext): A.CaseStatement {
    const subject = this.visit(c.expression as any, ctx) as A.Expression;
    return { kind: 'Case', ...this.base(ctx), subject, cases: [], otherwise: null, otherwiseLine: null };
  }

  forStatement(c: C.ForStatementCstChildren, ctx: BuildContext): A.ForStatement {
    const variable = (c.subscriptOf ? this.visit(c.subscriptOf, ctx) : this.visit(c.reference as any, ctx)) as A.Reference | A.SubscriptOf;
    return {
      kind: 'For',
      ...this.base(ctx),
      variable,
      from: this.visit(c.fromValue as any, ctx) as A.Expression,
      to: this.visit(c.toValue as any, ctx) as A.Expression,
      by: c.byValue ? (this.visit(c.byValue, ctx) as A.Expression) : null,
      body: [],
    };
  }

  forEachStatement(c: C.ForEachStatementCstChildren, ctx: BuildContext): A.ForEachStatement {
    const g = c.Identifier[0] as IToken;
    const targeting = (c.targeting ?? []).map((t) => this.visit(t, ctx) as A.Targeting);
    return { kind: 'ForEach', ...this.base(ctx), group: img(g), targeting, body: [] };
  }

  whileStatement(c: C.WhileStatementCstChildren, ctx: BuildContext): A.WhileStatement {
    const condition = this.visit(c.expression as any, ctx) as A.Expression;
    const targeting = (c.targeting ?? []).map((t) => this.visit(t, ctx) as A.Targeting);
    return { kind: 'While', ...this.base(ctx), condition, targeting, body: [] };
  }

  repeatStatement(_c: C.RepeatStatementCstChildren, ctx: BuildContext): A.RepeatStatement {
    const b = this.base(ctx);
    return { kind: 'Repeat', ...b, body: [], until: { kind: 'Name', name: '', span: b.span } };
  }

  // ---- entity actions ----
  readStatement(c: C.ReadStatementCstChildren, ctx: BuildContext): A.ReadStatement {
    const views = this.visit(c.viewList as any, ctx) as A.Reference[];
    const where = c.whereClause ? (this.visit(c.whereClause, ctx) as A.Expression) : null;
    return { kind: 'Read', ...this.base(ctx), views, where, whens: [] };
  }

  readEachStatement(c: C.ReadEachStatementCstChildren, ctx: BuildContext): A.ReadEachStatement {
    const views = this.visit(c.viewList as any, ctx) as A.Reference[];
    const targeting = (c.targeting ?? []).map((t) => this.visit(t, ctx) as A.Targeting);
    const sortedBy = (c.sortedBy ?? []).flatMap((s) => this.visit(s, ctx) as A.SortKey[]);
    const where = c.whereClause ? (this.visit(c.whereClause, ctx) as A.Expression) : null;
    return { kind: 'ReadEach', ...this.base(ctx), views, targeting, sortedBy, where, body: [] };
  }

  createStatement(c: C.CreateStatementCstChildren, ctx: BuildContext): A.CreateStatement {
    return { kind: 'Create', ...this.base(ctx), view: this.visit(c.reference as any, ctx) as A.Reference, actions: [], whens: [] };
  }

  updateStatement(c: C.UpdateStatementCstChildren, ctx: BuildContext): A.UpdateStatement {
    return { kind: 'Update', ...this.base(ctx), view: this.visit(c.reference as any, ctx) as A.Reference, actions: [], whens: [] };
  }

  deleteStatement(c: C.DeleteStatementCstChildren, ctx: BuildContext): A.DeleteStatement {
    return { kind: 'Delete', ...this.base(ctx), view: this.visit(c.reference as any, ctx) as A.Reference, whens: [] };
  }

  /** Views of READ / READ EACH / SUMMARIZE: each comma group is split with the symbol table. */
  viewList(c: C.ViewListCstChildren, ctx: BuildContext): A.Reference[] {
    const out: A.Reference[] = [];
    for (const seq of c.nameSequence ?? []) {
      const words = this.visit(seq, ctx) as Word[];
      const texts = words.map((w) => w.text);
      let k = 0;
      while (k < words.length) {
        const n = Math.max(1, viewWordCount(texts, k, ctx.symbols));
        out.push(makeReference(words.slice(k, k + n), undefined, ctx));
        k += n;
      }
    }
    return out;
  }

  whereClause(c: C.WhereClauseCstChildren, ctx: BuildContext): A.Expression {
    return this.visit(c.expression as any, ctx) as A.Expression;
  }

  targeting(c: C.TargetingCstChildren, ctx: BuildContext): A.Targeting {
    const kw = (first(c.And) ?? c.Targeting[0]) as IToken;
    const g = first(c.Identifier);
    const last = byOffset(c.Identifier, c.FromTheBeginning, c.UntilFull).pop() ?? kw;
    return {
      group: g ? img(g) : '',
      fromTheBeginning: c.FromTheBeginning !== undefined,
      untilFull: c.UntilFull !== undefined,
      span: spanOf(ctx, kw.startOffset, last.startOffset + last.image.length),
    };
  }

  sortedBy(c: C.SortedByCstChildren, ctx: BuildContext): A.SortKey[] {
    return (c.sortKey ?? []).map((k) => this.visit(k, ctx) as A.SortKey);
  }

  sortKey(c: C.SortKeyCstChildren, ctx: BuildContext): A.SortKey {
    const dir = first(c.Ascending) ?? first(c.Descending);
    const key = this.visit(c.reference as any, ctx) as A.Reference;
    const span = dir ? joinSpans(tokenSpan(ctx, dir), key.span) : key.span;
    return { direction: c.Descending ? 'DESCENDING' : 'ASCENDING', key, span };
  }

  // ---- USE and view matching ----
  useStatement(c: C.UseStatementCstChildren, ctx: BuildContext): A.UseStatement {
    const name = first(c.Identifier);
    const imports: A.ViewMatch[] = [];
    const exports: A.ViewMatch[] = [];
    for (const u of c.useClause ?? []) {
      const r = this.visit(u, ctx) as { exports: boolean; matches: A.ViewMatch[] };
      (r.exports ? exports : imports).push(...r.matches);
    }
    if (!name) {
      ctx.diags.push(
        createDiagnostic(DiagnosticCodes.parseMissingUseTarget, 'error', 'parse', 'USE without an action-block name', tokenSpan(ctx, c.Use[0] as IToken)),
      );
    }
    return { kind: 'Use', ...this.base(ctx), target: name ? img(name) : null, imports, exports };
  }

  useClause(c: C.UseClauseCstChildren, ctx: BuildContext): { exports: boolean; matches: A.ViewMatch[] } {
    const matches = (c.viewMatch ?? []).flatMap((m) => this.visit(m, ctx) as A.ViewMatch[]);
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
    const ref = makeReference(words, undefined, ctx);
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

  // ---- simple statements ----
  exitStateStatement(c: C.ExitStateStatementCstChildren, ctx: BuildContext): A.ExitStateStatement {
    return { kind: 'ExitState', ...this.base(ctx), name: img(c.Identifier[0] as IToken) };
  }

  commandStatement(c: C.CommandStatementCstChildren, ctx: BuildContext): A.CommandStatement {
    const t = (first(c.Identifier) ?? first(c.StringLiteral) ?? first(c.Keyword)) as IToken;
    return { kind: 'Command', ...this.base(ctx), value: t.image.startsWith('"') ? unquote(t.image) : img(t) };
  }

  escapeStatement(_c: C.EscapeStatementCstChildren, ctx: BuildContext): A.EscapeStatement {
    return { kind: 'Escape', ...this.base(ctx), level: null };
  }

  nextStatement(_c: C.NextStatementCstChildren, ctx: BuildContext): A.NextStatement {
    return { kind: 'Next', ...this.base(ctx), level: null };
  }

  /** `MAKE view attr PROPERTY...`: trailing UPPER-case words are the properties (reference §5.17). */
  makeStatement(c: C.MakeStatementCstChildren, ctx: BuildContext): A.MakeStatement {
    const ref = this.visit(c.reference as any, ctx) as A.Reference;
    let n = ref.words.length;
    while (n > 1 && /^[A-Z][A-Z0-9_]*$/.test(ref.words[n - 1] as string)) n--;
    const properties = ref.words.slice(n);
    if (properties.length === 0) return { kind: 'Make', ...this.base(ctx), target: ref, properties };
    const refNode = (c.reference as C.ReferenceCstNode[])[0] as C.ReferenceCstNode;
    const words = toWords(refNode.children.Identifier).slice(0, n);
    return { kind: 'Make', ...this.base(ctx), target: makeReference(words, undefined, ctx), properties };
  }

  printerTerminalStatement(c: C.PrinterTerminalStatementCstChildren, ctx: BuildContext): A.PrinterTerminalStatement {
    return { kind: 'PrinterTerminal', ...this.base(ctx), value: this.visit(c.expression as any, ctx) as A.Expression };
  }

  externalStatement(_c: C.ExternalStatementCstChildren, ctx: BuildContext): A.ExternalStatement {
    return { kind: 'External', ...this.base(ctx) };
  }

  // ---- relationship actions ----
  associateStatement(c: C.AssociateStatementCstChildren, ctx: BuildContext): A.AssociateStatement {
    const view = c.subject ? (this.visit(c.subject, ctx) as A.Reference) : null;
    const other = this.visit(c.other as any, ctx) as A.Reference;
    return { kind: 'Associate', ...this.base(ctx), view, with: other, relationship: this.visit(c.whichRelationship as any, ctx) as string };
  }

  disassociateStatement(c: C.DisassociateStatementCstChildren, ctx: BuildContext): A.DisassociateStatement {
    const view = c.subject ? (this.visit(c.subject, ctx) as A.Reference) : null;
    const other = this.visit(c.other as any, ctx) as A.Reference;
    return { kind: 'Disassociate', ...this.base(ctx), view, from: other, relationship: this.visit(c.whichRelationship as any, ctx) as string };
  }

  transferStatement(c: C.TransferStatementCstChildren, ctx: BuildContext): A.TransferStatement {
    const view = c.subject ? (this.visit(c.subject, ctx) as A.Reference) : null;
    const from = this.visit(c.other as any, ctx) as A.Reference;
    const to = this.visit(c.target as any, ctx) as A.Reference;
    return { kind: 'Transfer', ...this.base(ctx), view, from, to, relationship: this.visit(c.whichRelationship as any, ctx) as string };
  }

  whichRelationship(c: C.WhichRelationshipCstChildren, _ctx: BuildContext): string {
    return (c.Identifier ?? []).map(img).join(' ');
  }

  // ---- SUMMARIZE ----
  summarizeStatement(c: C.SummarizeStatementCstChildren, ctx: BuildContext): A.SummarizeStatement {
    const views = this.visit(c.viewList as any, ctx) as A.Reference[];
    const placing = (c.placing ?? []).map((p) => this.visit(p, ctx) as A.Placing);
    const where = c.whereClause ? (this.visit(c.whereClause, ctx) as A.Expression) : null;
    return { kind: 'Summarize', ...this.base(ctx), each: c.SummarizeEach !== undefined, views, placing, where };
  }

  placing(c: C.PlacingCstChildren, ctx: BuildContext): A.Placing {
    const fn = c.Identifier[0] as IToken;
    const into = this.visit(c.reference as any, ctx) as A.Reference;
    const arg = c.expression ? (this.visit(c.expression, ctx) as A.Expression) : null;
    return { fn: img(fn), arg, into, span: joinSpans(tokenSpan(ctx, c.Placing[0] as IToken), into.span) };
  }

  // ---- clause lines ----
  clause(c: C.ClauseCstChildren, ctx: BuildContext): ClauseInfo {
    if (c.ElseIf) return { type: 'elseif', condition: this.visit(c.expression as any, ctx) as A.Expression };
    if (c.Else) return { type: 'else' };
    if (c.caseClause) return this.visit(c.caseClause, ctx) as ClauseInfo;
    if (c.Otherwise) return { type: 'otherwise' };
    if (c.whenClause) return this.visit(c.whenClause, ctx) as ClauseInfo;
    return { type: 'until', condition: this.visit(c.expression as any, ctx) as A.Expression };
  }

  caseClause(c: C.CaseClauseCstChildren, ctx: BuildContext): ClauseInfo {
    return { type: 'case', values: (c.expression ?? []).map((e) => this.visit(e, ctx) as A.Expression) };
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

/** The shared visitor instance. */
export const astBuilder = new AstBuilder();

/** Span of a whole CST node (re-exported for callers that need it). */
export { nodeSpan };
