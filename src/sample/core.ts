// The deliberate features of every sample estate (from about 60 blocks up): named blocks that form cycles, a
// self-call, cross-chain calls, dead blocks, entry points, procedure steps, EABs and unresolved USE targets.
// seeds/README.md documents each by name; tests check that they are really there.
import type { Archetype, SampleChain } from './chains.js';

/** Where a block sits in the layering: leaf/shared are the shared levels, low..top the chain levels. */
export type CoreLevel = 'leaf' | 'shared' | 'low' | 'mid' | 'high' | 'top';

/** Blocks whose bodies are written by hand in body-special.ts. */
export type SpecialBody = 'elfproef' | 'round-currency' | 'add-days' | 'calc-age' | 'validate-iban';

/** One named block of the core. */
export interface CoreBlock {
  name: string;
  chain: SampleChain['key'];
  archetype: Archetype;
  /** Main entity type. */
  entity: string;
  kind: 'action-block' | 'external' | 'procedure-step';
  level: CoreLevel;
  /** Forced callees (canonical names); calls to higher levels close the deliberate cycles. */
  calls?: readonly string[];
  /** USE targets that are deliberately not in the estate (lower case, as written in USE). */
  unresolved?: readonly string[];
  /** Deliberately unreferenced (no caller is added). */
  dead?: boolean;
  /** Listed in the config's entryPoints. */
  entry?: boolean;
  special?: SpecialBody;
  /** A Dutch purpose line for the first NOTE. */
  purpose: string;
}

/** A group of core blocks that only make sense together (a cycle, a chain slice). */
export interface CoreGroup {
  id: string;
  blocks: readonly CoreBlock[];
}

const b = (
  name: string,
  chain: SampleChain['key'],
  archetype: Archetype,
  entity: string,
  level: CoreLevel,
  purpose: string,
  extra: Partial<CoreBlock> = {},
): CoreBlock => ({ name, chain, archetype, entity, kind: 'action-block', level, purpose, ...extra });

/** Core groups in priority order: small estates take the first groups that fit. */
export const CORE_GROUPS: readonly CoreGroup[] = [
  {
    id: 'shared-basics',
    blocks: [
      b('CAB_VALIDATE_BSN', 'SHARED', 'validate', 'person', 'leaf', 'Controleert een burgerservicenummer met de elfproef.', { special: 'elfproef' }),
      b('CAB_ROUND_CURRENCY', 'SHARED', 'calc', 'person', 'leaf', 'Rondt een bedrag af op hele euro\'s of centen.', { special: 'round-currency' }),
      b('SI_EAB_READ_BRP_PERSON', 'SHARED', 'read', 'person', 'leaf', 'Leest een persoon uit de BRP (extern).', { kind: 'external' }),
      b('SI_GET_ADDRESS', 'SHARED', 'read', 'address', 'shared', 'Leest het woonadres van een persoon.', { calls: ['SI_EAB_READ_BRP_PERSON'] }),
    ],
  },
  {
    id: 'income-tax-cycle',
    blocks: [
      b('IH_PROCESS_DECLARATION_BATCH', 'IH', 'process', 'declaration', 'top', 'Batch: verwerkt de binnengekomen aangiften IB.', {
        kind: 'procedure-step',
        calls: ['IH_CALC_VOORLOPIGE_AANSLAG'],
      }),
      b('IH_CALC_VOORLOPIGE_AANSLAG', 'IH', 'calc', 'assessment', 'high', 'Berekent de voorlopige aanslag inkomstenbelasting.', {
        calls: ['IH_DETERMINE_TAX_CREDITS'],
      }),
      b('IH_DETERMINE_TAX_CREDITS', 'IH', 'calc', 'tax_credit', 'mid', 'Bepaalt de heffingskortingen van het jaar.', {
        calls: ['IH_CALC_LABOUR_TAX_CREDIT'],
      }),
      b('IH_CALC_LABOUR_TAX_CREDIT', 'IH', 'calc', 'tax_credit', 'low', 'Berekent de arbeidskorting; herberekent zo nodig de voorlopige aanslag.', {
        calls: ['IH_CALC_VOORLOPIGE_AANSLAG'],
      }),
    ],
  },
  {
    id: 'corporate-cycle-and-self-call',
    blocks: [
      b('VPB_PROCESS_RETURNS_BATCH', 'VPB', 'process', 'corporate_return', 'top', 'Batch: verwerkt de aangiften vennootschapsbelasting.', {
        kind: 'procedure-step',
        calls: ['VPB_CALC_TAXABLE_PROFIT', 'VPB_DETERMINE_FISCAL_UNITY'],
      }),
      b('VPB_CALC_TAXABLE_PROFIT', 'VPB', 'calc', 'corporate_return', 'mid', 'Berekent de belastbare winst na verliesverrekening.', {
        calls: ['VPB_APPLY_LOSS_OFFSET'],
      }),
      b('VPB_APPLY_LOSS_OFFSET', 'VPB', 'calc', 'loss_carry', 'low', 'Verrekent verliezen; vraagt de winst opnieuw op.', {
        calls: ['VPB_CALC_TAXABLE_PROFIT'],
      }),
      b('VPB_DETERMINE_FISCAL_UNITY', 'VPB', 'calc', 'fiscal_unity', 'mid', 'Bepaalt de samenstelling van de fiscale eenheid.', {
        calls: ['VPB_LIST_UNITY_MEMBERS'],
      }),
      b('VPB_LIST_UNITY_MEMBERS', 'VPB', 'list', 'corporate_entity', 'low', 'Loopt recursief de dochters van dochters af.', {
        calls: ['VPB_LIST_UNITY_MEMBERS'],
      }),
    ],
  },
  {
    id: 'payroll-and-cross-chain-cycle',
    blocks: [
      b('LH_PROCESS_LOONAANGIFTE_BATCH', 'LH', 'process', 'payroll_declaration', 'top', 'Batch: verwerkt de loonaangiften van het tijdvak.', {
        kind: 'procedure-step',
        calls: ['LH_CALC_PERIOD_WAGE_TAX', 'LH_EAB_SEND_DECLARATION'],
      }),
      b('LH_CALC_PERIOD_WAGE_TAX', 'LH', 'calc', 'wage_component', 'high', 'Berekent de loonheffing over het aangiftetijdvak.', {
        calls: ['LH_DETERMINE_EMPLOYEE_CREDIT'],
      }),
      b('LH_DETERMINE_EMPLOYEE_CREDIT', 'LH', 'calc', 'employee', 'mid', 'Bepaalt de loonheffingskorting van de werknemer.', {
        calls: ['IH_CHECK_CREDIT_ENTITLEMENT', 'IH_CALC_GENERAL_TAX_CREDIT'],
      }),
      b('IH_CHECK_CREDIT_ENTITLEMENT', 'IH', 'validate', 'tax_credit', 'low', 'Toetst het recht op heffingskorting (ook voor de loonheffing).', {
        calls: ['LH_DETERMINE_EMPLOYEE_CREDIT'],
      }),
      b('IH_CALC_GENERAL_TAX_CREDIT', 'IH', 'calc', 'tax_credit', 'low', 'Berekent de algemene heffingskorting.'),
      b('LH_EAB_SEND_DECLARATION', 'LH', 'send', 'payroll_declaration', 'leaf', 'Zet de loonaangifte op de uitgaande wachtrij (extern).', {
        kind: 'external',
      }),
    ],
  },
  {
    id: 'dead-and-retired',
    blocks: [
      b('IH_CALC_BOX3_FORFAIT_2000', 'IH', 'calc', 'box3_asset', 'low', 'Vermogensrendementsheffing 2001 in guldens (vervallen).', {
        dead: true,
        unresolved: ['cab_convert_guilders_to_euro'],
      }),
      b('LH_CALC_SPECIAL_RATE_NLG', 'LH', 'calc', 'wage_tax_table', 'low', 'Tarief bijzondere beloningen in guldens (vervallen).', { dead: true }),
      b('CAB_FORMAT_DATE_OLD', 'SHARED', 'calc', 'person', 'shared', 'Oude datumopmaak (vervangen door CAB_ADD_DAYS_TO_DATE).', { dead: true }),
      b('VPB_CHECK_WBSO_OLD', 'VPB', 'validate', 'innovation_box', 'low', 'Toets WBSO-afdrachtvermindering (regeling gewijzigd).', { dead: true }),
    ],
  },
  {
    id: 'back-years',
    blocks: [
      b('IH_CALC_BOX3_INCOME', 'IH', 'calc', 'box3_asset', 'mid', 'Berekent het inkomen uit sparen en beleggen (box 3).', {
        calls: ['IH_CALC_BOX3_FORFAIT_2017', 'IH_CALC_BOX3_FORFAIT_2020'],
      }),
      b('IH_CALC_BOX3_FORFAIT_2017', 'IH', 'calc', 'box3_asset', 'low', 'Forfaitair rendement box 3, regime 2017-2020.'),
      b('IH_CALC_BOX3_FORFAIT_2020', 'IH', 'calc', 'box3_asset', 'low', 'Forfaitair rendement box 3, regime 2021-2022.'),
    ],
  },
  {
    id: 'entry-points-and-unresolved',
    blocks: [
      b('IH_HANDLE_ASSESSMENT_ONLINE', 'IH', 'process', 'assessment', 'top', 'Online: onderhoud van de aanslag door de medewerker.', {
        kind: 'procedure-step',
        calls: ['IH_SEND_ASSESSMENT', 'IH_EAB_PRINT_ASSESSMENT'],
      }),
      b('IH_SEND_ASSESSMENT', 'IH', 'send', 'assessment', 'mid', 'Verzendt de aanslag naar de Berichtenbox.', {
        unresolved: ['ih_eab_send_berichtenbox'],
      }),
      b('IH_EAB_PRINT_ASSESSMENT', 'IH', 'send', 'assessment', 'leaf', 'Drukt het aanslagbiljet af (extern).', { kind: 'external' }),
      b('IH_SRV_GET_ASSESSMENT', 'IH', 'read', 'assessment', 'high', 'Server: levert de aanslag aan het portaal.', { entry: true }),
      b('LH_SRV_REGISTER_LOONAANGIFTE', 'LH', 'create', 'payroll_declaration', 'high', 'Server: neemt een loonaangifte aan.', { entry: true }),
    ],
  },
  {
    id: 'cross-chain-and-more',
    blocks: [
      b('VPB_CALC_DIVIDEND_INCOME', 'VPB', 'calc', 'participation', 'mid', 'Berekent de dividendopbrengsten; aanmerkelijk belang via IH.', {
        calls: ['IH_CALC_BOX2_INCOME'],
      }),
      b('IH_CALC_BOX2_INCOME', 'IH', 'calc', 'substantial_interest', 'low', 'Berekent het inkomen uit aanmerkelijk belang (box 2).'),
      b('IH_CALC_BOX1_INCOME', 'IH', 'calc', 'income_item', 'mid', 'Berekent het inkomen uit werk en woning (box 1).'),
      b('VPB_APPLY_PARTICIPATIONS', 'VPB', 'calc', 'participation', 'low', 'Past de deelnemingsvrijstelling toe.'),
      b('VPB_CALC_INNOVATIEBOX', 'VPB', 'calc', 'innovation_box', 'low', 'Berekent de winst in de innovatiebox.'),
      b('VPB_EAB_SEND_CORPORATE_RETURN', 'VPB', 'send', 'corporate_return', 'leaf', 'Stuurt de aanslaggegevens VPB door (extern).', {
        kind: 'external',
      }),
      b('LH_APPLY_WAGE_TAX_TABLE', 'LH', 'calc', 'wage_tax_table', 'low', 'Past de loonbelastingtabel toe.'),
      b('LH_VALIDATE_WAGE_COMPONENTS', 'LH', 'validate', 'wage_component', 'mid', 'Controleert de looncomponenten van de aangifte.'),
    ],
  },
  {
    id: 'shared-demo-leaves',
    blocks: [
      b('CAB_ADD_DAYS_TO_DATE', 'SHARED', 'calc', 'person', 'leaf', 'Telt een aantal dagen op bij een datum.', { special: 'add-days' }),
      b('CAB_CALC_AGE', 'SHARED', 'calc', 'person', 'leaf', 'Berekent de leeftijd op een peildatum.', { special: 'calc-age' }),
      b('SI_VALIDATE_IBAN', 'SHARED', 'validate', 'bank_account', 'leaf', 'Controleert de vorm van een IBAN.', { special: 'validate-iban' }),
      b('CAB_GET_TAX_PARAMETERS', 'SHARED', 'read', 'tax_parameter', 'leaf', 'Leest de fiscale parameters van een jaar.'),
      b('FN_EAB_WRITE_AUDIT_LOG', 'SHARED', 'send', 'audit_record', 'leaf', 'Schrijft een regel in het auditlog (extern).', { kind: 'external' }),
      b('FN_CREATE_AUDIT_RECORD', 'SHARED', 'create', 'audit_record', 'shared', 'Legt een auditregel vast.', { calls: ['FN_EAB_WRITE_AUDIT_LOG'] }),
    ],
  },
];

/** Ledger decisions about core blocks (seeds/coolgen-ledger.json). */
export const CORE_LEDGER: readonly { name: string; state: 'retired' | 'kept-for-back-years'; reason: string; date: string; until?: string }[] = [
  { name: 'IH_CALC_BOX3_FORFAIT_2000', state: 'retired', reason: 'Gulden-regime box 3 (2001) vervallen; geen aanslagen meer open.', date: '2025-03-14' },
  { name: 'LH_CALC_SPECIAL_RATE_NLG', state: 'retired', reason: 'Guldentabellen bijzondere beloningen vervallen sinds 2002; niet meer aangeroepen.', date: '2025-06-02' },
  { name: 'CAB_FORMAT_DATE_OLD', state: 'retired', reason: 'Vervangen door CAB_ADD_DAYS_TO_DATE; geen aanroepen meer.', date: '2025-10-20' },
  {
    name: 'IH_CALC_BOX3_FORFAIT_2017',
    state: 'kept-for-back-years',
    reason: 'Bezwaar en beroep box 3 (herstel Kerstarrest) over de belastingjaren 2017-2020 blijven in Gen.',
    date: '2025-04-01',
    until: '2032-12-31',
  },
  {
    name: 'IH_CALC_BOX3_FORFAIT_2020',
    state: 'kept-for-back-years',
    reason: 'Behandeling aangiften en bezwaren box 3 over 2021-2022 tot het einde van de termijnen.',
    date: '2025-04-01',
    until: '2032-12-31',
  },
];

/** Config entry points: server blocks called from outside Gen (the portal, the message gateway). */
export const ENTRY_POINT_PATTERNS: readonly string[] = ['/_SRV_/'];

/** Config procedure steps: batch and online steps end in _BATCH or _ONLINE (with an optional variant number). */
export const PROCEDURE_STEP_PATTERNS: readonly string[] = ['/_(BATCH|ONLINE)(_[0-9]+)?$/'];

/** Every core block, flattened. */
export function coreBlocks(): CoreBlock[] {
  return CORE_GROUPS.flatMap((g) => g.blocks);
}
