// The invented data model of the sample estate: entity types of a Dutch tax administration, their attributes
// with Gen domains, the relationships used in WHERE clauses, and the work attribute sets. All names are synthetic.

/** What an attribute holds; drives which expressions the body generator writes with it. */
export type AttributeRole = 'key' | 'money' | 'rate' | 'percent' | 'year' | 'date' | 'timestamp' | 'code' | 'text' | 'count' | 'flag';

/** One attribute: its name, role and Gen domain as written in coolgen.config.json `domains`. */
export interface SampleAttribute {
  name: string;
  role: AttributeRole;
  domain: string;
  /** Values a code or flag attribute takes (for CASE OF and comparisons). */
  values?: readonly string[];
}

/** An entity type with its owner relationship (`<entity> <relationship> <owner>`), when it has one. */
export interface SampleEntity {
  name: string;
  attributes: readonly SampleAttribute[];
  owner?: { entity: string; relationship: string; inverse: string };
}

const a = (name: string, role: AttributeRole, domain: string, values?: readonly string[]): SampleAttribute =>
  values ? { name, role, domain, values } : { name, role, domain };

const MONEY = 'Number(15,2)';
const RATE = 'Number(7,4)';
const PCT = 'Number(5,2)';
const YEAR = 'Number(4)';

/** Every entity type of the sample model, by name. */
export const ENTITIES: Readonly<Record<string, SampleEntity>> = {
  person: {
    name: 'person',
    attributes: [a('bsn', 'key', 'Text(9)'), a('surname', 'text', 'Text(40)'), a('initials', 'text', 'Text(10)'),
      a('birth_date', 'date', 'Date'), a('email', 'text', 'Text(80)'), a('date_of_death', 'date', 'Date')],
  },
  taxpayer: {
    name: 'taxpayer',
    attributes: [a('bsn', 'key', 'Text(9)'), a('name', 'text', 'Text(40)'), a('birth_date', 'date', 'Date'),
      a('filing_status', 'code', 'Text(1)', ['S', 'M', 'P']), a('email', 'text', 'Text(80)'),
      a('registration_date', 'date', 'Date')],
  },
  income_item: {
    name: 'income_item',
    attributes: [a('sequence_num', 'key', 'Number(5)'), a('income_type', 'code', 'Text(8)', ['WAGE', 'PROFIT', 'PENSION', 'BENEFIT']),
      a('tax_year', 'year', YEAR), a('amount', 'money', MONEY), a('box', 'code', 'Number(1)')],
    owner: { entity: 'taxpayer', relationship: 'is_earned_by', inverse: 'earns' },
  },
  deduction: {
    name: 'deduction',
    attributes: [a('code', 'key', 'Text(6)'), a('tax_year', 'year', YEAR), a('amount', 'money', MONEY), a('threshold', 'money', MONEY)],
    owner: { entity: 'taxpayer', relationship: 'is_claimed_by', inverse: 'claims' },
  },
  home_ownership: {
    name: 'home_ownership',
    attributes: [a('woz_value', 'money', MONEY), a('mortgage_interest', 'money', MONEY), a('start_date', 'date', 'Date'),
      a('postal_code', 'key', 'Text(6)')],
    owner: { entity: 'taxpayer', relationship: 'is_owned_by', inverse: 'owns' },
  },
  substantial_interest: {
    name: 'substantial_interest',
    attributes: [a('company_rsin', 'key', 'Text(9)'), a('share_percentage', 'percent', PCT), a('regular_benefit', 'money', MONEY),
      a('disposal_gain', 'money', MONEY)],
    owner: { entity: 'taxpayer', relationship: 'is_held_by', inverse: 'holds' },
  },
  box3_asset: {
    name: 'box3_asset',
    attributes: [a('asset_type', 'code', 'Text(4)', ['SPAR', 'BELE', 'SCHU']), a('tax_year', 'year', YEAR), a('value', 'money', MONEY),
      a('debt_amount', 'money', MONEY), a('reference_date', 'date', 'Date'), a('asset_number', 'key', 'Number(5)')],
    owner: { entity: 'taxpayer', relationship: 'belongs_to', inverse: 'owns_asset' },
  },
  declaration: {
    name: 'declaration',
    attributes: [a('declaration_number', 'key', 'Text(12)'), a('tax_year', 'year', YEAR), a('status', 'code', 'Text(2)', ['IN', 'VB', 'DF', 'VN']),
      a('received_date', 'date', 'Date'), a('channel', 'code', 'Text(4)', ['WEB', 'APP', 'PAP']), a('taxable_income', 'money', MONEY)],
    owner: { entity: 'taxpayer', relationship: 'is_filed_by', inverse: 'files' },
  },
  assessment: {
    name: 'assessment',
    attributes: [a('assessment_number', 'key', 'Text(14)'), a('tax_year', 'year', YEAR), a('assessment_type', 'code', 'Text(1)', ['V', 'D', 'N']),
      a('amount', 'money', MONEY), a('due_date', 'date', 'Date'), a('status', 'code', 'Text(2)', ['OP', 'VZ', 'BT']),
      a('interest_amount', 'money', MONEY)],
    owner: { entity: 'taxpayer', relationship: 'is_imposed_on', inverse: 'receives' },
  },
  tax_bracket: {
    name: 'tax_bracket',
    attributes: [a('tax_year', 'year', YEAR), a('bracket_number', 'key', 'Number(2)'), a('lower_limit', 'money', MONEY),
      a('upper_limit', 'money', MONEY), a('rate', 'rate', RATE), a('base_tax', 'money', MONEY)],
  },
  tax_credit: {
    name: 'tax_credit',
    attributes: [a('credit_code', 'key', 'Text(6)'), a('tax_year', 'year', YEAR), a('amount', 'money', MONEY),
      a('max_amount', 'money', MONEY), a('phase_out_rate', 'rate', RATE)],
    owner: { entity: 'taxpayer', relationship: 'is_granted_to', inverse: 'is_entitled_to' },
  },
  fiscal_partner: {
    name: 'fiscal_partner',
    attributes: [a('bsn', 'key', 'Text(9)'), a('start_date', 'date', 'Date'), a('end_date', 'date', 'Date'),
      a('partner_type', 'code', 'Text(2)', ['FP', 'TP']), a('allocation_pct', 'percent', PCT)],
    owner: { entity: 'taxpayer', relationship: 'is_partner_of', inverse: 'has_partner' },
  },
  tax_parameter: {
    name: 'tax_parameter',
    attributes: [a('tax_year', 'year', YEAR), a('parameter_code', 'key', 'Text(12)'), a('value', 'rate', 'Number(15,4)')],
  },
  corporate_entity: {
    name: 'corporate_entity',
    attributes: [a('rsin', 'key', 'Text(9)'), a('name', 'text', 'Text(60)'), a('legal_form', 'code', 'Text(4)', ['BV', 'NV', 'COOP', 'STG']),
      a('start_date', 'date', 'Date'), a('fiscal_year_end', 'date', 'Date')],
  },
  corporate_return: {
    name: 'corporate_return',
    attributes: [a('return_number', 'key', 'Text(12)'), a('fiscal_year', 'year', YEAR), a('taxable_profit', 'money', MONEY),
      a('tax_due', 'money', MONEY), a('status', 'code', 'Text(2)', ['IN', 'VB', 'DF']), a('received_date', 'date', 'Date')],
    owner: { entity: 'corporate_entity', relationship: 'is_filed_by', inverse: 'files' },
  },
  fiscal_unity: {
    name: 'fiscal_unity',
    attributes: [a('unity_number', 'key', 'Text(10)'), a('start_date', 'date', 'Date'), a('end_date', 'date', 'Date'),
      a('status', 'code', 'Text(1)', ['A', 'E'])],
    owner: { entity: 'corporate_entity', relationship: 'is_headed_by', inverse: 'heads' },
  },
  participation: {
    name: 'participation',
    attributes: [a('participation_number', 'key', 'Number(5)'), a('share_percentage', 'percent', PCT), a('acquisition_date', 'date', 'Date'),
      a('exempt_indicator', 'flag', 'Text(1)', ['J', 'N']), a('dividend_amount', 'money', MONEY)],
    owner: { entity: 'corporate_entity', relationship: 'is_held_by', inverse: 'holds' },
  },
  loss_carry: {
    name: 'loss_carry',
    attributes: [a('loss_year', 'key', YEAR), a('loss_amount', 'money', MONEY), a('offset_amount', 'money', MONEY),
      a('remaining_amount', 'money', MONEY)],
    owner: { entity: 'corporate_entity', relationship: 'is_incurred_by', inverse: 'incurs' },
  },
  innovation_box: {
    name: 'innovation_box',
    attributes: [a('certificate_number', 'key', 'Text(12)'), a('qualifying_profit', 'money', MONEY), a('effective_rate', 'rate', RATE),
      a('fiscal_year', 'year', YEAR)],
    owner: { entity: 'corporate_entity', relationship: 'is_claimed_by', inverse: 'claims' },
  },
  employer: {
    name: 'employer',
    attributes: [a('payroll_tax_number', 'key', 'Text(12)'), a('name', 'text', 'Text(60)'), a('sector_code', 'code', 'Text(3)', ['052', '104', '431']),
      a('start_date', 'date', 'Date')],
  },
  employee: {
    name: 'employee',
    attributes: [a('personnel_number', 'key', 'Text(10)'), a('bsn', 'text', 'Text(9)'), a('birth_date', 'date', 'Date'),
      a('wage_tax_table_code', 'code', 'Text(3)', ['010', '020', '220']), a('start_date', 'date', 'Date'), a('end_date', 'date', 'Date'),
      a('credit_indicator', 'flag', 'Text(1)', ['J', 'N'])],
    owner: { entity: 'employer', relationship: 'is_employed_by', inverse: 'employs' },
  },
  payroll_declaration: {
    name: 'payroll_declaration',
    attributes: [a('declaration_number', 'key', 'Text(14)'), a('period', 'code', 'Text(6)'), a('total_taxable_wage', 'money', MONEY),
      a('total_wage_tax', 'money', MONEY), a('status', 'code', 'Text(2)', ['IN', 'VW', 'CO']), a('received_date', 'date', 'Date')],
    owner: { entity: 'employer', relationship: 'is_submitted_by', inverse: 'submits' },
  },
  wage_component: {
    name: 'wage_component',
    attributes: [a('component_code', 'key', 'Text(4)'), a('period', 'code', 'Text(6)'), a('amount', 'money', MONEY),
      a('taxable_indicator', 'flag', 'Text(1)', ['J', 'N'])],
    owner: { entity: 'employee', relationship: 'is_paid_to', inverse: 'receives' },
  },
  wage_tax_table: {
    name: 'wage_tax_table',
    attributes: [a('table_code', 'key', 'Text(3)'), a('tax_year', 'year', YEAR), a('lower_limit', 'money', MONEY),
      a('upper_limit', 'money', MONEY), a('rate', 'rate', RATE)],
  },
  bank_account: {
    name: 'bank_account',
    attributes: [a('iban', 'key', 'Text(34)'), a('bic', 'text', 'Text(11)'), a('holder_name', 'text', 'Text(60)'), a('start_date', 'date', 'Date')],
    owner: { entity: 'taxpayer', relationship: 'is_held_by', inverse: 'holds_account' },
  },
  address: {
    name: 'address',
    attributes: [a('postal_code', 'key', 'Text(6)'), a('house_number', 'count', 'Number(5)'), a('street_name', 'text', 'Text(40)'),
      a('city', 'text', 'Text(40)'), a('country_code', 'code', 'Text(2)', ['NL', 'BE', 'DE'])],
    owner: { entity: 'person', relationship: 'is_residence_of', inverse: 'lives_at' },
  },
  audit_record: {
    name: 'audit_record',
    attributes: [a('sequence_num', 'key', 'Number(9)'), a('created_timestamp', 'timestamp', 'Timestamp'), a('user_code', 'text', 'Text(8)'),
      a('action_code', 'code', 'Text(4)', ['CRE', 'UPD', 'DEL', 'RD']), a('object_key', 'text', 'Text(40)')],
  },
};

/** A work attribute set (e.g. `ih_work_area`). */
export interface SampleWorkSet {
  name: string;
  attributes: readonly SampleAttribute[];
}

/** Every work attribute set of the sample model, by name (`ief_supplied` with its known domains, reference §4.3). */
export const WORK_SETS: Readonly<Record<string, SampleWorkSet>> = {
  ief_supplied: {
    name: 'ief_supplied',
    attributes: [a('count', 'count', 'Number(9)'), a('flag', 'flag', 'Text(1)', ['Y', 'N']), a('total_currency', 'money', 'Number(15,2)'),
      a('percentage', 'percent', 'Number(3)')],
  },
  ih_work_area: {
    name: 'ih_work_area',
    attributes: [a('tax_year', 'year', YEAR), a('calculation_date', 'date', 'Date'), a('box1_income', 'money', MONEY),
      a('box2_income', 'money', MONEY), a('box3_income', 'money', MONEY), a('taxable_income', 'money', MONEY),
      a('tax_due', 'money', MONEY), a('credit_total', 'money', MONEY), a('partner_indicator', 'flag', 'Text(1)', ['J', 'N']),
      a('effective_rate', 'rate', RATE), a('request_type', 'code', 'Text(3)', ['NEW', 'COR', 'END'])],
  },
  vpb_work_area: {
    name: 'vpb_work_area',
    attributes: [a('fiscal_year', 'year', YEAR), a('taxable_profit', 'money', MONEY), a('exempt_amount', 'money', MONEY),
      a('loss_offset', 'money', MONEY), a('tax_due', 'money', MONEY), a('member_count', 'count', 'Number(5)'),
      a('share_percentage', 'percent', PCT), a('request_type', 'code', 'Text(3)', ['NEW', 'COR', 'END']),
      a('effective_date', 'date', 'Date')],
  },
  lh_work_area: {
    name: 'lh_work_area',
    attributes: [a('period', 'code', 'Text(6)'), a('taxable_wage', 'money', MONEY), a('exempt_wage', 'money', MONEY),
      a('wage_tax', 'money', MONEY), a('table_code', 'code', 'Text(3)', ['010', '020', '220']), a('credit_amount', 'money', MONEY),
      a('employee_count', 'count', 'Number(7)'), a('request_type', 'code', 'Text(3)', ['NEW', 'COR', 'END'])],
  },
  cab_work_area: {
    name: 'cab_work_area',
    attributes: [a('amount', 'money', MONEY), a('rounded_amount', 'money', MONEY), a('decimals', 'count', 'Number(1)'),
      a('return_code', 'count', 'Number(4)'), a('text', 'text', 'Text(40)'), a('check_digit', 'count', 'Number(2)')],
  },
  date_work_area: {
    name: 'date_work_area',
    attributes: [a('date', 'date', 'Date'), a('tax_year', 'year', YEAR), a('day_count', 'count', 'Number(5)'),
      a('run_timestamp', 'timestamp', 'Timestamp'), a('age', 'count', 'Number(3)')],
  },
  ...Object.fromEntries(
    ['ih', 'vpb', 'lh', 'cab'].map((p) => [
      `${p}_interface_result`,
      {
        name: `${p}_interface_result`,
        attributes: [a('return_code', 'count', 'Number(4)'), a('reason_code', 'count', 'Number(9)'), a('message_text', 'text', 'Text(80)')],
      },
    ]),
  ),
};

/** Look up an attribute of an entity type or work set. */
export function findAttribute(typeName: string, attribute: string): SampleAttribute | undefined {
  const owner = ENTITIES[typeName] ?? WORK_SETS[typeName];
  return owner?.attributes.find((x) => x.name === attribute);
}

/** The attributes of an entity type or work set (empty when unknown). */
export function attributesOf(typeName: string): readonly SampleAttribute[] {
  return (ENTITIES[typeName] ?? WORK_SETS[typeName])?.attributes ?? [];
}

/** The key attribute of an entity type (its first `key` attribute, else its first attribute). */
export function keyOf(entity: string): SampleAttribute {
  const attrs = attributesOf(entity);
  const key = attrs.find((x) => x.role === 'key') ?? attrs[0];
  if (!key) throw new Error(`sample model: entity type ${entity} has no attributes`);
  return key;
}
