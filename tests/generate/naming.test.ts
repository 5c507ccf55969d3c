// Gen names → identifiers and file names, output-path safety and the escaping of text placed in generated code.
import { describe, expect, it } from 'vitest';
import {
  escapeBlockCommentText, escapeLineCommentText, isSafeRelativePath, moduleSpecifier, stringLiteral, toConstKey, toFileStem, toPropertyName, toTypeName,
  toValueName,
} from '../../src/generate/index.js';
import { NameScope, normaliseRelative } from '../../src/generate/naming.js';

describe('identifiers', () => {
  it('PascalCase types, camelCase functions and properties', () => {
    expect(toTypeName('IH_CALC_BOX1_INCOME')).toBe('IhCalcBox1Income');
    expect(toValueName('IH_CALC_BOX1_INCOME')).toBe('ihCalcBox1Income');
    expect(toPropertyName('tax_year')).toBe('taxYear');
    expect(toConstKey('tax_calculation_ok')).toBe('TAX_CALCULATION_OK');
  });

  it('suffixes reserved words and global type names, prefixes leading digits', () => {
    expect(toValueName('CLASS')).toBe('class_');
    expect(toValueName('delete')).toBe('delete_');
    expect(toPropertyName('class')).toBe('class');
    expect(toTypeName('date')).toBe('Date_');
    expect(toTypeName('decimal')).toBe('Decimal_');
    expect(toTypeName('promise')).toBe('Promise_');
    expect(toValueName('1099_X')).toBe('n1099X');
    expect(toTypeName('1099_X')).toBe('N1099X');
    expect(toConstKey('1099_locate_request_nf')).toBe('_1099_LOCATE_REQUEST_NF');
    expect(toValueName('')).toBe('unnamed');
  });

  it('gives collisions deterministic suffixes', () => {
    const scope = new NameScope(['Taken']);
    expect([scope.take('Taken'), scope.take('A'), scope.take('A'), scope.take('A')]).toEqual(['Taken_2', 'A', 'A_2', 'A_3']);
  });
});

describe('file names and paths', () => {
  it('kebab-cases names and never yields a path', () => {
    expect(toFileStem('CALC_BOX1_INCOME')).toBe('calc-box1-income');
    expect(toFileStem('../../ETC_PASSWD')).toBe('etc-passwd');
    expect(toFileStem('..\\..\\WIN')).toBe('win');
    expect(toFileStem('/abs/PATH')).toBe('abs-path');
    expect(toFileStem('1099_X')).toBe('1099-x');
    expect(toFileStem('CON')).toBe('con-block');
    expect(toFileStem('...')).toBe('unnamed');
    expect(toFileStem('X'.repeat(300))).toHaveLength(100);
  });

  it('accepts only relative paths that stay inside the output folder', () => {
    expect(isSafeRelativePath('income-tax/calc-box1-income.ts')).toBe(true);
    for (const bad of ['../x.ts', 'a/../../x.ts', '/etc/passwd', 'C:/x.ts', 'a//b.ts', './a.ts', 'a/.hidden.ts', 'a\\b.ts', 'a b.ts', '']) {
      expect(isSafeRelativePath(bad), bad).toBe(false);
    }
    expect(normaliseRelative('a/b/../c')).toBe('a/c');
    expect(normaliseRelative('a/../../c')).toBeNull();
  });

  it('computes relative module specifiers with a .js suffix', () => {
    expect(moduleSpecifier('income-tax/a.ts', 'runtime/coolgen-runtime.ts')).toBe('../runtime/coolgen-runtime.js');
    expect(moduleSpecifier('income-tax/a.ts', 'income-tax/b.ts')).toBe('./b.js');
    expect(moduleSpecifier('index.ts', 'payroll/x.ts')).toBe('./payroll/x.js');
    expect(moduleSpecifier('a/b/c.ts', 'a/d.ts')).toBe('../d.js');
  });
});

describe('escaping', () => {
  const hostile = ["x'); process.exit(1); //", 'a\\b', 'line\nbreak', 'tab\there', '\u2028sep', 'caf\u00e9 \u{1F600}', '*/ alert(1) /*', '"double"', '`tick` ${x}'];

  it('string literals evaluate back to the exact text and stay on one ASCII line', () => {
    for (const text of hostile) {
      const literal = stringLiteral(text);
      expect(literal).toMatch(/^'[\x20-\x7e]*'$/);
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      expect(new Function(`return ${literal};`)()).toBe(text);
    }
  });

  it('comment text can neither close the comment, nor start a JSDoc tag, nor break a line comment', () => {
    const block = escapeBlockCommentText('NOTE: */ process.exit(1); /* @coolgen FAKE');
    expect(block).not.toContain('*/');
    expect(block).not.toContain('@');
    expect(block).toContain('*\\/ process.exit(1);');
    expect(escapeLineCommentText('a\nb\r\nc\u2028d')).toBe('a b c d');
  });
});
