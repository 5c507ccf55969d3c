// The public test helpers (`coolgen-toolkit/testing`) on real input: a parsed block, position stripping,
// diagnostic keys, and the error thrown for a snippet that does not parse.
import { describe, expect, it } from 'vitest';
import { diagnosticKeys, parseHelper, parseSingleBlock, stripPositions } from '../src/testing.js';

const R2 = [
  '+->   IH_TEST_BLOCK                     01/02/2020  10:00',
  '|       EXPORTS:',
  '|         Work View export ih_work_area (Transient, Export only)',
  '|           total',
  '|',
  '|     PROCEDURE STATEMENTS',
  '|',
  '| SET export ih_work_area total TO 0',
  '+---',
].join('\n');

describe('testing helpers', () => {
  it('parses one block and strips its positions', () => {
    const block = parseSingleBlock(R2);
    expect(block.name).toBe('IH_TEST_BLOCK');
    const stripped = stripPositions(block);
    expect(JSON.stringify(stripped)).not.toMatch(/"(span|line|sourceHash)"/);
    expect(stripped.statements[0]).toMatchObject({ kind: 'Set', target: { view: 'export', type: 'ih_work_area', attribute: 'total' } });
  });

  it('throws with the diagnostics when the snippet has errors', () => {
    expect(() => parseSingleBlock(R2.replace(' TO 0', ''))).toThrow(/parse\/invalid-statement at 8:/);
  });

  it('lists diagnostics as code@line:column', () => {
    const result = parseHelper(R2.replace('| SET', '| RECALCULATE'));
    expect(diagnosticKeys(result.diagnostics)).toEqual(['parse/unknown-statement@8:3']);
  });
});
