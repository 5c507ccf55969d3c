// The line layer classifies lines in place in the file text (readBracketLineIn) instead of slicing each one out:
// this checks it gives exactly what readBracketLine gives on the sliced line, also next to the following line.
import { describe, expect, it } from 'vitest';
import { readBracketLine, readBracketLineIn } from '../../src/syntax/bracket-line.js';

const LINES = [
  '+->   SOME_BLOCK                        03/14/2011  16:42',
  '|  +->IF a IS EQUAL TO b',
  '|  !  +- ELSE',
  '|  +--',
  '+---',
  '|  <------ESCAPE',
  '|  <=== NEXT',
  '|  <-- nothing',
  '|  |   ',
  '+',
  '+-',
  '+=',
  '|  +',
  '|  +-',
  '   ',
  '',
  '000120*    !  +-> FOR EACH x',
  '      *    !     SET a TO b',
];

describe('readBracketLineIn', () => {
  for (const sep of ['\n', '\r\n']) {
    it(`matches readBracketLine on the sliced line (${JSON.stringify(sep)} line ends)`, () => {
      // Each line is followed by one that could extend a glyph if the reader looked past the line end.
      const text = LINES.map((l) => `${l}${sep}->-- NEXT`).join(sep);
      let at = 0;
      for (const line of LINES) {
        for (const from of line.startsWith('0') || line.startsWith(' ') ? [0, 7] : [0]) {
          expect(readBracketLineIn(text, at, at + line.length, from)).toEqual(readBracketLine(line, from));
        }
        at += line.length + sep.length + '->-- NEXT'.length + sep.length;
      }
    });
  }
});
