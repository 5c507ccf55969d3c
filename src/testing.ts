// Public test helpers (`coolgen-toolkit/testing`), for migration teams that write their own checks on top of the
// toolkit: parse a snippet, strip positions for snapshot comparison, and assert on diagnostic codes.
import type { ActionBlock, ParsedFile } from './ast/nodes.js';
import type { Diagnostic, Result } from './diagnostics/diagnostic.js';
import { parseActionDiagram } from './syntax/index.js';

/** Keys that hold positions or hashes; `stripPositions` removes them so ASTs of different renderings compare equal. */
export const POSITION_KEYS: ReadonlySet<string> = new Set(['span', 'line', 'number', 'sourceHash', 'elseLine', 'otherwiseLine']);

/** Parse action-diagram text (any rendering) as the file `file` (default `test.txt`). */
export function parseHelper(text: string, file = 'test.txt'): Result<ParsedFile> {
  return parseActionDiagram(text, { file });
}

/** Parse text that must hold exactly one block without errors; throws with the diagnostics otherwise. */
export function parseSingleBlock(text: string, file = 'test.txt'): ActionBlock {
  const result = parseHelper(text, file);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  const block = result.value.blocks[0];
  if (errors.length > 0 || result.value.blocks.length !== 1 || block === undefined) {
    const found = errors.map((d) => `${d.code} at ${d.span?.startLine ?? '?'}:${d.span?.startColumn ?? '?'}: ${d.message}`);
    throw new Error(`expected one block without errors, got ${result.value.blocks.length} block(s)\n${found.join('\n')}`);
  }
  return block;
}

/** A deep copy of `value` without positions and hashes (POSITION_KEYS), for snapshots and equality checks. */
export function stripPositions<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => stripPositions(v)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (!POSITION_KEYS.has(key)) out[key] = stripPositions(v);
  return out as T;
}

/** `code@line:column` for each diagnostic, sorted: a compact, readable form for assertions. */
export function diagnosticKeys(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code}@${d.span?.startLine ?? 0}:${d.span?.startColumn ?? 0}`).sort();
}
