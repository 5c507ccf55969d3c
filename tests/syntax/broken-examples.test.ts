// examples/broken_examples.txt: each fragment, fed on its own, yields exactly the diagnostics its `* expect:` line
// describes; the whole file recovers at every header and yields all of them.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as A from '../../src/ast/nodes.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { parseActionDiagram } from '../../src/syntax/index.js';
import { examplesMissingMessage, findExamplesDir } from './examples-dir.js';

const dir = findExamplesDir();

/** The fragments after each `* expect:` line (the last one keeps its missing final newline). */
function fragments(text: string): { expect: string; text: string }[] {
  const parts = text.split(/^\* expect: (.*)\n/m);
  const out: { expect: string; text: string }[] = [];
  for (let i = 1; i + 1 < parts.length; i += 2) out.push({ expect: parts[i] as string, text: parts[i + 1] as string });
  return out;
}

/** 1-based line of the first listing line carrying statement number `n`. */
function lineOf(text: string, n: number): number {
  const lines = text.split('\n');
  return lines.findIndex((l) => new RegExp(`^ {0,5}${n}\\*`).test(l) && l.slice(0, 6).trim() === String(n)) + 1;
}

const brief = (ds: Diagnostic[]) => ds.map((d) => `${d.severity} ${d.code} ${d.span?.startLine}`);

describe.skipIf(dir === null)('broken_examples.txt', () => {
  const all = dir === null ? '' : readFileSync(join(dir, 'broken_examples.txt'), 'utf8');
  const frags = fragments(all);
  const run = (i: number) => {
    const f = frags[i] as { expect: string; text: string };
    const r = parseActionDiagram(f.text, { file: `fragment-${i + 1}` });
    return { ...r, text: f.text, block: r.value.blocks[0] as A.ActionBlock };
  };

  it('has five fragments', () => {
    expect(frags.map((f) => f.expect.slice(0, 20))).toHaveLength(5);
  });

  it('1: IF without +-- is closed before statement 5, with one error there', () => {
    const r = run(0);
    expect(brief(r.diagnostics)).toEqual([`error lex/unclosed-construct ${lineOf(r.text, 5)}`]);
    const [s1, s2, s5] = r.block.statements as [A.Statement, A.IfStatement, A.Statement];
    expect([s1.number, s2.kind, s2.number, s5.number, r.block.statements.length]).toEqual([1, 'If', 2, 5, 3]);
    expect(s2.then.map((s) => s.number)).toEqual([3, 4]);
  });

  it('2: USE without a name keeps its view matching, one error at statement 1', () => {
    const r = run(1);
    expect(brief(r.diagnostics)).toEqual([`error parse/missing-use-target ${lineOf(r.text, 1)}`]);
    const use = r.block.statements[0] as A.UseStatement;
    expect(use.kind).toBe('Use');
    expect(use.target).toBeNull();
    expect(use.imports.map((m) => [m.caller.words, m.callee?.words])).toEqual([[['import', 'employer'], ['import', 'employer']]]);
    expect(use.imports[0]?.caller.view).toBe('import');
    expect(r.block.statements[1]).toMatchObject({ kind: 'ExitState', number: 2, name: 'lh_declaration_sent' });
  });

  it('3: SET without TO is kept as raw text of both lines, one error at statement 1', () => {
    const r = run(2);
    expect(r.diagnostics.map((d) => [d.severity, d.code])).toEqual([['error', 'parse/invalid-statement']]);
    const d = r.diagnostics[0] as Diagnostic;
    expect([d.span?.startLine, d.span?.endLine]).toEqual([lineOf(r.text, 1), lineOf(r.text, 1) + 1]);
    expect(d.message).toContain('expected TO or USING');
    expect(r.block.statements[0]).toMatchObject({
      kind: 'Unknown',
      reason: 'invalid',
      number: 1,
      keyword: 'SET',
      text: 'SET export lh_work_area wage_tax local lh_work_area wage_tax',
    });
    expect(r.block.statements[1]).toMatchObject({ kind: 'Set', number: 2 });
  });

  it('4: RECALCULATE is an unknown statement (warning only), statements 1 and 3 parse', () => {
    const r = run(3);
    expect(brief(r.diagnostics)).toEqual([`warning parse/unknown-statement ${lineOf(r.text, 2)}`]);
    expect(r.block.statements.map((s) => s.kind)).toEqual(['ExitState', 'Unknown', 'Set']);
    expect(r.block.statements[1]).toMatchObject({
      reason: 'unknown-keyword',
      keyword: 'RECALCULATE',
      text: 'RECALCULATE export lh_work_area wage_tax WITH TABLE "2018-WIT" FOR ALL PERIODS',
    });
    expect(r.block.statements[2]).toMatchObject({ kind: 'Set', rounded: true });
  });

  it('5: the cut-off last line: unexpected end of input, unclosed READ EACH and unclosed block', () => {
    const r = run(4);
    expect(r.text.endsWith('\n')).toBe(false);
    expect(brief(r.diagnostics)).toEqual([
      `error lex/unclosed-block ${r.text.split('\n').findIndex((l) => l.includes('+->   LH_TOTAL_DECLARATION')) + 1}`,
      `error lex/unclosed-construct ${lineOf(r.text, 2)}`,
      `error lex/unexpected-end-of-input ${lineOf(r.text, 3)}`,
    ]);
    const each = r.block.statements[1] as A.ReadEachStatement;
    expect(each.kind).toBe('ReadEach');
    expect(each.body).toHaveLength(1);
    expect(each.body[0]).toMatchObject({
      kind: 'Unknown',
      reason: 'invalid',
      number: 3,
      text: 'SET export lh_work_area total_wage TO export lh_work_area total_wage + wage_comp',
    });
  });

  it('the whole file recovers at every header and reports the union of the fragments', () => {
    const r = parseActionDiagram(all, { file: 'broken_examples.txt' });
    expect(r.value.blocks.map((b) => b.name)).toEqual([
      'LH_CHECK_EMPLOYEE_AGE',
      'LH_SEND_DECLARATION',
      'LH_COPY_WAGE_TAX',
      'LH_RECALC_WAGE_TAX',
      'LH_TOTAL_DECLARATION',
    ]);
    const each = frags.flatMap((_, i) => run(i).diagnostics.map((d) => d.code)).sort();
    expect(r.diagnostics.map((d) => d.code).sort()).toEqual(each);
  });
});

if (dir === null) describe('broken_examples.txt', () => {
  it.skip(examplesMissingMessage, () => undefined);
});
