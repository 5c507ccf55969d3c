// A small hand-built estate for the generator tests: the income-tax box 1 block (reference example), the block it
// USEs, a corporate-tax block with every entity action, and a payroll external action block. Not a test file.
import type { ActionBlock, Reference, Statement, Workspace } from '../../src/index.js';
import {
  bin, block, cmp, create, entityView, exitState, groupView, ifS, num, read, readEach, ref, set, span, str, update, use, when, workView,
} from '../ast/builders.js';
import { ihCalcBox1Income } from '../ast/ih-calc-ast.js';
import { workspaceOf } from './helpers.js';

const at = { number: null, line: 7, span };

/** A reference to a view (`parent corporate_entity`) or an attribute of one, resolved as the parser would. */
function vref(view: string | null, type: string, attribute: string | null = null, qualifier: Reference['qualifier'] = null): Reference {
  const words = [view, type, attribute].filter((w): w is string => w !== null);
  return { kind: 'Reference', qualifier, view, type, attribute, section: null, resolved: true, words, span };
}

/** IH_GET_BOX1_PARAMETERS: reads the parameters of a tax year. */
export function getBox1Parameters(extraImport: string[] = []): ActionBlock {
  return block({
    name: 'IH_GET_BOX1_PARAMETERS',
    line: 3,
    sourceHash: '0123456789abcdef',
    views: {
      imports: [workView('import', 'ih_work_area', ['Transient', 'Mandatory', 'Import only'], ['tax_year', ...extraImport])],
      exports: [workView('export', 'ih_box1_parameter_set', ['Transient', 'Export only'], ['home_forfait_rate', 'valid_from'])],
      locals: [],
      entityActions: [entityView(null, 'box1_parameter', [], ['tax_year', 'home_forfait_rate', 'valid_from'])],
    },
    statements: [
      exitState('ih_calculation_ok'),
      read(
        [ref('box1_parameter')],
        cmp(ref('box1_parameter tax_year', 'DESIRED'), 'IS EQUAL TO', ref('import ih_work_area tax_year')),
        when('successful', set('export ih_box1_parameter_set home_forfait_rate', ref('box1_parameter home_forfait_rate'))),
        when('not found', exitState('ih_box1_parameters_nf')),
      ),
      set('export ih_box1_parameter_set valid_from', { kind: 'Special', name: 'CURRENT_DATE', span }),
      ifS(cmp(ref('import ih_work_area tax_year'), 'IS LESS THAN', num('2001')), [exitState('ih_box1_parameters_nf')]),
    ],
  });
}

const deleteS = (view: Reference): Statement => ({ ...at, kind: 'Delete', view, whens: [] });
const disassociate = (view: Reference, from: Reference, relationship: string): Statement => ({ ...at, kind: 'Disassociate', view, from, relationship });
const transfer = (view: Reference, from: Reference, to: Reference, relationship: string): Statement => ({ ...at, kind: 'Transfer', view, from, to, relationship });

/** VPB_REGISTER_UNITY: every entity action, a USE of the EAB, a decimal literal, a date. */
export function registerUnity(): ActionBlock {
  return block({
    name: 'VPB_REGISTER_UNITY',
    line: 12,
    sourceHash: 'fedcba9876543210',
    views: {
      imports: [
        entityView('import_parent', 'corporate_entity', ['Transient', 'Mandatory', 'Import only'], ['rsin']),
        workView('import', 'vpb_work_area', ['Transient', 'Mandatory', 'Import only'], ['effective_date', 'share_percentage']),
        groupView('import_group_subsidiaries', 50, [entityView('import_g', 'corporate_entity', ['Transient', 'Optional', 'Import only'], ['rsin'])]),
      ],
      exports: [
        entityView('export', 'fiscal_unity', ['Transient', 'Export only'], ['unity_number', 'status', 'start_date']),
        workView('export', 'vpb_work_area', ['Transient', 'Export only'], ['member_count', 'levy']),
      ],
      locals: [workView('local', 'ief_supplied', [], ['count', 'total_currency', 'flag'])],
      entityActions: [
        entityView('parent', 'corporate_entity', [], ['rsin']),
        entityView(null, 'fiscal_unity', [], ['unity_number', 'status', 'start_date', 'end_date']),
        entityView('old', 'fiscal_unity', [], ['unity_number']),
      ],
    },
    statements: [
      exitState('vpb_processed_ok'),
      read([vref('parent', 'corporate_entity')], cmp(vref('parent', 'corporate_entity', 'rsin', 'DESIRED'), 'IS EQUAL TO', ref('import_parent corporate_entity rsin'))),
      create(
        'fiscal_unity',
        [
          set('unity_number', ref('local ief_supplied count')),
          set('status', str('A')),
          set('start_date', ref('import vpb_work_area effective_date')),
          { ...at, kind: 'Associate', view: null, with: vref('parent', 'corporate_entity'), relationship: 'heads' },
        ],
        when('successful'),
        when('already exists', exitState('vpb_fiscal_unity_ae')),
      ),
      readEach([ref('fiscal_unity')], { where: cmp(ref('fiscal_unity status', 'DESIRED'), 'IS EQUAL TO', str('E')) }, deleteS(vref(null, 'fiscal_unity'))),
      update('fiscal_unity', [set('end_date', ref('import vpb_work_area effective_date'))], when('successful'), when('not unique', exitState('1099_unity_nu'))),
      disassociate(vref('old', 'fiscal_unity'), vref('parent', 'corporate_entity'), 'heads'),
      transfer(vref('old', 'fiscal_unity'), vref('parent', 'corporate_entity'), vref('parent', 'corporate_entity'), 'is_headed_by'),
      { ...at, kind: 'Summarize', each: false, views: [vref(null, 'fiscal_unity')], placing: [{ fn: 'COUNT', arg: null, into: ref('local ief_supplied count'), span }], where: null },
      set('export vpb_work_area levy', bin(ref('local ief_supplied total_currency'), '*', num('0.258'))),
      set('export vpb_work_area member_count', bin(ref('export vpb_work_area member_count'), '+', num('1'))),
      ifS(cmp(ref('import vpb_work_area share_percentage'), 'IS LESS THAN', num('95')), [exitState('vpb_share_too_low')]),
      use('lh_eab_send_declaration', [], []),
    ],
  });
}

/** LH_EAB_SEND_DECLARATION: an external action block. */
export function eabSendDeclaration(): ActionBlock {
  return block({
    name: 'LH_EAB_SEND_DECLARATION',
    line: 1,
    sourceHash: 'aaaabbbbccccdddd',
    views: {
      imports: [entityView('import', 'payroll_declaration', ['Transient', 'Mandatory', 'Import only'], ['declaration_number', 'total_wage_amount'])],
      exports: [workView('export', 'lh_send_result', ['Transient', 'Export only'], ['message_id'])],
      locals: [],
      entityActions: [],
    },
    statements: [{ ...at, kind: 'External' }],
  });
}

/** The estate: four blocks in four files. */
export function smallEstate(options: { extraImport?: string[] } = {}): Workspace {
  return workspaceOf({
    'est/ih_calc_box1_income.txt': [ihCalcBox1Income],
    'est/ih_get_box1_parameters.txt': [getBox1Parameters(options.extraImport)],
    'est/vpb_register_unity.txt': [registerUnity()],
    'est/lh_eab_send_declaration.txt': [eabSendDeclaration()],
  });
}
