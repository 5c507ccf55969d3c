// Parse coverage of one block (issue 3 §5): each statement is `unknown` (a keyword the grammar does not know),
// `recovered` (a known statement that failed to parse, or that holds an error diagnostic) or `clean`.
import type { ActionBlock, Statement } from '../ast/nodes.js';
import type { Diagnostic, SourceSpan } from '../diagnostics/diagnostic.js';
import type { InventoryBlock } from './inventory-types.js';
import { walkBlockStatements } from './metrics-walk.js';

function contains(span: SourceSpan, offset: number): boolean {
  return offset >= span.startOffset && offset <= span.endOffset;
}

/**
 * Classify the block's statements and count the error diagnostics inside the block's span. An error is charged
 * to the innermost statement whose span holds its start, so an error in a nested statement does not taint the
 * construct around it. Errors outside every statement (header, views) count in `errors` only.
 */
export function computeCoverage(
  block: Pick<ActionBlock, 'statements' | 'span'>,
  /** The diagnostics of the block's own file. */
  diagnostics: readonly Diagnostic[],
): { coverage: InventoryBlock['coverage']; errors: number } {
  const all: Statement[] = [];
  walkBlockStatements(block.statements, (s) => all.push(s));
  const errorOffsets: number[] = [];
  for (const d of diagnostics) {
    if (d.severity !== 'error' || d.span === undefined) continue;
    if (!contains(block.span, d.span.startOffset)) continue;
    errorOffsets.push(d.span.startOffset);
  }
  const tainted = new Set<Statement>();
  for (const offset of errorOffsets) {
    let innermost: Statement | undefined;
    for (const s of all) {
      if (!contains(s.span, offset)) continue;
      if (innermost === undefined || s.span.endOffset - s.span.startOffset <= innermost.span.endOffset - innermost.span.startOffset) innermost = s;
    }
    if (innermost !== undefined) tainted.add(innermost);
  }
  const coverage = { clean: 0, recovered: 0, unknown: 0 };
  for (const s of all) {
    if (s.kind === 'Unknown' && s.reason === 'unknown-keyword') coverage.unknown++;
    else if ((s.kind === 'Unknown' && s.reason === 'invalid') || tainted.has(s)) coverage.recovered++;
    else coverage.clean++;
  }
  return { coverage, errors: errorOffsets.length };
}
