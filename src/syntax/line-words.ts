// Word-level tests the line layer needs before any token exists: does a line begin a statement, a clause, a
// NOTE, a view or a section label? Used to join wrapped R2/R3 lines (reference §16 "tolerated variant", §3.3).

/** Known statement keywords at the start of a line (UPPER case, as printed; reference §5, §13). */
const KNOWN_STATEMENT =
  /^(?:SET|MOVE|IF|CASE[ \t]+OF|FOR|WHILE|REPEAT|READ|CREATE|UPDATE|DELETE|USE|EXIT[ \t]+STATE[ \t]+IS|ESCAPE|NEXT|ASSOCIATE|DISASSOCIATE|TRANSFER|SUMMARIZE|MAKE|PRINTER[ \t]+TERMINAL|EXTERNAL|NOTE|COMMAND[ \t]+IS(?![ \t]+(?:NOT[ \t]+)?(?:EQUAL|GREATER|LESS|NULL)\b))(?![A-Za-z0-9_])/;

/** Clause lines of a construct: ELSE IF / ELSEIF / ELSE / WHEN / CASE v / OTHERWISE / UNTIL c. */
const CLAUSE = /^(?:ELSE[ \t]*IF(?![A-Za-z0-9_])|ELSE(?![A-Za-z0-9_])|WHEN(?![A-Za-z0-9_])|CASE(?![A-Za-z0-9_])(?![ \t]+OF\b)|OTHERWISE(?![A-Za-z0-9_])|UNTIL(?![A-Za-z0-9_])(?![ \t]+FULL\b))/;

const NOTE = /^NOTE(?![A-Za-z0-9_])[ \t]*:?/;

/** Upper-case words that continue an expression or clause, so a line starting with one is a continuation. */
const CONTINUATION_WORDS = new Set(
  (
    'AND OR NOT IS TO FROM BY OF EACH THE FULL DESIRED SOME THAT CURRENT DAYS MONTHS YEARS ROUNDED USING WHICH WITH IT ' +
    'INTO PLACING TARGETING SORTED ASCENDING DESCENDING WHERE SUBSCRIPT LAST EQUAL GREATER LESS THAN NULL ENTITY WORK ' +
    'GROUP VIEW CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP SPACES ZERO COMMAND EXITSTATE TERMINAL USER_ID TRANCODE ' +
    'PRINTER_ID NEXTTRAN UNTIL BEGINNING ID ASSOCIATED IMPORTS EXPORTS'
  ).split(' '),
);

const UPPER_WORD = /^([A-Z][A-Z0-9_]+)(?![A-Za-z0-9_])[ \t]*(\()?/;

/** True when `text` begins a statement the grammar knows. */
export function startsKnownStatement(text: string): boolean {
  return KNOWN_STATEMENT.test(text);
}

/** True when `text` begins a clause line (ELSE, WHEN, CASE v, OTHERWISE, UNTIL c). */
export function startsClause(text: string): boolean {
  return CLAUSE.test(text);
}

/** True when `text` begins a NOTE; returns the length of `NOTE` / `NOTE:` or -1. */
export function noteKeywordLength(text: string): number {
  const m = NOTE.exec(text);
  return m ? m[0].length : -1;
}

/**
 * True when `text` begins any statement: a known keyword, or an unknown UPPER-case word that is not an
 * expression word and not a function name (`RECALCULATE ...`, `OPEN ...`, `REFRESH ...`).
 */
export function startsAnyStatement(text: string): boolean {
  if (KNOWN_STATEMENT.test(text) || CLAUSE.test(text)) return true;
  const m = UPPER_WORD.exec(text);
  if (!m || m[2] !== undefined) return false;
  return !CONTINUATION_WORDS.has(m[1] as string);
}

/** `IMPORTS:` / `EXPORTS:` / `LOCALS:` / `LOCAL:` / `ENTITY ACTIONS:` at the start of a line (reference §4). */
export const SECTION_LABEL = /^(IMPORTS|EXPORTS|LOCALS?|ENTITY[ \t]+ACTIONS)[ \t]*:(?:\.\.\.)?[ \t]*/i;

/** `Entity View` / `Work View` / `Group View` at the start of a line. */
export const VIEW_START = /^(?:Entity|Work|Group)[ \t]+View(?![A-Za-z0-9_])/i;

/** `PROCEDURE STATEMENTS` framing line. */
export const PROCEDURE_STATEMENTS = /^PROCEDURE[ \t]+STATEMENTS\b/i;
