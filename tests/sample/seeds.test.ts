// The committed seeds/ estate: regenerating it with `--blocks 300 --seed 2024` reproduces every file byte for
// byte (seeds can never drift from the generator), it parses clean, and it has the features the issues need:
// three chains and shared blocks, EABs, cycles, a self-call, cross-chain calls, unreferenced blocks, unresolved
// USE targets and hard-coded rates. The block names seeds/README.md cites must exist.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateSampleEstate, formatSampleManifest, SAMPLE_MANIFEST_FILE } from '../../src/sample/index.js';
import { allStatements, callGraph, chainOf, components, parseEstate } from './helpers.js';

const SEEDS = join(__dirname, '..', '..', 'seeds');

/** The texts of every number literal inside an expression tree. */
function numbers(node: unknown): string[] {
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  if (record.kind === 'Number' && typeof record.text === 'string') return [record.text];
  return Object.entries(record).flatMap(([k, v]) => (k === 'span' ? [] : Array.isArray(v) ? v.flatMap(numbers) : numbers(v)));
}
const estate = generateSampleEstate({ blocks: 300, seed: 2024 });

function listFiles(prefix = ''): string[] {
  return readdirSync(join(SEEDS, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(prefix, e.name)) : [join(prefix, e.name).split('\\').join('/')],
  );
}

describe('seeds/', () => {
  it('is exactly what `coolgen sample --blocks 300 --seed 2024` generates, byte for byte', () => {
    for (const file of estate.files) {
      expect(readFileSync(join(SEEDS, file.path), 'utf8'), file.path).toBe(file.content);
    }
    expect(readFileSync(join(SEEDS, SAMPLE_MANIFEST_FILE), 'utf8')).toBe(formatSampleManifest(estate.manifest));
  });

  it('holds no other files than the generated ones, the README and the type map of the generate phase', () => {
    const expected = [...estate.files.map((f) => f.path), SAMPLE_MANIFEST_FILE, 'README.md', 'type-map.json'].sort();
    expect(listFiles().sort()).toEqual(expected);
  });

  it('parses clean and has the deliberate features', () => {
    const parsed = parseEstate(estate.files);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.blocks).toHaveLength(300);
    const names = parsed.blocks.map((p) => p.block.name);
    const chains = new Set(names.map(chainOf));
    expect([...chains].sort()).toEqual(['corporate-tax', 'income-tax', 'payroll', 'shared']);
    const externals = parsed.blocks.filter((p) => p.block.statements.some((s) => s.kind === 'External'));
    expect(externals.length).toBeGreaterThanOrEqual(10);
    for (const e of externals) expect(e.file.endsWith('.cbl')).toBe(true);

    const graph = callGraph(parsed);
    const cycles = components(graph).filter((c) => c.length > 1);
    expect(cycles.length).toBeGreaterThanOrEqual(3);
    expect(cycles.some((c) => c.length === 2) && cycles.some((c) => c.length === 3)).toBe(true);
    const selfCalls = [...graph].filter(([name, callees]) => callees.includes(name)).map(([name]) => name);
    expect(selfCalls).toEqual(['VPB_LIST_UNITY_MEMBERS']);

    const edges = [...graph].flatMap(([from, callees]) => callees.filter((to) => graph.has(to)).map((to) => [chainOf(from), chainOf(to)]));
    const pairs = new Set(edges.filter(([a, b]) => a !== b).map(([a, b]) => `${a}->${b}`));
    for (const pair of ['income-tax->shared', 'payroll->income-tax', 'corporate-tax->income-tax']) expect(pairs).toContain(pair);

    const called = new Set([...graph].flatMap(([from, callees]) => callees.filter((c) => c !== from)));
    const unreferenced = names.filter((n) => !called.has(n) && !/_(BATCH|ONLINE)(_[0-9]+)?$/.test(n) && !/_SRV_/.test(n));
    expect(unreferenced.sort()).toEqual(estate.manifest.features.unreferenced);
    expect(unreferenced.length).toBeGreaterThanOrEqual(4);

    const unresolved = [...graph].flatMap(([, callees]) => callees.filter((c) => !graph.has(c)));
    expect(unresolved.sort()).toEqual(['CAB_CONVERT_GUILDERS_TO_EURO', 'IH_EAB_SEND_BERICHTENBOX']);

    const rates = new Set<string>();
    for (const { block } of parsed.blocks) {
      for (const s of allStatements(block.statements)) {
        if (s.kind !== 'Set' || !s.value) continue;
        for (const n of numbers(s.value)) if (n.includes('.')) rates.add(n);
      }
    }
    for (const rate of ['0.3693', '0.3697', '0.4950', '0.2580', '1.2']) expect(rates).toContain(rate);
  });

  it('documents in README.md only block names that exist, and every deliberate feature by name', () => {
    const readme = readFileSync(join(SEEDS, 'README.md'), 'utf8');
    const names = new Set(estate.files.flatMap((f) => [...f.content.matchAll(/\+->   ([A-Z0-9_]+)/g)].map((m) => m[1] ?? '')));
    const cited = [...readme.matchAll(/`((?:IH|VPB|LH|CAB|SI|FN)_[A-Z0-9_]+)`/g)].map((m) => m[1] ?? '');
    expect(cited.length).toBeGreaterThan(20);
    const unresolved = new Set(['CAB_CONVERT_GUILDERS_TO_EURO', 'IH_EAB_SEND_BERICHTENBOX']);
    for (const name of cited) expect(names.has(name) || unresolved.has(name), name).toBe(true);
    const f = estate.manifest.features;
    for (const name of [...f.cycles.flat(), ...f.selfCalls, ...f.unreferenced, ...f.entryPoints, ...f.procedureSteps, ...estate.manifest.demo.implement]) {
      expect(readme, name).toContain(`\`${name}\``);
    }
    for (const u of f.unresolvedUses) expect(readme).toContain(u.target);
  });
});
