// Closing fragments of generated bodies: date arithmetic (CURRENT_DATE, n DAYS, datenum ages) and copying the
// local results into the export work view, typed by the attribute's role.
import type { Statement, WorkView } from '../ast/nodes.js';
import { bin, call, days, num, paren, setTo, special, str } from './ast-factory.js';
import { attributesOf, findAttribute } from './domain-model.js';
import { at, exportOf, importOf, type BodyContext } from './body-kit.js';
import { ea, ief, lws } from './body-fragments.js';

/** Dates: today, a due date some days ahead, an age via datenum(). */
export function dateStatements(ctx: BodyContext): Statement[] {
  const dv = ctx.kit.local('work', 'date_work_area', ['date']) as WorkView;
  const out: Statement[] = [setTo(at(ctx, dv, 'date'), special('CURRENT_DATE'))];
  if (ctx.rng.chance(0.5)) out.push(setTo(at(ctx, dv, 'date'), bin('+', special('CURRENT_DATE'), days(num(ctx.rng.pick([14, 30, 42, 60]))))));
  const birth = attributesOf(ctx.block.entity).find((a) => a.name === 'birth_date');
  if (birth) {
    ctx.kit.touch(dv, ['age']);
    out.push(setTo(at(ctx, dv, 'age'), bin('/', paren(bin('-', call('datenum', special('CURRENT_DATE')), call('datenum', ea(ctx, ctx.block.entity, 'birth_date')))), num(10000))));
  }
  return out;
}

/** Copy the local results into the export work view (ROUNDED for amounts). */
export function exportResults(ctx: BodyContext): Statement[] {
  const exp = exportOf(ctx, ctx.chain.workSet);
  if (!exp || exp.kind !== 'work') return [];
  return exp.attributes.map((name) => {
    const a = findAttribute(ctx.chain.workSet, name);
    if (a?.role === 'flag') return setTo(at(ctx, exp, name), at(ctx, ief(ctx, 'flag'), 'flag'));
    if (a?.role === 'count') return setTo(at(ctx, exp, name), at(ctx, ief(ctx, 'count'), 'count'));
    if (a?.role === 'code') return setTo(at(ctx, exp, name), str(a.values?.[0] ?? 'NEW'));
    if (a?.role === 'date') return setTo(at(ctx, exp, name), special('CURRENT_DATE'));
    if (a?.role === 'year' || a?.role === 'text') {
      const ws = importOf(ctx, ctx.chain.workSet);
      return ws && ws.attributes.includes(name) ? setTo(at(ctx, exp, name), at(ctx, ws, name)) : setTo(at(ctx, exp, name), special('SPACES'));
    }
    const local = lws(ctx, name);
    return setTo(at(ctx, exp, name), at(ctx, local, name), a?.role === 'money' && ctx.rng.chance(0.3));
  });
}
