// Metrics on hand-built ASTs (no parser): statements, depth, complexity, CRUD, parameters, coverage and kind.
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/ast/nodes.js';
import { computeBlockMetrics, blockKind } from '../../src/model/metrics.js';
import { defaultConfig } from '../../src/model/config-defaults.js';
import { createDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { and, aref, at, bin, block, cmp, entityView, eref, num, or, span, str, vref, when } from '../helpers/model-ast.js';

const setTo = (n: number, line: number, value = num(0, line, 40)): Statement => ({
  kind: 'Set', ...at(n, line), target: vref('local', 'ief_supplied', 'count', line), rounded: false, notRounded: false, value, using: null, imports: [],
});
const exitState = (n: number, line: number, name: string): Statement => ({ kind: 'ExitState', ...at(n, line), name });
const escape = (n: number, line: number): Statement => ({ kind: 'Escape', ...at(n, line), level: 0 });

describe('statements, maxDepth and complexity', () => {
  it('counts every statement once, nests by construct and adds decision points', () => {
    // 1 NOTE (2 lines), 2 empty, 3 IF a AND b [4 SET] ELSE IF c [5 IF d [6 SET]] ELSE [7 ESCAPE],
    // 8 CASE OF x: CASE "A" [9 SET], CASE "B", "C" [10 SET], OTHERWISE [11 EXIT STATE].
    const statements: Statement[] = [
      { kind: 'Note', ...at(1, 10), lines: ['first', 'second'] },
      { kind: 'Empty', ...at(2, 11) },
      {
        kind: 'If', ...at(3, 12, 20), condition: and(cmp(eref('x', 'a'), 'IS EQUAL TO', num(1, 12, 30)), cmp(eref('x', 'b'), 'IS LESS THAN', num(2, 12, 50))),
        then: [setTo(4, 13)],
        elseIfs: [{ condition: cmp(eref('x', 'c'), 'IS EQUAL TO', str('C', 14, 30)), line: 14, span: span(14), body: [
          { kind: 'If', ...at(5, 15, 17), condition: cmp(eref('x', 'd'), 'IS GREATER THAN', num(0, 15, 30)), then: [setTo(6, 16)], elseIfs: [], else: null, elseLine: null },
        ] }],
        else: [escape(7, 19)], elseLine: 18,
      },
      {
        kind: 'Case', ...at(8, 21, 30), subject: eref('x', 'kind'),
        cases: [
          { values: [str('A', 22, 10)], body: [setTo(9, 23)], line: 22, span: span(22) },
          { values: [str('B', 24, 10), str('C', 24, 15)], body: [setTo(10, 25)], line: 24, span: span(24) },
        ],
        otherwise: [exitState(11, 27, 'bad_kind')], otherwiseLine: 26,
      },
    ];
    const m = computeBlockMetrics(block('CAB_X', statements));
    expect(m.statements).toBe(11);
    expect(m.highestNumber).toBe(11);
    // IF → ELSE IF → inner IF → SET 6: two constructs enclose statement 6.
    expect(m.maxDepth).toBe(2);
    // 1 + IF 1 + AND 1 + ELSE IF 1 + inner IF 1 + CASE "A" 1 + CASE "B","C" 1 = 7 (ELSE, OTHERWISE, CASE OF add 0).
    expect(m.complexity).toBe(7);
    expect(m.notes).toBe(2);
    expect(m.exitStates).toEqual(['bad_kind']);
  });

  it('gives a block without constructs depth 0 and complexity 1', () => {
    const m = computeBlockMetrics(block('CAB_FLAT', [setTo(1, 10), exitState(2, 11, 'ok')]));
    expect([m.statements, m.maxDepth, m.complexity]).toEqual([2, 0, 1]);
  });

  it('counts the SET and ASSOCIATE lines inside CREATE and the WHENs beyond the first', () => {
    const create: Statement = {
      kind: 'Create', ...at(1, 10, 20), view: eref('fiscal_unity'),
      actions: [
        { kind: 'Set', ...at(2, 11), target: aref('status'), rounded: false, notRounded: false, value: str('A'), using: null, imports: [] },
        { kind: 'Associate', ...at(3, 12), view: null, with: vref('parent', 'corporate_entity'), relationship: 'heads' },
      ],
      whens: [when('successful', [setTo(4, 14)], 13), when('already exists', [exitState(5, 16, 'ae')], 15), when('permitted value violation', [], 17)],
    };
    const m = computeBlockMetrics(block('VPB_C', [create]));
    expect(m.statements).toBe(5);
    expect(m.maxDepth).toBe(1);
    expect(m.complexity).toBe(3);
    expect(m.entities).toEqual({ fiscal_unity: 'C' });
    expect(m.entityAttributes).toEqual({ fiscal_unity: { C: ['status'] } });
    expect(m.relationships).toEqual([{ action: 'associate', entity: 'fiscal_unity', with: 'corporate_entity', relationship: 'heads', line: 12 }]);
  });

  it('counts loops and AND/OR in WHILE but not in WHERE', () => {
    const readEach: Statement = {
      kind: 'ReadEach', ...at(1, 10, 20), views: [eref('income_item')], targeting: [], sortedBy: [],
      where: and(cmp(eref('income_item', 'tax_year', 'DESIRED'), 'IS EQUAL TO', num(2020)), or(cmp(eref('income_item', 'amount', 'DESIRED'), 'IS GREATER THAN', num(0)), cmp(eref('income_item', 'amount', 'DESIRED'), 'IS LESS THAN', num(-1)))),
      body: [{ kind: 'While', ...at(2, 12, 15), condition: or(cmp(eref('x', 'a'), 'IS EQUAL TO', num(1)), cmp(eref('x', 'b'), 'IS EQUAL TO', num(2))), targeting: [], body: [setTo(3, 13)] }],
    };
    const m = computeBlockMetrics(block('IH_LOOP', [readEach]));
    // 1 + READ EACH 1 + WHILE 1 + OR in WHILE 1 = 4; the AND/OR of the WHERE add nothing.
    expect(m.complexity).toBe(4);
    expect(m.maxDepth).toBe(2);
  });
});

describe('entities (CRUD)', () => {
  const views = {
    entityActions: [entityView('taxpayer', ['bsn', 'name']), entityView('income_item', ['amount']), entityView('taxpayer', ['bsn'], 'existing'), entityView('fiscal_partner', ['bsn'])],
  };

  it('gives R to every view read, C/U/D to their views, nothing to MOVE, SET and CURRENT views', () => {
    const statements: Statement[] = [
      {
        kind: 'Read', ...at(1, 10, 20), views: [eref('taxpayer'), vref('existing', 'taxpayer')],
        where: and(cmp(eref('taxpayer', 'bsn', 'DESIRED'), 'IS EQUAL TO', vref('import', 'taxpayer', 'bsn')), { kind: 'Relationship', left: eref('taxpayer', null, 'DESIRED'), relationship: 'is_partner_of', right: eref('fiscal_partner', null, 'CURRENT'), span: span(12) }),
        whens: [when('successful', [{ kind: 'Move', ...at(2, 14), from: eref('income_item'), to: vref('export', 'income_item') }], 13), when('not found', [], 15)],
      },
      { kind: 'Update', ...at(3, 20, 25), view: eref('income_item'), actions: [{ kind: 'Set', ...at(4, 21), target: aref('amount'), rounded: false, notRounded: false, value: num(0), using: null, imports: [] }], whens: [when('successful', [], 22)] },
      { kind: 'Delete', ...at(5, 26), view: eref('fiscal_partner'), whens: [] },
      { kind: 'Summarize', ...at(6, 27), each: false, views: [eref('income_item')], placing: [], where: null },
      { kind: 'Disassociate', ...at(7, 28), view: eref('taxpayer'), from: eref('fiscal_partner'), relationship: 'has_partner' },
    ];
    const m = computeBlockMetrics(block('IH_CRUD', statements, views));
    expect(m.entities).toEqual({ fiscal_partner: 'D', income_item: 'RU', taxpayer: 'R' });
    expect(Object.keys(m.entities)).toEqual(['fiscal_partner', 'income_item', 'taxpayer']);
    expect(m.entityAttributes).toEqual({
      fiscal_partner: { D: [] },
      income_item: { R: ['amount'], U: ['amount'] },
      taxpayer: { R: ['bsn', 'name'] },
    });
    expect(m.relationships).toEqual([{ action: 'disassociate', entity: 'taxpayer', with: 'fiscal_partner', relationship: 'has_partner', line: 28 }]);
  });

  it('resolves a named entity-action view through the declarations when the parser left it unresolved', () => {
    const unresolved = { ...vref('existing', 'taxpayer'), view: null, type: null, resolved: false };
    const m = computeBlockMetrics(block('IH_X', [{ kind: 'Read', ...at(1, 10), views: [unresolved], where: null, whens: [] }], views));
    expect(m.entities).toEqual({ taxpayer: 'R' });
  });
});

describe('calls, exit states and parameters', () => {
  it('upper-cases USE and SET USING targets, sorted and unique', () => {
    const statements: Statement[] = [
      { kind: 'Use', ...at(1, 10), target: 'cab_b', imports: [], exports: [] },
      { kind: 'Use', ...at(2, 11), target: 'CAB_A', imports: [], exports: [] },
      { kind: 'Set', ...at(3, 12), target: vref('export', 'w', 'status'), rounded: false, notRounded: false, value: null, using: 'cab_b', imports: [] },
      { kind: 'Note', ...at(4, 13), lines: ['USE cab_in_note'] },
      { kind: 'Use', ...at(5, 14), target: null, imports: [], exports: [] },
    ];
    const m = computeBlockMetrics(block('CAB_MAIN', statements));
    expect(m.calls).toEqual(['CAB_A', 'CAB_B']);
    expect(m.callSites.map((c) => c.name)).toEqual(['CAB_B', 'CAB_A', 'CAB_B']);
  });

  it('records literals in arithmetic and comparisons, not in plain assignments', () => {
    const statements: Statement[] = [
      setTo(1, 10, num(5, 10, 40)),
      setTo(2, 11, bin(vref('local', 'w', 'amount', 11), '*', num(0.21, 11, 44))),
      { kind: 'If', ...at(3, 12, 14), condition: cmp(eref('item', 'type'), 'IS EQUAL TO', str('WAGE', 12, 30)), then: [setTo(4, 13)], elseIfs: [], else: null, elseLine: null },
      { kind: 'Case', ...at(5, 15, 18), subject: eref('x', 'y'), cases: [{ values: [str('S', 16, 10)], body: [], line: 16, span: span(16) }], otherwise: null, otherwiseLine: null },
    ];
    const m = computeBlockMetrics(block('CAB_P', statements));
    expect(m.parameters).toEqual([
      { value: 0.21, type: 'number', context: 'arithmetic', statement: 2, line: 11, column: 44 },
      { value: 'WAGE', type: 'string', context: 'comparison', statement: 3, line: 12, column: 30 },
      { value: 'S', type: 'string', context: 'comparison', statement: 5, line: 16, column: 10 },
    ]);
  });

  it('uses the ordinal as statement when there are no numbers (R2/R3)', () => {
    const m = computeBlockMetrics(block('CAB_R2', [setTo(1, 10), { ...setTo(1, 11, bin(num(1, 11, 30), '+', num(2, 11, 34))), number: null }].map((s, i) => (i === 0 ? { ...s, number: null } : s))));
    expect(m.highestNumber).toBeNull();
    expect(m.parameters.map((p) => [p.value, p.statement])).toEqual([[1, 2], [2, 2]]);
  });
});

describe('coverage and errors', () => {
  it('classifies unknown, invalid and error-holding statements', () => {
    const statements: Statement[] = [
      setTo(1, 10),
      { kind: 'Unknown', ...at(2, 11), text: 'RECALCULATE x', keyword: 'RECALCULATE', reason: 'unknown-keyword', body: [] },
      { kind: 'Unknown', ...at(3, 12), text: 'SET x y', keyword: 'SET', reason: 'invalid', body: [] },
      { kind: 'If', ...at(4, 13, 15), condition: cmp(eref('x', 'a'), 'IS EQUAL TO', num(1)), then: [setTo(5, 14)], elseIfs: [], else: null, elseLine: null },
    ];
    const diagnostics = [
      createDiagnostic('parse/mismatched-token', 'error', 'parse', 'bad token', span(14, 20, 22)),
      createDiagnostic('parse/unknown-statement', 'warning', 'parse', 'unknown', span(11)),
      createDiagnostic('parse/bad-header', 'error', 'parse', 'outside the block', { ...span(1200), startOffset: 120000 }),
    ];
    const m = computeBlockMetrics(block('CAB_COV', statements), { diagnostics });
    // The error on line 14 is charged to SET 5 (innermost), not to the IF around it.
    expect(m.coverage).toEqual({ clean: 2, recovered: 2, unknown: 1 });
    expect(m.errors).toBe(1);
  });
});

describe('kind', () => {
  it('is external only for exactly one EXTERNAL, procedure-step from the listing or the config, never from a name', () => {
    const ext: Statement = { kind: 'External', ...at(1, 10) };
    expect(blockKind(block('LH_EAB_X', [ext]))).toBe('external');
    expect(blockKind(block('LH_EAB_X', [ext, ext]))).toBe('action-block');
    expect(blockKind(block('LH_PSTEP_MAIN', []))).toBe('action-block');
    expect(blockKind(block('X', [], {}, { procedureStep: true }))).toBe('procedure-step');
    const config = { ...defaultConfig(), procedureSteps: ['/^LH_P/'] };
    expect(blockKind(block('lh_pmain', []), config)).toBe('procedure-step');
    expect(computeBlockMetrics(block('LH_EAB_X', [ext])).kind).toBe('external');
  });
});
