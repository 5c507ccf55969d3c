// Escaping of Gen text (names, NOTE text, whole action diagrams) before it is placed in generated TypeScript, so
// that no input can close a comment, start a JSDoc tag, end a line comment or break out of a string literal.

/** Control characters other than tab and newline; shown as U+FFFD in comments. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/**
 * Make text safe inside a block or JSDoc comment: `*\/` can never close it (`*` + `\/`), `@` can never start a tag
 * (`@` → `＠`, U+FF20), line separators U+2028/2029 and CR become plain newlines, other control characters U+FFFD.
 */
export function escapeBlockCommentText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(CONTROL, '\ufffd')
    .replace(/\*\//g, '*\\/')
    .replace(/@/g, '\uff20');
}

/** Make text safe on one `//` line: everything a block comment needs, and no line break of any kind. */
export function escapeLineCommentText(text: string): string {
  return escapeBlockCommentText(text).replace(/\n/g, ' ');
}

/**
 * A single-quoted TypeScript string literal for any text. Backslash, quote and every character outside printable
 * ASCII are escaped (`\n`, `\u2028`, `\u00eb`), so the literal is one line of plain ASCII that evaluates to `value`.
 */
export function stringLiteral(value: string): string {
  let out = "'";
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code >= 0x20 && code < 0x7f) out += ch;
    else if (code <= 0xffff) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += `\\u{${code.toString(16)}}`;
  }
  return `${out}'`;
}

/** Inline code in a JSDoc line: the text escaped for a comment and wrapped in backticks (backticks removed). */
export function docCode(text: string): string {
  return `\`${escapeLineCommentText(text).replace(/`/g, "'")}\``;
}
