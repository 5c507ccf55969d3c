// Benchmark baseline: the cheapest honest pass over the same files — read each with readFileSync and classify
// every line with ONE regular expression. Parse and inventory throughput are reported as ratios to this scan.
import { readFileSync } from 'node:fs';

const LINE_CLASS = /^(?:[ 0-9]{6}\*\s+)?(?:[!|+<]\S*\s*)*(NOTE|SET|MOVE|IF|ELSE|CASE|FOR|WHILE|REPEAT|READ|CREATE|UPDATE|DELETE|USE|EXIT|ESCAPE|NEXT|WHICH|WHEN|Entity|Work|Group)?/;

/** Read every file and classify each line; returns the bytes read and a checksum so the work is not optimised away. */
export function regexLineScan(files: string[]): { bytes: number; lines: number; classified: number } {
  let bytes = 0;
  let lines = 0;
  let classified = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(text);
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      const m = LINE_CLASS.exec(text.slice(start, end));
      lines++;
      if (m?.[1] !== undefined) classified++;
      start = end + 1;
    }
  }
  return { bytes, lines, classified };
}
