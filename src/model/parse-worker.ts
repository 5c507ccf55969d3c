// Worker-thread entry of the parse pool (parse-pool.ts): takes the next file from the counter it shares with the
// other threads until none is left, and posts the summaries back in small batches, their blocks already assigned
// to their chains. The worker reads each file itself, so no file bytes cross threads; each file is taken by
// exactly one thread.
import { parentPort, workerData } from 'node:worker_threads';
import type { ResolvedConfig } from './config-types.js';
import { parseInputFile, type FileTask, type RetainOptions } from './file-task.js';
import { assignFileBlocks, type AssignedFileSummary } from './inventory.js';

/** What a parse worker is started with (its workerData). */
export interface ParseWorkerData {
  /** Marks the data as ours, so that loading this module anywhere else does nothing. */
  coolgenParsePool: 1;
  tasks: FileTask[];
  retain: RetainOptions;
  config: ResolvedConfig;
  /** Post each batch as JSON text rather than as objects (parse-pool.ts says why). */
  json: boolean;
  /** One Int32: the index of the next file to take, shared by every thread of the run (Atomics.add). */
  next: SharedArrayBuffer;
}

/**
 * A batch of results: `summaries[k]` is the summary of file `indexes[k]`, or its JSON text in `json` (an array).
 * The worker's last message says so (`last`), so that the main thread need not wait for the thread to wind down.
 */
export type ParseWorkerMessage = ({ summaries: AssignedFileSummary[] } | { json: string }) & { indexes: number[]; last: boolean };

/**
 * Post a batch once it holds this many files, this much JSON text, or after this many milliseconds, whichever
 * comes first. The text stays well under V8's large-object size (~128 KB): a message that large would be
 * allocated where only a full GC reclaims it, in this thread and in the main thread.
 */
const BATCH_FILES = 32;
const BATCH_JSON_CHARS = 48 * 1024;
const BATCH_MS = 20;

/** Take and parse files until every file is taken; post the results in batches. */
export function runParseWorker(data: ParseWorkerData, post: (message: ParseWorkerMessage) => void): void {
  const next = new Int32Array(data.next);
  let indexes: number[] = [];
  let summaries: AssignedFileSummary[] = [];
  let texts: string[] = [];
  let chars = 0;
  let since = performance.now();
  const flush = (last = false): void => {
    if (indexes.length > 0 || last) post(data.json ? { indexes, json: `[${texts.join(',')}]`, last } : { indexes, summaries, last });
    indexes = [];
    summaries = [];
    texts = [];
    chars = 0;
    since = performance.now();
  };
  for (;;) {
    const index = Atomics.add(next, 0, 1);
    const task = data.tasks[index];
    if (task === undefined) break;
    const summary = assignFileBlocks(parseInputFile(task, data.retain), data.config);
    if (data.json) {
      const text = JSON.stringify(summary);
      if (chars + text.length > BATCH_JSON_CHARS) flush();
      texts.push(text);
      chars += text.length;
    } else summaries.push(summary);
    indexes.push(index);
    if (indexes.length >= BATCH_FILES || chars >= BATCH_JSON_CHARS || performance.now() - since >= BATCH_MS) flush();
  }
  flush(true);
}

const input = workerData as Partial<ParseWorkerData> | null;
if (parentPort !== null && input?.coolgenParsePool === 1) {
  const port = parentPort;
  runParseWorker(input as ParseWorkerData, (message) => port.postMessage(message));
}
