// Regression tests for the parser's speed work (issue 2 "Speed"): the hand-written fast paths that replaced
// RegExp calls, object spreads and the hashing call must give exactly what the plain versions gave.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type * as A from '../../src/ast/nodes.js';
import { parseActionDiagram } from '../../src/syntax/index.js';

const header = (name: string) => `+->   ${name.padEnd(34)}03/14/2011  16:42`;

/** An R2 block with every kind of section label, in the cases and spacings the sources use. */
const R2_VIEWS = [
  header('VIEW_LABELS'),
  '|       imports:',
  '|         Entity View import customer (Transient, Mandatory)',
  '|           id',
  '|           label',
  '|       Exports:',
  '|         Work View export ief_supplied',
  '|           count',
  '|       LOCAL:',
  '|         Work View local_area loc',
  '|           line_count',
  '|           extra: attr',
  '|       ENTITY   ACTIONS:',
  '|         Entity View customer',
  '|           id',
  '|',
  '|     PROCEDURE STATEMENTS',
  '|',
  '|  SET loc line_count TO 1',
  '+---',
  '',
].join('\n');

function onlyBlock(text: string): A.ActionBlock {
  const r = parseActionDiagram(text, { file: 'fast.txt' });
  expect(r.value.blocks).toHaveLength(1);
  return r.value.blocks[0] as A.ActionBlock;
}

describe('view-section fast paths', () => {
  it('reads section labels in any case and spacing (the label pre-check keeps them all)', () => {
    const b = onlyBlock(R2_VIEWS);
    expect(b.views.imports.map((v) => v.name)).toEqual(['import']);
    expect(b.views.exports.map((v) => v.name)).toEqual(['export']);
    expect(b.views.locals.map((v) => v.type)).toEqual(['loc']);
    expect(b.views.entityActions.map((v) => v.type)).toEqual(['customer']);
  });

  it('grows a view span to its last attribute line without touching the span of any diagnostic', () => {
    const r = parseActionDiagram(R2_VIEWS, { file: 'fast.txt' });
    const block = r.value.blocks[0] as A.ActionBlock;
    const imp = block.views.imports[0] as A.View;
    expect(imp.attributes).toEqual(['id', 'label']);
    expect(imp.span).toEqual({ file: 'fast.txt', startOffset: imp.span.startOffset, endOffset: imp.span.endOffset, startLine: 3, startColumn: 11, endLine: 5, endColumn: 17 });
    expect(Object.keys(imp.span)).toEqual(['file', 'startOffset', 'endOffset', 'startLine', 'startColumn', 'endLine', 'endColumn']);
    // `extra: attr` (a line starting with `e` holding a `:`) is no label: it is reported, the section stays LOCALS.
    const bad = r.diagnostics.find((d) => d.message.includes('extra: attr'));
    expect(bad?.span?.startLine).toBe(12);
    expect(block.views.locals).toHaveLength(1);
  });
});

describe('R1 line test', () => {
  const r1 = (lines: string[]) => ['       IDENTIFICATION DIVISION.', '      *   +->   R1_LINES                          03/14/2011  16:42', ...lines, '      *   +---', ''].join('\n');

  it('takes only `^[ 0-9]{6}*` lines: letters in the number columns or no `*` in column 7 are skipped', () => {
    const b = onlyBlock(
      r1([
        '      *   !     PROCEDURE STATEMENTS',
        '     1*   !  SET a TO 1',
        'ABCDE7*   !  SET b TO 2',
        '     2    !  SET c TO 3',
        '    12*   !  SET d TO 4',
      ]),
    );
    expect(b.statements.map((s) => s.number)).toEqual([1, 12]);
  });
});

describe('source hash', () => {
  it('is the first 16 hex digits of SHA-256 over the block lines joined with LF, also for CRLF input', () => {
    const lines = [header('HASHED'), '|     PROCEDURE STATEMENTS', '|', '|  SET a TO 1', '+---'];
    const expected = createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
    expect(onlyBlock(lines.join('\n') + '\n').sourceHash).toBe(expected);
    expect(onlyBlock(lines.join('\r\n') + '\r\n').sourceHash).toBe(expected);
  });
});
