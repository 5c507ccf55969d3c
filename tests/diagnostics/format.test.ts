// Diagnostic formatting: the one-line form, the code frame with context and a ^^^ marker, and the summary.
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, formatDiagnosticLine, summarizeDiagnostics } from '../../src/diagnostics/format.js';
import { createDiagnostic, type Diagnostic, type SourceSpan } from '../../src/diagnostics/diagnostic.js';

const source = [
  '      *   !     PROCEDURE STATEMENTS',
  '      *   !',
  '     1*   !  USE',
  '     1*   !     WHICH IMPORTS: Entity View   import employer TO Entity',
  '     2*   !  EXIT STATE IS lh_declaration_sent',
].join('\r\n');

function at(line: number, startColumn: number, endColumn: number, endLine = line): SourceSpan {
  return { file: 'fragments/use.cbl', startOffset: 0, endOffset: 0, startLine: line, startColumn, endLine, endColumn };
}

const missingUse: Diagnostic = createDiagnostic('parse/missing-use-target', 'error', 'parse', 'USE without an action-block name.', at(3, 14, 16));

describe('formatDiagnosticLine', () => {
  it('prints file:line:col - severity code: message', () => {
    expect(formatDiagnosticLine(missingUse)).toBe('fragments/use.cbl:3:14 - error parse/missing-use-target: USE without an action-block name.');
  });

  it('prints the file alone when there is no span, and nothing in front without a file', () => {
    const d = createDiagnostic('read/empty-file', 'warning', 'read', 'The file is empty.', undefined, { file: 'a.txt' });
    expect(formatDiagnosticLine(d)).toBe('a.txt - warning read/empty-file: The file is empty.');
    expect(formatDiagnosticLine(createDiagnostic('read/no-input', 'error', 'read', 'Nothing.'))).toBe('error read/no-input: Nothing.');
  });

  it('colours the severity only when asked', () => {
    expect(formatDiagnosticLine(missingUse, { color: true })).toContain('\u001b[31merror\u001b[0m');
    expect(formatDiagnosticLine(missingUse)).not.toContain('\u001b[');
  });
});

describe('formatDiagnostic', () => {
  it('prints a code frame with one line of context and a marker under the span (CRLF source)', () => {
    expect(formatDiagnostic(missingUse, source).split('\n')).toEqual([
      'fragments/use.cbl:3:14 - error parse/missing-use-target: USE without an action-block name.',
      '  2 |       *   !',
      '> 3 |      1*   !  USE',
      '    |              ^^^',
      '  4 |      1*   !     WHICH IMPORTS: Entity View   import employer TO Entity',
    ]);
  });

  it('shows two lines of context when asked, clipped at the start of the file', () => {
    const d = createDiagnostic('parse/mismatched-token', 'error', 'parse', 'x', at(1, 17, 36));
    expect(formatDiagnostic(d, source, { context: 2 }).split('\n')).toEqual([
      'fragments/use.cbl:1:17 - error parse/mismatched-token: x',
      '> 1 |       *   !     PROCEDURE STATEMENTS',
      '    |                 ^^^^^^^^^^^^^^^^^^^^',
      '  2 |       *   !',
      '  3 |      1*   !  USE',
    ]);
  });

  it('marks to the end of the line when the span runs onto the next line', () => {
    const d = createDiagnostic('parse/invalid-statement', 'warning', 'parse', 'x', at(5, 35, 4, 6));
    const frame = formatDiagnostic(d, source).split('\n');
    expect(frame[2]).toBe('> 5 |      2*   !  EXIT STATE IS lh_declaration_sent');
    const text = '     2*   !  EXIT STATE IS lh_declaration_sent';
    expect(frame[3]).toBe(`    | ${' '.repeat(34)}${'^'.repeat(text.length - 34)}`);
  });

  it('keeps tabs in front of the marker so it lines up', () => {
    const d = createDiagnostic('lex/unexpected-character', 'error', 'lex', 'x', { ...at(1, 3, 3), file: 't.txt' });
    expect(formatDiagnostic(d, '\t\t@ here').split('\n')[2]).toBe('    | \t\t^');
  });

  it('falls back to the one-line form without source, without span, or with a line outside the text', () => {
    expect(formatDiagnostic(missingUse)).toBe(formatDiagnosticLine(missingUse));
    const outside = createDiagnostic('parse/early-exit', 'error', 'parse', 'x', at(99, 1, 1));
    expect(formatDiagnostic(outside, source)).toBe(formatDiagnosticLine(outside));
  });

  it('widens the gutter for line 10 and beyond', () => {
    const text = Array.from({ length: 12 }, (_, i) => `line ${i + 1}`).join('\n');
    const d = createDiagnostic('parse/mismatched-token', 'error', 'parse', 'x', at(10, 1, 4));
    expect(formatDiagnostic(d, text).split('\n').slice(1)).toEqual(['   9 | line 9', '> 10 | line 10', '     | ^^^^', '  11 | line 11']);
  });
});

describe('summarizeDiagnostics', () => {
  it('counts errors and warnings with plurals, infos only when present', () => {
    const e = missingUse;
    const w = createDiagnostic('read/empty-file', 'warning', 'read', 'x');
    const i = createDiagnostic('read/decoded-windows-1252', 'info', 'read', 'x');
    expect(summarizeDiagnostics([e, e, w])).toBe('2 errors, 1 warning');
    expect(summarizeDiagnostics([])).toBe('0 errors, 0 warnings');
    expect(summarizeDiagnostics([e, i, i])).toBe('1 error, 0 warnings, 2 infos');
  });
});
