// The parse pool (src/model/parse-pool.ts) against parsing on the main thread: the same summaries in file order,
// whether the batches come as JSON text or as cloned objects (ASTs), whoever takes which file, and whatever the
// workers do: a worker that cannot load, dies after taking files, exits early or runs out of memory never stops
// the run, and its files are parsed on the main thread. The worker runs need dist/ (tests build first).
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseOnPool, type PoolOptions } from '../../src/model/parse-pool.js';
import { parseWorkerUrl } from '../../src/model/workspace.js';
import { parseInputFile, type FileTask, type RetainOptions } from '../../src/model/file-task.js';
import { assignFileBlocks, type AssignedFileSummary } from '../../src/model/inventory.js';
import { listInputFiles } from '../../src/model/source-reader.js';
import { defaultConfig } from '../../src/model/config-defaults.js';

const ROOT = 'fixtures/workspaces';
const config = defaultConfig();
const tasks: FileTask[] = listInputFiles(['linked', 'broken', 'hand-checked', 'bad-config'].map((n) => join(ROOT, n))).value.map((path) => ({
  path,
  display: path,
}));

const tmp = mkdtempSync(join(tmpdir(), 'coolgen-pool-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A stand-in worker module (plain ESM) with the given body; it gets the pool's workerData. */
function fakeWorker(name: string, body: string): URL {
  const file = join(tmp, `${name}.mjs`);
  writeFileSync(file, `import { workerData } from 'node:worker_threads';\nconst next = new Int32Array(workerData.next);\n${body}\n`);
  return pathToFileURL(file);
}

function inline(retain: RetainOptions): AssignedFileSummary[] {
  return tasks.map((t) => assignFileBlocks(parseInputFile(t, retain), config));
}

async function pooled(retain: RetainOptions, options: Partial<PoolOptions> = {}): Promise<{ results: AssignedFileSummary[]; progressed: number }> {
  let progressed = 0;
  const results = await parseOnPool(tasks, {
    workerUrl: parseWorkerUrl(),
    workers: 2,
    mainParses: true,
    retain,
    config,
    accept: (s) => s,
    progress: (n) => (progressed += n),
    ...options,
  });
  return { results, progressed };
}

describe('parseOnPool', () => {
  it('has more files than threads to share out', () => {
    expect(tasks.length).toBeGreaterThan(8);
  });

  it.each([
    ['JSON batches, views kept', { retainAst: false, retainViews: true }],
    ['JSON batches, no views', { retainAst: false, retainViews: false }],
    ['cloned batches with ASTs', { retainAst: true, retainViews: true }],
  ])('gives the main thread’s summaries in file order (%s)', async (_title, retain) => {
    const expected = inline(retain);
    for (const mainParses of [true, false]) {
      const { results, progressed } = await pooled(retain, { mainParses });
      expect(results).toStrictEqual(expected);
      expect(progressed).toBe(tasks.length);
    }
  });

  it('parses everything on the main thread when no worker can load', async () => {
    const missing = pathToFileURL(join(tmp, 'no-such-worker.mjs'));
    const { results, progressed } = await pooled({ retainAst: false, retainViews: false }, { workerUrl: missing, mainParses: false });
    expect(results).toStrictEqual(inline({ retainAst: false, retainViews: false }));
    expect(progressed).toBe(tasks.length);
  });

  it.each([
    ['throws after taking files', "Atomics.add(next, 0, 3);\nthrow new Error('worker died');"],
    ['exits after taking files', 'Atomics.add(next, 0, 3);\nprocess.exit(3);'],
  ])('parses the files of a worker that %s on the main thread', async (name, body) => {
    const retain = { retainAst: false, retainViews: true };
    const { results, progressed } = await pooled(retain, { workerUrl: fakeWorker(name.replace(/\W+/g, '-'), body), workers: 1, mainParses: false });
    expect(results).toStrictEqual(inline(retain));
    expect(progressed).toBe(tasks.length);
  });

  it('goes on when a worker runs out of memory', async () => {
    const retain = { retainAst: false, retainViews: false };
    const tiny = { maxOldGenerationSizeMb: 2, maxYoungGenerationSizeMb: 1 }; // too small even to load the parser
    const { results, progressed } = await pooled(retain, { workers: 1, mainParses: false, resourceLimits: tiny });
    expect(results).toStrictEqual(inline(retain));
    expect(progressed).toBe(tasks.length);
  });
});
