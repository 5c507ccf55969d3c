// One-line diagnostics for the CLI's stderr summaries (`file:line:col: severity code: message`); the code-frame
// form of `coolgen parse` lives in the library (formatDiagnostic).
import type { Diagnostic } from '../core.js';

/** `file:line:col: severity code: message`, or `file: …` when the diagnostic has no span. */
export function diagnosticLine(d: Diagnostic): string {
  const where = d.span ? `${d.span.file}:${d.span.startLine}:${d.span.startColumn}: ` : d.file ? `${d.file}: ` : '';
  return `${where}${d.severity} ${d.code}: ${d.message}`;
}
