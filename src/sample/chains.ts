// The three tax chains and the shared blocks of the sample estate: prefixes, folders, work sets, business systems
// and the verb/object vocabulary that block names are made of. Invented, with Dutch tax-administration terms.

/** What kind of body a verb gets (see body-*.ts). */
export type Archetype = 'calc' | 'validate' | 'read' | 'list' | 'create' | 'update' | 'delete' | 'process' | 'send';

/** A verb of block names, with its body archetype and its Dutch wording for the purpose NOTE. */
export interface SampleVerb {
  token: string;
  archetype: Archetype;
  dutch: string;
}

export const VERBS: Readonly<Record<string, SampleVerb>> = {
  CALC: { token: 'CALC', archetype: 'calc', dutch: 'Berekent' },
  DETERMINE: { token: 'DETERMINE', archetype: 'calc', dutch: 'Bepaalt' },
  APPLY: { token: 'APPLY', archetype: 'calc', dutch: 'Past toe:' },
  ALLOCATE: { token: 'ALLOCATE', archetype: 'calc', dutch: 'Verdeelt' },
  VALIDATE: { token: 'VALIDATE', archetype: 'validate', dutch: 'Controleert' },
  CHECK: { token: 'CHECK', archetype: 'validate', dutch: 'Toetst' },
  GET: { token: 'GET', archetype: 'read', dutch: 'Leest' },
  READ: { token: 'READ', archetype: 'read', dutch: 'Leest' },
  LIST: { token: 'LIST', archetype: 'list', dutch: 'Geeft een overzicht van' },
  CREATE: { token: 'CREATE', archetype: 'create', dutch: 'Legt vast:' },
  REGISTER: { token: 'REGISTER', archetype: 'create', dutch: 'Registreert' },
  UPDATE: { token: 'UPDATE', archetype: 'update', dutch: 'Wijzigt' },
  CORRECT: { token: 'CORRECT', archetype: 'update', dutch: 'Corrigeert' },
  END: { token: 'END', archetype: 'update', dutch: 'Beëindigt' },
  DELETE: { token: 'DELETE', archetype: 'delete', dutch: 'Verwijdert' },
  PROCESS: { token: 'PROCESS', archetype: 'process', dutch: 'Verwerkt' },
  HANDLE: { token: 'HANDLE', archetype: 'process', dutch: 'Behandelt' },
  SEND: { token: 'SEND', archetype: 'send', dutch: 'Verzendt' },
  PRINT: { token: 'PRINT', archetype: 'send', dutch: 'Drukt af:' },
  RECALC: { token: 'RECALC', archetype: 'calc', dutch: 'Herberekent' },
  TOTAL: { token: 'TOTAL', archetype: 'calc', dutch: 'Totaliseert' },
  CONVERT: { token: 'CONVERT', archetype: 'calc', dutch: 'Zet om:' },
  FORMAT: { token: 'FORMAT', archetype: 'calc', dutch: 'Maakt op:' },
  MAINTAIN: { token: 'MAINTAIN', archetype: 'update', dutch: 'Onderhoudt' },
  ARCHIVE: { token: 'ARCHIVE', archetype: 'update', dutch: 'Archiveert' },
  COPY: { token: 'COPY', archetype: 'create', dutch: 'Kopieert' },
};

/** An object of block names: the entity type it is about, its business system and the verbs that make sense. */
export interface SampleObject {
  token: string;
  entity: string;
  businessSystem: string;
  dutch: string;
  verbs: readonly string[];
}

/** One chain (or the shared blocks). */
export interface SampleChain {
  /** Key used in the generator. */
  key: 'IH' | 'VPB' | 'LH' | 'SHARED';
  /** Chain (domain) name in the config. */
  domain: string;
  /** Folder of its files in the estate. */
  dir: string;
  /** Name prefixes; the first is the default. */
  prefixes: readonly string[];
  /** The chain's work set (imports/exports). */
  workSet: string;
  /** Work-set attribute holding the year/period of the request. */
  periodAttribute: string;
  /** Owner entity of most objects (what `import <owner>` identifies). */
  owner: string;
  /** First two letters of source (member) names. */
  sourcePrefix: string;
  /** Builder user ids in module banners. */
  users: readonly string[];
  /** Exit-state prefix. */
  exitPrefix: string;
  /** Share of randomly generated blocks. */
  share: number;
  objects: readonly SampleObject[];
}

const o = (token: string, entity: string, businessSystem: string, dutch: string, verbs: string): SampleObject => ({
  token,
  entity,
  businessSystem,
  dutch,
  verbs: verbs.split(' ').filter((v) => v !== ''),
});

export const CHAINS: readonly SampleChain[] = [
  {
    key: 'IH',
    domain: 'income-tax',
    dir: 'income-tax',
    prefixes: ['IH_'],
    workSet: 'ih_work_area',
    periodAttribute: 'tax_year',
    owner: 'taxpayer',
    sourcePrefix: 'IH',
    users: ['IHBLD01', 'IHBLD02', 'IHONT07', 'JVDBERG'],
    exitPrefix: 'ih',
    share: 0.36,
    objects: [
      o('BOX1_INCOME', 'income_item', 'IH-AANGIFTE', 'het inkomen uit werk en woning (box 1)', 'CALC DETERMINE VALIDATE LIST RECALC'),
      o('BOX2_INCOME', 'substantial_interest', 'IH-AANGIFTE', 'het inkomen uit aanmerkelijk belang (box 2)', 'CALC DETERMINE VALIDATE RECALC'),
      o('BOX3_INCOME', 'box3_asset', 'IH-AANGIFTE', 'het inkomen uit sparen en beleggen (box 3)', 'CALC DETERMINE CHECK RECALC'),
      o('BOX3_ASSETS', 'box3_asset', 'IH-AANGIFTE', 'de bezittingen en schulden in box 3', 'LIST GET CREATE UPDATE DELETE VALIDATE TOTAL'),
      o('DECLARATION', 'declaration', 'IH-AANGIFTE', 'de aangifte inkomstenbelasting', 'PROCESS HANDLE VALIDATE REGISTER GET LIST CORRECT UPDATE ARCHIVE CHECK COPY'),
      o('INCOME_ITEMS', 'income_item', 'IH-AANGIFTE', 'de inkomensposten', 'LIST GET CREATE UPDATE DELETE CHECK TOTAL'),
      o('DEDUCTIONS', 'deduction', 'IH-AANGIFTE', 'de persoonsgebonden aftrek', 'CALC LIST VALIDATE CREATE DELETE UPDATE'),
      o('HOME_OWNERSHIP', 'home_ownership', 'IH-AANGIFTE', 'het eigenwoningforfait', 'CALC GET UPDATE CHECK REGISTER'),
      o('ASSESSMENT', 'assessment', 'IH-AANSLAG', 'de aanslag inkomstenbelasting', 'CALC DETERMINE CREATE GET LIST CORRECT SEND PRINT PROCESS ARCHIVE'),
      o('VOORLOPIGE_AANSLAG', 'assessment', 'IH-AANSLAG', 'de voorlopige aanslag', 'CALC CREATE CORRECT SEND END RECALC'),
      o('TAX_CREDITS', 'tax_credit', 'IH-AANSLAG', 'de heffingskortingen', 'CALC DETERMINE APPLY LIST'),
      o('BRACKET_TAX', 'tax_bracket', 'IH-AANSLAG', 'de belasting volgens de schijven', 'CALC DETERMINE'),
      o('TAX_INTEREST', 'assessment', 'IH-AANSLAG', 'de belastingrente', 'CALC DETERMINE RECALC'),
      o('PAYMENT_TERMS', 'assessment', 'IH-AANSLAG', 'de betalingstermijnen', 'CALC DETERMINE UPDATE MAINTAIN'),
      o('REFUND', 'bank_account', 'IH-AANSLAG', 'de teruggaaf op de bankrekening', 'CALC PROCESS SEND VALIDATE'),
      o('FISCAL_PARTNER', 'fiscal_partner', 'IH-PARTNER', 'het fiscaal partnerschap', 'DETERMINE GET REGISTER END VALIDATE LIST'),
      o('TOESLAGPARTNER', 'fiscal_partner', 'IH-PARTNER', 'de toeslagpartner', 'DETERMINE CHECK GET'),
      o('JOINT_INCOME', 'income_item', 'IH-PARTNER', 'de gemeenschappelijke inkomensbestanddelen', 'ALLOCATE CALC LIST'),
      o('OBJECTION', 'assessment', 'IH-AANSLAG', 'het bezwaarschrift tegen de aanslag', 'REGISTER HANDLE GET LIST'),
      o('ADDITIONAL_ASSESSMENT', 'assessment', 'IH-AANSLAG', 'de navorderingsaanslag', 'CALC CREATE SEND'),
      o('SELF_EMPLOYED_DEDUCTION', 'income_item', 'IH-AANGIFTE', 'de zelfstandigenaftrek', 'CALC CHECK'),
      o('PENSION_INCOME', 'income_item', 'IH-AANGIFTE', 'het pensioeninkomen', 'CALC LIST'),
      o('BOX3_FORFAIT', 'box3_asset', 'IH-AANGIFTE', 'het forfaitaire rendement in box 3', ''),
      o('LABOUR_TAX_CREDIT', 'tax_credit', 'IH-AANSLAG', 'de arbeidskorting', ''),
      o('GENERAL_TAX_CREDIT', 'tax_credit', 'IH-AANSLAG', 'de algemene heffingskorting', ''),
      o('CREDIT_ENTITLEMENT', 'tax_credit', 'IH-AANSLAG', 'het recht op heffingskorting', ''),
    ],
  },
  {
    key: 'VPB',
    domain: 'corporate-tax',
    dir: 'corporate-tax',
    prefixes: ['VPB_'],
    workSet: 'vpb_work_area',
    periodAttribute: 'fiscal_year',
    owner: 'corporate_entity',
    sourcePrefix: 'VP',
    users: ['VPBBLD1', 'VPBONT3', 'MDEKKER'],
    exitPrefix: 'vpb',
    share: 0.2,
    objects: [
      o('TAXABLE_PROFIT', 'corporate_return', 'VPB-HEFFING', 'de belastbare winst', 'CALC DETERMINE CHECK RECALC'),
      o('CORPORATE_RETURN', 'corporate_return', 'VPB-HEFFING', 'de aangifte vennootschapsbelasting', 'PROCESS HANDLE VALIDATE REGISTER GET CORRECT LIST ARCHIVE'),
      o('TAX_DUE', 'corporate_return', 'VPB-HEFFING', 'de verschuldigde vennootschapsbelasting', 'CALC DETERMINE RECALC CHECK'),
      o('LOSS_OFFSET', 'loss_carry', 'VPB-HEFFING', 'de verliesverrekening', 'CALC APPLY LIST CHECK'),
      o('LOSSES', 'loss_carry', 'VPB-HEFFING', 'de te verrekenen verliezen', 'LIST REGISTER UPDATE DELETE GET'),
      o('PARTICIPATIONS', 'participation', 'VPB-HEFFING', 'de deelnemingen (deelnemingsvrijstelling)', 'LIST CHECK APPLY REGISTER GET UPDATE'),
      o('INNOVATIEBOX', 'innovation_box', 'VPB-HEFFING', 'de innovatiebox', 'CALC APPLY VALIDATE CHECK GET'),
      o('DIVIDEND_INCOME', 'participation', 'VPB-HEFFING', 'de dividendopbrengsten', 'CALC DETERMINE'),
      o('FISCAL_UNITY', 'fiscal_unity', 'VPB-FISCALE-EENHEID', 'de fiscale eenheid', 'DETERMINE CREATE END GET VALIDATE MAINTAIN'),
      o('UNITY_MEMBERS', 'corporate_entity', 'VPB-FISCALE-EENHEID', 'de maatschappijen in de fiscale eenheid', 'LIST CHECK'),
      o('CORPORATE_ENTITY', 'corporate_entity', 'VPB-FISCALE-EENHEID', 'de vennootschap', 'GET REGISTER UPDATE VALIDATE LIST'),
      o('VOORLOPIGE_AANSLAG', 'corporate_return', 'VPB-HEFFING', 'de voorlopige aanslag vennootschapsbelasting', 'CALC CREATE SEND'),
      o('INTEREST_DEDUCTION', 'corporate_return', 'VPB-HEFFING', 'de renteaftrekbeperking', 'CALC CHECK'),
      o('EXTENSION', 'corporate_return', 'VPB-HEFFING', 'het uitstel voor de aangifte', 'REGISTER GET CHECK'),
      o('STEP_RATE', 'corporate_return', 'VPB-HEFFING', 'de tariefopstap', 'CALC DETERMINE'),
      o('FOREIGN_PROFIT', 'corporate_return', 'VPB-HEFFING', 'de objectvrijstelling buitenlandse winst', 'CALC CHECK APPLY'),
      o('DONATIONS', 'corporate_return', 'VPB-HEFFING', 'de giftenaftrek', 'CALC CHECK'),
      o('WITHHOLDING_TAX', 'participation', 'VPB-HEFFING', 'de verrekening van dividendbelasting', 'CALC APPLY'),
      o('UNITY_REQUEST', 'fiscal_unity', 'VPB-FISCALE-EENHEID', 'het verzoek tot voeging', 'REGISTER HANDLE VALIDATE GET'),
      o('SUBSIDIARY', 'corporate_entity', 'VPB-FISCALE-EENHEID', 'de dochtermaatschappij', 'GET LIST CHECK'),
      o('RETURNS', 'corporate_return', 'VPB-HEFFING', 'de aangiften vennootschapsbelasting', ''),
      o('WBSO', 'innovation_box', 'VPB-HEFFING', 'de WBSO-afdrachtvermindering', ''),
    ],
  },
  {
    key: 'LH',
    domain: 'payroll',
    dir: 'payroll',
    prefixes: ['LH_'],
    workSet: 'lh_work_area',
    periodAttribute: 'period',
    owner: 'employer',
    sourcePrefix: 'LH',
    users: ['LHBLD02', 'LHONT01', 'SBAKKER'],
    exitPrefix: 'lh',
    share: 0.24,
    objects: [
      o('LOONAANGIFTE', 'payroll_declaration', 'LH-LOONAANGIFTE', 'de loonaangifte', 'PROCESS HANDLE VALIDATE REGISTER GET CORRECT LIST ARCHIVE'),
      o('DECLARATION_TOTALS', 'payroll_declaration', 'LH-LOONAANGIFTE', 'de totalen van de loonaangifte', 'CALC CHECK RECALC'),
      o('EMPLOYER', 'employer', 'LH-LOONAANGIFTE', 'de inhoudingsplichtige', 'GET REGISTER UPDATE VALIDATE END LIST'),
      o('DECLARATION', 'payroll_declaration', 'LH-LOONAANGIFTE', 'de aangifte loonheffingen', 'SEND PRINT LIST'),
      o('WAGE_COMPONENTS', 'wage_component', 'LH-LOONHEFFING', 'de looncomponenten', 'LIST VALIDATE CREATE UPDATE DELETE TOTAL'),
      o('PERIOD_WAGE_TAX', 'wage_component', 'LH-LOONHEFFING', 'de loonheffing over het aangiftetijdvak', 'CALC DETERMINE RECALC'),
      o('WAGE_TAX_TABLE', 'wage_tax_table', 'LH-LOONHEFFING', 'de loonbelastingtabel', 'APPLY GET LIST UPDATE'),
      o('SPECIAL_RATE', 'wage_tax_table', 'LH-LOONHEFFING', 'het tarief bijzondere beloningen', 'CALC APPLY'),
      o('EMPLOYEE', 'employee', 'LH-LOONHEFFING', 'de werknemer', 'GET REGISTER UPDATE END VALIDATE LIST'),
      o('EMPLOYEE_CREDIT', 'employee', 'LH-LOONHEFFING', 'de loonheffingskorting van de werknemer', 'CHECK DETERMINE'),
      o('CORRECTION', 'payroll_declaration', 'LH-LOONAANGIFTE', 'het correctiebericht', 'PROCESS REGISTER VALIDATE'),
      o('PAYMENT_OBLIGATION', 'payroll_declaration', 'LH-LOONAANGIFTE', 'de betalingsverplichting', 'CALC DETERMINE'),
      o('WORK_COST_SCHEME', 'wage_component', 'LH-LOONHEFFING', 'de werkkostenregeling', 'CALC CHECK APPLY'),
      o('CAR_BENEFIT', 'wage_component', 'LH-LOONHEFFING', 'de bijtelling auto van de zaak', 'CALC DETERMINE'),
      o('ZVW_CONTRIBUTION', 'wage_component', 'LH-LOONHEFFING', 'de bijdrage Zvw', 'CALC DETERMINE'),
      o('SECTOR_CODE', 'employer', 'LH-LOONAANGIFTE', 'de sectorindeling', 'GET VALIDATE UPDATE'),
      o('PERIOD_TOTALS', 'payroll_declaration', 'LH-LOONAANGIFTE', 'de tijdvaktotalen', 'CALC CHECK TOTAL'),
      o('SUBMISSION', 'payroll_declaration', 'LH-LOONAANGIFTE', 'de aanlevering van het bericht', 'REGISTER VALIDATE GET'),
      o('WAGE_JOURNAL', 'wage_component', 'LH-LOONHEFFING', 'de loonstaat', 'CREATE LIST ARCHIVE GET'),
      o('ANONYMOUS_RATE', 'wage_tax_table', 'LH-LOONHEFFING', 'het anoniementarief', 'APPLY CHECK'),
      o('EXEMPT_WAGE', 'wage_component', 'LH-LOONHEFFING', 'het vrijgestelde loon', 'CALC LIST'),
      o('EMPLOYMENT', 'employee', 'LH-LOONHEFFING', 'de dienstbetrekking', 'REGISTER END GET CHECK'),
    ],
  },
  {
    key: 'SHARED',
    domain: 'shared',
    dir: 'shared',
    prefixes: ['CAB_', 'SI_', 'FN_'],
    workSet: 'cab_work_area',
    periodAttribute: 'amount',
    owner: 'person',
    sourcePrefix: 'CA',
    users: ['CABBLD1', 'GENADM', 'PVLIET'],
    exitPrefix: 'cab',
    share: 0.14,
    objects: [
      o('PERSON', 'person', 'SI-BASISREGISTRATIES', 'de persoonsgegevens uit de BRP', 'GET VALIDATE LIST'),
      o('ADDRESS', 'address', 'SI-BASISREGISTRATIES', 'het woonadres', 'GET VALIDATE LIST UPDATE'),
      o('BANK_ACCOUNT', 'bank_account', 'SI-BASISREGISTRATIES', 'de bankrekening', 'GET VALIDATE REGISTER UPDATE'),
      o('POSTAL_CODE', 'address', 'SI-BASISREGISTRATIES', 'de postcode', 'VALIDATE GET'),
      o('DATE_OF_DEATH', 'person', 'SI-BASISREGISTRATIES', 'de overlijdensdatum', 'GET CHECK'),
      o('KVK_REGISTRATION', 'corporate_entity', 'SI-BASISREGISTRATIES', 'de inschrijving in het Handelsregister', 'GET VALIDATE'),
      o('AUDIT_RECORD', 'audit_record', 'FN-VERANTWOORDING', 'het auditspoor', 'CREATE LIST ARCHIVE'),
      o('ERROR_LOG', 'audit_record', 'FN-VERANTWOORDING', 'de foutregistratie', 'CREATE LIST ARCHIVE'),
      o('SEQUENCE_NUMBER', 'audit_record', 'FN-VERANTWOORDING', 'het volgnummer', 'GET DETERMINE'),
      o('MESSAGE', 'audit_record', 'FN-VERANTWOORDING', 'het bericht aan de burger', 'SEND CREATE'),
      o('HOLIDAYS', 'tax_parameter', 'CAB-ALGEMEEN', 'de feestdagen', 'GET LIST'),
      o('CHECKSUM', 'tax_parameter', 'CAB-ALGEMEEN', 'het controlegetal', 'CALC VALIDATE'),
      o('USER_RIGHTS', 'audit_record', 'FN-VERANTWOORDING', 'de autorisatie van de gebruiker', 'CHECK GET'),
      o('COUNTRY', 'address', 'SI-BASISREGISTRATIES', 'de landcode', 'GET VALIDATE'),
      o('TAX_PARAMETERS', 'tax_parameter', 'CAB-ALGEMEEN', 'de fiscale parameters per jaar', 'GET LIST UPDATE'),
      o('WORKING_DAYS', 'tax_parameter', 'CAB-ALGEMEEN', 'het aantal werkdagen in een periode', 'CALC DETERMINE'),
      o('AMOUNT_TEXT', 'tax_parameter', 'CAB-ALGEMEEN', 'een bedrag als tekst', 'FORMAT CONVERT'),
      o('EXCHANGE_RATE', 'tax_parameter', 'CAB-ALGEMEEN', 'de wisselkoers', 'GET CONVERT'),
      o('INTEREST_RATE', 'tax_parameter', 'CAB-ALGEMEEN', 'het rentepercentage', 'GET DETERMINE'),
    ],
  },
];

/** The chain with the given key. */
export function chainByKey(key: SampleChain['key']): SampleChain {
  const chain = CHAINS.find((c) => c.key === key);
  if (!chain) throw new Error(`sample: unknown chain ${key}`);
  return chain;
}

/** The shared prefix used for a shared object's business system. */
export function sharedPrefixFor(businessSystem: string): string {
  if (businessSystem.startsWith('SI-')) return 'SI_';
  if (businessSystem.startsWith('FN-')) return 'FN_';
  return 'CAB_';
}
