// Test data: a hand-built AST of the synthetic example ih_calc_box1_income.cbl (reference examples/), used to
// check that the R1 printer reproduces that listing column for column. Not a test file itself.
import type { ActionBlock } from '../../src/index.js';
import {
  and, bin, block, cmp, entityView, escape, exitState, groupView, ifS, match, move, next, note, num, paren, read, readEach,
  ref, rel, set, side, special, str, use, when, workView,
} from './builders.js';

const EQ = 'IS EQUAL TO' as const;

export const ihCalcBox1Income: ActionBlock = block({
  name: 'IH_CALC_BOX1_INCOME',
  date: '02/20/2017',
  time: '16:05',
  views: {
    imports: [
      entityView('import', 'taxpayer', ['Transient', 'Mandatory', 'Import only'], ['bsn']),
      workView('import', 'ih_work_area', ['Transient', 'Mandatory', 'Import only'], ['tax_year']),
    ],
    exports: [
      entityView('export', 'taxpayer', ['Transient', 'Export only'], ['bsn', 'name']),
      workView('export', 'ih_work_area', ['Transient', 'Export only'], [
        'wage_income', 'profit_income', 'home_income', 'other_income', 'box1_income', 'partner_indicator',
      ]),
      groupView('export_group_items', 40, [
        entityView('export_g', 'income_item', ['Transient', 'Export only'], ['sequence_num', 'income_type', 'amount']),
      ]),
    ],
    locals: [
      workView('local', 'ief_supplied', [], ['count']),
      workView('local_params', 'ih_box1_parameter_set', [], ['home_forfait_rate']),
    ],
    entityActions: [
      entityView(null, 'taxpayer', [], ['bsn', 'name']),
      entityView(null, 'income_item', [], ['sequence_num', 'income_type', 'tax_year', 'amount']),
      entityView(null, 'home_ownership', [], ['woz_value', 'mortgage_interest']),
      entityView(null, 'fiscal_partner', [], ['bsn', 'start_date']),
    ],
  },
  statements: [
    note(
      'Berekent het belastbaar inkomen uit werk en woning (box 1)',
      'van een belastingplichtige voor één belastingjaar; de',
      'inkomensposten gaan terug in export_group_items (max. 40).',
    ),
    note('RELEASE HISTORY', '01_00 07-11-2016 Eerste versie', '01_01 20-02-2017 Forfait via ih_get_box1_parameters'),
    exitState('ih_calculation_ok'),
    set('local ief_supplied count', num('0')),
    read(
      [ref('taxpayer')],
      cmp(ref('taxpayer bsn', 'DESIRED'), EQ, ref('import taxpayer bsn')),
      when('successful', move('taxpayer', 'export taxpayer')),
      when('not found', exitState('ih_taxpayer_nf'), escape(0)),
    ),
    use(
      'ih_get_box1_parameters',
      [match(side('work', 'import ih_work_area'), side('work', 'import ih_work_area'))],
      [match(side('work', 'local_params ih_box1_parameter_set'), side('work', 'export ih_box1_parameter_set'))],
    ),
    ifS(cmp(special('EXITSTATE'), 'IS NOT EQUAL TO', ref('ih_calculation_ok')), [exitState('ih_box1_parameters_nf'), escape(0)]),
    readEach(
      [ref('income_item')],
      {
        targeting: [['export_group_items', true, true]],
        sortedBy: [['ASCENDING', ref('income_item sequence_num')]],
        where: and(
          cmp(ref('income_item tax_year', 'DESIRED'), EQ, ref('import ih_work_area tax_year')),
          rel(ref('income_item', 'DESIRED'), 'is_earned_by', ref('taxpayer', 'CURRENT')),
        ),
      },
      move('income_item', 'export_g income_item'),
      set('local ief_supplied count', bin(ref('local ief_supplied count'), '+', num('1'))),
      ifS(cmp(ref('income_item amount'), EQ, num('0')), [next(1)]),
      ifS(
        cmp(ref('income_item income_type'), EQ, str('WAGE')),
        [set('export ih_work_area wage_income', bin(ref('export ih_work_area wage_income'), '+', ref('income_item amount')))],
        [
          ifS(
            cmp(ref('income_item income_type'), EQ, str('PROFIT')),
            [set('export ih_work_area profit_income', bin(ref('export ih_work_area profit_income'), '+', ref('income_item amount')))],
            [set('export ih_work_area other_income', bin(ref('export ih_work_area other_income'), '+', ref('income_item amount')))],
          ),
        ],
      ),
    ),
    ifS(cmp(ref('local ief_supplied count'), EQ, num('0')), [exitState('ih_no_income_for_year'), escape(0)]),
    read(
      [ref('home_ownership')],
      rel(ref('home_ownership', 'DESIRED'), 'is_owned_by', ref('taxpayer', 'CURRENT')),
      when(
        'successful',
        set(
          'export ih_work_area home_income',
          bin(
            paren(bin(bin(ref('home_ownership woz_value'), '*', ref('local_params ih_box1_parameter_set home_forfait_rate')), '/', num('100'))),
            '-',
            ref('home_ownership mortgage_interest'),
          ),
          true,
        ),
      ),
      when('not found', set('export ih_work_area home_income', num('0'))),
    ),
    read(
      [ref('fiscal_partner')],
      rel(ref('fiscal_partner', 'DESIRED'), 'is_partner_of', ref('taxpayer', 'CURRENT')),
      when(
        'successful',
        set('export ih_work_area partner_indicator', str('J')),
        use(
          'ih_allocate_joint_income',
          [
            match(side('entity', 'fiscal_partner'), side('entity', 'import fiscal_partner')),
            match(side('work', 'export ih_work_area'), side('work', 'import ih_work_area')),
          ],
          [match(side('work', 'export ih_work_area'), side('work', 'export ih_work_area'))],
        ),
      ),
      when('not found', set('export ih_work_area partner_indicator', str('N'))),
    ),
    set(
      'export ih_work_area box1_income',
      bin(
        bin(bin(ref('export ih_work_area wage_income'), '+', ref('export ih_work_area profit_income')), '+', ref('export ih_work_area home_income')),
        '+',
        ref('export ih_work_area other_income'),
      ),
    ),
    ifS(cmp(ref('export ih_work_area box1_income'), 'IS LESS THAN', num('0')), [exitState('ih_negative_box1_income')]),
  ],
});
