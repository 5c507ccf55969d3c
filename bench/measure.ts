// Benchmark helpers: run a command in a child process and measure its wall time and peak RSS.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const RSS_PRELOAD = new URL('./rss-report.js', import.meta.url).href;

export interface ChildRun {
  seconds: number;
  maxRssMiB: number;
  status: number | null;
  stderr: string;
  stdout: string;
}

/** Run `node <script> ...args` with the RSS reporter preloaded; time it and read its peak RSS. */
export function runNode(script: string | URL, args: string[]): ChildRun {
  const path = script instanceof URL ? fileURLToPath(script) : script;
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', RSS_PRELOAD, path, ...args], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  // Worker threads inherit the preload and report too, possibly before the process peak: take the largest.
  const reports = [...(result.stderr ?? '').matchAll(/@@bench-max-rss-kib (\d+)/g)].map((m) => Number(m[1]));
  return {
    seconds,
    maxRssMiB: reports.length > 0 ? Math.max(...reports) / 1024 : Number.NaN,
    status: result.status,
    stdout: result.stdout ?? '',
    stderr: (result.stderr ?? '').replace(/\n?@@bench-max-rss-kib \d+\n?/g, ''),
  };
}

/** Time a synchronous function in-process, best of `runs`. */
export function timeBest<T>(runs: number, fn: () => T): { seconds: number; value: T } {
  let best = Number.POSITIVE_INFINITY;
  let value: T | undefined;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    value = fn();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return { seconds: best, value: value as T };
}
