// Every diagnostic code the toolkit can emit, in one place, with a line each on what it means.
// Codes are stable API: CI rules, SARIF consumers and baselines key on them. Never rename one; add new ones.

/** All diagnostic codes, grouped by phase. */
export const DiagnosticCodes = {
  // ---- read: decoding input files ----
  /** The file is empty (zero bytes or only whitespace). */
  readEmptyFile: 'read/empty-file',
  /** The file holds binary data (NUL bytes or mostly control characters). */
  readBinaryFile: 'read/binary-file',
  /** The file is not valid UTF-8 and was decoded as Windows-1252. */
  readDecodedAsWindows1252: 'read/decoded-windows-1252',
  /** The file could not be read at all (missing, a directory, no permission). */
  readFailed: 'read/failed',
  /** The file holds text but no action-diagram listing (for example plain COBOL). */
  readNoActionDiagram: 'read/no-action-diagram',
  /** A path given on the command line matched no input file. */
  readNoInput: 'read/no-input',

  // ---- lex / line layer ----
  /** A character the lexer does not know; it is kept in an unknown statement. */
  lexUnexpectedCharacter: 'lex/unexpected-character',
  /** A string literal runs to the end of the logical line without a closing quote. */
  lexUnterminatedString: 'lex/unterminated-string',
  /** A bracket line (`+--`, `+- ELSE`, ...) that does not match the open constructs. */
  lexBracketMismatch: 'lex/bracket-mismatch',
  /** A construct opened with `+->` was never closed with `+--`. */
  lexUnclosedConstruct: 'lex/unclosed-construct',
  /** The action block has no `+---` footer (input cut off). */
  lexUnclosedBlock: 'lex/unclosed-block',
  /** A listing line whose statement-number columns hold something other than digits. */
  lexBadStatementNumber: 'lex/bad-statement-number',
  /** Statement numbers go backwards or skip in an R1 listing. */
  lexStatementNumberOrder: 'lex/statement-number-order',
  /** The last line of the file is cut off (no newline, statement incomplete). */
  lexUnexpectedEndOfInput: 'lex/unexpected-end-of-input',

  // ---- parse ----
  /** A token that the grammar did not expect here. */
  parseMismatchedToken: 'parse/mismatched-token',
  /** No alternative of a rule matches the input. */
  parseNoViableAlternative: 'parse/no-viable-alternative',
  /** The input ended before the statement was complete. */
  parseEarlyExit: 'parse/early-exit',
  /** Tokens left over after a complete statement. */
  parseNotAllInputParsed: 'parse/not-all-input-parsed',
  /** A statement keyword the grammar does not know (GUI, async, inline code...): kept as raw text. */
  parseUnknownStatement: 'parse/unknown-statement',
  /** A statement that started with a known keyword but could not be parsed; kept as raw text. */
  parseInvalidStatement: 'parse/invalid-statement',
  /** A USE statement without an action-block name. */
  parseMissingUseTarget: 'parse/missing-use-target',
  /** The action-block header name breaks the A-Z, 0-9, `_` rule (it is never used as a path). */
  parseInvalidBlockName: 'parse/invalid-block-name',
  /** The action-block header name is longer than 32 characters. */
  parseLongBlockName: 'parse/long-block-name',
  /** A header line without a readable date/time. */
  parseBadHeader: 'parse/bad-header',
  /** A view declaration that could not be read. */
  parseBadViewDeclaration: 'parse/bad-view-declaration',
  /** An attribute reference whose view is not declared in the block. */
  parseUnknownView: 'parse/unknown-view',
  /** A statement or block the parser could not process (for example nested too deeply); kept as raw text or skipped. */
  parseInternalError: 'parse/internal-error',

  // ---- config ----
  /** The configuration file is not valid JSON. */
  configInvalidJson: 'config/invalid-json',
  /** A configuration key has the wrong type or value. */
  configInvalidValue: 'config/invalid-value',
  /** A configuration key that is not known. */
  configUnknownKey: 'config/unknown-key',
  /** A configuration file named with --config does not exist. */
  configNotFound: 'config/not-found',

  // ---- link ----
  /** A USE / SET USING target that no action block in the workspace defines. */
  linkUnresolvedUse: 'link/unresolved-use',
  /** The same action-block name is defined in two places. */
  linkDuplicateBlock: 'link/duplicate-block',
  /** (info) An R1 block's statement count differs from its highest statement number (numbering skips, or a reader bug). */
  linkStatementCountMismatch: 'link/statement-count-mismatch',

  // ---- analyse ----
  /** A --focus / impact target that is not in the estate. */
  analyseUnknownTarget: 'analyse/unknown-target',
  /** A Mermaid graph too large to render was collapsed. */
  analyseGraphCollapsed: 'analyse/graph-collapsed',

  // ---- generate ----
  /** A function body written by a person no longer fits the regenerated signature. */
  generateConflict: 'generate/conflict',
  /** An attribute whose type could not be determined; typed `unknown`. */
  generateUnknownType: 'generate/unknown-type',
  /** A Gen name that had to be changed to be a valid TypeScript identifier or file name. */
  generateRenamed: 'generate/renamed',
  /** A name that would have escaped the output folder. */
  generateUnsafePath: 'generate/unsafe-path',
  /** An existing file in the output folder could not be parsed; it is left untouched. */
  generateUnreadableExisting: 'generate/unreadable-existing',
  /** A generated support file (runtime, tsconfig.json, index.ts) was edited by hand; it is kept, not regenerated. */
  generateKeptEdited: 'generate/kept-edited',

  // ---- progress ----
  /** A `@coolgen NAME` tag for a name that is not in the estate. */
  progressUnknownTag: 'progress/unknown-tag',
  /** The same name is tagged by two functions. */
  progressDuplicateTag: 'progress/duplicate-tag',
  /** The ledger file is invalid. */
  progressInvalidLedger: 'progress/invalid-ledger',
  /** The baseline file is invalid. */
  progressInvalidBaseline: 'progress/invalid-baseline',
  /** The history file has an invalid line (it is skipped). */
  progressInvalidHistory: 'progress/invalid-history',
  /** A block got worse than in the baseline. */
  progressRegression: 'progress/regression',
  /** Remaining debt is above --max-debt. */
  progressThresholdExceeded: 'progress/threshold-exceeded',
  /** A ledger entry names a block that is not in the estate (the entry is ignored). */
  progressUnknownLedgerEntry: 'progress/unknown-ledger-entry',
  /** A kept-for-back-years entry whose `until` date has passed, or lies beyond the configured back-years end. */
  progressLedgerExpired: 'progress/ledger-expired',
  /** A migrated (implemented/verified) block still calls a block in legacy or stubbed state. */
  progressBlocker: 'progress/blocker',
} as const;

/** A stable diagnostic code (the values of DiagnosticCodes). */
export type DiagnosticCode = (typeof DiagnosticCodes)[keyof typeof DiagnosticCodes];
