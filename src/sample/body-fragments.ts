// Statement fragments the archetype bodies are composed of: NOTEs, reading the owner, READ EACH with TARGETING /
// SORTED BY / WHERE, bracket and phase-out calculations with hard-coded rates, CASE OF, validation chains, loops.
// Every fragment takes the nesting depth it is placed at, so ESCAPE / NEXT arrows point at the right bracket.
import type { EntityView, Expression, Statement, WorkView } from '../ast/nodes.js';
import {
  bin, caseClause, caseOf, cmp, elseIf, escape, exitState, forSubscript, groupView, ifThen, move, next, note, num, paren, read, readEach,
  ref, related, setTo, sortKey, str, targeting, when, and, entityView, special, days, call,
} from './ast-factory.js';
import { ENTITIES, attributesOf, findAttribute, keyOf } from './domain-model.js';
import { BRACKETS, LIMITS, PHASE_OUT, REMARKS, SINGLE_RATES } from './body-rates.js';
import { at, attrsWithRole, exitName, exportOf, importOf, ownerType, type BodyContext } from './body-kit.js';
import type { SampleChain } from './chains.js';

/** Work-set attributes used for calculations per chain: base amount, result, credit/exemption. */
export const SLOTS: Readonly<Record<SampleChain['key'], { base: string; result: string; credit: string }>> = {
  IH: { base: 'taxable_income', result: 'tax_due', credit: 'credit_total' },
  VPB: { base: 'taxable_profit', result: 'tax_due', credit: 'exempt_amount' },
  LH: { base: 'taxable_wage', result: 'wage_tax', credit: 'credit_amount' },
  SHARED: { base: 'amount', result: 'rounded_amount', credit: 'amount' },
};

/** A number literal written exactly as given. */
export function lit(text: string): Expression {
  return num(Number(text), text);
}

/** The `local` view of the chain's work set, with the given attributes. */
export function lws(ctx: BodyContext, ...attributes: string[]): WorkView {
  return ctx.kit.local('work', ctx.chain.workSet, attributes) as WorkView;
}

/** The `local ief_supplied` view, with the given attributes. */
export function ief(ctx: BodyContext, ...attributes: string[]): WorkView {
  return ctx.kit.local('work', 'ief_supplied', attributes) as WorkView;
}

/** A reference to an attribute of the unnamed entity-action view of a type (declaring both). */
export function ea(ctx: BodyContext, type: string, attribute: string | null, qualifier: 'DESIRED' | 'CURRENT' | null = null): Expression & { kind: 'Reference' } {
  const view = ctx.kit.entity(type, attribute ? [attribute] : []);
  return ref(view, 'entityActions', attribute, qualifier);
}

/** Wrap text into NOTE lines of at most `width` characters. */
export function wrapNote(text: string, width = 50): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (current !== '' && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  if (current !== '') lines.push(current);
  return lines;
}

/** `SET x TO x + 1` on the local ief_supplied count. */
export function countUp(ctx: BodyContext): Statement {
  const v = ief(ctx, 'count');
  return setTo(at(ctx, v, 'count'), bin('+', at(ctx, v, 'count'), num(1)));
}

/** A NOTE with a Dutch remark. */
export function remark(ctx: BodyContext): Statement {
  return note([...ctx.rng.pick(REMARKS)]);
}

/** READ the owner by the key in the import view; not found leaves the block. */
export function readOwner(ctx: BodyContext): Statement[] {
  const owner = ownerType(ctx);
  const imp = owner ? importOf(ctx, owner) : undefined;
  if (!owner || !imp) return [];
  const key = keyOf(owner).name;
  const found: Statement[] = [];
  const exp = exportOf(ctx, owner);
  if (exp) found.push(move(ea(ctx, owner, null), ref(exp as EntityView, 'exports', null)));
  else found.push(setTo(at(ctx, ief(ctx, 'flag'), 'flag'), str('Y')));
  return [
    read([ea(ctx, owner, null)], cmp(ea(ctx, owner, key, 'DESIRED'), 'IS EQUAL TO', at(ctx, imp, key)), [
      when('successful', found),
      when('not found', [exitState(exitName(ctx, `${owner}_nf`)), escape(0)]),
    ]),
  ];
}

/** The WHERE condition selecting the main entity's rows: owner relationship and/or year. */
export function childWhere(ctx: BodyContext, entity: string): Expression | null {
  const conditions: Expression[] = [];
  const ownerRel = ENTITIES[entity]?.owner;
  const owner = ownerType(ctx);
  if (ownerRel && owner === ownerRel.entity && importOf(ctx, owner)) {
    conditions.push(related(ea(ctx, entity, null, 'DESIRED'), ownerRel.relationship, ea(ctx, owner, null, 'CURRENT')));
  }
  const year = attributesOf(entity).find((a) => a.role === 'year' || a.name === 'period');
  const ws = importOf(ctx, ctx.chain.workSet);
  if (year && ws && ws.attributes.includes(ctx.chain.periodAttribute)) {
    conditions.push(cmp(ea(ctx, entity, year.name, 'DESIRED'), 'IS EQUAL TO', at(ctx, ws, ctx.chain.periodAttribute)));
  }
  const first = conditions[0];
  if (!first) return null;
  return conditions.slice(1).reduce<Expression>((acc, c) => and(acc, c), first);
}

/** READ EACH of the main entity accumulating an amount into the local work set (with a NEXT for zero rows). */
export function accumulate(ctx: BodyContext, depth: number): Statement[] {
  const entity = ctx.block.entity;
  const money = attrsWithRole(entity, 'money')[0];
  const key = keyOf(entity).name;
  const slot = SLOTS[ctx.chain.key].base;
  const local = lws(ctx, slot);
  const body: Statement[] = [countUp(ctx)];
  if (money) {
    body.push(ifThen(cmp(ea(ctx, entity, money), 'IS EQUAL TO', num(0)), [next(depth + 1)]));
    body.push(setTo(at(ctx, local, slot), bin('+', at(ctx, local, slot), ea(ctx, entity, money))));
  }
  return [
    setTo(at(ctx, local, slot), num(0)),
    readEach([ea(ctx, entity, null)], [], [sortKey(ea(ctx, entity, key))], childWhere(ctx, entity), body),
  ];
}

/** Two-bracket tax on the local base amount, with a NOTE naming the year and the rates. */
export function bracketCalc(ctx: BodyContext): Statement[] {
  const rule = ctx.rng.pick(BRACKETS[ctx.chain.key]);
  const { base, result } = SLOTS[ctx.chain.key];
  const local = lws(ctx, base, result);
  const baseTax = (Number(rule.limit) * Number(rule.low)).toFixed(2);
  return [
    note([`Tarief ${rule.label} ${rule.year}: ${pct(rule.low)} tot € ${rule.limit},`, `daarboven ${pct(rule.high)}.`]),
    ifThen(
      cmp(at(ctx, local, base), 'IS GREATER THAN', lit(rule.limit)),
      [setTo(at(ctx, local, result), bin('+', lit(baseTax), bin('*', paren(bin('-', at(ctx, local, base), lit(rule.limit))), lit(rule.high))), true)],
      [],
      [setTo(at(ctx, local, result), bin('*', at(ctx, local, base), lit(rule.low)), true)],
    ),
  ];
}

function pct(rate: string): string {
  return `${(Number(rate) * 100).toFixed(2).replace('.', ',')}%`;
}

/** A phase-out credit (IF / ELSE IF / ELSE) on the local base amount. */
export function phaseOut(ctx: BodyContext): Statement[] {
  const rule = ctx.rng.pick(PHASE_OUT);
  const { base, credit } = SLOTS[ctx.chain.key];
  const local = lws(ctx, base, credit);
  return [
    note([`${rule.label.charAt(0).toUpperCase()}${rule.label.slice(1)} ${rule.year}: max € ${rule.max}.`]),
    ifThen(
      cmp(at(ctx, local, base), 'IS LESS OR EQUAL TO', lit(rule.start)),
      [setTo(at(ctx, local, credit), lit(rule.max))],
      [elseIf(cmp(at(ctx, local, base), 'IS GREATER OR EQUAL TO', lit(rule.end)), [setTo(at(ctx, local, credit), num(0))])],
      [setTo(at(ctx, local, credit), bin('-', lit(rule.max), bin('*', paren(bin('-', at(ctx, local, base), lit(rule.start))), lit(rule.rate))), true)],
    ),
  ];
}

/** One statement applying a single hard-coded rate, or a comparison with a hard-coded limit. */
export function singleRate(ctx: BodyContext): Statement[] {
  const { base, result } = SLOTS[ctx.chain.key];
  const local = lws(ctx, base, result);
  if (ctx.rng.chance(0.5)) {
    const r = ctx.rng.pick(SINGLE_RATES[ctx.chain.key]);
    return [setTo(at(ctx, local, result), bin('+', at(ctx, local, result), bin('*', at(ctx, local, base), lit(r.value))), true)];
  }
  const l = ctx.rng.pick(LIMITS[ctx.chain.key]);
  return [
    ifThen(cmp(at(ctx, local, base), 'IS GREATER THAN', lit(l.value)), [setTo(at(ctx, local, base), lit(l.value))]),
  ];
}

/** CASE OF a code attribute of the main entity (entity-action view), OTHERWISE an error exit. */
export function caseOnCode(ctx: BodyContext, depth: number): Statement[] {
  const entity = ctx.block.entity;
  const code = attributesOf(entity).find((a) => (a.role === 'code' || a.role === 'flag') && a.values && a.values.length >= 2);
  if (!code || !code.values) return [];
  const { base, result } = SLOTS[ctx.chain.key];
  const local = lws(ctx, base, result);
  const rates = SINGLE_RATES[ctx.chain.key];
  const cases = code.values.slice(0, 3).map((value, i) => {
    const rate = rates[i % rates.length]?.value ?? '1';
    return caseClause([str(value)], [setTo(at(ctx, local, result), bin('*', at(ctx, local, base), lit(rate)), true)]);
  });
  const source = importOf(ctx, entity);
  const subject = source && source.attributes.includes(code.name) ? at(ctx, source, code.name) : ea(ctx, entity, code.name);
  return [caseOf(subject, cases, [exitState(exitName(ctx, `invalid_${code.name}`.slice(0, 28))), escape(depth === 0 ? 0 : 0)])];
}

/** An IF / ELSE IF / ELSE chain validating attributes of the imported main entity. */
export function validationChain(ctx: BodyContext): Statement[] {
  const entity = ctx.block.entity;
  const imp = importOf(ctx, entity);
  if (!imp) return [];
  const checks: { cond: Expression; exit: string }[] = [];
  for (const name of imp.attributes) {
    const a = findAttribute(entity, name);
    if (!a) continue;
    const r = at(ctx, imp, name);
    if (a.role === 'money') checks.push({ cond: cmp(r, 'IS LESS THAN', num(0)), exit: `negative_${name}` });
    else if (a.role === 'date') checks.push({ cond: cmp(r, 'IS GREATER THAN', special('CURRENT_DATE')), exit: `${name}_in_future` });
    else if (a.role === 'key' || a.role === 'text') checks.push({ cond: cmp(r, 'IS EQUAL TO', special('SPACES')), exit: `${name}_missing` });
    else if (a.role === 'percent') checks.push({ cond: cmp(r, 'IS GREATER THAN', num(100)), exit: `${name}_too_high` });
    else if (a.role === 'year') checks.push({ cond: cmp(r, 'IS LESS THAN', num(2001)), exit: `${name}_before_2001` });
  }
  const chosen = checks.slice(0, 4).map((c) => ({ ...c, exit: exitName(ctx, c.exit).slice(0, 32) }));
  const first = chosen[0];
  if (!first) return [];
  return [
    ifThen(
      first.cond,
      [exitState(first.exit), escape(0)],
      chosen.slice(1).map((c) => elseIf(c.cond, [exitState(c.exit), escape(0)])),
      [setTo(at(ctx, ief(ctx, 'flag'), 'flag'), str('J'))],
    ),
  ];
}

/** Load a rate table into a local group with READ EACH ... TARGETING, then walk it with FOR SUBSCRIPT OF. */
export function tableLoop(ctx: BodyContext, depth: number): Statement[] {
  const table = ctx.chain.key === 'LH' ? 'wage_tax_table' : 'tax_bracket';
  const group = 'local_group_brackets';
  const attrs = attributesOf(table).map((a) => a.name);
  const member = entityView('local_g', table, attrs);
  if (!ctx.kit.sections.locals.some((v) => v.name === group)) ctx.kit.sections.locals.push(groupView(group, 20, [member]));
  const m = (ctx.kit.sections.locals.find((v) => v.name === group) as { members: EntityView[] }).members[0] as EntityView;
  const { base, result } = SLOTS[ctx.chain.key];
  const local = lws(ctx, base, result);
  const yearAttr = attributesOf(table).find((a) => a.role === 'year')?.name ?? 'tax_year';
  const ws = importOf(ctx, ctx.chain.workSet);
  const where = ws && ws.attributes.includes(ctx.chain.periodAttribute) && ctx.chain.periodAttribute !== 'period'
    ? cmp(ea(ctx, table, yearAttr, 'DESIRED'), 'IS EQUAL TO', at(ctx, ws, ctx.chain.periodAttribute))
    : cmp(ea(ctx, table, yearAttr, 'DESIRED'), 'IS EQUAL TO', num(2024));
  const mref = (a: string) => ref(m, 'locals', a);
  return [
    readEach([ea(ctx, table, null)], [targeting(group)], [sortKey(ea(ctx, table, 'lower_limit'))], where, [move(ea(ctx, table, null), ref(m, 'locals', null))]),
    forSubscript(group, [
      ifThen(
        and(cmp(at(ctx, local, base), 'IS GREATER THAN', mref('lower_limit')), paren(cmp(at(ctx, local, base), 'IS LESS OR EQUAL TO', mref('upper_limit')))),
        [setTo(at(ctx, local, result), bin('*', paren(bin('-', at(ctx, local, base), mref('lower_limit'))), mref('rate')), true), escape(depth + 1)],
      ),
    ]),
  ];
}
