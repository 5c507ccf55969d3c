// The canonical printer (reference §16): exact R2 and R1 text for hand-built ASTs, the R1 columns of the
// synthetic example listing, wrapping at column 71, strings never split, numbering, arrows and expressions.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printActionBlock, printActionBlocks, printExpression, printHeader, printStatements, conditionSegments } from '../../src/ast/print.js';
import { sample } from './print-sample.js';
import { ihCalcBox1Income } from './ih-calc-ast.js';
import { and, bin, block, call, cmp, escape, ifS, next, note, num, or, paren, ref, set, str, empty, exitState } from './builders.js';
import type { Expression, Statement } from '../../src/index.js';

const examples = resolve(process.cwd(), '../shared/reference/examples');
const lines = (s: string): string[] => s.replace(/\n$/, '').split('\n');

const R2_SAMPLE = [
    "+->   LH_SAMPLE_BLOCK                   05/02/2017  09:12",
    "|       IMPORTS:",
    "|         Entity View import employee (Transient, Mandatory, Import only)",
    "|           personnel_number",
    "|           birth_date",
    "|         Work View import lh_work_area (Transient, Optional, Import only)",
    "|           request_type",
    "|       EXPORTS:",
    "|         Work View export lh_work_area (Transient, Export only)",
    "|           message_text",
    "|           total_wage",
    "|         Group View (15) export_group_lines",
    "|           Entity View export_g wage_component (Transient, Export only)",
    "|             amount",
    "|       LOCALS:",
    "|         Work View local ief_supplied",
    "|           count",
    "|           flag",
    "|       ENTITY ACTIONS:",
    "|         Entity View employee",
    "|           personnel_number",
    "|         Entity View new wage_component",
    "|           amount",
    "|",
    "|     PROCEDURE STATEMENTS",
    "|",
    "| NOTE:",
    "| SYNTHETIC. Checks één employee.",
    "|   indented line",
    "|",
    "|",
    "| SET local ief_supplied flag TO \"N\"",
    "| +->READ employee",
    "| |       WHERE DESIRED employee personnel_number IS EQUAL TO import employee personnel_number",
    "| |       AND (DESIRED employee birth_date IS LESS THAN CURRENT_DATE",
    "| |       OR import lh_work_area request_type IS EQUAL TO \"ALL\")",
    "| +-WHEN successful",
    "| | SET export lh_work_area message_text TO \"Werknemer gevonden, de loonheffing wordt nu berekend voor het tijdvak\"",
    "| +-WHEN not found",
    "| | EXIT STATE IS lh_employee_nf",
    "<------ ESCAPE",
    "| +--",
    "| +->CASE OF import lh_work_area request_type",
    "| +->CASE \"NEW\"",
    "| | +->CREATE wage_component",
    "| | | SET amount TO 0",
    "| | | ASSOCIATE WITH employee WHICH is_paid_to IT",
    "| | +-WHEN successful",
    "| | +-WHEN already exists",
    "| | | EXIT STATE IS lh_wage_component_ae",
    "| | +--",
    "| +->CASE \"A\", \"B\"",
    "| +->OTHERWISE",
    "| | +-> IF local ief_supplied count IS GREATER THAN 10",
    "| <------ ESCAPE",
    "| | +-ELSEIF local ief_supplied count IS EQUAL TO 5",
    "| | | EXIT STATE IS lh_five",
    "| | +-ELSE",
    "| | | SET local ief_supplied count TO 0",
    "| | +--",
    "| +--",
    "| +->READ EACH new wage_component",
    "| |       TARGETING export_group_lines FROM THE BEGINNING UNTIL FULL",
    "| |       WHERE DESIRED new wage_component amount IS GREATER THAN 0",
    "| | +-> IF new wage_component amount IS EQUAL TO 1",
    "| <------ NEXT",
    "| | +--",
    "| | SET export lh_work_area total_wage ROUNDED TO export lh_work_area total_wage + round(new wage_component amount, 2)",
    "| +--",
    "| USE lh_apply_wage_tax_table",
    "|    WHICH IMPORTS: Entity View import employee TO Entity View import employee",
    "|                   Work View  import lh_work_area TO Work View  import lh_work_area",
    "|    WHICH EXPORTS: Work View  export lh_work_area FROM Work View  export lh_work_area",
    "+---",
];

const R1_SAMPLE = [
    "      *   +->   LH_SAMPLE_BLOCK                   05/02/2017  09:12",
    "      *   !       IMPORTS:",
    "      *   !         Entity View import employee (Transient, Mandatory,",
    "      *   !                     Import only)",
    "      *   !           personnel_number",
    "      *   !           birth_date",
    "      *   !         Work View import lh_work_area (Transient, Optional,",
    "      *   !         Import only)",
    "      *   !           request_type",
    "      *   !       EXPORTS:",
    "      *   !         Work View export lh_work_area (Transient, Export",
    "      *   !         only)",
    "      *   !           message_text",
    "      *   !           total_wage",
    "      *   !         Group View (15) export_group_lines",
    "      *   !           Entity View export_g wage_component (Transient,",
    "      *   !                       Export only)",
    "      *   !             amount",
    "      *   !       LOCALS:",
    "      *   !         Work View local ief_supplied",
    "      *   !           count",
    "      *   !           flag",
    "      *   !       ENTITY ACTIONS:",
    "      *   !         Entity View employee",
    "      *   !           personnel_number",
    "      *   !         Entity View new wage_component",
    "      *   !           amount",
    "      *   !",
    "      *   !     PROCEDURE STATEMENTS",
    "      *   !",
    "     1*   !  NOTE:",
    "     1*   !  SYNTHETIC. Checks één employee.",
    "     1*   !    indented line",
    "     1*   !",
    "     2*   !",
    "     3*   !  SET local ief_supplied flag TO \"N\"",
    "     4*   !  +->READ employee",
    "     4*   !  !        WHERE DESIRED employee personnel_number IS EQUAL",
    "     4*   !  !        TO import employee personnel_number",
    "     4*   !  !        AND (DESIRED employee birth_date IS LESS THAN",
    "     4*   !  !        CURRENT_DATE",
    "     4*   !  !        OR import lh_work_area request_type IS EQUAL TO",
    "     4*   !  !        \"ALL\")",
    "      *   !  +- WHEN successful",
    "     5*   !  !  SET export lh_work_area message_text TO",
    "     5*   !  !  \"Werknemer gevonden, de loonheffing wordt nu berekend voor het tijdvak\"",
    "      *   !  +- WHEN not found",
    "     6*   !  !  EXIT STATE IS lh_employee_nf",
    "     7*   <---------ESCAPE",
    "      *   !  +--",
    "     8*   !  +->CASE OF import lh_work_area request_type",
    "     8*   !  +->CASE \"NEW\"",
    "     9*   !  !  +->CREATE wage_component",
    "    10*   !  !  !  SET amount TO 0",
    "    11*   !  !  !  ASSOCIATE WITH employee WHICH is_paid_to IT",
    "      *   !  !  +- WHEN successful",
    "      *   !  !  +- WHEN already exists",
    "    12*   !  !  !  EXIT STATE IS lh_wage_component_ae",
    "      *   !  !  +--",
    "     8*   !  +->CASE \"A\", \"B\"",
    "     8*   !  +->OTHERWISE",
    "    13*   !  !  +->IF local ief_supplied count IS GREATER THAN 10",
    "    14*   !  <---------ESCAPE",
    "    13*   !  !  +- ELSE IF local ief_supplied count IS EQUAL TO 5",
    "    15*   !  !  !  EXIT STATE IS lh_five",
    "      *   !  !  +- ELSE",
    "    16*   !  !  !  SET local ief_supplied count TO 0",
    "      *   !  !  +--",
    "      *   !  +--",
    "    17*   !  +->READ EACH new wage_component",
    "    17*   !  !        TARGETING export_group_lines FROM THE BEGINNING",
    "    17*   !  !        UNTIL FULL",
    "    17*   !  !        WHERE DESIRED new wage_component amount IS",
    "    17*   !  !        GREATER THAN 0",
    "    18*   !  !  +->IF new wage_component amount IS EQUAL TO 1",
    "    19*   !  <---------NEXT",
    "      *   !  !  +--",
    "    20*   !  !  SET export lh_work_area total_wage ROUNDED TO export",
    "    20*   !  !  lh_work_area total_wage + round(new wage_component",
    "    20*   !  !  amount, 2)",
    "      *   !  +--",
    "    21*   !  USE lh_apply_wage_tax_table",
    "    21*   !     WHICH IMPORTS: Entity View import employee TO Entity",
    "    21*   !                    View import employee",
    "    21*   !                    Work View   import lh_work_area TO Work",
    "    21*   !                    View   import lh_work_area",
    "    21*   !     WHICH EXPORTS: Work View   export lh_work_area FROM",
    "    21*   !                    Work View   export lh_work_area",
    "      *   +---",
];

describe('printActionBlock, R2 toolset form (default)', () => {
  it('prints views, NOTE, empty statement, READ / WHEN, CASE, CREATE, IF / ELSE IF / ELSE, READ EACH, USE and arrows', () => {
    expect(lines(printActionBlock(sample))).toEqual(R2_SAMPLE);
  });

  it('ends with a newline and is deterministic', () => {
    const text = printActionBlock(sample);
    expect(text.endsWith('+---\n')).toBe(true);
    expect(printActionBlock(sample)).toBe(text);
  });

  it('never wraps R2 lines', () => {
    expect(Math.max(...lines(printActionBlock(sample)).map((l) => l.length))).toBeGreaterThan(72);
  });
});

describe('printActionBlock, R1 cobol-listing form', () => {
  it('prints the sample with numbers 1..n, repeated CASE / ELSE IF numbers, blank WHEN / ELSE / +-- lines', () => {
    expect(lines(printActionBlock(sample, { rendering: 'cobol-listing' }))).toEqual(R1_SAMPLE);
  });

  it('reproduces the listing of examples/ih_calc_box1_income.cbl column for column', () => {
    const source = readFileSync(resolve(examples, 'ih_calc_box1_income.cbl'), 'utf8');
    const listing = source.slice(source.indexOf('      *   +->'));
    expect(lines(printActionBlock(ihCalcBox1Income, { rendering: 'cobol-listing' }))).toEqual(lines(listing));
  });

  it('keeps every line within column 72 (words end by column 71), also counted in UTF-8 bytes', () => {
    const text = printActionBlock(ihCalcBox1Income, { rendering: 'cobol-listing' });
    for (const l of lines(text)) {
      expect(l.length).toBeLessThanOrEqual(71);
      expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(71);
    }
  });

  it('never splits a string literal, even one longer than the line', () => {
    const long = 'Werknemer gevonden, de loonheffing wordt nu berekend voor het tijdvak';
    const out = printStatements([set('export lh_work_area message_text', str(long))], { rendering: 'cobol-listing' });
    expect(lines(out)).toEqual(['     1*   !  SET export lh_work_area message_text TO', `     1*   !  "${long}"`]);
  });

  it('wraps a string with spaces as one word', () => {
    const out = printStatements([set('export lh_work_area message_text', str('A B C D E F G H I J'))], { rendering: 'cobol-listing' });
    expect(lines(out)).toEqual(['     1*   !  SET export lh_work_area message_text TO', '     1*   !  "A B C D E F G H I J"']);
  });

  it('measures the width in UTF-8 bytes', () => {
    // the string starts in column 31; 'é' takes 2 bytes, so the same number of characters no longer fits
    const ascii = printStatements([set('local x y', str('e'.repeat(36)))], { rendering: 'cobol-listing' });
    const accented = printStatements([set('local x y', str('é'.repeat(36)))], { rendering: 'cobol-listing' });
    expect(lines(ascii)).toHaveLength(1);
    expect(lines(accented)).toHaveLength(2);
  });

  it('moves a word that would end in column 72 to the next line', () => {
    // `SET a TO ` starts in column 14, so the value starts in column 23: 49 characters end in column 71
    const fits = printStatements([set('a', ref('x'.repeat(49)))], { rendering: 'cobol-listing' });
    const moved = printStatements([set('a', ref('x'.repeat(50)))], { rendering: 'cobol-listing' });
    expect(lines(fits)).toHaveLength(1);
    expect(lines(fits)[0]).toHaveLength(71);
    expect(lines(moved)).toEqual(['     1*   !  SET a TO', `     1*   !  ${'x'.repeat(50)}`]);
  });

  it('numbers statements from 1 and ignores the numbers in the AST', () => {
    const stmts: Statement[] = [{ ...exitState('a'), number: 40 }, { ...empty(), number: 41 }, { ...note('x'), number: 99 }];
    expect(lines(printStatements(stmts, { rendering: 'cobol-listing' }))).toEqual([
      '     1*   !  EXIT STATE IS a',
      '     2*   !',
      '     3*   !  NOTE:',
      '     3*   !  x',
      '     3*   !',
    ]);
  });
});

describe('NOTE', () => {
  it('keeps an empty note line in R1 but leaves it out in R2, where it would close the note', () => {
    const n = [note('first paragraph', '', 'second paragraph')];
    expect(lines(printStatements(n))).toEqual(['| NOTE:', '| first paragraph', '| second paragraph', '|']);
    expect(lines(printStatements(n, { rendering: 'cobol-listing' }))).toEqual([
      '     1*   !  NOTE:',
      '     1*   !  first paragraph',
      '     1*   !',
      '     1*   !  second paragraph',
      '     1*   !',
    ]);
  });

  it('never re-wraps note text, and keeps its indentation', () => {
    const long = `  ${'x'.repeat(80)}`;
    expect(lines(printStatements([note(long)], { rendering: 'cobol-listing' }))[1]).toBe(`     1*   !  ${long}`);
  });
});

describe('arrows', () => {
  const nested: Statement[] = [ifS(cmp(ref('a b c'), 'IS EQUAL TO', num('1')), [ifS(cmp(ref('a b d'), 'IS EQUAL TO', num('2')), [escape(1), next(2), escape(0)])])];

  it('R2: from the bracket column of the construct left, space before the keyword', () => {
    expect(lines(printStatements(nested))).toEqual([
      '| +-> IF a b c IS EQUAL TO 1',
      '| | +-> IF a b d IS EQUAL TO 2',
      '| <------ ESCAPE',
      '| | <---- NEXT',
      '<-------- ESCAPE',
      '| | +--',
      '| +--',
    ]);
  });

  it('R1: from the bracket column, keyword 4 columns right of the text column, no space', () => {
    expect(lines(printStatements(nested, { rendering: 'cobol-listing' }))).toEqual([
      '     1*   !  +->IF a b c IS EQUAL TO 1',
      '     2*   !  !  +->IF a b d IS EQUAL TO 2',
      '     3*   !  <---------ESCAPE',
      '     4*   !  !  <------NEXT',
      '     5*   <------------ESCAPE',
      '      *   !  !  +--',
      '      *   !  +--',
    ]);
    const r1 = lines(printStatements(nested, { rendering: 'cobol-listing' }));
    // the keyword sits in column 18 + 3 * depth (depth 2 here: text column 20)
    for (const l of r1.slice(2, 5)) expect(l.search(/ESCAPE|NEXT/) + 1).toBe(24);
    const r2 = lines(printStatements(nested));
    // R2: text column 7 at depth 2, keyword in column 11
    for (const l of r2.slice(2, 5)) expect(l.search(/ESCAPE|NEXT/) + 1).toBe(11);
  });
});

describe('header and framing', () => {
  it('pads the name to 34 columns and lets a longer name push the date', () => {
    expect(printHeader('VPB_DETERMINE_FISCAL_UNITY', '06/12/2017', '11:05')).toBe('+->   VPB_DETERMINE_FISCAL_UNITY        06/12/2017  11:05');
    const long = 'A_VERY_LONG_ACTION_BLOCK_NAME_OF_40_CHARS';
    expect(printHeader(long, '01/02/2003', '04:05')).toBe(`+->   ${long}01/02/2003  04:05`);
    expect(printHeader('X', null, null)).toBe('+->   X');
  });

  it('puts the date in columns 51-60 and the time in 63-67 of an R1 header', () => {
    const first = lines(printActionBlock(sample, { rendering: 'cobol-listing' }))[0] ?? '';
    expect(first.slice(50, 60)).toBe('05/02/2017');
    expect(first.slice(62, 67)).toBe('09:12');
    expect(first.indexOf('LH_SAMPLE_BLOCK')).toBe(16);
  });

  it('leaves out PROCEDURE STATEMENTS for a listing without a procedure part', () => {
    const b = block({ name: 'X', date: '01/01/2000', time: '00:00', hasProcedureSection: false });
    expect(lines(printActionBlock(b))).toEqual(['+->   X                                 01/01/2000  00:00', '+---']);
  });

  it('prints the statements of a block even when hasProcedureSection is false', () => {
    const b = block({ name: 'X', date: '01/01/2000', time: '00:00', hasProcedureSection: false, statements: [exitState('ok')] });
    expect(printActionBlock(b)).toContain('| EXIT STATE IS ok');
  });

  it('separates R2 blocks with an empty line', () => {
    const b = block({ name: 'X', date: '01/01/2000', time: '00:00', statements: [exitState('ok')] });
    expect(printActionBlocks([b, b])).toBe(`${printActionBlock(b)}\n${printActionBlock(b)}`);
  });
});

describe('printExpression and conditionSegments', () => {
  it('prints exactly the parentheses of Paren nodes', () => {
    const e = bin(paren(bin(ref('a b c'), '*', num('2'))), '-', ref('d e f'));
    expect(printExpression(e)).toBe('(a b c * 2) - d e f');
    expect(printExpression(bin(bin(ref('a'), '*', num('2')), '-', ref('d')))).toBe('a * 2 - d');
  });

  it('prints calls against the parenthesis, string quotes doubled, numbers as written, qualifiers', () => {
    expect(printExpression(call('datetimestamp', ref('exp_ref lh_x run_timestamp')))).toBe('datetimestamp(exp_ref lh_x run_timestamp)');
    expect(printExpression(call('SUBSTR', ref('customer name', 'DESIRED'), num('1'), num('1')))).toBe('SUBSTR(DESIRED customer name, 1, 1)');
    expect(printExpression(str('say "hi"'))).toBe('"say ""hi"""');
    expect(printExpression(num('0.210'))).toBe('0.210');
  });

  it('prints every remaining expression kind', () => {
    const s = ref('x').span;
    const cases: [Expression, string][] = [
      [{ kind: 'Special', name: 'TERMINAL ID', span: s }, 'TERMINAL ID'],
      [{ kind: 'Unary', op: '-', operand: num('1'), span: s }, '-1'],
      [{ kind: 'DateUnit', unit: 'DAYS', value: ref('local w counter'), span: s }, 'local w counter DAYS'],
      [{ kind: 'SubscriptOf', group: 'g', span: s }, 'SUBSCRIPT OF g'],
      [{ kind: 'LastOf', group: 'g', span: s }, 'LAST OF g'],
      [{ kind: 'Not', operand: cmp(ref('a'), 'IS EQUAL TO', num('1')), span: s }, 'NOT a IS EQUAL TO 1'],
      [{ kind: 'IsNull', operand: ref('a b', 'DESIRED'), negated: true, span: s }, 'DESIRED a b IS NOT NULL'],
      [{ kind: 'Binary', op: '**', left: num('2'), right: num('3'), span: s }, '2 ** 3'],
    ];
    for (const [e, text] of cases) expect(printExpression(e)).toBe(text);
  });

  it('starts a new segment at every AND / OR, also inside parentheses', () => {
    const c = and(cmp(ref('a'), 'IS GREATER THAN', ref('b')), paren(or(cmp(ref('a'), 'IS LESS OR EQUAL TO', ref('c')), cmp(ref('c'), 'IS EQUAL TO', num('0')))));
    expect(conditionSegments(c)).toEqual(['a IS GREATER THAN b', 'AND (a IS LESS OR EQUAL TO c', 'OR c IS EQUAL TO 0)']);
    expect(conditionSegments(c).join(' ')).toBe(printExpression(c));
  });

  it('prints a chain of 20,000 terms without overflowing the stack', () => {
    let e: Expression = ref('a');
    for (let i = 0; i < 20_000; i++) e = bin(e, '+', num('1'));
    expect(printExpression(e).length).toBe(1 + 20_000 * 4);
  });
});
