// Worker-thread entry for the piscina pool: parses a batch of files and returns only their summaries (and ASTs
// when asked). The worker reads each file itself, so no file bytes cross threads.
import { parseInputFiles, type FileTask, type RetainOptions } from './file-task.js';
import type { FileSummary } from './summarise.js';

/** One pool task: a batch of files. */
export interface ParseBatch {
  tasks: FileTask[];
  retain: RetainOptions;
}

/** Parse one batch (piscina calls the default export). */
export default function parseBatch(batch: ParseBatch): FileSummary[] {
  return parseInputFiles(batch.tasks, batch.retain);
}
