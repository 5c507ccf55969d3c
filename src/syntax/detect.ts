// Detects how a file renders its action diagrams (reference §0, §7): R1 when a listing header `+->` sits in
// column 11 of a `^[ 0-9]{6}\*` line, R2 when a line starts with `+->`, else R3 (flat) when it looks like one.
import type { Rendering } from '../ast/nodes.js';
import { looksFlat } from './lines-flat.js';
import { lineText, type SourceLines } from './source-lines.js';

const R1_HEADER = /^[ 0-9]{6}\*   \+[-=]>/;
const R2_HEADER = /^\+[-=]>/;
const R1_LINE = /^[ 0-9]{6}\*/;

/** The rendering, or null when the text holds no action diagram at all. */
export function detectRendering(src: SourceLines): Rendering | null {
  let r2 = false;
  const n = src.starts.length;
  for (let i = 0; i < n; i++) {
    const line = lineText(src, i);
    if (R1_HEADER.test(line)) return 'cobol-listing';
    if (!r2 && R2_HEADER.test(line)) r2 = true;
  }
  if (r2) return 'toolset';
  return looksFlat(src) ? 'flat' : null;
}

/** The rendering to report for a file without action diagrams: COBOL-looking text counts as a listing. */
export function fallbackRendering(src: SourceLines): Rendering {
  const n = Math.min(src.starts.length, 200);
  for (let i = 0; i < n; i++) if (R1_LINE.test(lineText(src, i))) return 'cobol-listing';
  return 'flat';
}
