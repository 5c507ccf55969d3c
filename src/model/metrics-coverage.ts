// Parse coverage of one block (issue 3 §5): each statement is `unknown` (a keyword the grammar does not know),
// `recovered` (a known statement that failed to parse, or that holds an error diagnostic) or `clean`.
// CoverageTally takes the statements one at a time in numbering order (the per-block scan feeds it).
import type { ActionBlock, Statement, UnknownStatement } from '../ast/nodes.js';
import type { Diagnostic, SourceSpan } from '../diagnostics/diagnostic.js';
import type { InventoryBlock } from './inventory-types.js';
import { walkBlockStatements } from './metrics-walk.js';

function contains(span: SourceSpan, offset: number): boolean {
  return offset >= span.startOffset && offset <= span.endOffset;
}

/**
 * Classifies a block's statements and counts the error diagnostics inside the block's span. An error is charged
 * to the innermost statement whose span holds its start (the later one of equal length), so an error in a nested
 * statement does not taint the construct around it. Errors outside every statement (header, views) count in
 * `errors` only.
 */
export class CoverageTally {
  /** Start offsets of the error diagnostics inside the block. */
  private readonly offsets: number[] = [];
  /** Per error, the innermost statement seen so far whose span holds it. */
  private readonly innermost: (Statement | undefined)[] = [];
  private total = 0;
  private unknownKeywords = 0;
  private invalid = 0;

  constructor(blockSpan: SourceSpan, /** The diagnostics of the block's own file. */ diagnostics: readonly Diagnostic[]) {
    for (const d of diagnostics) {
      if (d.severity !== 'error' || d.span === undefined) continue;
      if (!contains(blockSpan, d.span.startOffset)) continue;
      this.offsets.push(d.span.startOffset);
      this.innermost.push(undefined);
    }
  }

  /** One statement, in numbering order; an unknown statement goes to `unknown` as well. */
  see(s: Statement): void {
    this.total++;
    const offsets = this.offsets;
    for (let i = 0; i < offsets.length; i++) {
      if (!contains(s.span, offsets[i] as number)) continue;
      const best = this.innermost[i];
      if (best === undefined || s.span.endOffset - s.span.startOffset <= best.span.endOffset - best.span.startOffset) this.innermost[i] = s;
    }
  }

  /** An unknown statement (after `see`): an unknown keyword, or a known statement that failed to parse. */
  unknown(s: UnknownStatement): void {
    if (s.reason === 'unknown-keyword') this.unknownKeywords++;
    else if (s.reason === 'invalid') this.invalid++;
  }

  /** The block's coverage and error count once every statement was seen. */
  result(): { coverage: InventoryBlock['coverage']; errors: number } {
    let recovered = this.invalid;
    if (this.offsets.length > 0) {
      const tainted = new Set<Statement>();
      for (const s of this.innermost) if (s !== undefined) tainted.add(s);
      for (const s of tainted) {
        if (s.kind === 'Unknown' && (s.reason === 'unknown-keyword' || s.reason === 'invalid')) continue;
        recovered++;
      }
    }
    const coverage = { clean: this.total - this.unknownKeywords - recovered, recovered, unknown: this.unknownKeywords };
    return { coverage, errors: this.offsets.length };
  }
}

/**
 * Classify the block's statements and count the error diagnostics inside the block's span (see CoverageTally).
 */
export function computeCoverage(
  block: Pick<ActionBlock, 'statements' | 'span'>,
  /** The diagnostics of the block's own file. */
  diagnostics: readonly Diagnostic[],
): { coverage: InventoryBlock['coverage']; errors: number } {
  const tally = new CoverageTally(block.span, diagnostics);
  walkBlockStatements(block.statements, (s) => {
    tally.see(s);
    if (s.kind === 'Unknown') tally.unknown(s);
  });
  return tally.result();
}
