// `coolgen graph`, `coolgen analyze` and `coolgen impact` in-process on a small real estate
// (fixtures/graphs/cli-estate): formats, --focus/--depth/--chain, --out, and the exit codes 0 / 1 / 2.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { xmlWellFormednessErrors } from '../report/graph-xml-check.js';

const ESTATE = 'fixtures/graphs/cli-estate/estate';
const CONFIG = 'fixtures/graphs/cli-estate/coolgen.config.json';

let stdout = '';
let stderr = '';
beforeEach(() => {
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe('coolgen analyze', () => {
  it('prints cycles with paths, waves, unreferenced blocks, coupling and data use as JSON', async () => {
    expect(await runCli(['analyze', ESTATE, '--config', CONFIG])).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.cycles.map((c: { members: string[]; path: string[] }) => [c.members, c.path])).toEqual([
      [['VPB_CHECK_UNITY', 'VPB_FIND_PARENT'], ['VPB_CHECK_UNITY', 'VPB_FIND_PARENT', 'VPB_CHECK_UNITY']],
    ]);
    expect(result.waves).toEqual([
      ['IH_GET_RATE', 'LH_ORPHAN', 'VPB_CHECK_UNITY', 'VPB_FIND_PARENT'],
      ['IH_CALC_BOX1', 'LH_PAY'],
    ]);
    expect(result.unreferenced).toEqual(['LH_ORPHAN']);
    expect(result.coupling.edges).toEqual([
      { from: 'income-tax', to: 'corporate-tax', source: 'IH_CALC_BOX1', target: 'VPB_CHECK_UNITY' },
      { from: 'payroll', to: 'income-tax', source: 'LH_PAY', target: 'IH_GET_RATE' },
    ]);
    expect(result.dataUse.entities.map((e: { entity: string }) => e.entity)).toEqual(['rate_table', 'taxpayer']);
    expect(stderr).toContain('coolgen analyze: blocks 6, waves 2, cycles 1, unreferenced 1, cross-chain calls 2');
  });

  it('uses the default config (no entry points) when none is given', async () => {
    expect(await runCli(['analyze', ESTATE])).toBe(0);
    expect(JSON.parse(stdout).unreferenced).toEqual(['IH_CALC_BOX1', 'LH_ORPHAN', 'LH_PAY']);
  });

  it('writes Markdown to --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coolgen-analyze-'));
    try {
      const out = join(dir, 'analysis.md');
      expect(await runCli(['analyze', ESTATE, '--format', 'md', '--out', out])).toBe(0);
      expect(stdout).toBe('');
      const md = readFileSync(out, 'utf8');
      expect(md).toContain('## Cycles (1)');
      expect(md).toContain('VPB_CHECK_UNITY → VPB_FIND_PARENT → VPB_CHECK_UNITY');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 on usage and config errors, writing nothing', async () => {
    expect(await runCli(['analyze'])).toBe(2);
    expect(await runCli(['analyze', 'fixtures/graphs/no-such-folder'])).toBe(2);
    expect(await runCli(['analyze', ESTATE, '--config', 'fixtures/graphs/no-such.json'])).toBe(2);
    expect(stderr).toContain('config/not-found');
    expect(stdout).toBe('');
  });

  it('writes nothing on stdout when yargs rejects an option value', async () => {
    // Needs src/cli/main.ts's .fail() to throw: otherwise yargs still runs the handler after the usage error.
    expect(await runCli(['analyze', ESTATE, '--format', 'xml'])).toBe(2);
    expect(stdout).toBe('');
  });
});

describe('coolgen impact', () => {
  it('prints the transitive callers with depth and chain, case-insensitively', async () => {
    expect(await runCli(['impact', 'ih_get_rate', ESTATE])).toBe(0);
    const impact = JSON.parse(stdout);
    expect(impact.target).toBe('IH_GET_RATE');
    expect(impact.callers).toEqual([
      { name: 'IH_CALC_BOX1', depth: 1, domain: 'income-tax', resolved: true },
      { name: 'LH_PAY', depth: 1, domain: 'payroll', resolved: true },
    ]);
    expect(impact.dependencies).toEqual([]);
    expect(impact.chains).toEqual(['income-tax', 'payroll']);
  });

  it('lists dependencies including unresolved targets, and renders Markdown', async () => {
    expect(await runCli(['impact', 'IH_CALC_BOX1', ESTATE, '--format', 'md'])).toBe(0);
    expect(stdout).toContain('# Impact of IH_CALC_BOX1');
    expect(stdout).toMatch(/\| 3 \| VPB_MISSING_HELPER \| corporate-tax \| unresolved \|/);
  });

  it('exits 1 when the block is not in the estate, suggesting similar names', async () => {
    expect(await runCli(['impact', 'RATE', ESTATE])).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain("analyse/unknown-target: 'RATE' is not a block");
    expect(stderr).toContain('Did you mean: IH_GET_RATE?');
  });
});

describe('coolgen graph', () => {
  it('prints the graph as JSON by default', async () => {
    expect(await runCli(['graph', ESTATE])).toBe(0);
    const graph = JSON.parse(stdout);
    expect(graph.chains).toEqual(['income-tax', 'corporate-tax', 'payroll']);
    expect(graph.nodes.find((n: { id: string }) => n.id === 'VPB_MISSING_HELPER')).toMatchObject({ kind: 'unresolved', resolved: false });
  });

  it('clusters DOT by chain and GraphML is well-formed', async () => {
    expect(await runCli(['graph', ESTATE, '--format', 'dot'])).toBe(0);
    expect(stdout).toContain('subgraph "cluster_payroll" {');
    expect(stdout).toContain('"VPB_FIND_PARENT" -> "VPB_MISSING_HELPER";');
    stdout = '';
    expect(await runCli(['graph', ESTATE, '--format', 'graphml'])).toBe(0);
    expect(xmlWellFormednessErrors(stdout)).toEqual([]);
  });

  it('focuses Mermaid on one block to a depth, and filters a chain', async () => {
    expect(await runCli(['graph', ESTATE, '--format', 'mermaid', '--focus', 'lh_pay', '--depth', '1', '--no-entities'])).toBe(0);
    expect(stdout.startsWith('flowchart LR\n')).toBe(true);
    expect(stdout).toContain('"LH_PAY"');
    expect(stdout).toContain('"IH_GET_RATE"');
    expect(stdout).not.toContain('IH_CALC_BOX1');
    stdout = '';
    expect(await runCli(['graph', ESTATE, '--chain', 'corporate-tax'])).toBe(0);
    expect(JSON.parse(stdout).nodes.map((n: { id: string }) => n.id)).toEqual(['IH_CALC_BOX1', 'VPB_CHECK_UNITY', 'VPB_FIND_PARENT', 'VPB_MISSING_HELPER']);
  });

  it('exits 1 for an unknown focus block or chain, 2 for bad options', async () => {
    expect(await runCli(['graph', ESTATE, '--focus', 'NOPE'])).toBe(1);
    expect(await runCli(['graph', ESTATE, '--chain', 'nope'])).toBe(1);
    expect(stderr).toContain("no chain 'nope' in the estate. Chains: income-tax, corporate-tax, payroll.");
    expect(await runCli(['graph', ESTATE, '--focus', 'LH_PAY', '--depth', '-1'])).toBe(2);
    expect(await runCli(['graph', ESTATE, '--focus', 'LH_PAY', '--depth', '1.5'])).toBe(2);
    expect(stdout).toBe('');
    expect(await runCli(['graph', ESTATE, '--depth', '1'])).toBe(2);
    expect(await runCli(['graph', ESTATE, '--format', 'svg'])).toBe(2);
  });
});
