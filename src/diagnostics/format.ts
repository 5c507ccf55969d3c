// Human-readable diagnostics: the one-line form, the code frame (`> 12 | text` with a `^^^` marker under the
// span) used by the CLI and by error snapshots, and the "2 errors, 1 warning" summary.
import type { Diagnostic, Severity } from './diagnostic.js';

/** Options of formatDiagnostic. */
export interface FormatOptions {
  /** ANSI colours (severity, marker); off by default. */
  color?: boolean;
  /** Lines of context shown before and after the span (default 1, at most 2). */
  context?: number;
}

const COLORS: Record<Severity, string> = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' };
const BOLD = '\u001b[1m';
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

/** `file:line:col - severity code: message` (or `file - ...` without a span). */
export function formatDiagnosticLine(d: Diagnostic, options: Pick<FormatOptions, 'color'> = {}): string {
  const file = d.file ?? d.span?.file;
  const where = file !== undefined && file !== '' ? (d.span ? `${file}:${d.span.startLine}:${d.span.startColumn}` : file) : d.span ? `${d.span.startLine}:${d.span.startColumn}` : '';
  const severity = options.color ? `${COLORS[d.severity]}${d.severity}${RESET}` : d.severity;
  const code = options.color ? `${DIM}${d.code}${RESET}` : d.code;
  return `${where !== '' ? `${where} - ` : ''}${severity} ${code}: ${d.message}`;
}

/**
 * The one-line form followed, when the source text is given and the diagnostic has a span, by a code frame:
 * 1-2 lines of context, the span's first line marked with `>` and a `^^^` marker under the span.
 */
export function formatDiagnostic(d: Diagnostic, sourceText?: string, options: FormatOptions = {}): string {
  const head = formatDiagnosticLine(d, options);
  if (sourceText === undefined || !d.span) return head;
  const starts = lineStarts(sourceText);
  const total = starts.length;
  const line = d.span.startLine;
  if (line < 1 || line > total) return head;
  const context = Math.max(0, Math.min(2, options.context ?? 1));
  const first = Math.max(1, line - context);
  const last = Math.min(total, line + context);
  const gutter = String(last).length;
  const out = [head];
  for (let n = first; n <= last; n++) {
    const text = lineText(sourceText, starts, n);
    const mark = n === line ? '>' : ' ';
    out.push(`${mark} ${String(n).padStart(gutter)} | ${text}`.replace(/\s+$/, ''));
    if (n === line) out.push(marker(d, text, gutter, options));
  }
  return out.join('\n');
}

/** A `^^^` line under the span (to the end of the line when the span runs onto later lines). */
function marker(d: Diagnostic, text: string, gutter: number, options: FormatOptions): string {
  const span = d.span;
  if (!span) return '';
  const startCol = Math.max(1, Math.min(span.startColumn, text.length + 1));
  const endCol = span.endLine > span.startLine ? Math.max(startCol, text.length) : Math.max(startCol, Math.min(span.endColumn, Math.max(text.length, startCol)));
  // Keep tabs so the marker lines up with the text above it.
  const pad = text.slice(0, startCol - 1).replace(/[^\t]/g, ' ');
  const carets = '^'.repeat(endCol - startCol + 1);
  const colored = options.color ? `${BOLD}${COLORS[d.severity]}${carets}${RESET}` : carets;
  return `  ${' '.repeat(gutter)} | ${pad}${colored}`;
}

let cachedText: string | null = null;
let cachedStarts: number[] = [];

/** Offsets where each line starts; cached for the last text, so formatting many diagnostics of one file is cheap. */
function lineStarts(text: string): number[] {
  if (text === cachedText) return cachedStarts;
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  if (starts.length > 1 && starts[starts.length - 1] === text.length) starts.pop();
  cachedText = text;
  cachedStarts = starts;
  return starts;
}

function lineText(text: string, starts: number[], line: number): string {
  const start = starts[line - 1] ?? text.length;
  const next = starts[line];
  let end = next === undefined ? text.length : next - 1;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return text.slice(start, end);
}

/** `2 errors, 1 warning` (infos are added only when there are any: `0 errors, 0 warnings, 3 infos`). */
export function summarizeDiagnostics(diagnostics: readonly Diagnostic[]): string {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  const parts = [plural(errors, 'error'), plural(warnings, 'warning')];
  if (infos > 0) parts.push(plural(infos, 'info'));
  return parts.join(', ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
