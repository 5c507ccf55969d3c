// Summaries do not keep the file texts alive (src/model/detach.ts): V8 keeps a substring of 13+ characters as a
// slice of the whole text, so one kept name would retain its file. Summarise padded copies of a listing, keep only
// the summaries, and check that the heap grew by far less than the texts: a leak would keep every one of them.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseSource } from '../../src/syntax/parse-source.js';
import { summariseFile, type FileSummary } from '../../src/model/summarise.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const LISTING = readFileSync('fixtures/workspaces/hand-checked/ih_calc_box1_income.cbl', 'latin1');
const COPIES = 12;
/** Comment lines after the block: about 1.3 MB of text per copy, and no diagnostics. */
const PADDING_LINES = 20_000;

/** The summary of one padded copy; the text and AST are garbage once it returns. */
function summaryOf(copy: number, retainViews: boolean): FileSummary {
  const text = LISTING + `      * padding of copy ${copy} 0123456789 0123456789 0123456789\n`.repeat(PADDING_LINES);
  const parsed = parseSource(new TextEncoder().encode(text), { file: `copy-${copy}.cbl` });
  expect(parsed.value.blocks).toHaveLength(1);
  return summariseFile(parsed.value, { bytes: text.length, retainViews });
}

function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe('summaries and the source text', () => {
  for (const retainViews of [false, true]) {
    it(`do not retain the file texts (retainViews: ${retainViews})`, () => {
      summaryOf(-1, retainViews); // warm up: compiled code and the tables of detach.ts
      const before = heapUsed();
      const kept: FileSummary[] = [];
      for (let copy = 0; copy < COPIES; copy++) kept.push(summaryOf(copy, retainViews));
      const grown = heapUsed() - before;
      const texts = COPIES * LISTING.length + COPIES * PADDING_LINES * 60;
      expect(kept.map((s) => s.blocks[0]?.block.exitStates.length)).toEqual(Array(COPIES).fill(kept[0]?.blocks[0]?.block.exitStates.length));
      // The summaries themselves take a few kB each; leaked texts would take `texts` (over 15 MB).
      expect(grown).toBeLessThan(texts / 10);
    });
  }
});
