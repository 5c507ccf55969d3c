// The line layer streams: each block's lines go to the callback as soon as the block is complete, before the
// reader goes on through the next block, with that block's line diagnostics already raised (R1, R2 and R3).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { BlockLines } from '../../src/syntax/line-items.js';
import { readBracketedBlocks } from '../../src/syntax/lines-bracketed.js';
import { readFlatBlocks } from '../../src/syntax/lines-flat.js';
import { parseActionDiagram, parseActionDiagramBlocks } from '../../src/syntax/parse.js';
import { splitLines, type SourceLines } from '../../src/syntax/source-lines.js';
import { examplesMissingMessage, findExamplesDir } from './examples-dir.js';

const r2Block = (name: string, body: string[], footer = true): string =>
  [`+->   ${name}                          06/12/2017  11:05`, '|', '|     PROCEDURE STATEMENTS', '|', ...body.map((l) => `| ${l}`), '|', '| EXIT STATE IS ok', ...(footer ? ['+---'] : []), ''].join('\n');

const r3Block = (name: string): string => [name, 'LOCAL:', 'Work View local ief_supplied', 'SET local ief_supplied count TO 1', 'EXIT STATE IS ok', ''].join('\n');

interface Handed {
  name: string;
  firstLine: number;
  lastLine: number;
  /** The highest line index the reader had looked at when it handed this block out. */
  maxLineRead: number;
  /** How many line diagnostics had been raised by then. */
  diagnosticsRaised: number;
}

/** Source lines whose `starts` array records the highest line index read. */
function watchedLines(text: string, file: string): { src: SourceLines; maxRead: () => number } {
  const src = splitLines(text, file);
  let max = -1;
  src.starts = new Proxy(src.starts, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) max = Math.max(max, Number(key));
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { src, maxRead: () => max };
}

function readAll(text: string, file: string, rendering: 'r1' | 'r2' | 'flat'): { handed: Handed[]; diags: Diagnostic[] } {
  const { src, maxRead } = watchedLines(text, file);
  const diags: Diagnostic[] = [];
  const handed: Handed[] = [];
  const onBlock = (b: BlockLines): void => {
    handed.push({ name: b.header.name, firstLine: b.firstLine, lastLine: b.lastLine, maxLineRead: maxRead(), diagnosticsRaised: diags.length });
  };
  if (rendering === 'flat') readFlatBlocks(src, diags, onBlock);
  else readBracketedBlocks(src, rendering, diags, onBlock);
  return { handed, diags };
}

/** Each block went out after its own last line was read and before the next block's last line was. */
function expectStreamed(handed: Handed[]): void {
  expect(handed.length).toBeGreaterThan(1);
  handed.forEach((h, k) => {
    expect(h.maxLineRead).toBeGreaterThanOrEqual(h.lastLine);
    const next = handed[k + 1];
    if (next) expect(h.maxLineRead).toBeLessThan(next.lastLine);
  });
}

describe('line layer streaming', () => {
  it('R2: hands each block out before reading the next one, with only its own diagnostics raised so far', () => {
    // VPB_TWO has no footer: its lex/unclosed-block is raised when VPB_THREE's header is read, before VPB_TWO goes out.
    const text = r2Block('VPB_ONE', ['SET a TO 1']) + r2Block('VPB_TWO', ['SET b TO 2'], false) + r2Block('VPB_THREE', ['SET c TO 3']);
    const { handed, diags } = readAll(text, 'two.txt', 'r2');
    expect(handed.map((h) => h.name)).toEqual(['VPB_ONE', 'VPB_TWO', 'VPB_THREE']);
    expectStreamed(handed);
    expect(handed.map((h) => h.diagnosticsRaised)).toEqual([0, 1, 1]);
    expect(diags.map((d) => `${d.code}@${d.span?.startLine}`)).toEqual(['lex/unclosed-block@9']);
  });

  it('R3: hands each block out once the next block name shows it is complete', () => {
    const text = r3Block('LH_ONE') + r3Block('LH_TWO') + r3Block('LH_THREE');
    const { handed } = readAll(text, 'flat.txt', 'flat');
    expect(handed.map((h) => [h.name, h.firstLine, h.lastLine])).toEqual([
      ['LH_ONE', 0, 4],
      ['LH_TWO', 5, 9],
      ['LH_THREE', 10, 14],
    ]);
    expectStreamed(handed);
  });

  it('R1: streams the blocks of two listings written one after the other', (ctx) => {
    const dir = findExamplesDir();
    if (dir === null) return ctx.skip(examplesMissingMessage);
    const text = ['ih_calc_box1_income.cbl', 'lh_eab_send_declaration.cbl'].map((n) => readFileSync(resolve(dir, n), 'utf8')).join('');
    const { handed } = readAll(text, 'two.cbl', 'r1');
    expect(handed.map((h) => h.name)).toEqual(['IH_CALC_BOX1_INCOME', 'LH_EAB_SEND_DECLARATION']);
    expectStreamed(handed);
  });
});

describe('parseActionDiagramBlocks with line diagnostics', () => {
  it('gives a block the line diagnostics inside it, and the file all of them, as parseActionDiagram does', () => {
    // VPB_TWO lacks its footer (next header comes first); VPB_THREE lacks it at the end of the input.
    const text = r2Block('VPB_ONE', ['SET a TO 1']) + r2Block('VPB_TWO', ['SET b TO 2'], false) + r2Block('VPB_THREE', ['SET c TO (1 +'], false);
    const seen: string[][] = [];
    const rest = parseActionDiagramBlocks(text, { file: 'unclosed.txt' }, (_b, diagnostics) => {
      seen.push(diagnostics.map((d) => `${d.code}@${d.span?.startLine}`));
    });
    expect(seen).toEqual([[], ['lex/unclosed-block@9'], ['lex/unclosed-block@16', 'parse/invalid-statement@20']]);
    expect(rest.value.diagnostics.map((d) => `${d.code}@${d.span?.startLine}`)).toEqual([
      'lex/unclosed-block@9',
      'lex/unclosed-block@16',
      'parse/invalid-statement@20',
    ]);
    expect(rest.value.diagnostics).toEqual(parseActionDiagram(text, { file: 'unclosed.txt' }).value.diagnostics);
  });
});
