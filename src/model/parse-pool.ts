// The parse pool: worker threads and the main thread take the input files one at a time from a shared counter,
// so the work balances itself to the last file with no task messages and no thread waits for another. A worker
// posts its summaries back in small batches (parse-worker.ts). A worker that cannot start or dies leaves its files
// to the main thread: the files it took without returning are parsed here at the end, so every run completes.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { ResolvedConfig } from './config-types.js';
import { parseInputFile, type FileTask, type RetainOptions } from './file-task.js';
import { assignFileBlocks, type AssignedFileSummary } from './inventory.js';
import type { ParseWorkerData, ParseWorkerMessage } from './parse-worker.js';

/** How a pool run is set up. */
export interface PoolOptions {
  /** The compiled parse-worker module. */
  workerUrl: URL;
  /** Worker threads to start. */
  workers: number;
  /** Whether the main thread takes files too (between files it handles the workers' messages). */
  mainParses: boolean;
  retain: RetainOptions;
  config: ResolvedConfig;
  /**
   * Called with each summary as it arrives (in arrival order, not file order), `fromWorker` when it came from a
   * worker (a copy, none of whose strings is shared with anything else); returns what to keep.
   */
  accept: (summary: AssignedFileSummary, fromWorker: boolean) => AssignedFileSummary;
  /** Called as files are done (for progress). */
  progress: (files: number) => void;
  /** Heap limits of each worker (default WORKER_LIMITS). */
  resourceLimits?: ResourceLimits;
}

/**
 * A worker keeps no data between files, so a 16 MB young generation is enough and, with a 512 MB old-space cap
 * (far above what parsing a file needs), keeps each worker's heap near 50 MB instead of 70 to 100 (measured on
 * a 107 MiB estate, same speed). A file that would need more fails the worker, and is parsed on the main thread.
 */
export const WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 512 };

/** The main thread goes back to its event loop (the workers' batches) after parsing for this long. */
const MAIN_SLICE_MS = 15;

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A started worker and the promise that settles once it has nothing more to give. */
interface StartedWorker {
  worker: Worker | null;
  /** Settles when the worker has posted its last batch, or has failed or exited without doing so. */
  done: Promise<void>;
}

function startWorker(data: ParseWorkerData, url: URL, limits: ResourceLimits, onMessage: (message: ParseWorkerMessage) => void): StartedWorker {
  let worker: Worker;
  try {
    worker = new Worker(url, { workerData: data, resourceLimits: limits });
  } catch {
    return { worker: null, done: Promise.resolve() };
  }
  const done = new Promise<void>((resolve) => {
    worker.on('message', (message: ParseWorkerMessage) => {
      onMessage(message);
      if (message.last) resolve();
    });
    // An error in the worker (it could not load, ran out of memory, died) is not the run's: see parseOnPool.
    worker.on('error', () => undefined);
    worker.on('exit', () => resolve());
  });
  return { worker, done };
}

/**
 * Parse every task on the pool; the result is in task order. Never rejects for a worker's sake: files a worker
 * took but did not return are parsed on the main thread once every worker is done. As soon as every file is in,
 * workers still starting up (a small input parsed by the main thread alone) are stopped rather than waited for.
 */
export async function parseOnPool(tasks: readonly FileTask[], options: PoolOptions): Promise<AssignedFileSummary[]> {
  const { retain, config } = options;
  const results = new Array<AssignedFileSummary | undefined>(tasks.length);
  let missing = tasks.length;
  let allIn = (): void => undefined;
  const allResultsIn = new Promise<void>((resolve) => (allIn = resolve));
  const keep = (index: number, summary: AssignedFileSummary, fromWorker: boolean): void => {
    results[index] = options.accept(summary, fromWorker);
    if (--missing === 0) allIn();
  };
  // JSON text unless ASTs are kept: JSON.parse builds compact objects and shares short strings, where a structured
  // clone gives every string its own copy (107 MiB estate, one worker: 64 against 76 MiB of summaries kept, before
  // interning), for the same cost. ASTs are cloned as they are (JSON would drop their `undefined` members).
  const json = !retain.retainAst;
  const data: ParseWorkerData = { coolgenParsePool: 1, tasks: tasks as FileTask[], retain, config, json, next: new SharedArrayBuffer(4) };
  const next = new Int32Array(data.next);
  const onMessage = (message: ParseWorkerMessage): void => {
    const summaries = 'json' in message ? (JSON.parse(message.json) as AssignedFileSummary[]) : message.summaries;
    for (let k = 0; k < message.indexes.length; k++) keep(message.indexes[k] as number, summaries[k] as AssignedFileSummary, true);
    options.progress(message.indexes.length);
  };
  const parseHere = (index: number): void => {
    keep(index, assignFileBlocks(parseInputFile(tasks[index] as FileTask, retain), config), false);
    options.progress(1);
  };
  const started: StartedWorker[] = [];
  for (let w = 0; w < options.workers; w++) started.push(startWorker(data, options.workerUrl, options.resourceLimits ?? WORKER_LIMITS, onMessage));
  if (options.mainParses) {
    for (let more = true; more; await yieldToEventLoop()) {
      const until = performance.now() + MAIN_SLICE_MS;
      do {
        const index = Atomics.add(next, 0, 1);
        more = index < tasks.length;
        if (more) parseHere(index);
      } while (more && performance.now() < until);
    }
  }
  if (missing > 0) await Promise.race([allResultsIn, Promise.all(started.map((s) => s.done))]);
  for (const { worker } of started) void worker?.terminate();
  for (let index = 0; index < tasks.length; index++) if (results[index] === undefined) parseHere(index);
  return results as AssignedFileSummary[];
}
