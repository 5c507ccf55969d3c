// Reads an action-block header `+->   NAME   MM/DD/YYYY  HH:MM` from the END of the line (reference §16): the
// name is everything between `+->` and the trailing date and time, even when it pushes the date right.
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { DiagnosticCodes } from '../diagnostics/codes.js';
import type { BlockHeader } from './line-items.js';
import { lineSpan } from './logical-unit.js';
import { copyString } from './source-lines.js';

const TAIL = /(\d{1,2}\/\d{1,2}\/\d{2,4})[ \t]+(\d{1,2}:\d{2}(?::\d{2})?)$/;
const VALID_NAME = /^[A-Z0-9_]+$/;

/** Where the header line is: file, 1-based line number and the line's start offset. */
export interface HeaderLocation {
  file: string;
  lineNo: number;
  lineStart: number;
}

/** Parse the header text `line[textStart, end)` (after `+->`); reports a missing date/time. */
export function readHeader(line: string, textStart: number, end: number, at: HeaderLocation, diags: Diagnostic[]): BlockHeader {
  const text = line.slice(textStart, end);
  const m = TAIL.exec(text);
  let nameEnd = end;
  let date: string | null = null;
  let time: string | null = null;
  if (m) {
    date = m[1] as string;
    time = m[2] as string;
    nameEnd = textStart + m.index;
    while (nameEnd > textStart && (line[nameEnd - 1] === ' ' || line[nameEnd - 1] === '\t')) nameEnd--;
  }
  const name = copyString(line.slice(textStart, nameEnd));
  const span = lineSpan(at.file, at.lineStart, at.lineNo, Math.max(0, textStart - 3), end);
  const nameSpan = lineSpan(at.file, at.lineStart, at.lineNo, textStart, Math.max(nameEnd, textStart + 1));
  if (!m) {
    diags.push(
      createDiagnostic(DiagnosticCodes.parseBadHeader, 'warning', 'parse', `Action-block header without a readable date and time: "${text.trim()}"`, span),
    );
  }
  return { name, date, time, line: at.lineNo, span, nameSpan };
}

/** True when a header name follows the A-Z, 0-9, `_` rule. */
export function isValidBlockName(name: string): boolean {
  return VALID_NAME.test(name);
}

/** Report an invalid or over-long header name (reference §2.2, §16). Returns `nameValid`. */
export function checkBlockName(header: BlockHeader, diags: Diagnostic[]): boolean {
  const valid = isValidBlockName(header.name);
  if (!valid) {
    diags.push(
      createDiagnostic(
        DiagnosticCodes.parseInvalidBlockName,
        'warning',
        'parse',
        `Action-block name "${header.name}" breaks the A-Z, 0-9, _ rule; it is kept as written and never used as a path`,
        header.nameSpan,
      ),
    );
  }
  if (header.name.length > 32) {
    diags.push(
      createDiagnostic(
        DiagnosticCodes.parseLongBlockName,
        'warning',
        'parse',
        `Action-block name "${header.name}" is ${header.name.length} characters long (at most 32 allowed)`,
        header.nameSpan,
      ),
    );
  }
  return valid;
}
