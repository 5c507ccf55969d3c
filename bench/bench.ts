// `npm run bench`: throughput and memory of parse, inventory and analyses on a generated estate of 100 MB+,
// each as a ratio to a regex line scan of the same files measured in the same run (never absolute targets).
import { existsSync, readFileSync, statSync, writeFileSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir, availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listInputFiles } from '../src/index.js';
import { regexLineScan } from './regex-scan.js';
import { runNode, timeBest } from './measure.js';

const CLI = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
const targetMiB = Number(process.env.COOLGEN_BENCH_MIB ?? 100);
const MiB = 1024 * 1024;

function sample(blocks: number, out: string): void {
  const r = spawnSync(process.execPath, [CLI, 'sample', '--blocks', String(blocks), '--seed', '7', '--out', out, '--force'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`coolgen sample failed (${r.status})`);
}

function corpusFiles(dir: string): { files: string[]; bytes: number; largest: number } {
  const files = listInputFiles([dir], ['**/*.{cbl,cob,txt,ad}'], []).value;
  let bytes = 0;
  let largest = 0;
  for (const f of files) {
    const size = statSync(f).size;
    bytes += size;
    largest = Math.max(largest, size);
  }
  return { files, bytes, largest };
}

function prepareCorpus(): { dir: string; files: string[]; bytes: number; largest: number } {
  const dir = join(tmpdir(), `coolgen-bench-${targetMiB}mib`);
  if (existsSync(join(dir, '.coolgen-sample.json'))) {
    const c = corpusFiles(dir);
    if (c.bytes >= targetMiB * MiB) return { dir, ...c };
  }
  const probe = mkdtempSync(join(tmpdir(), 'coolgen-probe-'));
  sample(400, probe);
  const perBlock = corpusFiles(probe).bytes / 400;
  const blocks = Math.ceil(((targetMiB * MiB) / perBlock) * 1.04);
  process.stderr.write(`bench: generating ${blocks} blocks (~${targetMiB} MiB) in ${dir}\n`);
  sample(blocks, dir);
  return { dir, ...corpusFiles(dir) };
}

const fmt = (n: number, d = 2): string => n.toFixed(d);

const corpus = prepareCorpus();
const mib = corpus.bytes / MiB;
for (const f of corpus.files) readFileSync(f); // warm the page cache so every pass reads from memory
const listFile = join(tmpdir(), 'coolgen-bench-files.txt');
writeFileSync(listFile, corpus.files.join('\n'));

const scan = timeBest(3, () => regexLineScan(corpus.files));
const scanRate = mib / scan.seconds;

const parse = runNode(new URL('./parse-run.js', import.meta.url), [listFile]);
const parseSeconds = parse.status === 0 ? (JSON.parse(parse.stdout) as { seconds: number }).seconds : parse.seconds;

const invOut = join(tmpdir(), 'coolgen-bench-inventory.json');
const single = runNode(CLI, ['inventory', corpus.dir, '--format', 'json', '--out', invOut, '--workers', 'off']);
const workers = runNode(CLI, ['inventory', corpus.dir, '--format', 'json', '--out', invOut]);
const analysisChild = spawnSync(process.execPath, [fileURLToPath(new URL('./analysis-run.js', import.meta.url)), invOut, '25000,50000,100000'], {
  encoding: 'utf8',
  maxBuffer: 64 * MiB,
});
const analysis = analysisChild.status === 0 ? (JSON.parse(analysisChild.stdout) as { blocks: number; seconds: number }[]) : [];
const inventoryBlocks = (JSON.parse(readFileSync(invOut, 'utf8')) as { actionBlocks: unknown[] }).actionBlocks.length;

const memLimit = 256 + (3 * corpus.largest) / MiB;
const lines = [
  `coolgen benchmark — ${corpus.files.length} files, ${fmt(mib, 1)} MiB, largest file ${fmt(corpus.largest / 1024, 1)} KiB, ${availableParallelism()} cores, node ${process.version}`,
  '',
  '| measurement | seconds | MiB/s | ratio to regex scan | peak RSS MiB | target |',
  '| --- | ---: | ---: | ---: | ---: | --- |',
  `| regex line scan (baseline, best of 3) | ${fmt(scan.seconds)} | ${fmt(scanRate, 1)} | 1.00 | – | – |`,
  `| parse, 1 thread (read+decode+parse) | ${fmt(parseSeconds)} | ${fmt(mib / parseSeconds, 1)} | ${fmt(parseSeconds / scan.seconds)} | ${fmt(parse.maxRssMiB, 0)} | ≤ 8× |`,
  `| inventory CLI, --workers off | ${fmt(single.seconds)} | ${fmt(mib / single.seconds, 1)} | ${fmt(single.seconds / scan.seconds)} | ${fmt(single.maxRssMiB, 0)} | ≤ 12×, RSS ≤ ${fmt(memLimit, 0)} |`,
  `| inventory CLI, default (workers) | ${fmt(workers.seconds)} | ${fmt(mib / workers.seconds, 1)} | ${fmt(workers.seconds / scan.seconds)} | ${fmt(workers.maxRssMiB, 0)} | ≤ 7×, RSS ≤ ${fmt(memLimit, 0)} |`,
  '',
  `inventory: ${inventoryBlocks} blocks; exit codes: single ${single.status}, workers ${workers.status}`,
  '',
  '| graph + analyses | blocks | seconds | µs per block | vs inventory (workers) time |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...analysis.map((a) => `| replicated estate | ${a.blocks} | ${fmt(a.seconds)} | ${fmt((a.seconds / a.blocks) * 1e6, 1)} | ${fmt(a.seconds / workers.seconds)}× |`),
];
if (parse.status !== 0) lines.push('', `parse child failed: ${parse.stderr.slice(0, 2000)}`);
if (analysisChild.status !== 0) lines.push('', `analysis child failed: ${analysisChild.stderr.slice(0, 2000)}`);
process.stdout.write(lines.join('\n') + '\n');
