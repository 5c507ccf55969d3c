// The one diagnostic type that every phase (lex, parse, link, analyse, generate, progress) returns.
// User-input problems are values, never exceptions; see DiagnosticCode in codes.ts for the stable codes.
import type { DiagnosticCode } from './codes.js';

/** How serious a diagnostic is. `error` makes the CLI exit with code 1. */
export type Severity = 'error' | 'warning' | 'info';

/** The pipeline phase that produced a diagnostic. */
export type Phase = 'read' | 'lex' | 'parse' | 'link' | 'config' | 'analyse' | 'generate' | 'progress';

/** A range in an ORIGINAL input file (never in a re-joined logical line). Lines and columns are 1-based;
 *  columns count characters (UTF-16 code units of the decoded text); endColumn is inclusive. */
export interface SourceSpan {
  file: string;
  startOffset: number;
  endOffset: number;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** A problem found in the input, with a stable code and an exact location. */
export interface Diagnostic {
  /** Stable, greppable code such as `link/unresolved-use`. */
  code: DiagnosticCode;
  severity: Severity;
  phase: Phase;
  message: string;
  /** The file the diagnostic is about; always set, even when there is no span. */
  file?: string;
  span?: SourceSpan;
  related?: { message: string; span: SourceSpan }[];
  data?: Record<string, unknown>;
}

/** What every phase returns: a value plus the diagnostics found while computing it. */
export interface Result<T> {
  value: T;
  diagnostics: Diagnostic[];
}

/** True when at least one diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Build a diagnostic; `file` is taken from the span when not given. */
export function createDiagnostic(
  code: DiagnosticCode,
  severity: Severity,
  phase: Phase,
  message: string,
  span?: SourceSpan,
  extra: Pick<Diagnostic, 'related' | 'data' | 'file'> = {},
): Diagnostic {
  const d: Diagnostic = { code, severity, phase, message };
  const file = extra.file ?? span?.file;
  if (file !== undefined) d.file = file;
  if (span) d.span = span;
  if (extra.related) d.related = extra.related;
  if (extra.data) d.data = extra.data;
  return d;
}

/** Sort diagnostics by file, line, column and code, for stable output. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.span?.startLine ?? 0) - (b.span?.startLine ?? 0) ||
      (a.span?.startColumn ?? 0) - (b.span?.startColumn ?? 0) ||
      a.code.localeCompare(b.code),
  );
}
