// The one place that writes files and streams: atomic file writes, output routing (stdout or --out),
// diagnostics printing and the documented exit codes. Command handlers call these; nothing else writes.
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync, readFileSync, openSync, fsyncSync, closeSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Documented exit codes of every coolgen command. */
export const ExitCode = {
  /** Success: no errors, within limits. */
  ok: 0,
  /** The input had errors (output still written), a threshold was broken, a regression or conflict was found, or a target was not found. */
  findings: 1,
  /** Usage, configuration or input error: nothing useful could be done. */
  usage: 2,
} as const;

/**
 * Write a file atomically: write a temporary sibling, fsync it, then rename over the target.
 * A run killed in the middle leaves either the old file or the new one, never half of one.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, content);
    const fd = openSync(tmp, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** Append one line to a file (creating it), used for history JSONL files. */
export function appendLine(path: string, line: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const sep = before.length > 0 && !before.endsWith('\n') ? '\n' : '';
  writeFileAtomic(path, `${before}${sep}${line}\n`);
}

/** Write command output to `--out` (atomically) or to stdout. */
export function emitOutput(output: string, out: string | undefined): void {
  if (out !== undefined && out !== '' && out !== '-') {
    writeFileAtomic(out, output.endsWith('\n') ? output : `${output}\n`);
  } else {
    process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
  }
}

/** Write a message to stderr (diagnostics, summaries, progress). */
export function printError(message: string): void {
  process.stderr.write(message.endsWith('\n') ? message : `${message}\n`);
}

/** True when stderr is an interactive terminal (progress bars and colours only then). */
export function stderrIsTty(): boolean {
  return process.stderr.isTTY === true;
}
