// The procedure statements of a generated block, by archetype (calc, validate, read, list, create, update,
// delete, send, process): a core built from fragments, extra rules in a heavy-tailed number (a few blocks are
// big), and every planned call placed as a USE with the check of its outcome.
import type { EntityView, Expression, Statement } from '../ast/nodes.js';
import {
  associateWith, attrRef, caseClause, caseOf, cmp, command, create, del, escape, exitState, forSubscript, ifThen, move, nameValue, next, num,
  read, readEach, ref, related, setTo, sortKey, special, str, targeting, update, when, whileLoop, and, bin,
} from './ast-factory.js';
import { ENTITIES, attributesOf, keyOf } from './domain-model.js';
import { at, attrsWithRole, callWithCheck, exitName, exportOf, importOf, okExitState, ownerType, takeCalls, useStatement, type BodyContext, type PendingCall } from './body-kit.js';
import {
  SLOTS, accumulate, bracketCalc, caseOnCode, childWhere, countUp, ea, ief, lws, phaseOut, readOwner, remark, singleRate, tableLoop,
  validationChain,
} from './body-fragments.js';
import { dateStatements, exportResults } from './body-results.js';

type Unit = Statement[];

/** How many extra rules a block gets: mostly a few, sometimes many (big legacy blocks). */
function extraCount(ctx: BodyContext): number {
  const base = ctx.rng.weighted([[0, 3], [1, 4], [2, 4], [3, 3], [4, 2], [6, 1]] as const);
  return base + (ctx.rng.chance(0.08) ? ctx.rng.int(6, 16) : 0);
}

function extraRule(ctx: BodyContext): Unit {
  const a = ctx.block.archetype;
  const computing = a === 'calc' || a === 'process' || a === 'validate';
  const options: [() => Unit, number][] = [
    [() => singleRate(ctx), computing ? 4 : 0.5],
    [() => [remark(ctx)], 1],
    [() => dateStatements(ctx), 1],
    [() => caseOnCode(ctx, 0), 1],
  ];
  if (a === 'calc') options.push([() => bracketCalc(ctx), 3], [() => phaseOut(ctx), 2]);
  if (a === 'validate' || a === 'create' || a === 'update') options.push([() => validationChain(ctx), a === 'validate' ? 3 : 1]);
  return ctx.rng.weighted(options.map(([f, w]) => [f, w] as const))();
}

/** A call unit: USE with its check, sometimes only under a condition, sometimes retried in a WHILE loop. */
function callUnit(ctx: BodyContext, call: PendingCall): Unit {
  const roll = ctx.rng.next();
  const ws = importOf(ctx, ctx.chain.workSet);
  if (roll < 0.15 && ws && ws.attributes.includes('request_type')) {
    return [ifThen(cmp(at(ctx, ws, 'request_type'), 'IS NOT EQUAL TO', str('END')), callWithCheck(ctx, call))];
  }
  if (roll < 0.25 && call.callee && call.callee.kind !== 'external' && call.callee.index !== ctx.block.index) {
    const v = ief(ctx, 'flag', 'percentage');
    return [
      setTo(at(ctx, v, 'flag'), str('N')),
      setTo(at(ctx, v, 'percentage'), num(0)),
      whileLoop(and(cmp(at(ctx, v, 'flag'), 'IS EQUAL TO', str('N')), cmp(at(ctx, v, 'percentage'), 'IS LESS THAN', num(3))), [
        setTo(at(ctx, v, 'percentage'), bin('+', at(ctx, v, 'percentage'), num(1))),
        useStatement(ctx, call),
        ifThen(cmp(special('EXITSTATE'), 'IS EQUAL TO', nameValue(okExitState(call.callee))), [setTo(at(ctx, v, 'flag'), str('Y'))]),
      ]),
    ];
  }
  return callWithCheck(ctx, call);
}

/** A condition that guards a rule: the year of the request, the outcome so far, or the warning flag. */
function guard(ctx: BodyContext): Expression {
  const ws = importOf(ctx, ctx.chain.workSet);
  const roll = ctx.rng.next();
  if (ws && ws.attributes.includes(ctx.chain.periodAttribute) && roll < 0.5) {
    const period = at(ctx, ws, ctx.chain.periodAttribute);
    return ctx.chain.periodAttribute === 'period'
      ? cmp(period, 'IS GREATER OR EQUAL TO', str(`${ctx.rng.int(2015, 2024)}01`))
      : cmp(period, 'IS GREATER OR EQUAL TO', num(ctx.rng.int(2001, 2024)));
  }
  if (roll < 0.75) return cmp(special('EXITSTATE'), 'IS EQUAL TO', nameValue(ctx.ok));
  return cmp(at(ctx, ief(ctx, 'flag'), 'flag'), 'IS NOT EQUAL TO', str('Y'));
}

/** Sometimes nest a unit one or two levels deeper under guarding IFs (legacy blocks grow by wrapping). */
function nested(ctx: BodyContext, unit: Unit): Unit {
  if (unit.length === 0 || !ctx.rng.chance(0.3)) return unit;
  const inner = ctx.rng.chance(0.3) ? [ifThen(guard(ctx), unit)] : unit;
  return [ifThen(guard(ctx), inner)];
}

/** Interleave extra rules and the remaining calls (calls keep their order). */
function rulesAndCalls(ctx: BodyContext): Statement[] {
  const units: { call: PendingCall | null }[] = [];
  for (let i = extraCount(ctx); i > 0; i--) units.push({ call: null });
  for (const call of takeCalls(ctx, ctx.pending.length)) units.splice(ctx.rng.int(0, units.length), 0, { call });
  return units.flatMap((u) => nested(ctx, u.call ? callUnit(ctx, u.call) : extraRule(ctx)));
}

/** READ the main entity by the key in its import view (and the owner relationship when known). */
function readMain(ctx: BodyContext, onFound: Statement[], notFoundEscape = true): Statement[] {
  const entity = ctx.block.entity;
  const imp = importOf(ctx, entity);
  const key = keyOf(entity).name;
  let where = imp && imp.attributes.includes(key) ? cmp(ea(ctx, entity, key, 'DESIRED'), 'IS EQUAL TO', at(ctx, imp, key)) : childWhere(ctx, entity);
  const owner = ownerType(ctx);
  const rel = ENTITIES[entity]?.owner;
  if (where && rel && owner === rel.entity && importOf(ctx, owner) && ctx.rng.chance(0.5)) {
    where = and(where, related(ea(ctx, entity, null, 'DESIRED'), rel.relationship, ea(ctx, owner, null, 'CURRENT')));
  }
  const notFound: Statement[] = [exitState(exitName(ctx, `${entity}_nf`))];
  if (notFoundEscape) notFound.push(escape(0));
  return [read([ea(ctx, entity, null)], where, [when('successful', onFound), when('not found', notFound)])];
}

function moveToExport(ctx: BodyContext): Statement[] {
  const exp = exportOf(ctx, ctx.block.entity);
  return exp ? [move(ea(ctx, ctx.block.entity, null), ref(exp as EntityView, 'exports', null))] : [countUp(ctx)];
}

function calcCore(ctx: BodyContext): Statement[] {
  const out: Statement[] = [...readOwner(ctx), ...accumulate(ctx, 0)];
  out.push(...takeCalls(ctx, ctx.rng.int(0, 2)).flatMap((c) => callUnit(ctx, c)));
  if (ctx.block.entity === 'tax_credit') out.push(...phaseOut(ctx));
  else if ((ctx.chain.key === 'IH' || ctx.chain.key === 'LH') && ctx.rng.chance(0.3)) out.push(...tableLoop(ctx, 0));
  else out.push(...bracketCalc(ctx));
  return out;
}

function validateCore(ctx: BodyContext): Statement[] {
  return [setTo(at(ctx, ief(ctx, 'flag'), 'flag'), str('N')), ...validationChain(ctx), ...readMain(ctx, [setTo(at(ctx, ief(ctx, 'flag'), 'flag'), str('J'))])];
}

function listCore(ctx: BodyContext): Statement[] {
  const entity = ctx.block.entity;
  const group = ctx.kit.exportGroup();
  const member = group?.members[0];
  const body: Statement[] = [];
  if (member) body.push(move(ea(ctx, entity, null), ref(member, 'exports', null)));
  body.push(countUp(ctx));
  if (ctx.pending.length > 0 && ctx.rng.chance(0.6)) body.push(...takeCalls(ctx, 1).flatMap((c) => callWithCheck(ctx, c)));
  const out: Statement[] = [...readOwner(ctx), setTo(at(ctx, ief(ctx, 'count'), 'count'), num(0))];
  out.push(readEach([ea(ctx, entity, null)], group ? [targeting(group.name)] : [], [sortKey(ea(ctx, entity, keyOf(entity).name))], childWhere(ctx, entity), body));
  out.push(ifThen(cmp(at(ctx, ief(ctx, 'count'), 'count'), 'IS EQUAL TO', num(0)), [exitState(exitName(ctx, `no_${entity}_found`.slice(0, 28)))]));
  const money = attrsWithRole(entity, 'money')[0];
  if (group && member && money && member.attributes.includes(money)) {
    const local = lws(ctx, SLOTS[ctx.chain.key].base);
    const slot = SLOTS[ctx.chain.key].base;
    out.push(setTo(at(ctx, local, slot), num(0)));
    out.push(forSubscript(group.name, [setTo(at(ctx, local, slot), bin('+', at(ctx, local, slot), ref(member, 'exports', money)))]));
  }
  return out;
}

function createCore(ctx: BodyContext): Statement[] {
  const entity = ctx.block.entity;
  const imp = importOf(ctx, entity);
  const actions: Statement[] = (imp?.attributes ?? []).map((a) => setTo(attrRef(a), at(ctx, imp as EntityView, a)));
  const owner = ownerType(ctx);
  const rel = ENTITIES[entity]?.owner;
  const out: Statement[] = [...readOwner(ctx)];
  if (owner && rel && rel.entity === owner && importOf(ctx, owner)) actions.push(associateWith(ea(ctx, owner, null), rel.inverse));
  if (ctx.rng.chance(0.4)) out.push(...validationChain(ctx));
  out.push(create(ea(ctx, entity, null), actions, [
    when('successful', moveToExport(ctx)),
    when('already exists', [exitState(exitName(ctx, `${entity}_ae`))]),
    when('permitted value violation', [exitState(exitName(ctx, `${entity}_pv`)), escape(0)]),
  ]));
  return out;
}

function updateCore(ctx: BodyContext): Statement[] {
  const entity = ctx.block.entity;
  const imp = importOf(ctx, entity);
  const key = keyOf(entity).name;
  const attrs = attributesOf(entity);
  const actions: Statement[] = [];
  const end = attrs.find((a) => a.name === 'end_date');
  const status = attrs.find((a) => a.name === 'status' && a.values);
  if (end) actions.push(setTo(attrRef(end.name), special('CURRENT_DATE')));
  if (status?.values) actions.push(setTo(attrRef(status.name), str(status.values[status.values.length - 1] ?? 'E')));
  for (const a of imp?.attributes ?? []) if (a !== key && !actions.some((s) => s.kind === 'Set' && s.target.kind === 'Reference' && s.target.attribute === a)) actions.push(setTo(attrRef(a), at(ctx, imp as EntityView, a)));
  if (actions.length === 0) actions.push(setTo(attrRef(key), ea(ctx, entity, key)));
  const upd = update(ea(ctx, entity, null), actions, [
    when('successful', moveToExport(ctx)),
    when('not unique', [exitState(exitName(ctx, `${entity}_nu`))]),
    when('permitted value violation', [exitState(exitName(ctx, `${entity}_pv`))]),
  ]);
  return [...readOwner(ctx), ...readMain(ctx, [upd])];
}

function deleteCore(ctx: BodyContext): Statement[] {
  const entity = ctx.block.entity;
  return readMain(ctx, [del(ea(ctx, entity, null)), exitState(exitName(ctx, `${entity}_deleted`))]);
}

function sendCore(ctx: BodyContext): Statement[] {
  const calls = takeCalls(ctx, ctx.pending.length).flatMap((c) => callWithCheck(ctx, c));
  const exp = ctx.kit.sections.exports.find((v) => v.kind === 'work' && v.type.endsWith('_interface_result'));
  const result: Statement[] = exp && exp.kind === 'work' ? [setTo(ref(exp, 'exports', 'return_code'), num(0)), setTo(ref(exp, 'exports', 'message_text'), special('SPACES'))] : [];
  return [...result, ...readMain(ctx, calls.length > 0 ? calls : [countUp(ctx)])];
}

function processCore(ctx: BodyContext): Statement[] {
  const entity = ctx.block.entity;
  if (ctx.block.kind === 'procedure-step' && /ONLINE(_\d+)?$/.test(ctx.block.name)) {
    const share = Math.ceil(ctx.pending.length / 2);
    const first = takeCalls(ctx, share).flatMap((c) => callWithCheck(ctx, c));
    const second = takeCalls(ctx, ctx.pending.length).flatMap((c) => callWithCheck(ctx, c));
    return [
      caseOf(special('COMMAND'), [
        caseClause([nameValue('display')], first.length > 0 ? first : [countUp(ctx)]),
        caseClause([nameValue('update')], second.length > 0 ? second : [countUp(ctx)]),
        caseClause([nameValue('exit')], [exitState(exitName(ctx, 'return_to_menu'))]),
      ], [exitState(exitName(ctx, 'invalid_command'))]),
      command('display'),
    ];
  }
  const status = attributesOf(entity).find((a) => a.name === 'status' && a.values);
  const body: Statement[] = [countUp(ctx)];
  for (const call of takeCalls(ctx, ctx.pending.length)) {
    body.push(useStatement(ctx, call));
    const ok = call.callee && call.callee.kind !== 'external' ? okExitState(call.callee) : null;
    if (ok) body.push(ifThen(cmp(special('EXITSTATE'), 'IS NOT EQUAL TO', nameValue(ok)), [setTo(at(ctx, ief(ctx, 'flag'), 'flag'), str('Y')), exitState(ctx.ok), next(1)]));
  }
  if (status?.values) {
    body.push(update(ea(ctx, entity, null), [setTo(attrRef(status.name), str(status.values[1] ?? 'VW'))], [
      when('successful', [countUp(ctx)]),
      when('not unique', [exitState(exitName(ctx, `${entity}_nu`)), escape(0)]),
    ]));
  }
  const where = status?.values ? cmp(ea(ctx, entity, status.name, 'DESIRED'), 'IS EQUAL TO', str(status.values[0] ?? 'IN')) : childWhere(ctx, entity);
  return [
    setTo(at(ctx, ief(ctx, 'count'), 'count'), num(0)),
    setTo(at(ctx, ief(ctx, 'flag'), 'flag'), str('N')),
    readEach([ea(ctx, entity, null)], [], [sortKey(ea(ctx, entity, keyOf(entity).name))], where, body),
    ifThen(cmp(at(ctx, ief(ctx, 'count'), 'count'), 'IS EQUAL TO', num(0)), [exitState(exitName(ctx, 'nothing_to_process'))]),
  ];
}

/** The archetype-specific statements of a generated block (after its NOTEs and first EXIT STATE). */
export function archetypeStatements(ctx: BodyContext): Statement[] {
  const core = ((): Statement[] => {
    switch (ctx.block.archetype) {
      case 'calc': return calcCore(ctx);
      case 'validate': return validateCore(ctx);
      case 'read': return readMain(ctx, moveToExport(ctx));
      case 'list': return listCore(ctx);
      case 'create': return createCore(ctx);
      case 'update': return updateCore(ctx);
      case 'delete': return deleteCore(ctx);
      case 'send': return sendCore(ctx);
      case 'process': return processCore(ctx);
    }
  })();
  const tail = rulesAndCalls(ctx);
  const results = ['calc', 'validate', 'list', 'process'].includes(ctx.block.archetype) ? exportResults(ctx) : [];
  const flag = ctx.kit.sections.locals.some((v) => v.kind === 'work' && v.type === 'ief_supplied' && v.attributes.includes('flag'));
  const warning = flag && ctx.rng.chance(0.4)
    ? [ifThen(cmp(at(ctx, ief(ctx), 'flag'), 'IS EQUAL TO', str('Y')), [exitState(exitName(ctx, 'processed_with_warnings'))])]
    : [];
  return [...core, ...tail, ...results, ...warning];
}

