// The one place that writes files and streams: atomic file writes, output routing (stdout or --out),
// diagnostics printing and the documented exit codes. Command handlers call these; nothing else writes.
import { mkdirSync, renameSync, rmSync, writeFileSync, writeSync, existsSync, readFileSync, openSync, fsyncSync, closeSync } from 'node:fs';
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
  const tmp = tempSibling(path);
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

/** Create the folder of `path` and name a fresh temporary sibling of it (same folder, so rename is atomic). */
function tempSibling(path: string): string {
  mkdirSync(dirname(path), { recursive: true });
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Small chunks are joined up to this many UTF-16 units before one write (fewer syscalls, bounded memory). */
const WRITE_BATCH = 64 * 1024;

/** Join consecutive small chunks into pieces of about WRITE_BATCH characters; empty chunks vanish. */
function* batched(chunks: Iterable<string>): Generator<string> {
  let pending = '';
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= WRITE_BATCH) {
      yield pending;
      pending = '';
    }
  }
  if (pending.length > 0) yield pending;
}

/** Write every byte of `text` to `fd` (writeSync may write less than asked). */
function writeAllSync(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

/** Bytes gathered before one write to a file: few syscalls, and one buffer reused for the whole file. */
const FILE_BUFFER_BYTES = 256 * 1024;

/** Writes text pieces to `fd` through one reused buffer (no string joining, no buffer per piece). */
class BufferedFileWriter {
  readonly #fd: number;
  readonly #buffer = Buffer.allocUnsafe(FILE_BUFFER_BYTES);
  #used = 0;
  /** Whether the last non-empty piece ended with a newline. */
  endsWithNewline = false;

  constructor(fd: number) {
    this.#fd = fd;
  }

  write(text: string): void {
    if (text.length === 0) return;
    this.endsWithNewline = text.charCodeAt(text.length - 1) === 10;
    // A UTF-16 unit takes at most 3 UTF-8 bytes: a piece that may not fit goes after a flush, or alone if large.
    if (text.length * 3 > FILE_BUFFER_BYTES - this.#used) {
      this.flush();
      if (text.length * 3 > FILE_BUFFER_BYTES) {
        writeAllSync(this.#fd, text);
        return;
      }
    }
    this.#used += this.#buffer.write(text, this.#used);
  }

  flush(): void {
    let offset = 0;
    while (offset < this.#used) offset += writeSync(this.#fd, this.#buffer, offset, this.#used - offset);
    this.#used = 0;
  }
}

/**
 * Write a file atomically from pieces, like writeFileAtomic: the pieces go to a temporary sibling through one
 * reused buffer (never joined into one string), which is fsynced and renamed over the target. A missing final
 * newline is added, as emitOutput does.
 */
function writeChunksAtomic(path: string, chunks: Iterable<string>): void {
  const tmp = tempSibling(path);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'w');
    const writer = new BufferedFileWriter(fd);
    for (const chunk of chunks) writer.write(chunk);
    if (!writer.endsWithNewline) writer.write('\n');
    writer.flush();
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** Write to stdout; when the stream buffers past its high-water mark, wait until it drains (or closes/fails). */
function writeStdout(text: string): Promise<void> | undefined {
  const stdout = process.stdout;
  // a destroyed stream (reader gone) never drains: do not wait for it (main.ts handles EPIPE)
  if (stdout.write(text) !== false || stdout.destroyed) return undefined;
  return new Promise((resolve) => {
    const done = (): void => {
      stdout.off('drain', done);
      stdout.off('close', done);
      stdout.off('error', done);
      resolve();
    };
    stdout.on('drain', done);
    stdout.on('close', done);
    stdout.on('error', done);
  });
}

/**
 * Write command output given as pieces (e.g. renderInventoryJsonChunks) to `--out` (atomically: temporary file,
 * fsync, rename) or to stdout (respecting backpressure), without ever joining it into one string. The bytes are
 * those of `emitOutput(chunks.join(''), out)`: a missing final newline is added.
 */
export async function emitOutputChunks(chunks: Iterable<string>, out: string | undefined): Promise<void> {
  if (out !== undefined && out !== '' && out !== '-') {
    writeChunksAtomic(out, chunks);
    return;
  }
  let last = '';
  for (const piece of batched(chunks)) {
    last = piece;
    const wait = writeStdout(piece);
    if (wait) await wait;
  }
  if (!last.endsWith('\n')) {
    const wait = writeStdout('\n');
    if (wait) await wait;
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
