// End to end on the sample estate in seeds/ (made by `coolgen sample`): load, graph, analyse and render, then check
// the deliberate features of every sample (core cycles, self-call, cross-chain cycle, dead blocks, entry points,
// unresolved targets) exactly, and the wave/cycle invariants on the whole estate. COOLGEN_SEEDS overrides the folder.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadWorkspace } from '../../src/model/workspace.js';
import { resolveConfigFile } from '../../src/model/config-file.js';
import { analyzeGraph, buildDependencyGraph, chainLevelGraph, computeImpact } from '../../src/analysis/index.js';
import type { AnalysisResult, DependencyGraph } from '../../src/analysis/index.js';
import { MERMAID_MAX_TEXT_SIZE, renderChainGraphDot, renderChainGraphMermaid, renderGraphGraphml, renderGraphMermaid } from '../../src/report/graph-reports.js';
import { xmlWellFormednessErrors } from '../report/graph-xml-check.js';

const SEEDS = process.env.COOLGEN_SEEDS ?? 'seeds';
const CONFIG = join(SEEDS, 'coolgen.config.json');

describe.skipIf(!existsSync(CONFIG))(`the sample estate in ${SEEDS}`, async () => {
  const config = resolveConfigFile({ configPath: CONFIG, cwd: process.cwd() });
  const workspace = await loadWorkspace({ paths: [SEEDS], config: config.value, workers: false });
  const graph: DependencyGraph = buildDependencyGraph(workspace.inventory, config.value);
  const result: AnalysisResult = analyzeGraph(graph, config.value);
  const cycle = (first: string) => result.cycles.find((c) => c.members[0] === first && !c.selfCall);

  it('loads with a valid config and a few hundred blocks in the three chains', () => {
    expect(config.diagnostics).toEqual([]);
    expect(workspace.inventory.actionBlocks.length).toBeGreaterThan(100);
    expect(graph.chains.slice(0, 3)).toEqual(['income-tax', 'corporate-tax', 'payroll']);
  });

  it('finds the deliberate cycles with exact closing paths', () => {
    expect(cycle('IH_CALC_LABOUR_TAX_CREDIT')).toEqual({
      members: ['IH_CALC_LABOUR_TAX_CREDIT', 'IH_CALC_VOORLOPIGE_AANSLAG', 'IH_DETERMINE_TAX_CREDITS'],
      path: ['IH_CALC_LABOUR_TAX_CREDIT', 'IH_CALC_VOORLOPIGE_AANSLAG', 'IH_DETERMINE_TAX_CREDITS', 'IH_CALC_LABOUR_TAX_CREDIT'],
      selfCall: false,
      chains: ['income-tax'],
    });
    expect(cycle('VPB_APPLY_LOSS_OFFSET')?.path).toEqual(['VPB_APPLY_LOSS_OFFSET', 'VPB_CALC_TAXABLE_PROFIT', 'VPB_APPLY_LOSS_OFFSET']);
    expect(cycle('IH_CHECK_CREDIT_ENTITLEMENT')).toMatchObject({
      members: ['IH_CHECK_CREDIT_ENTITLEMENT', 'LH_DETERMINE_EMPLOYEE_CREDIT'],
      chains: ['income-tax', 'payroll'],
    });
    expect(result.cycles).toContainEqual({ members: ['VPB_LIST_UNITY_MEMBERS'], path: ['VPB_LIST_UNITY_MEMBERS', 'VPB_LIST_UNITY_MEMBERS'], selfCall: true, chains: ['corporate-tax'] });
  });

  it('lists the dead blocks as unreferenced, never entry points or procedure steps', () => {
    for (const dead of ['IH_CALC_BOX3_FORFAIT_2000', 'LH_CALC_SPECIAL_RATE_NLG', 'CAB_FORMAT_DATE_OLD', 'VPB_CHECK_WBSO_OLD']) expect(result.unreferenced).toContain(dead);
    for (const entry of ['IH_SRV_GET_ASSESSMENT', 'LH_SRV_REGISTER_LOONAANGIFTE', 'IH_PROCESS_DECLARATION_BATCH']) expect(result.unreferenced).not.toContain(entry);
  });

  it('keeps unresolved targets out of the waves and the cycle members in one wave', () => {
    const inWaves = new Set(result.waves.flat());
    for (const t of workspace.inventory.unresolvedTargets) expect(inWaves.has(t.name)).toBe(false);
    expect(graph.nodes.find((n) => n.id === 'CAB_CONVERT_GUILDERS_TO_EURO')).toMatchObject({ resolved: false });
    const waveOf = new Map(result.waves.flatMap((w, k) => w.map((n) => [n, k] as const)));
    expect(inWaves.size).toBe(graph.nodes.filter((n) => n.kind !== 'entity' && n.kind !== 'unresolved').length);
    const sameUnit = new Map<string, number>();
    result.cycles.filter((c) => !c.selfCall).forEach((c, i) => c.members.forEach((m) => sameUnit.set(m, i)));
    for (const c of result.cycles) expect(new Set(c.members.map((m) => waveOf.get(m))).size).toBe(1);
    for (const e of graph.edges) {
      if (e.type !== 'uses' || e.source === e.target || !waveOf.has(e.target)) continue;
      const unit = sameUnit.get(e.source);
      if (unit !== undefined && unit === sameUnit.get(e.target)) continue;
      expect(waveOf.get(e.source)!).toBeGreaterThan(waveOf.get(e.target)!);
    }
  });

  it('shows the cross-chain calls and impact across chains', () => {
    const ih = result.coupling.chains.indexOf('income-tax');
    const lh = result.coupling.chains.indexOf('payroll');
    expect(result.coupling.matrix[lh]![ih]!).toBeGreaterThan(0);
    expect(result.coupling.edges).toContainEqual({ from: 'corporate-tax', to: 'income-tax', source: 'VPB_CALC_DIVIDEND_INCOME', target: 'IH_CALC_BOX2_INCOME' });
    const impact = computeImpact(graph, 'ih_calc_general_tax_credit')!;
    expect(impact.callers).toContainEqual(expect.objectContaining({ name: 'LH_DETERMINE_EMPLOYEE_CREDIT', depth: 1, domain: 'payroll' }));
    expect(impact.chains).toContain('payroll');
  });

  it('flags personal data in the data use', () => {
    expect(result.dataUse.entities.some((e) => e.attributes.some((a) => a.personalData && /bsn/i.test(a.name)))).toBe(true);
  });

  it('renders: GraphML well-formed, Mermaid within the limit, chain-level views', () => {
    expect(xmlWellFormednessErrors(renderGraphGraphml(graph))).toEqual([]);
    const mermaid = renderGraphMermaid(graph, { chainLevel: chainLevelGraph(graph) });
    expect(mermaid.text.length).toBeLessThanOrEqual(MERMAID_MAX_TEXT_SIZE);
    expect(renderChainGraphDot(chainLevelGraph(graph))).toContain('"payroll" -> "income-tax"');
    expect(renderChainGraphMermaid(chainLevelGraph(graph))).toMatch(/^flowchart LR\n/);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(analyzeGraph(buildDependencyGraph(workspace.inventory, config.value), config.value))).toBe(JSON.stringify(result));
  });
});
