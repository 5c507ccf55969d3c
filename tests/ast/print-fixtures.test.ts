// Golden files of the canonical printer: each fixtures/print/<case>/input.txt is canonical R2 text, so parsing and
// printing it gives it back unchanged, and its R1 print equals expected-r1.txt beside it.
import { describe, expect, it } from 'vitest';
import fg from 'fast-glob';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseActionDiagram } from '../../src/syntax/index.js';
import { printActionBlocks } from '../../src/ast/print.js';

const cases = fg.sync(['fixtures/print/*/input.txt']).sort().map((input) => dirname(input));

describe.each(cases)('%s', (folder) => {
  const input = readFileSync(join(folder, 'input.txt'), 'utf8');
  const parsed = parseActionDiagram(input, { file: join(folder, 'input.txt') });

  it('parses without errors', () => {
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(parsed.value.rendering).toBe('toolset');
  });

  it('prints back to the same R2 text (the input is canonical)', () => {
    expect(printActionBlocks(parsed.value.blocks)).toBe(input);
  });

  it('prints the R1 listing of expected-r1.txt', () => {
    expect(printActionBlocks(parsed.value.blocks, { rendering: 'cobol-listing' })).toBe(readFileSync(join(folder, 'expected-r1.txt'), 'utf8'));
  });
});

it('has print fixtures', () => {
  expect(cases.length).toBeGreaterThan(0);
});
