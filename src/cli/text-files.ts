// Reading text files for the CLI runners: one decoding and one folder listing for `generate` (its existing output),
// `progress` (the migrated code and its ledger, baseline and history) and `pipeline` (its own output). Bytes come
// through the one file reader of the model layer (readSourceBytes).
import { relative, sep } from 'node:path';
import { listInputFiles, readSourceBytes, type Diagnostic, type Result } from '../core.js';

/** UTF-8; a leading BOM is dropped (TextDecoder's default). */
const utf8 = new TextDecoder('utf-8');

/** A file of a folder: its path relative to the folder (`/` separators) and its text. */
export interface TextFile {
  path: string;
  content: string;
}

/** The text of a file: null with a `read/*` diagnostic when it cannot be read (`data.errno` says why). */
export function readTextFile(path: string): Result<string | null> {
  const read = readSourceBytes(path);
  return { value: read.value === null ? null : utf8.decode(read.value), diagnostics: read.diagnostics };
}

/** The text of a file, or null when it does not exist; any other failure is in the diagnostics. */
export function readOptionalTextFile(path: string): Result<string | null> {
  const read = readTextFile(path);
  const missing = read.value === null && read.diagnostics[0]?.data?.errno === 'ENOENT';
  return missing ? { value: null, diagnostics: [] } : read;
}

/**
 * Every file below `root` that matches `include` and not `exclude`, sorted by path. A file that cannot be read is
 * left out with its diagnostic; so is a listing problem (a missing folder gives `read/no-input`).
 */
export function readTextFolder(root: string, include: readonly string[], exclude: readonly string[]): Result<TextFile[]> {
  const listed = listInputFiles([root], include, exclude);
  const diagnostics: Diagnostic[] = [...listed.diagnostics];
  const files: TextFile[] = [];
  for (const file of listed.value) {
    const read = readTextFile(file);
    diagnostics.push(...read.diagnostics);
    if (read.value !== null) files.push({ path: relative(root, file).split(sep).join('/'), content: read.value });
  }
  return { value: files, diagnostics };
}
