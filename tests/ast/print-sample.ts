// Test data: a small hand-built block that uses every layout feature of the printer (views, NOTE, empty
// statement, nested IF / ELSE IF / ELSE, READ with WHEN, CASE, CREATE, USE, ESCAPE / NEXT, long lines). Not a test file.
import type { ActionBlock } from '../../src/index.js';
import {
  and, associate, bin, block, call, caseS, cmp, create, empty, entityView, escape, exitState, groupView, ifS, match, name, next,
  note, num, or, paren, read, readEach, ref, set, side, str, use, when, workView,
} from './builders.js';

export const sample: ActionBlock = block({
  name: 'LH_SAMPLE_BLOCK',
  date: '05/02/2017',
  time: '09:12',
  views: {
    imports: [
      entityView('import', 'employee', ['Transient', 'Mandatory', 'Import only'], ['personnel_number', 'birth_date']),
      workView('import', 'lh_work_area', ['Transient', 'Optional', 'Import only'], ['request_type']),
    ],
    exports: [
      workView('export', 'lh_work_area', ['Transient', 'Export only'], ['message_text', 'total_wage']),
      groupView('export_group_lines', 15, [entityView('export_g', 'wage_component', ['Transient', 'Export only'], ['amount'])]),
    ],
    locals: [workView('local', 'ief_supplied', [], ['count', 'flag'])],
    entityActions: [entityView(null, 'employee', [], ['personnel_number']), entityView('new', 'wage_component', [], ['amount'])],
  },
  statements: [
    note('SYNTHETIC. Checks één employee.', '  indented line'),
    empty(),
    set('local ief_supplied flag', str('N')),
    read(
      [ref('employee')],
      and(
        cmp(ref('employee personnel_number', 'DESIRED'), 'IS EQUAL TO', ref('import employee personnel_number')),
        paren(or(cmp(ref('employee birth_date', 'DESIRED'), 'IS LESS THAN', name('CURRENT_DATE')), cmp(ref('import lh_work_area request_type'), 'IS EQUAL TO', str('ALL')))),
      ),
      when('successful', set('export lh_work_area message_text', str('Werknemer gevonden, de loonheffing wordt nu berekend voor het tijdvak'))),
      when('not found', exitState('lh_employee_nf'), escape(0)),
    ),
    caseS(
      ref('import lh_work_area request_type'),
      [
        [[str('NEW')], [create('wage_component', [set('amount', num('0')), associate(null, 'employee', 'is_paid_to')], when('successful'), when('already exists', exitState('lh_wage_component_ae')))]],
        [[str('A'), str('B')], []],
      ],
      [ifS(cmp(ref('local ief_supplied count'), 'IS GREATER THAN', num('10')), [escape(1)], [set('local ief_supplied count', num('0'))], [[cmp(ref('local ief_supplied count'), 'IS EQUAL TO', num('5')), [exitState('lh_five')]]])],
    ),
    readEach(
      [ref('new wage_component')],
      { targeting: [['export_group_lines', true, true]], where: cmp(ref('new wage_component amount', 'DESIRED'), 'IS GREATER THAN', num('0')) },
      ifS(cmp(ref('new wage_component amount'), 'IS EQUAL TO', num('1')), [next(1)]),
      set('export lh_work_area total_wage', bin(ref('export lh_work_area total_wage'), '+', call('round', ref('new wage_component amount'), num('2'))), true),
    ),
    use(
      'lh_apply_wage_tax_table',
      [match(side('entity', 'import employee'), side('entity', 'import employee')), match(side('work', 'import lh_work_area'), side('work', 'import lh_work_area'))],
      [match(side('work', 'export lh_work_area'), side('work', 'export lh_work_area'))],
    ),
  ],
});
