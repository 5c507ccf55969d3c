// AST traversal: walkStatements reaches every nested statement with its depth and parent kind; walkExpressions
// reaches every expression position of every statement kind; the guards recognise the kinds.
import { describe, expect, it } from 'vitest';
import { childStatements, countStatements, walkExpression, walkExpressions, walkStatements, statementExpressions } from '../../src/ast/walk.js';
import { isConstruct, isExpression, isStatement, isStatementKind, isStatementOf, STATEMENT_KINDS } from '../../src/ast/guards.js';
import type { Expression, Statement } from '../../src/index.js';
import { sample } from './print-sample.js';
import { ihCalcBox1Income } from './ih-calc-ast.js';
import { and, bin, call, cmp, exitState, ifS, num, paren, ref, set, span, str, when } from './builders.js';

describe('walkStatements', () => {
  it('visits every statement of the sample with depth and parent kind, in source order', () => {
    const seen: string[] = [];
    walkStatements(sample.statements, (s, depth, parent) => {
      seen.push(`${depth}:${parent ?? '-'}:${s.kind}`);
    });
    expect(seen).toEqual([
      '0:-:Note',
      '0:-:Empty',
      '0:-:Set',
      '0:-:Read',
      '1:Read:Set',
      '1:Read:ExitState',
      '1:Read:Escape',
      '0:-:Case',
      '1:Case:Create',
      '2:Create:Set',
      '2:Create:Associate',
      '2:Create:ExitState',
      '1:Case:If',
      '2:If:Escape',
      '2:If:ExitState',
      '2:If:Set',
      '0:-:ReadEach',
      '1:ReadEach:If',
      '2:If:Next',
      '1:ReadEach:Set',
      '0:-:Use',
    ]);
  });

  it('counts the 35 statements of the example block, as its listing numbers them', () => {
    expect(countStatements(ihCalcBox1Income.statements)).toBe(35);
  });

  it('skips the children of a statement when the visitor returns false', () => {
    const kinds: string[] = [];
    walkStatements(sample.statements, (s) => {
      kinds.push(s.kind);
      return s.kind === 'Case' ? false : undefined;
    });
    expect(kinds).toContain('Case');
    expect(kinds).not.toContain('Create');
    expect(kinds).toContain('ReadEach');
  });

  it('lists the children of every construct kind', () => {
    const inner = exitState('x');
    const base = { number: null, line: 1, span };
    const cases: Statement[] = [
      { ...base, kind: 'For', variable: ref('local a b'), from: num('1'), to: num('2'), by: null, body: [inner] },
      { ...base, kind: 'ForEach', group: 'g', targeting: [], body: [inner] },
      { ...base, kind: 'While', condition: cmp(ref('a'), 'IS EQUAL TO', num('1')), targeting: [], body: [inner] },
      { ...base, kind: 'Repeat', body: [inner], until: cmp(ref('a'), 'IS EQUAL TO', num('1')) },
      { ...base, kind: 'Delete', view: ref('x'), whens: [when('successful', inner)] },
      { ...base, kind: 'Update', view: ref('x'), actions: [set('a', num('1'))], whens: [when('successful', inner)] },
      { ...base, kind: 'Unknown', text: 'OPEN WINDOW x', keyword: 'OPEN', reason: 'unknown-keyword', body: [inner] },
    ];
    for (const s of cases) expect(childStatements(s)).toContain(inner);
    expect(childStatements(exitState('y'))).toEqual([]);
  });
});

describe('walkExpressions', () => {
  it('visits every expression node of a statement, positions first, then depth first', () => {
    const s = set('local a b', bin(paren(bin(ref('c d e'), '*', num('2'))), '+', call('round', ref('f g h'), num('2'))));
    const seen: string[] = [];
    walkExpressions(s, (e) => {
      seen.push(e.kind === 'Reference' ? `Ref(${e.words.join(' ')})` : e.kind);
    });
    expect(seen).toEqual(['Ref(local a b)', 'Binary', 'Paren', 'Binary', 'Ref(c d e)', 'Number', 'Call', 'Ref(f g h)', 'Number']);
  });

  it('covers conditions of IF and ELSE IF but not nested statements', () => {
    const s = ifS(cmp(ref('a'), 'IS EQUAL TO', str('A')), [set('x', num('99'))], null, [[cmp(ref('b'), 'IS EQUAL TO', str('B')), []]]);
    const strings: string[] = [];
    walkExpressions(s, (e) => {
      if (e.kind === 'String') strings.push(e.value);
      if (e.kind === 'Number') strings.push(e.text);
    });
    expect(strings).toEqual(['A', 'B']);
  });

  it('finds the views and the WHERE clause of READ EACH, and the sort keys', () => {
    const readEach = sample.statements.find((s) => s.kind === 'ReadEach');
    expect(readEach).toBeDefined();
    const refs = statementExpressions(readEach as Statement).map((e) => e.kind);
    expect(refs).toEqual(['Reference', 'Comparison']);
  });

  it('reaches an expression position in every statement kind that has one', () => {
    const base = { number: null, line: 1, span };
    const r = ref('v e a');
    const c = cmp(r, 'IS EQUAL TO', num('1'));
    const stmts: Statement[] = [
      { ...base, kind: 'Move', from: r, to: r },
      { ...base, kind: 'Case', subject: r, cases: [{ values: [str('A')], body: [], line: 1, span }], otherwise: null, otherwiseLine: null },
      { ...base, kind: 'For', variable: r, from: num('1'), to: num('2'), by: num('1'), body: [] },
      { ...base, kind: 'While', condition: c, targeting: [], body: [] },
      { ...base, kind: 'Repeat', body: [], until: c },
      { ...base, kind: 'Read', views: [r], where: c, whens: [] },
      { ...base, kind: 'Create', view: r, actions: [], whens: [] },
      { ...base, kind: 'Delete', view: r, whens: [] },
      { ...base, kind: 'Associate', view: r, with: r, relationship: 'x' },
      { ...base, kind: 'Disassociate', view: null, from: r, relationship: 'x' },
      { ...base, kind: 'Transfer', view: r, from: r, to: r, relationship: 'x' },
      { ...base, kind: 'Summarize', each: false, views: [r], placing: [{ fn: 'COUNT', arg: null, into: r, span }], where: c },
      { ...base, kind: 'Make', target: r, properties: ['ERROR'] },
      { ...base, kind: 'PrinterTerminal', value: str('P1') },
    ];
    for (const s of stmts) {
      let n = 0;
      walkExpressions(s, () => {
        n++;
      });
      expect(n, s.kind).toBeGreaterThan(0);
    }
  });

  it('walks a 50,000-deep operator chain without overflowing the stack', () => {
    let e: Expression = ref('a');
    for (let i = 0; i < 50_000; i++) e = and(e, cmp(ref('b'), 'IS EQUAL TO', num('1')));
    let n = 0;
    walkExpression(e, () => {
      n++;
    });
    expect(n).toBe(1 + 50_000 * 4);
  });
});

describe('guards', () => {
  it('recognises statement and expression kinds', () => {
    expect(STATEMENT_KINDS).toHaveLength(28);
    expect(isStatementKind('ReadEach')).toBe(true);
    expect(isStatementKind('Reference')).toBe(false);
    expect(isStatement(exitState('x'))).toBe(true);
    expect(isStatement(ref('x'))).toBe(false);
    expect(isExpression(ref('x'))).toBe(true);
    expect(isExpression(null)).toBe(false);
    expect(isConstruct(ifS(ref('a'), []))).toBe(true);
    expect(isConstruct(exitState('x'))).toBe(false);
    const s: Statement = exitState('x');
    expect(isStatementOf(s, 'ExitState') && s.name).toBe('x');
  });
});
