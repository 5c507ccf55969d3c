// Metrics on the two reference listings, parsed for real, against figures counted by hand (reference §16/§17).
// fixtures/workspaces/hand-checked holds examples/ih_calc_box1_income.cbl and the §14 sample as copies.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseSource } from '../../src/syntax/parse-source.js';
import { computeBlockMetrics } from '../../src/model/metrics.js';

function metricsOf(file: string) {
  const parsed = parseSource(new Uint8Array(readFileSync(file)), { file });
  expect(parsed.value.blocks).toHaveLength(1);
  expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const block = parsed.value.blocks[0];
  if (block === undefined) throw new Error('no block');
  return { parsed: parsed.value, m: computeBlockMetrics(block, { diagnostics: parsed.value.diagnostics }) };
}

const p = (value: string | number, context: 'arithmetic' | 'comparison', statement: number, line: number, column: number) => ({
  value, type: typeof value === 'number' ? 'number' : 'string', context, statement, line, column,
});

describe('IH_CALC_BOX1_INCOME (examples/ih_calc_box1_income.cbl)', () => {
  const { parsed, m } = metricsOf('fixtures/workspaces/hand-checked/ih_calc_box1_income.cbl');

  it('has the banner data', () => {
    expect([parsed.module?.generator, parsed.module?.sourceName]).toEqual(['CA GEN 8.5', 'IHB1IN01']);
  });

  it('counts 35 statements, the highest statement number', () => {
    // Numbers 1..35, each taken once: NOTEs 1-2, the READ (5) and its WHEN bodies 6-8, ... up to the IF 34 / 35.
    expect(m.statements).toBe(35);
    expect(m.highestNumber).toBe(35);
  });

  it('has depth 3: READ EACH 13 > IF 18 (ELSE) > IF 20 > SET 21/22', () => {
    expect(m.maxDepth).toBe(3);
  });

  it('has complexity 11', () => {
    // 1 + READ 5 (2 WHENs: +1) + IF 10 + READ EACH 13 + IF 16 + IF 18 + IF 20 + IF 23 + READ 26 (+1) + READ 29 (+1)
    //   + IF 34 = 1 + 10. The AND in the WHERE of 13 is data selection (0); ELSE lines add 0.
    expect(m.complexity).toBe(11);
  });

  it('counts 6 NOTE text lines (3 + 3; the closing bars-only lines are not text)', () => {
    expect(m.notes).toBe(6);
  });

  it('has the calls, entities, attributes and exit states counted by hand', () => {
    expect(m.calls).toEqual(['IH_ALLOCATE_JOINT_INCOME', 'IH_GET_BOX1_PARAMETERS']);
    // READ 5, READ EACH 13, READ 26, READ 29 each give R; MOVE 6/14 and the CURRENT taxpayer views add nothing.
    expect(m.entities).toEqual({ fiscal_partner: 'R', home_ownership: 'R', income_item: 'R', taxpayer: 'R' });
    expect(m.entityAttributes).toEqual({
      fiscal_partner: { R: ['bsn', 'start_date'] },
      home_ownership: { R: ['mortgage_interest', 'woz_value'] },
      income_item: { R: ['amount', 'income_type', 'sequence_num', 'tax_year'] },
      taxpayer: { R: ['bsn', 'name'] },
    });
    expect(m.relationships).toEqual([]);
    // EXIT STATE IS at 3, 7, 11, 24, 35; the IF EXITSTATE test of 10 does not count.
    expect(m.exitStates).toEqual(['ih_box1_parameters_nf', 'ih_calculation_ok', 'ih_negative_box1_income', 'ih_no_income_for_year', 'ih_taxpayer_nf']);
  });

  it('records the 7 literals in arithmetic and comparisons', () => {
    // SET ... TO 0 (4, 28) and TO "J"/"N" (30, 32) are plain assignments and do not count.
    expect(m.parameters).toEqual([
      p(1, 'arithmetic', 15, 125, 25),
      p(0, 'comparison', 16, 126, 54),
      p('WAGE', 'comparison', 18, 129, 59),
      p('PROFIT', 'comparison', 20, 133, 62),
      p(0, 'comparison', 23, 142, 57),
      p(100, 'arithmetic', 27, 152, 59),
      p(0, 'comparison', 34, 176, 65),
    ]);
  });

  it('parses every statement clean', () => {
    expect(m.coverage).toEqual({ clean: 35, recovered: 0, unknown: 0 });
    expect([m.kind, m.errors]).toEqual(['action-block', 0]);
  });
});

describe('CAB_CALC_INCOME_TAX (reference §14 sample)', () => {
  const { m } = metricsOf('fixtures/workspaces/hand-checked/cab_calc_income_tax.cbl');

  it('counts 62 statements (CASE / OTHERWISE lines repeat 32 and take none)', () => {
    expect(m.statements).toBe(62);
    expect(m.highestNumber).toBe(62);
  });

  it('has depth 2 (READ EACH 17 > IF 19; FOR 51 > IF 52) and complexity 19', () => {
    expect(m.maxDepth).toBe(2);
    // 1 + READ 8 (+1) + IF 14 + READ EACH 17 + IF 19 + IF 24 + READ EACH 29 + CASE "S"/"M"/"H" (+3)
    //   + IF 39 + IF 41 + READ EACH 45 + FOR 51 + IF 52 (+1, and +2 for its AND and OR) + IF 58 + IF 61 = 1 + 18.
    expect(m.complexity).toBe(19);
  });

  it('has 9 NOTE text lines, the calls, entities and exit states counted by hand', () => {
    expect(m.notes).toBe(9); // 3 + 3 + 1 + 1 + 1
    expect(m.calls).toEqual(['CAB_GET_TAX_YEAR_PARAMETERS', 'CAB_ROUND_CURRENCY']);
    expect(m.entities).toEqual({ deduction: 'R', income_item: 'R', tax_bracket: 'R', taxpayer: 'R' });
    expect(m.entityAttributes).toEqual({
      deduction: { R: ['amount', 'code', 'tax_year'] },
      income_item: { R: ['amount', 'income_type', 'sequence_num', 'tax_year'] },
      tax_bracket: { R: ['base_tax', 'filing_status', 'lower_limit', 'rate', 'tax_year', 'upper_limit'] },
      taxpayer: { R: ['birth_date', 'filing_status', 'name', 'number'] },
    });
    expect(m.exitStates).toEqual([
      'tax_calculation_ok', 'tax_invalid_filing_status', 'tax_negative_income_ignored', 'tax_no_income_for_year', 'tax_taxpayer_nf',
      'tax_year_parameters_nf',
    ]);
  });

  it('records the 13 literals (CASE values compare with the CASE OF subject; FOR bounds do not count)', () => {
    expect(m.parameters).toEqual([
      p(0, 'comparison', 19, 122, 55),
      p(1, 'arithmetic', 23, 129, 19),
      p(0, 'comparison', 24, 131, 57),
      p('S', 'comparison', 32, 151, 22),
      p('M', 'comparison', 32, 155, 22),
      p('H', 'comparison', 32, 159, 22),
      p(2, 'arithmetic', 34, 158, 56),
      p(10000, 'arithmetic', 38, 169, 29),
      p(0, 'comparison', 52, 211, 20),
      p(100, 'arithmetic', 54, 218, 44),
      p(0, 'comparison', 58, 231, 70),
      p(100, 'arithmetic', 59, 234, 33),
      p('Y', 'comparison', 61, 238, 56),
    ]);
    expect(m.coverage).toEqual({ clean: 62, recovered: 0, unknown: 0 });
  });
});
