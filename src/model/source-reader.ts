// The one module that reads input files from disk: lists the files named on the command line (files, folders,
// globs) and reads their bytes. Read problems become diagnostics (`read/failed`, `read/no-input`), never throws.
import { readFileSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import { createDiagnostic, type Diagnostic, type Result } from '../diagnostics/diagnostic.js';
import { DiagnosticCodes } from '../diagnostics/codes.js';

/** Files read inside a folder when no include globs are given (reference §17 inputs). */
export const DEFAULT_SOURCE_INCLUDE: readonly string[] = ['**/*.{cbl,cob,txt,ad}'];

/**
 * Read the bytes of one file. Returns null with a `read/failed` error diagnostic when the file is missing, is a
 * folder or cannot be read.
 */
export function readSourceBytes(path: string): Result<Uint8Array | null> {
  try {
    const buffer = readFileSync(path);
    return { value: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), diagnostics: [] };
  } catch (error) {
    return { value: null, diagnostics: [readFailed(path, error)] };
  }
}

/**
 * Expand the paths given on the command line into a sorted, de-duplicated list of files.
 * - a file is taken as it is (whatever its extension);
 * - a folder is searched with the `include` globs (default `**\/*.{cbl,cob,txt,ad}`, extensions matched without
 *   regard to case), minus the `exclude` globs; symbolic links to files are kept, links to folders are not
 *   followed (no cycles);
 * - a path that does not exist but is a glob pattern is expanded as a glob;
 * - a missing path gives a `read/no-input` error, a folder or glob without matches a `read/no-input` warning.
 */
export function listInputFiles(paths: readonly string[], include: readonly string[] = DEFAULT_SOURCE_INCLUDE, exclude: readonly string[] = []): Result<string[]> {
  const diagnostics: Diagnostic[] = [];
  const files = new Set<string>();
  const patterns = include.length > 0 ? [...include] : [...DEFAULT_SOURCE_INCLUDE];
  for (const path of paths) {
    const stats = statOrNull(path);
    if (stats?.isFile()) {
      files.add(path);
      continue;
    }
    if (stats?.isDirectory()) {
      const found = globSafe(patterns, { cwd: path, ignore: [...exclude] }, path, diagnostics);
      if (found.length === 0) diagnostics.push(noInput(path, 'warning', `No input files (${patterns.join(', ')}) in folder '${path}'.`));
      for (const rel of found) files.add(join(path, rel));
      continue;
    }
    if (stats === null && fg.isDynamicPattern(path)) {
      const found = globSafe([path.replace(/\\/g, '/')], { ignore: [...exclude] }, path, diagnostics);
      if (found.length === 0) diagnostics.push(noInput(path, 'warning', `The pattern '${path}' matches no file.`));
      for (const file of found) files.add(file);
      continue;
    }
    if (stats === null) diagnostics.push(noInput(path, 'error', `The input path '${path}' does not exist.`));
    else diagnostics.push(noInput(path, 'error', `The input path '${path}' is neither a file nor a folder.`));
  }
  return { value: [...files].sort(), diagnostics };
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/**
 * Glob without following symbolic links to folders (no cycles, no duplicates), but keep symbolic links to files:
 * fast-glob's onlyFiles would drop those, so entries are filtered here.
 */
function globSafe(patterns: string[], options: { cwd?: string; ignore: string[] }, path: string, diagnostics: Diagnostic[]): string[] {
  try {
    const entries = fg.sync(patterns, {
      ...options,
      onlyFiles: false,
      objectMode: true,
      dot: false,
      caseSensitiveMatch: false,
      followSymbolicLinks: false,
      suppressErrors: true,
    });
    const files: string[] = [];
    for (const entry of entries) {
      if (entry.dirent.isFile()) files.push(entry.path);
      else if (entry.dirent.isSymbolicLink() && statOrNull(options.cwd !== undefined ? join(options.cwd, entry.path) : entry.path)?.isFile()) {
        files.push(entry.path);
      }
    }
    return files;
  } catch (error) {
    diagnostics.push(readFailed(path, error));
    return [];
  }
}

function noInput(path: string, severity: 'error' | 'warning', message: string): Diagnostic {
  return createDiagnostic(DiagnosticCodes.readNoInput, severity, 'read', message, undefined, { file: path });
}

function readFailed(path: string, error: unknown): Diagnostic {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : String((error as Error | undefined)?.message ?? error);
  return createDiagnostic(DiagnosticCodes.readFailed, 'error', 'read', `Cannot read '${path}': ${reason}.`, undefined, {
    file: path,
    data: code !== undefined ? { errno: code } : {},
  });
}
