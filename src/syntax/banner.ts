// Reads the banner of a generated COBOL module (reference §1, §17): product line, copyright, NAME/DATE/TIME,
// target OS/DBMS, user, generation options and the PROGRAM-ID. Scans only the head of the file, so it is cheap.
import type { ModuleBanner } from '../ast/nodes.js';

/** At most this many lines are scanned when neither PROCEDURE DIVISION nor a listing header stops the scan. */
const MAX_HEAD_LINES = 2000;

/** The keys of the `NAME: ... DATE: ...` banner lines, longest first so `TARGET DBMS` wins over shorter keys. */
const KEY_PATTERN = /\b(TARGET\s+DBMS|TARGET\s+OS|NAME|DATE|TIME|USER)\s*:/gi;
const PROGRAM_ID = /\bPROGRAM-ID\s*\.?\s*['"]?([A-Za-z0-9$#@_-]+)/i;
const PROCEDURE_DIVISION = /\bPROCEDURE\s+DIVISION\b/i;
const GENERATED_BY = /^SOURCE\s+CODE\s+GENERATED\s+BY\b\s*(.*)$/i;

type KeyField = 'name' | 'date' | 'time' | 'targetOs' | 'targetDbms' | 'user';

/**
 * Extract the module banner of a generated COBOL module, or undefined when the text has neither a banner nor a
 * PROGRAM-ID. Banner lines are COBOL comments (`*` in column 7, or `*` first when there is no sequence area).
 * The scan stops at PROCEDURE DIVISION or at the first `+->` listing header. Values are trimmed, as written.
 */
export function extractBanner(text: string): ModuleBanner | undefined {
  const banner: ModuleBanner = {
    generator: null,
    copyright: null,
    name: null,
    date: null,
    time: null,
    targetOs: null,
    targetDbms: null,
    user: null,
    sourceName: null,
    options: [],
  };
  let found = false;
  /** 'generator': the next comment line is the product line; 'after-generator': looking for the copyright. */
  let expect: 'none' | 'generator' | 'after-generator' | 'options' = 'none';
  let pos = 0;
  for (let count = 0; count < MAX_HEAD_LINES && pos <= text.length; count++) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.charCodeAt(end - 1) === 13 ? text.slice(pos, end - 1) : text.slice(pos, end);
    pos = end + 1;
    const comment = commentText(line);
    if (comment === null) {
      if (expect === 'options') expect = 'none';
      if (banner.sourceName === null) {
        const m = PROGRAM_ID.exec(line);
        if (m?.[1]) banner.sourceName = m[1];
      }
      if (PROCEDURE_DIVISION.test(line) || line.trimStart().startsWith('+->')) break;
      continue;
    }
    const content = comment.trim();
    if (content.startsWith('+->')) break;
    if (content === '') {
      if (expect === 'options') expect = 'none';
      continue;
    }
    const generated = GENERATED_BY.exec(content);
    if (generated) {
      found = true;
      const rest = (generated[1] ?? '').trim();
      if (rest !== '') {
        banner.generator = rest;
        expect = 'after-generator';
      } else {
        expect = 'generator';
      }
      continue;
    }
    if (expect === 'generator') {
      banner.generator = content;
      expect = 'after-generator';
      continue;
    }
    if (readKeys(content, banner)) {
      found = true;
      expect = 'none';
      continue;
    }
    if (/^GENERATION\s+OPTIONS\s*:?$/i.test(content)) {
      found = true;
      expect = 'options';
      continue;
    }
    if (expect === 'options') {
      banner.options.push(content);
      continue;
    }
    if (expect === 'after-generator') {
      // The copyright line follows the product line; an IEF banner has `TEXAS INSTRUMENTS INC.` first.
      if (banner.copyright === null || /COPYRIGHT/i.test(content)) banner.copyright = content;
      if (/COPYRIGHT/i.test(content)) expect = 'none';
    }
  }
  if (!found && banner.sourceName === null) return undefined;
  return banner;
}

/** The text after the comment `*` of a COBOL comment line, or null when the line is not a comment. */
function commentText(line: string): string | null {
  if (line.length >= 7 && line.charCodeAt(6) === 42 /* * */ && /^[ 0-9A-Za-z]{6}$/.test(line.slice(0, 6))) {
    return line.slice(7);
  }
  const m = /^\s*\*(.*)$/.exec(line);
  return m ? (m[1] ?? '') : null;
}

/** Read `NAME: x   DATE: y` style pairs of one banner line; true when the line started with a known key. */
function readKeys(content: string, banner: ModuleBanner): boolean {
  KEY_PATTERN.lastIndex = 0;
  const keys: { field: KeyField; start: number; valueStart: number }[] = [];
  for (let m = KEY_PATTERN.exec(content); m !== null; m = KEY_PATTERN.exec(content)) {
    keys.push({ field: fieldOf(m[1] ?? ''), start: m.index, valueStart: m.index + m[0].length });
  }
  if (keys.length === 0 || keys[0]?.start !== 0) return false;
  keys.forEach((key, i) => {
    const value = content.slice(key.valueStart, keys[i + 1]?.start ?? content.length).trim();
    if (banner[key.field] === null && value !== '') banner[key.field] = value;
  });
  return true;
}

function fieldOf(key: string): KeyField {
  const k = key.toUpperCase().replace(/\s+/g, ' ');
  if (k === 'TARGET DBMS') return 'targetDbms';
  if (k === 'TARGET OS') return 'targetOs';
  return k.toLowerCase() as 'name' | 'date' | 'time' | 'user';
}
