// The one pass over a block's statements that computes every per-statement figure of reference §17 at once:
// count, depth, complexity, NOTE lines, call sites, exit states, parameter literals, entity use and coverage.
// One walk in numbering order without per-statement arrays or closures: summarising runs for every block of
// an estate, so this is a hot path (see metrics.ts for the rules, the tallies for entity use and coverage).
import type { SourceSpan } from '../diagnostics/diagnostic.js';
import type { Statement } from '../ast/nodes.js';
import type { ParameterLiteral } from './inventory-types.js';
import type { CoverageTally } from './metrics-coverage.js';
import type { EntityTally } from './metrics-entities.js';
import { collectStatementLiterals } from './metrics-parameters.js';
import { canonicalName } from './detach.js';

/** A USE / SET USING of another block, kept for linking. */
export interface CallSite {
  /** Canonical (UPPER_CASE) target name. */
  name: string;
  span: SourceSpan;
}

/** Walks a block's statements once, feeding the entity and coverage tallies; the figures are its fields. */
export class BlockScan {
  /** Statements seen (the last ordinal). */
  statements = 0;
  maxDepth = 0;
  complexity = 1;
  notes = 0;
  /** Highest R1 statement number, null when none was seen. */
  highestNumber: number | null = null;
  readonly callSites: CallSite[] = [];
  /** Exit-state names as written (not detached), unique. */
  readonly exitStates = new Set<string>();
  readonly parameters: ParameterLiteral[] = [];

  constructor(
    private readonly entities: EntityTally,
    private readonly coverage: CoverageTally,
  ) {}

  /** Scan a list of statements at construct depth `depth`; `subject` is the entity type of an enclosing CREATE /
   *  UPDATE when the list is its actions, else null. */
  list(list: readonly Statement[], depth: number, subject: string | null): void {
    for (let i = 0; i < list.length; i++) this.statement(list[i] as Statement, depth, subject);
  }

  private call(raw: string, span: SourceSpan): void {
    this.callSites.push({ name: canonicalName(raw), span });
  }

  /** Enter a construct: its body is at depth `inner`. */
  private open(inner: number): void {
    if (inner > this.maxDepth) this.maxDepth = inner;
  }

  /**
   * One statement and, depth first, its nested ones. `kind` is read once and each case does all of its statement's
   * work: statements come in many shapes, so every property read that is common to all kinds is a slow one. The
   * depth and decision points per kind are those of opensLevel and constructPoints (metrics-walk.ts); the
   * literals and AND / OR counts come from collectStatementLiterals.
   */
  private statement(s: Statement, depth: number, subject: string | null): void {
    const ordinal = ++this.statements;
    const number = s.number;
    if (number !== null) this.highestNumber = Math.max(this.highestNumber ?? 0, number);
    this.coverage.see(s);
    const at = number ?? ordinal;
    const out = this.parameters;
    const inner = depth + 1;
    switch (s.kind) {
      case 'Set':
        if (s.using !== null) this.call(s.using, s.span);
        collectStatementLiterals(s, at, out);
        return;
      case 'Note':
        this.notes += s.lines.length;
        return;
      case 'ExitState':
        this.exitStates.add(s.name);
        return;
      case 'Use':
        if (s.target !== null) this.call(s.target, s.span);
        return;
      case 'If':
        this.open(inner);
        this.complexity += 1 + s.elseIfs.length + collectStatementLiterals(s, at, out);
        this.list(s.then, inner, null);
        for (const clause of s.elseIfs) this.list(clause.body, inner, null);
        if (s.else) this.list(s.else, inner, null);
        return;
      case 'Case':
        this.open(inner);
        this.complexity += s.cases.length;
        collectStatementLiterals(s, at, out);
        for (const clause of s.cases) this.list(clause.body, inner, null);
        if (s.otherwise) this.list(s.otherwise, inner, null);
        return;
      case 'For':
      case 'While':
      case 'Repeat':
        this.open(inner);
        this.complexity += 1 + collectStatementLiterals(s, at, out);
        this.list(s.body, inner, null);
        return;
      case 'ForEach':
        this.open(inner);
        this.complexity += 1;
        this.list(s.body, inner, null);
        return;
      case 'ReadEach':
        this.open(inner);
        this.complexity += 1;
        collectStatementLiterals(s, at, out);
        this.entities.read(s.views, s.where);
        this.list(s.body, inner, null);
        return;
      case 'Read':
        this.open(inner);
        this.complexity += Math.max(0, s.whens.length - 1);
        collectStatementLiterals(s, at, out);
        this.entities.read(s.views, s.where);
        for (const w of s.whens) this.list(w.body, inner, null);
        return;
      case 'Summarize':
        collectStatementLiterals(s, at, out);
        this.entities.read(s.views, s.where);
        return;
      case 'Create':
      case 'Update':
        this.open(inner);
        this.complexity += Math.max(0, s.whens.length - 1);
        this.list(s.actions, inner, this.entities.write(s));
        for (const w of s.whens) this.list(w.body, inner, null);
        return;
      case 'Delete':
        this.complexity += Math.max(0, s.whens.length - 1);
        this.entities.delete(s);
        if (s.whens.length > 0) {
          this.open(inner);
          for (const w of s.whens) this.list(w.body, inner, null);
        }
        return;
      case 'Unknown':
        this.coverage.unknown(s);
        if (s.body.length > 0) {
          this.open(inner);
          this.list(s.body, inner, null);
        }
        return;
      case 'Associate':
      case 'Disassociate':
      case 'Transfer':
        this.entities.relationship(s, subject);
        return;
      case 'PrinterTerminal':
        collectStatementLiterals(s, at, out);
        return;
      default:
        return;
    }
  }
}
