// Benchmark child: graph + analyses on inventories of growing size (replicas of a real generated inventory,
// renamed so that each replica is a separate estate), to show that the analyses stay linear up to 100k blocks.
import { readFileSync } from 'node:fs';
import { analyzeEstate, type Inventory, type InventoryBlock } from '../src/index.js';

const base = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as Inventory;
const sizes = (process.argv[3] ?? '25000,50000,100000').split(',').map(Number);

function replicate(inventory: Inventory, blocks: number): Inventory {
  const out: InventoryBlock[] = [];
  for (let r = 0; out.length < blocks; r++) {
    const suffix = r === 0 ? '' : `_R${r}`;
    for (const b of inventory.actionBlocks) {
      if (out.length >= blocks) break;
      out.push({ ...b, name: b.name + suffix, calls: b.calls.map((c) => c + suffix) });
    }
  }
  return { ...inventory, actionBlocks: out, unresolvedTargets: [] };
}

const results: { blocks: number; seconds: number; cycles: number; waves: number }[] = [];
for (const size of sizes) {
  const inventory = replicate(base, size);
  const start = process.hrtime.bigint();
  const analysis = analyzeEstate(inventory, {});
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  results.push({ blocks: inventory.actionBlocks.length, seconds, cycles: analysis.cycles.length, waves: analysis.waves.length });
}
process.stdout.write(JSON.stringify(results));
