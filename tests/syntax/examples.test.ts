// The shared synthetic examples (../shared/reference/examples): every file parses without errors, with the key
// facts the README states (block names, statement counts, nesting, views, the intended R3 nesting).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as A from '../../src/ast/nodes.js';
import { parseActionDiagram } from '../../src/syntax/index.js';
import { examplesMissingMessage, findExamplesDir } from './examples-dir.js';

const dir = findExamplesDir();

function parse(name: string) {
  const text = readFileSync(join(dir as string, name), 'utf8');
  return { text, ...parseActionDiagram(text, { file: name }) };
}

/** Every statement, depth-first, with its construct depth (§17 maxDepth: CASE/ELSE/WHEN open no level). */
function walk(list: A.Statement[], depth = 0, out: { s: A.Statement; depth: number }[] = []) {
  for (const s of list) {
    out.push({ s, depth });
    const d = depth + 1;
    switch (s.kind) {
      case 'If':
        walk(s.then, d, out);
        for (const c of s.elseIfs) walk(c.body, d, out);
        walk(s.else ?? [], d, out);
        break;
      case 'Case':
        for (const c of s.cases) walk(c.body, d, out);
        walk(s.otherwise ?? [], d, out);
        break;
      case 'Read':
      case 'Delete':
        for (const w of s.whens) walk(w.body, d, out);
        break;
      case 'Create':
      case 'Update':
        walk(s.actions, d, out);
        for (const w of s.whens) walk(w.body, d, out);
        break;
      case 'For':
      case 'ForEach':
      case 'While':
      case 'Repeat':
      case 'ReadEach':
      case 'Unknown':
        walk(s.body, d, out);
        break;
      default:
        break;
    }
  }
  return out;
}

const kinds = (list: A.Statement[]) => list.map((s) => s.kind);

describe.skipIf(dir === null)('shared examples', () => {
  it('ih_calc_box1_income.cbl: R1 module with 35 numbered statements, nested to depth 3', () => {
    const r = parse('ih_calc_box1_income.cbl');
    expect(r.diagnostics).toEqual([]);
    expect(r.value.rendering).toBe('cobol-listing');
    expect(r.value.blocks.map((b) => [b.name, b.date, b.time, b.nameValid])).toEqual([['IH_CALC_BOX1_INCOME', '02/20/2017', '16:05', true]]);
    const b = r.value.blocks[0] as A.ActionBlock;
    const all = walk(b.statements);
    const numbers = all.map((x) => x.s.number);
    expect(numbers).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
    expect(Math.max(...all.filter((x) => x.s.kind !== 'Escape' && x.s.kind !== 'Next').map((x) => x.depth))).toBe(3);
    expect(kinds(b.statements)).toEqual(['Note', 'Note', 'ExitState', 'Set', 'Read', 'Use', 'If', 'ReadEach', 'If', 'Read', 'Read', 'Set', 'If']);
    expect(b.views.imports.map((v) => [v.kind, v.name, v.type])).toEqual([['entity', 'import', 'taxpayer'], ['work', 'import', 'ih_work_area']]);
    const group = b.views.exports[2] as A.GroupView;
    expect([group.kind, group.name, group.cardinality, group.members.map((m) => [m.name, m.type, m.qualifiers, m.attributes])]).toEqual([
      'group', 'export_group_items', 40, [['export_g', 'income_item', ['Transient', 'Export only'], ['sequence_num', 'income_type', 'amount']]],
    ]);
    expect(b.views.entityActions.map((v) => v.name ?? v.type)).toEqual(['taxpayer', 'income_item', 'home_ownership', 'fiscal_partner']);
    const arrows = all.filter((x) => x.s.kind === 'Escape' || x.s.kind === 'Next').map((x) => [x.s.number, x.s.kind, (x.s as A.EscapeStatement).level]);
    expect(arrows).toEqual([[8, 'Escape', 0], [12, 'Escape', 0], [17, 'Next', 1], [25, 'Escape', 0]]);
    const note = b.statements[0] as A.NoteStatement;
    expect(note.lines).toEqual([
      'Berekent het belastbaar inkomen uit werk en woning (box 1)',
      'van een belastingplichtige voor één belastingjaar; de',
      'inkomensposten gaan terug in export_group_items (max. 40).',
    ]);
    const use = b.statements[5] as A.UseStatement;
    expect(use.target).toBe('ih_get_box1_parameters');
    expect(use.exports.map((m) => [m.caller.view, m.caller.type, m.callee?.view, m.callee?.type])).toEqual([
      ['local_params', 'ih_box1_parameter_set', 'export', 'ih_box1_parameter_set'],
    ]);
    expect(r.value.module?.sourceName).toBe('IHB1IN01');
  });

  it('maps spans of tokens on re-joined continuation lines to the original line and column', () => {
    const r = parse('ih_calc_box1_income.cbl');
    const b = r.value.blocks[0] as A.ActionBlock;
    const set15 = walk(b.statements).find((x) => x.s.number === 15)?.s as A.SetStatement;
    const value = set15.value as A.Binary;
    const left = value.left as A.Reference;
    expect(left.words).toEqual(['local', 'ief_supplied', 'count']);
    expect([left.span.startLine, left.span.startColumn, left.span.endLine, left.span.endColumn]).toEqual([124, 49, 125, 21]);
    const one = value.right as A.NumberLiteral;
    expect([one.span.startLine, one.span.startColumn, one.span.endLine, one.span.endColumn]).toEqual([125, 25, 125, 25]);
    expect(r.text.slice(one.span.startOffset, one.span.endOffset)).toBe('1');
    expect(r.text.slice(left.span.startOffset, left.span.startOffset + 5)).toBe('local');
    expect(r.text.slice(left.span.endOffset - 5, left.span.endOffset)).toBe('count');
    const use = b.statements[5] as A.UseStatement;
    const callee = use.exports[0]?.callee as A.ViewMatchSide;
    expect([callee.span.startLine, callee.span.startColumn, callee.span.endLine, callee.span.endColumn]).toEqual([109, 59, 110, 59]);
    expect(b.span.startLine).toBe(34);
    expect(b.span.endLine).toBe(179);
  });

  it('vpb_determine_fiscal_unity.txt: R2 variants, CASE / WHILE / CREATE / FOR nesting', () => {
    const r = parse('vpb_determine_fiscal_unity.txt');
    expect(r.diagnostics).toEqual([]);
    expect(r.value.rendering).toBe('toolset');
    const b = r.value.blocks[0] as A.ActionBlock;
    expect([b.name, b.date, b.time]).toEqual(['VPB_DETERMINE_FISCAL_UNITY', '06/12/2017', '11:05']);
    expect(kinds(b.statements)).toEqual(['Note', 'ExitState', 'Set', 'Read', 'Case']);
    const kase = b.statements[4] as A.CaseStatement;
    expect(kase.cases.map((c) => (c.values[0] as A.StringLiteral).value)).toEqual(['NEW', 'END']);
    expect(kinds(kase.cases[0]?.body ?? [])).toEqual(['Set', 'Set', 'While', 'If', 'ExitState', 'Move', 'For']);
    const loop = kase.cases[0]?.body[2] as A.WhileStatement;
    expect(kinds(loop.body)).toEqual(['Set', 'Use', 'Create']);
    const create = loop.body[2] as A.CreateStatement;
    expect(kinds(create.actions)).toEqual(['Set', 'Set', 'Set', 'Associate']);
    expect((create.actions[0] as A.SetStatement).target).toMatchObject({ view: null, type: 'fiscal_unity', attribute: 'unity_number', resolved: true });
    expect(create.whens.map((w) => w.condition)).toEqual(['successful', 'already exists', 'permitted value violation']);
    expect(kinds(kase.otherwise ?? [])).toEqual(['ExitState']);
    const all = walk(b.statements);
    expect(all.filter((x) => x.s.kind === 'Escape').map((x) => (x.s as A.EscapeStatement).level)).toEqual([0, 0, 0, 2]);
    expect(Math.max(...all.map((x) => x.depth))).toBe(4);
    const group = b.views.imports[2] as A.GroupView;
    expect(group.members.map((m) => [m.name, m.type, m.attributes])).toEqual([
      ['import_g', 'corporate_entity', ['rsin']],
      ['import_g_share', 'vpb_work_area', ['share_percentage']],
    ]);
  });

  it('lh_payroll_flat.txt: R3 with exactly the nesting the README intends', () => {
    const r = parse('lh_payroll_flat.txt');
    expect(r.diagnostics).toEqual([]);
    expect(r.value.rendering).toBe('flat');
    const b = r.value.blocks[0] as A.ActionBlock;
    expect(b.name).toBe('LH_CALC_PERIOD_WAGE_TAX');
    expect(b.views.locals.map((v) => v.name)).toEqual(['local']);
    expect(kinds(b.statements)).toEqual(['Note', 'ExitState', 'Read', 'Set', 'Set', 'ReadEach', 'If']);
    const read = b.statements[2] as A.ReadStatement;
    expect(read.whens.map((w) => [w.condition, kinds(w.body)])).toEqual([
      ['successful', ['Set']],
      ['not found', ['ExitState', 'Escape']],
    ]);
    const each = b.statements[5] as A.ReadEachStatement;
    expect(kinds(each.body)).toEqual(['Set', 'If']);
    const inner = each.body[1] as A.IfStatement;
    expect([kinds(inner.then), kinds(inner.else ?? [])]).toEqual([['Set'], ['Set']]);
    const last = b.statements[6] as A.IfStatement;
    expect([kinds(last.then), kinds(last.else ?? [])]).toEqual([['ExitState'], ['Use']]);
    const use = last.else?.[0] as A.UseStatement;
    expect([use.imports.length, use.exports.length]).toEqual([1, 1]);
  });

  it('lh_eab_send_declaration.cbl: an external block with views only and EXTERNAL', () => {
    const r = parse('lh_eab_send_declaration.cbl');
    expect(r.diagnostics).toEqual([]);
    const b = r.value.blocks[0] as A.ActionBlock;
    expect([b.name, kinds(b.statements), b.views.imports.length, b.views.exports.length]).toEqual(['LH_EAB_SEND_DECLARATION', ['External'], 2, 1]);
    expect(r.value.module?.sourceName).toBe('LHXSND01');
  });
});

if (dir === null) describe('shared examples', () => {
  it.skip(examplesMissingMessage, () => undefined);
});
