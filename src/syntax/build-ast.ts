// CST→AST for statements (reference §5), the last layer of the visitor (expressions → clauses/views → statements).
// Construct bodies stay empty here: the tree builders (tree-bracketed.ts, tree-flat.ts) fill them from the brackets.
import type { IToken } from 'chevrotain';
import type * as A from '../ast/nodes.js';
import type * as C from '../../grammars/cst.generated.js';
import { createDiagnostic, type SourceSpan } from '../diagnostics/diagnostic.js';
import { DiagnosticCodes } from '../diagnostics/codes.js';
import { joinSpans, wholeUnitSpan } from './logical-unit.js';
import { byOffset, first, img, nodeSpan, spanOf, tokenSpan, type BuildContext, type Word } from './build-context.js';
import { makeReference, toWords, unquote } from './build-expressions.js';
import { ClauseBuilder } from './build-clauses.js';
import { viewWordCount } from './symbols.js';

// Statement nodes write `number, line, span` out after `kind` (no object spread: it is slow on this hot path).

/** The visitor: one method per grammar rule (checked by validateVisitor). */
export class AstBuilder extends ClauseBuilder implements C.ActionDiagramCstVisitor<BuildContext, unknown> {
  constructor() {
    super();
    this.validateVisitor();
  }

  statement(c: C.StatementCstChildren, ctx: BuildContext): A.Statement {
    for (const key in c) {
      if (key === 'Dot') continue;
      const nodes = (c as Record<string, any>)[key];
      if (nodes) return this.visit(nodes, ctx) as A.Statement;
    }
    return { kind: 'External', number: ctx.number, line: ctx.line, span: wholeUnitSpan(ctx.unit) };
  }

  // ---- SET / MOVE ----
  setStatement(c: C.SetStatementCstChildren, ctx: BuildContext): A.SetStatement {
    let target: A.Reference | A.SubscriptOf;
    if (c.subscriptOf) target = this.visit(c.subscriptOf, ctx) as A.SubscriptOf;
    else {
      target = this.ref(c.reference, ctx);
      const cv = ctx.createView;
      if (cv && target.words.length === 1 && target.qualifier === null) {
        target = { ...target, view: cv.view, type: cv.type, attribute: target.words[0] ?? null, section: cv.section, resolved: cv.resolved };
      }
    }
    const using = first(c.Identifier);
    const imports: A.ViewMatch[] = [];
    for (const u of c.useClause ?? []) for (const m of (this.visit(u, ctx) as { matches: A.ViewMatch[] }).matches) imports.push(m);
    return {
      kind: 'Set',
      number: ctx.number, line: ctx.line, span: wholeUnitSpan(ctx.unit),
      target,
      rounded: c.Rounded !== undefined,
      notRounded: c.NotRounded !== undefined,
      value: c.expression ? this.expr(c.expression, ctx) : null,
      using: using ? img(using) : null,
      imports,
    };
  }

  moveStatement(c: C.MoveStatementCstChildren, ctx: BuildContext): A.MoveStatement {
    const [from, to] = (c.reference ?? []).map((r) => this.visit(r, ctx) as A.Reference);
    return { kind: 'Move', number: ctx.number, line: ctx.line, span: wholeUnitSpan(ctx.unit), from: from as A.Reference, to: (to ?? from) as A.Reference };
  }

  // ---- construct headers ----
  ifStatement(c: C.IfStatementCstChildren, ctx: BuildContext): A.IfStatement {
    const condition = this.expr(c.expression, ctx);
    return { kind: 'If', number: ctx.number, line: ctx.line, span: wholeUnitSpan(ctx.unit), condition, then: [], elseIfs: [], else: null, elseLine: null };
  }

  caseOfStatement(c: C.CaseOfStatementCstChildren, ctx: BuildContext): A.CaseStatement {
    const subject = this.expr(c.expression, ctx);
    return { kind: 'Case', number: ctx.number, line: ctx.line, span: wholeUnitSpan(ctx.unit), subject, cases: [], otherwise: null, otherwiseLine: null };
  }

  forStatement(c: C.ForStatementCstChildren, ctx: BuildContext): A.ForStatement {
    const variable = (c.subscriptOf ? this.visit(c.subscriptOf, ctx) : this.ref(c.reference, ctx)) as A.Reference | A.SubscriptOf;
    return {
      kind: 'For',
      number: ctx.number, line: ctx.line, span: wholeUnitSpan(ctx.unit),
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
    return { kind: 'ForEach', number: ctx.number, line: ctx.line, span: wholeUnitSpan(ctx.unit), group: img(g), targeting, body: [] };
  }

  whileStatement(c: C.WhileStatementCstChildren, ctx: BuildContext): A.WhileStatement {
    const condition = this.expr(c.expression, ctx);
    const targeting = (c.targeting ?? []).map((t) => this.visit(t, ctx) as A.Targeting);
    return { kind: 'While', number: ctx.number, line: ctx.line, span: wholeUnitSpan(ctx.unit), condition, targeting, body: [] };
  }

  repeatStatement(_c: C.RepeatStatementCstChildren, ctx: BuildContext): A.RepeatStatement {
    const span = wholeUnitSpan(ctx.unit);
    return { kind: 'Repeat', number: ctx.number, line: ctx.line, span, body: [], until: { kind: 'Name', name: '', span } };
  }

  // ---- entity actions ----
  readStatement(c: C.ReadStatementCstChildren, ctx: BuildContext): A.ReadStatement {
    const views = this.visit(c.viewList as any, ctx) as A.Reference[];
    const where = c.whereClause ? (this.visit(c.whereClause, ctx) as A.Expression) : null;
    return { kind: 'Read', number: ctx.number, line: ctx.line, span: wholeUnitSpan(ctx.unit), views, where, whens: [] };
  }

  readEachStatement(c: C.ReadEachStatementCstChildren, ctx: BuildContext): A.ReadEachStatement {
    const views = this.visit(c.viewList as any, ctx) as A.Reference[];
    const targeting = (c.targeting ?? []).map((t) => this.visit(t, ctx) as A.Targeting);
    const sortedBy = (c.sortedBy ?? []).flatMap((s) => this.visit(s, ctx) as A.SortKey[]);
    const where = c.whereClause ? (this.visit(c.whereClause, ctx) as A.Expression) : null;
    return { kind: 'ReadEach', number: ctx.number, line: ctx.line, span: wholeUnitSpan(ctx.unit), views, targeting, sortedBy, where, body: [] };
  }

  createStatement(c: C.CreateStatementCstChildren, ctx: BuildContext): A.CreateStatement {
    return { kind: 'Create', number: ctx.number, line: ctx.line, span: wholeUnitSpan(ctx.unit), view: this.ref(c.reference, ctx), actions: [], whens: [] };
  }

  updateStatement(c: C.UpdateStatementCstChildren, ctx: BuildContext): A.UpdateStatement {
    return { kind: 'Update', number: ctx.number, line: ctx.line, span: wholeUnitSpan(ctx.unit), view: this.ref(c.reference, ctx), actions: [], whens: [] };
  }

  deleteStatement(c: C.DeleteStatementCstChildren, ctx: BuildContext): A.DeleteStatement {
    return { kind: 'Delete', number: ctx.number, line: ctx.line, span: wholeUnitSpan(ctx.unit), view: this.ref(c.reference, ctx), whens: [] };
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
    return this.expr(c.expression, ctx);
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
    const key = this.ref(c.reference, ctx);
    const span = dir ? joinSpans(tokenSpan(ctx, dir), key.span) : key.span;
    return { direction: c.Descending ? 'DESCENDING' : 'ASCENDING', key, span };
  }

  // ---- USE (view matching rules live in build-clauses.ts) ----
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
    return { kind: 'Use', number: ctx.number, line: ctx.line, span: wholeUnitSpan(ctx.unit), target: name ? img(name) : null, imports, exports };
  }

  // ---- simple statements ----
  exitStateStatement(c: C.ExitStateStatementCstChildren, ctx: BuildContext): A.ExitStateStatement {
    return { kind: 'ExitState', number: ctx.number, line: ctx.line, span: wholeUnitSpan(ctx.unit), name: img(c.Identifier[0] as IToken) };
  }

  commandStatement(c: C.CommandStatementCstChildren, ctx: BuildContext): A.CommandStatement {
    const t = (first(c.Identifier) ?? first(c.StringLiteral) ?? first(c.Keyword)) as IToken;
    return { kind: 'Command', number: ctx.number, line: ctx.line, span: wholeUnitSpan(ctx.unit), value: t.image.startsWith('"') ? unquote(t.image) : img(t) };
  }

  escapeStatement(_c: C.EscapeStatementCstChildren, ctx: BuildContext): A.EscapeStatement {
    return { kind: 'Escape', number: ctx.number, line: ctx.line, span: wholeUnitSpan(ctx.unit), level: null };
  }

  nextStatement(_c: C.NextStatementCstChildren, ctx: BuildContext): A.NextStatement {
    return { kind: 'Next', number: ctx.number, line: ctx.line, span: wholeUnitSpan(ctx.unit), level: null };
  }

  /** `MAKE view attr PROPERTY...`: trailing UPPER-case words are the properties (reference §5.17). */
  makeStatement(c: C.MakeStatementCstChildren, ctx: BuildContext): A.MakeStatement {
    const ref = this.ref(c.reference, ctx);
    let n = ref.words.length;
    while (n > 1 && /^[A-Z][A-Z0-9_]*$/.test(ref.words[n - 1] as string)) n--;
    const properties = ref.words.slice(n);
    if (properties.length === 0) return { kind: 'Make', number: ctx.number, line: ctx.line, span: wholeUnitSpan(ctx.unit), target: ref, properties };
    const refNode = (c.reference as C.ReferenceCstNode[])[0] as C.ReferenceCstNode;
    const words = toWords(refNode.children.Identifier).slice(0, n);
    return { kind: 'Make', number: ctx.number, line: ctx.line, span: wholeUnitSpan(ctx.unit), target: makeReference(words, undefined, ctx), properties };
  }

  printerTerminalStatement(c: C.PrinterTerminalStatementCstChildren, ctx: BuildContext): A.PrinterTerminalStatement {
    return { kind: 'PrinterTerminal', number: ctx.number, line: ctx.line, span: wholeUnitSpan(ctx.unit), value: this.expr(c.expression, ctx) };
  }

  externalStatement(_c: C.ExternalStatementCstChildren, ctx: BuildContext): A.ExternalStatement {
    return { kind: 'External', number: ctx.number, line: ctx.line, span: wholeUnitSpan(ctx.unit) };
  }

  // ---- relationship actions ----
  associateStatement(c: C.AssociateStatementCstChildren, ctx: BuildContext): A.AssociateStatement {
    const view = c.subject ? (this.visit(c.subject, ctx) as A.Reference) : null;
    const other = this.visit(c.other as any, ctx) as A.Reference;
    return { kind: 'Associate', number: ctx.number, line: ctx.line, span: wholeUnitSpan(ctx.unit), view, with: other, relationship: this.visit(c.whichRelationship as any, ctx) as string };
  }

  disassociateStatement(c: C.DisassociateStatementCstChildren, ctx: BuildContext): A.DisassociateStatement {
    const view = c.subject ? (this.visit(c.subject, ctx) as A.Reference) : null;
    const other = this.visit(c.other as any, ctx) as A.Reference;
    return { kind: 'Disassociate', number: ctx.number, line: ctx.line, span: wholeUnitSpan(ctx.unit), view, from: other, relationship: this.visit(c.whichRelationship as any, ctx) as string };
  }

  transferStatement(c: C.TransferStatementCstChildren, ctx: BuildContext): A.TransferStatement {
    const view = c.subject ? (this.visit(c.subject, ctx) as A.Reference) : null;
    const from = this.visit(c.other as any, ctx) as A.Reference;
    const to = this.visit(c.target as any, ctx) as A.Reference;
    return { kind: 'Transfer', number: ctx.number, line: ctx.line, span: wholeUnitSpan(ctx.unit), view, from, to, relationship: this.visit(c.whichRelationship as any, ctx) as string };
  }

  whichRelationship(c: C.WhichRelationshipCstChildren, _ctx: BuildContext): string {
    return (c.Identifier ?? []).map(img).join(' ');
  }

  // ---- SUMMARIZE ----
  summarizeStatement(c: C.SummarizeStatementCstChildren, ctx: BuildContext): A.SummarizeStatement {
    const views = this.visit(c.viewList as any, ctx) as A.Reference[];
    const placing = (c.placing ?? []).map((p) => this.visit(p, ctx) as A.Placing);
    const where = c.whereClause ? (this.visit(c.whereClause, ctx) as A.Expression) : null;
    return { kind: 'Summarize', number: ctx.number, line: ctx.line, span: wholeUnitSpan(ctx.unit), each: c.SummarizeEach !== undefined, views, placing, where };
  }

  placing(c: C.PlacingCstChildren, ctx: BuildContext): A.Placing {
    const fn = c.Identifier[0] as IToken;
    const into = this.ref(c.reference, ctx);
    const arg = c.expression ? this.expr(c.expression, ctx) : null;
    return { fn: img(fn), arg, into, span: joinSpans(tokenSpan(ctx, c.Placing[0] as IToken), into.span) };
  }

}

/** The shared visitor instance. */
export const astBuilder = new AstBuilder();

/** Span of a whole CST node (re-exported for callers that need it). */
export { nodeSpan };
export type { ClauseInfo, ViewHead } from './build-clauses.js';
