// The streaming parse (parseActionDiagramBlocks, parseSourceBlocks): each block reaches the callback before the
// next one is built, in file order, with its own diagnostics; collected, the blocks equal parseActionDiagram's.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ActionBlock } from '../../src/ast/nodes.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { parseActionDiagram, parseActionDiagramBlocks } from '../../src/syntax/parse.js';
import { parseSource, parseSourceBlocks } from '../../src/syntax/parse-source.js';
import { examplesMissingMessage, findExamplesDir } from './examples-dir.js';

// Every buildBlock call is logged, so the test can see how builds and callbacks interleave.
const events = vi.hoisted(() => [] as string[]);
vi.mock('../../src/syntax/block.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/syntax/block.js')>();
  return {
    ...original,
    buildBlock: (...args: Parameters<typeof original.buildBlock>) => {
      events.push(`build ${args[0].header.name}`);
      return original.buildBlock(...args);
    },
  };
});

const block = (name: string, body: string[]): string =>
  [`+->   ${name}                          06/12/2017  11:05`, '|', '|     PROCEDURE STATEMENTS', '|', ...body.map((l) => `| ${l}`), '|', '| EXIT STATE IS ok', '+---', ''].join('\n');

/** Three R2 blocks; the second holds a statement that does not parse (an error diagnostic on line 13). */
const threeBlocks = block('VPB_ONE', ['SET a TO 1']) + block('VPB_TWO', ['SET local x TO (1 +']) + block('VPB_THREE', ['NOTE:', 'hello']);

interface Seen {
  block: ActionBlock;
  diagnostics: readonly Diagnostic[];
}

function collect(text: string, file: string): { seen: Seen[]; rest: ReturnType<typeof parseActionDiagramBlocks> } {
  const seen: Seen[] = [];
  const rest = parseActionDiagramBlocks(text, { file }, (b, diagnostics) => {
    events.push(`callback ${b.name}`);
    seen.push({ block: b, diagnostics });
  });
  return { seen, rest };
}

beforeEach(() => {
  events.length = 0;
});

describe('parseActionDiagramBlocks', () => {
  it('hands each block to the callback before the next block is built, in file order', () => {
    collect(threeBlocks, 'three.txt');
    expect(events).toEqual(['build VPB_ONE', 'callback VPB_ONE', 'build VPB_TWO', 'callback VPB_TWO', 'build VPB_THREE', 'callback VPB_THREE']);
  });

  it('gives each block its own diagnostics, and the file all of them sorted, as parseActionDiagram does', () => {
    const { seen, rest } = collect(threeBlocks, 'three.txt');
    expect(seen.map((s) => s.diagnostics.map((d) => `${d.code}@${d.span?.startLine}`))).toEqual([[], ['parse/invalid-statement@13'], []]);
    const whole = parseActionDiagram(threeBlocks, { file: 'three.txt' });
    expect(rest.value.diagnostics).toEqual(whole.value.diagnostics);
    expect(rest.diagnostics).toEqual(whole.diagnostics);
    expect(seen.map((s) => s.block)).toEqual(whole.value.blocks);
  });

  it('collects to exactly the ParsedFile of parseActionDiagram on the R1, R2 and R3 examples', (ctx) => {
    const dir = findExamplesDir();
    if (dir === null) return ctx.skip(examplesMissingMessage);
    for (const name of ['ih_calc_box1_income.cbl', 'vpb_determine_fiscal_unity.txt', 'lh_payroll_flat.txt', 'lh_eab_send_declaration.cbl']) {
      const text = readFileSync(resolve(dir, name), 'utf8');
      const { seen, rest } = collect(text, name);
      const whole = parseActionDiagram(text, { file: name }).value;
      expect(seen.length).toBeGreaterThan(0);
      const { blocks, ...others } = whole;
      expect(seen.map((s) => s.block)).toEqual(blocks);
      expect(rest.value).toEqual(others);
      // Every block diagnostic is one of the file's, and lies inside its block.
      for (const s of seen) {
        for (const d of s.diagnostics) {
          expect(whole.diagnostics).toContainEqual(d);
          expect(d.span?.startOffset).toBeGreaterThanOrEqual(s.block.span.startOffset);
        }
      }
    }
  });

  it('calls back never for a text without blocks, and warns as parseActionDiagram does', () => {
    const { seen, rest } = collect('just some prose\nwithout any action block\n', 'prose.txt');
    expect(seen).toEqual([]);
    expect(rest.value.diagnostics.map((d) => d.code)).toEqual(['read/no-action-diagram']);
    expect(rest.value.diagnostics).toEqual(parseActionDiagram('just some prose\nwithout any action block\n', { file: 'prose.txt' }).value.diagnostics);
  });

  it('lets an exception thrown by the callback reach the caller (it is no parse error)', () => {
    expect(() =>
      parseActionDiagramBlocks(threeBlocks, { file: 'three.txt' }, (b) => {
        if (b.name === 'VPB_TWO') throw new Error('summary failed');
      }),
    ).toThrow('summary failed');
    expect(events).toEqual(['build VPB_ONE', 'build VPB_TWO']);
  });
});

describe('parseSourceBlocks', () => {
  it('streams the decoded blocks with the detected encoding in the head, and equals parseSource', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(threeBlocks)]);
    const heads: string[] = [];
    const names: string[] = [];
    const rest = parseSourceBlocks(bytes, { file: 'bom.txt' }, (b, _d, head) => {
      heads.push(`${head.path} ${head.rendering} ${head.encoding}`);
      names.push(b.name);
    });
    expect(names).toEqual(['VPB_ONE', 'VPB_TWO', 'VPB_THREE']);
    expect(heads).toEqual(Array(3).fill('bom.txt toolset utf-8-bom'));
    const whole = parseSource(bytes, { file: 'bom.txt' });
    const { blocks, ...others } = whole.value;
    expect(blocks.map((b) => b.name)).toEqual(names);
    expect(rest.value).toEqual(others);
    expect(rest.diagnostics).toEqual(whole.diagnostics);
  });

  it('yields no block and the decode warning for an empty file', () => {
    const seen: string[] = [];
    const rest = parseSourceBlocks(new Uint8Array(), { file: 'empty.txt' }, (b) => seen.push(b.name));
    expect(seen).toEqual([]);
    expect(rest.value.diagnostics.map((d) => d.code)).toEqual(['read/empty-file']);
  });
});
