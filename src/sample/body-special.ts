// Hand-written bodies of the small shared utilities (the demo's first migration candidates): the BSN elfproef,
// rounding amounts, adding days to a date, age on a reference date, the form of an IBAN. Simple, readable logic,
// so that a migration engineer can implement them in TypeScript by hand.
import type { EntityView, Statement, WorkView } from '../ast/nodes.js';
import {
  bin, call, cmp, days, elseIf, escape, exitState, forCounter, ifThen, num, paren, setTo, special, str, whileLoop,
} from './ast-factory.js';
import { at, exportOf, importOf, type BodyContext } from './body-kit.js';
import { ief } from './body-fragments.js';

function views(ctx: BodyContext, importType: string, exportType: string): { imp: EntityView | WorkView; exp: EntityView | WorkView } {
  const imp = importOf(ctx, importType);
  const exp = exportOf(ctx, exportType);
  if (!imp || !exp) throw new Error(`sample: special block ${ctx.block.name} lacks its interface views`);
  return { imp, exp };
}

function elfproef(ctx: BodyContext): Statement[] {
  const { imp, exp } = views(ctx, 'person', 'cab_work_area');
  const sum = ctx.kit.local('work', 'cab_work_area', ['amount']) as WorkView;
  const i = ief(ctx, 'count');
  const digit = (position: ReturnType<typeof at> | ReturnType<typeof num>) => call('textnum', call('SUBSTR', at(ctx, imp, 'bsn'), position, num(1)));
  return [
    setTo(at(ctx, exp, 'return_code'), num(0)),
    setTo(at(ctx, sum, 'amount'), num(0)),
    ifThen(cmp(at(ctx, imp, 'bsn'), 'IS EQUAL TO', special('SPACES')), [
      setTo(at(ctx, exp, 'return_code'), num(8)),
      exitState('cab_bsn_missing'),
      escape(0),
    ]),
    forCounter(at(ctx, i, 'count'), num(1), num(8), [
      setTo(at(ctx, sum, 'amount'), bin('+', at(ctx, sum, 'amount'), bin('*', digit(at(ctx, i, 'count')), paren(bin('-', num(10), at(ctx, i, 'count')))))),
    ]),
    setTo(at(ctx, sum, 'amount'), bin('-', at(ctx, sum, 'amount'), digit(num(9)))),
    whileLoop(cmp(at(ctx, sum, 'amount'), 'IS GREATER OR EQUAL TO', num(11)), [
      setTo(at(ctx, sum, 'amount'), bin('-', at(ctx, sum, 'amount'), num(11))),
    ]),
    setTo(at(ctx, exp, 'check_digit'), at(ctx, sum, 'amount')),
    ifThen(cmp(at(ctx, sum, 'amount'), 'IS NOT EQUAL TO', num(0)), [
      setTo(at(ctx, exp, 'return_code'), num(4)),
      exitState('cab_bsn_invalid'),
    ]),
  ];
}

function roundCurrency(ctx: BodyContext): Statement[] {
  const { imp, exp } = views(ctx, 'cab_work_area', 'cab_work_area');
  const whole = ief(ctx, 'count');
  return [
    ifThen(
      cmp(at(ctx, imp, 'decimals'), 'IS EQUAL TO', num(0)),
      [setTo(at(ctx, whole, 'count'), at(ctx, imp, 'amount')), setTo(at(ctx, exp, 'rounded_amount'), at(ctx, whole, 'count'))],
      [elseIf(cmp(at(ctx, imp, 'decimals'), 'IS EQUAL TO', num(2)), [setTo(at(ctx, exp, 'rounded_amount'), at(ctx, imp, 'amount'), true)])],
      [exitState('cab_invalid_decimals'), escape(0)],
    ),
  ];
}

function addDays(ctx: BodyContext): Statement[] {
  const { imp, exp } = views(ctx, 'date_work_area', 'date_work_area');
  return [
    ifThen(
      cmp(at(ctx, imp, 'day_count'), 'IS EQUAL TO', num(0)),
      [setTo(at(ctx, exp, 'date'), at(ctx, imp, 'date'))],
      [],
      [setTo(at(ctx, exp, 'date'), bin('+', at(ctx, imp, 'date'), days(at(ctx, imp, 'day_count'))))],
    ),
  ];
}

function calcAge(ctx: BodyContext): Statement[] {
  const person = importOf(ctx, 'person');
  const { imp, exp } = views(ctx, 'date_work_area', 'date_work_area');
  if (!person) throw new Error('sample: CAB_CALC_AGE lacks import person');
  const local = ctx.kit.local('work', 'date_work_area', ['age']) as WorkView;
  return [
    setTo(at(ctx, local, 'age'), bin('/', paren(bin('-', call('datenum', at(ctx, imp, 'date')), call('datenum', at(ctx, person, 'birth_date')))), num(10000))),
    ifThen(cmp(at(ctx, local, 'age'), 'IS LESS THAN', num(0)), [exitState('cab_birth_date_in_future'), escape(0)]),
    setTo(at(ctx, exp, 'age'), at(ctx, local, 'age')),
  ];
}

function validateIban(ctx: BodyContext): Statement[] {
  const { imp, exp } = views(ctx, 'bank_account', 'cab_work_area');
  const iban = at(ctx, imp, 'iban');
  return [
    setTo(at(ctx, exp, 'return_code'), num(0)),
    setTo(at(ctx, exp, 'text'), special('SPACES')),
    ifThen(
      cmp(call('SUBSTR', iban, num(1), num(2)), 'IS NOT EQUAL TO', str('NL')),
      [setTo(at(ctx, exp, 'return_code'), num(4)), setTo(at(ctx, exp, 'text'), str('GEEN NEDERLANDSE IBAN'))],
      [
        elseIf(cmp(call('length', at(ctx, imp, 'iban')), 'IS NOT EQUAL TO', num(18)), [
          setTo(at(ctx, exp, 'return_code'), num(8)),
          setTo(at(ctx, exp, 'text'), str('ONJUISTE LENGTE')),
        ]),
        elseIf(cmp(call('verify', call('SUBSTR', at(ctx, imp, 'iban'), num(3), num(2)), str('0123456789')), 'IS NOT EQUAL TO', num(0)), [
          setTo(at(ctx, exp, 'return_code'), num(8)),
          setTo(at(ctx, exp, 'text'), str('CONTROLEGETAL NIET NUMERIEK')),
        ]),
      ],
    ),
    ifThen(cmp(at(ctx, exp, 'return_code'), 'IS NOT EQUAL TO', num(0)), [exitState('cab_iban_invalid')]),
  ];
}

/** The hand-written statements of a special block (after its NOTEs and first EXIT STATE). */
export function specialStatements(ctx: BodyContext): Statement[] {
  switch (ctx.block.special) {
    case 'elfproef': return elfproef(ctx);
    case 'round-currency': return roundCurrency(ctx);
    case 'add-days': return addDays(ctx);
    case 'calc-age': return calcAge(ctx);
    case 'validate-iban': return validateIban(ctx);
    default: return [];
  }
}
