// CST→AST for expressions and references (reference §6, §5.12): precedence folding, relationship conditions,
// special values, and the reference split through the block's symbol table. Statements extend this in build-ast.ts.
import type { IToken } from 'chevrotain';
import type {
  Expression,
  Reference,
  RelationalOperator,
  SpecialValueName,
  ViewQualifier,
} from '../ast/nodes.js';
import type * as C from '../../grammars/cst.generated.js';
import { actionDiagramParser } from '../../grammars/parser.js';
import { joinSpans } from './logical-unit.js';
import { first, img, normalizeWords, spanOf, tokenSpan, type BuildContext, type Word } from './build-context.js';
import { resolveWords } from './symbols.js';

const BaseVisitor = actionDiagramParser.getBaseCstVisitorConstructor<BuildContext, any>();

/** Infix operators by token type (no per-token regex or upper-casing). */
const OPERATOR_BY_TOKEN: Record<string, string> = {
  Or: 'OR', And: 'AND', Plus: '+', Minus: '-', Star: '*', Slash: '/', Power: '**',
  IsEqualTo: 'IS EQUAL TO', IsNotEqualTo: 'IS NOT EQUAL TO', IsGreaterThan: 'IS GREATER THAN', IsLessThan: 'IS LESS THAN',
  IsGreaterOrEqualTo: 'IS GREATER OR EQUAL TO', IsLessOrEqualTo: 'IS LESS OR EQUAL TO', IsAssociatedWith: 'IS ASSOCIATED WITH',
  EqualSym: '=', NotEqualSym: '<>', Greater: '>', Less: '<', GreaterEqual: '>=', LessEqual: '<=',
};

/** Special values by token type. */
const SPECIAL_BY_TOKEN: Record<string, SpecialValueName> = {
  CurrentTimestamp: 'CURRENT_TIMESTAMP', CurrentDate: 'CURRENT_DATE', CurrentTime: 'CURRENT_TIME', TerminalId: 'TERMINAL ID',
  Spaces: 'SPACES', Zero: 'ZERO', Null: 'NULL', ExitStateValue: 'EXITSTATE', UserId: 'USER_ID', Trancode: 'TRANCODE',
  PrinterId: 'PRINTER_ID', Nexttran: 'NEXTTRAN', Command: 'COMMAND',
};

const SYMBOLIC: Record<string, RelationalOperator> = {
  '=': 'IS EQUAL TO',
  '<>': 'IS NOT EQUAL TO',
  '>': 'IS GREATER THAN',
  '<': 'IS LESS THAN',
  '>=': 'IS GREATER OR EQUAL TO',
  '<=': 'IS LESS OR EQUAL TO',
};

const QUALIFIERS: Record<string, ViewQualifier> = { DESIRED: 'DESIRED', SOME: 'SOME', THAT: 'THAT', CURRENT: 'CURRENT' };

/** A reference from words as written, split with the symbol table. */
export function makeReference(words: Word[], qualifier: IToken | undefined, ctx: BuildContext): Reference {
  const texts: string[] = new Array<string>(words.length);
  for (let i = 0; i < words.length; i++) texts[i] = (words[i] as Word).text;
  const start = qualifier ? qualifier.startOffset : (words[0]?.start ?? 0);
  const end = words.length > 0 ? (words[words.length - 1] as Word).end : start + (qualifier?.image.length ?? 0);
  return referenceOf(texts, qualifier, start, end, ctx);
}

/** `makeReference(toWords(tokens), qualifier, ctx)` without the intermediate `Word` objects. */
function tokenReference(tokens: IToken[] | undefined, qualifier: IToken | undefined, ctx: BuildContext): Reference {
  const texts: string[] = [];
  let start = -1;
  let end = 0;
  if (tokens) {
    for (const t of tokens) {
      const s = t.startOffset;
      if (start < 0) start = s;
      end = s + t.image.length;
      texts.push(img(t));
    }
  }
  if (qualifier) start = qualifier.startOffset;
  else if (start < 0) start = 0;
  if (texts.length === 0) end = start + (qualifier?.image.length ?? 0);
  return referenceOf(texts, qualifier, start, end, ctx);
}

/** The Reference node of `texts` (split with the symbol table), spanning unit positions [start, end). */
function referenceOf(texts: string[], qualifier: IToken | undefined, start: number, end: number, ctx: BuildContext): Reference {
  const r = resolveWords(texts, ctx.symbols);
  return {
    kind: 'Reference',
    qualifier: qualifier ? (QUALIFIERS[qualifier.image] ?? (qualifier.image.toUpperCase() as ViewQualifier)) : null,
    view: r.view,
    type: r.type,
    attribute: r.attribute,
    section: r.section,
    resolved: r.resolved,
    words: texts,
    span: spanOf(ctx, start, end),
  };
}

/** True for a one-word reference without a qualifier: a command value or an exit-state name in a test. */
export function isBareWord(e: Expression): e is Reference {
  return e.kind === 'Reference' && e.qualifier === null && e.words.length === 1;
}

/** `CASE modify` / `IS EQUAL TO some_exit_state`: the bare word becomes a Name node. */
export function toName(e: Reference): Expression {
  return { kind: 'Name', name: e.words[0] ?? '', span: e.span };
}

function isCommandOrExitState(e: Expression): boolean {
  return e.kind === 'Special' && (e.name === 'COMMAND' || e.name === 'EXITSTATE');
}

/** One element of a flat expression: a prefix operator, an operand, an infix operator or a postfix test. */
type Element =
  | { t: 'prefix'; tok: IToken }
  | { t: 'atom'; e: Expression }
  | { t: 'infix'; tok: IToken; op: string }
  | { t: 'isnull'; tok: IToken; negated: boolean }
  | { t: 'related'; ref: Reference };

/** Binding powers (reference §6.2): OR < AND < NOT < comparison < + - < * / < ** < sign. */
const BP_OR = 1;
const BP_AND = 2;
const BP_NOT = 3;
const BP_COMPARE = 4;
const BP_ADD = 5;
const BP_MUL = 6;
const BP_POW = 7;

function infixPower(op: string): number {
  switch (op) {
    case 'OR':
      return BP_OR;
    case 'AND':
      return BP_AND;
    case '+':
    case '-':
      return BP_ADD;
    case '*':
    case '/':
      return BP_MUL;
    case '**':
      return BP_POW;
    default:
      return BP_COMPARE;
  }
}

/** Expression rules of the visitor. */
export class ExpressionBuilder extends BaseVisitor {
  /** Flatten operand / tail nodes, then apply precedence (Pratt). */
  expression(c: C.ExpressionCstChildren, ctx: BuildContext): Expression {
    // The common single operand (`SET a TO b`): no element list to fold.
    const oc0 = (c.operand[0] as C.OperandCstNode).children;
    if (c.expressionTail === undefined && oc0.PrefixOperator === undefined) return this.operandValue(oc0, ctx);
    const els: Element[] = [];
    this.pushOperand(c.operand[0] as C.OperandCstNode, els, ctx);
    for (const tail of c.expressionTail ?? []) {
      const tc = tail.children;
      const op = first(tc.BinaryOperator);
      if (op) {
        els.push({ t: 'infix', tok: op, op: OPERATOR_BY_TOKEN[op.tokenType.name] ?? normalizeWords(op.image) });
        if (tc.operand) this.pushOperand(tc.operand[0] as C.OperandCstNode, els, ctx);
      } else if (tc.IsNull || tc.IsNotNull) {
        els.push({ t: 'isnull', tok: (first(tc.IsNull) ?? first(tc.IsNotNull)) as IToken, negated: tc.IsNotNull !== undefined });
      } else if (tc.qualifiedReference) {
        els.push({ t: 'related', ref: this.qualifiedReference((tc.qualifiedReference[0] as C.QualifiedReferenceCstNode).children, ctx) });
      }
    }
    const state = { i: 0 };
    return this.pratt(els, state, 0, ctx);
  }

  private pushOperand(node: C.OperandCstNode, els: Element[], ctx: BuildContext): void {
    const oc = node.children;
    for (const p of oc.PrefixOperator ?? []) els.push({ t: 'prefix', tok: p });
    els.push({ t: 'atom', e: this.operandValue(oc, ctx) });
  }

  /** An operand without its prefix operators: the atom and any date unit after it. */
  private operandValue(oc: C.OperandCstChildren, ctx: BuildContext): Expression {
    const e = this.atom(oc, ctx);
    const unit = first(oc.DateUnit);
    return unit ? { kind: 'DateUnit', unit: unit.image.toUpperCase() as 'DAYS' | 'MONTHS' | 'YEARS', value: e, span: joinSpans(e.span, tokenSpan(ctx, unit)) } : e;
  }

  private pratt(els: Element[], st: { i: number }, minBp: number, ctx: BuildContext): Expression {
    let left = this.prefix(els, st, ctx);
    for (;;) {
      const el = els[st.i];
      if (!el) return left;
      if (el.t === 'infix') {
        const bp = infixPower(el.op);
        if (bp < minBp || (bp === minBp && bp !== BP_POW)) return left;
        st.i++;
        const right = this.pratt(els, st, bp === BP_POW ? bp : bp, ctx);
        left = this.combine(el, left, right, ctx);
      } else if (el.t === 'isnull' || el.t === 'related') {
        if (BP_COMPARE <= minBp) return left;
        st.i++;
        left = el.t === 'isnull'
          ? { kind: 'IsNull', operand: left, negated: el.negated, span: joinSpans(left.span, tokenSpan(ctx, el.tok)) }
          : this.relationship(left, el.ref, ctx);
      } else return left;
    }
  }

  private prefix(els: Element[], st: { i: number }, ctx: BuildContext): Expression {
    const el = els[st.i++];
    if (!el) return { kind: 'Name', name: '', span: spanOf(ctx, ctx.unit.text.length, ctx.unit.text.length) };
    if (el.t === 'atom') return el.e;
    if (el.t === 'prefix') {
      const isNot = el.tok.tokenType.name === 'Not';
      const operand = isNot ? this.pratt(els, st, BP_NOT, ctx) : this.prefix(els, st, ctx);
      const span = joinSpans(tokenSpan(ctx, el.tok), operand.span);
      return isNot ? { kind: 'Not', operand, span } : { kind: 'Unary', op: el.tok.image === '-' ? '-' : '+', operand, span };
    }
    return this.prefix(els, st, ctx);
  }

  private combine(el: Element & { t: 'infix' }, left: Expression, right: Expression, ctx: BuildContext): Expression {
    const span = joinSpans(left.span, right.span);
    switch (el.op) {
      case 'OR':
      case 'AND':
        return { kind: 'Logical', op: el.op, left, right, span };
      case '+':
      case '-':
      case '*':
      case '/':
      case '**':
        return { kind: 'Binary', op: el.op, left, right, span };
      case 'IS ASSOCIATED WITH':
        return { kind: 'Relationship', left: this.asReference(left), relationship: 'IS ASSOCIATED WITH', right: this.asReference(right), span };
      default: {
        if (isCommandOrExitState(left) && isBareWord(right)) right = toName(right);
        if (isCommandOrExitState(right) && isBareWord(left)) left = toName(left);
        const op = SYMBOLIC[el.op] ?? (el.op as RelationalOperator);
        void ctx;
        return { kind: 'Comparison', left, op, right, span };
      }
    }
  }

  /** `DESIRED a rel CURRENT b`: the last name of the left side is the relationship. */
  private relationship(left: Expression, right: Reference, ctx: BuildContext): Expression {
    const l = this.asReference(left);
    const rel = l.words.length > 1 ? (l.words[l.words.length - 1] as string) : '';
    const words = l.words.length > 1 ? l.words.slice(0, -1) : l.words;
    const split: Reference = { ...l, ...resolveWords(words, ctx.symbols), words };
    return { kind: 'Relationship', left: split, relationship: rel, right, span: joinSpans(left.span, right.span) };
  }

  private asReference(e: Expression): Reference {
    if (e.kind === 'Reference') return e;
    return { kind: 'Reference', qualifier: null, view: null, type: null, attribute: null, section: null, resolved: false, words: [], span: e.span };
  }

  /** `this.visit(nodes, ctx)` for an `expression` child, without the visitor's by-name dispatch. */
  protected expr(nodes: C.ExpressionCstNode[] | undefined, ctx: BuildContext): Expression {
    const n = nodes === undefined ? undefined : nodes[0];
    return (n === undefined ? undefined : this.expression(n.children, ctx)) as Expression;
  }

  /** `this.visit(nodes, ctx)` for a `reference` child, without the visitor's by-name dispatch. */
  protected ref(nodes: C.ReferenceCstNode[] | undefined, ctx: BuildContext): Reference {
    const n = nodes === undefined ? undefined : nodes[0];
    return (n === undefined ? undefined : this.reference(n.children, ctx)) as Reference;
  }

  expressionTail(_c: C.ExpressionTailCstChildren, _ctx: BuildContext): never {
    throw new Error('expressionTail is read by expression()');
  }

  operand(_c: C.OperandCstChildren, _ctx: BuildContext): never {
    throw new Error('operand is read by expression()');
  }

  private atom(c: C.OperandCstChildren, ctx: BuildContext): Expression {
    if (c.parenExpression) return this.visit(c.parenExpression, ctx) as Expression;
    const str = first(c.StringLiteral);
    if (str) return { kind: 'String', value: unquote(str.image), span: tokenSpan(ctx, str) };
    const num = first(c.NumberLiteral);
    if (num) return { kind: 'Number', value: Number(num.image), text: img(num), span: tokenSpan(ctx, num) };
    const sp = first(c.SpecialValue);
    if (sp) return { kind: 'Special', name: SPECIAL_BY_TOKEN[sp.tokenType.name] ?? (normalizeWords(sp.image) as SpecialValueName), span: tokenSpan(ctx, sp) };
    if (c.subscriptOf) return this.visit(c.subscriptOf, ctx) as Expression;
    if (c.lastOf) return this.visit(c.lastOf, ctx) as Expression;
    if (c.functionCall) return this.visit(c.functionCall, ctx) as Expression;
    return this.ref(c.reference, ctx);
  }

  parenExpression(c: C.ParenExpressionCstChildren, ctx: BuildContext): Expression {
    const inner = this.expr(c.expression, ctx);
    const l = c.LParen[0] as IToken;
    const r = first(c.RParen);
    const end = r ? r.startOffset + 1 : inner.span.endOffset;
    return { kind: 'Paren', inner, span: spanOf(ctx, l.startOffset, r ? end : l.startOffset + 1) };
  }

  functionCall(c: C.FunctionCallCstChildren, ctx: BuildContext): Expression {
    const name = c.Identifier[0] as IToken;
    const args = (c.expression ?? []).map((e) => this.expression(e.children, ctx));
    const r = first(c.RParen);
    const end = r ? r.startOffset + 1 : name.startOffset + name.image.length;
    return { kind: 'Call', name: img(name), args, span: spanOf(ctx, name.startOffset, end) };
  }

  subscriptOf(c: C.SubscriptOfCstChildren, ctx: BuildContext): Expression {
    const kw = c.SubscriptOf[0] as IToken;
    const g = first(c.Identifier);
    return { kind: 'SubscriptOf', group: g ? img(g) : '', span: spanOf(ctx, kw.startOffset, g ? g.startOffset + g.image.length : kw.startOffset + kw.image.length) };
  }

  lastOf(c: C.LastOfCstChildren, ctx: BuildContext): Expression {
    const kw = c.LastOf[0] as IToken;
    const g = first(c.Identifier);
    return { kind: 'LastOf', group: g ? img(g) : '', span: spanOf(ctx, kw.startOffset, g ? g.startOffset + g.image.length : kw.startOffset + kw.image.length) };
  }

  reference(c: C.ReferenceCstChildren, ctx: BuildContext): Reference {
    return tokenReference(c.Identifier, first(c.ViewQualifier), ctx);
  }

  qualifiedReference(c: C.QualifiedReferenceCstChildren, ctx: BuildContext): Reference {
    return tokenReference(c.Identifier, first(c.ViewQualifier), ctx);
  }

  nameSequence(c: C.NameSequenceCstChildren, _ctx: BuildContext): Word[] {
    return toWords(c.Identifier);
  }
}

/** Identifier tokens as words. (The parser runs without error recovery, so every token has its offset.) */
export function toWords(tokens: IToken[] | undefined): Word[] {
  const out: Word[] = [];
  for (const t of tokens ?? []) out.push({ text: img(t), start: t.startOffset, end: t.startOffset + t.image.length });
  return out;
}

/** `"A""B"` → `A"B`. */
export function unquote(image: string): string {
  const inner = image.length >= 2 && image.endsWith('"') ? image.slice(1, -1) : image.slice(1);
  return inner.includes('""') ? inner.replace(/""/g, '"') : (' ' + inner).slice(1);
}
