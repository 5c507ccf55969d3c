// Benchmark child: parse every listed file on ONE thread (read bytes + decode + parse, block by block),
// keeping nothing but counters, so its peak RSS is the parser's own.
import { readFileSync } from 'node:fs';
import { parseSource } from '../src/syntax/index.js';
import { readSourceBytes } from '../src/model/source-reader.js';

const files = readFileSync(process.argv[2] ?? '', 'utf8').split('\n').filter(Boolean);
let blocks = 0;
let errors = 0;
const start = process.hrtime.bigint();
for (const file of files) {
  const bytes = readSourceBytes(file).value;
  if (!bytes) continue;
  const parsed = parseSource(bytes, { file });
  blocks += parsed.value.blocks.length;
  errors += parsed.diagnostics.filter((d) => d.severity === 'error').length;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
process.stdout.write(JSON.stringify({ seconds, blocks, errors }));
