// Fan-in/fan-out with instability per block and per chain, the cross-chain coupling matrix with shared writes,
// and the data use per entity type and attribute with personal-data flags.
import { describe, expect, it } from 'vitest';
import {
  buildDependencyGraph,
  computeChainInstability,
  computeCoupling,
  computeDataUse,
  computeFanInOut,
  analyzeEstate,
  instability,
} from '../../src/analysis/index.js';
import { makeInventory } from './build-inventory.js';

const estate = makeInventory({
  IH_CALC: { calls: ['IH_RATE', 'VPB_FISCAL', 'IH_CALC'], entities: { taxpayer: 'RU' }, entityAttributes: { taxpayer: { R: ['bsn', 'name'], U: ['status'] } } },
  IH_RATE: { calls: [], entities: { rate_table: 'R' }, entityAttributes: { rate_table: { R: ['rate'] } } },
  VPB_FISCAL: { calls: ['IH_RATE', 'SHARED_LOG'], entities: { taxpayer: 'C' }, entityAttributes: { taxpayer: { C: ['bsn', 'Email_Address'] } } },
  LH_PAY: { calls: ['IH_CALC', 'SHARED_LOG', 'LH_GONE'], entities: { taxpayer: 'D', employee: 'CR' }, entityAttributes: { employee: { C: ['iban'], R: ['birth_date'] } } },
  SHARED_LOG: { calls: [] },
});
const graph = buildDependencyGraph(estate);

describe('fan-in, fan-out and instability', () => {
  it('computes Ca, Ce and I = Ce / (Ca + Ce) per block, self-calls not counted, unresolved callees counted', () => {
    expect(computeFanInOut(graph)).toEqual([
      { name: 'IH_CALC', domain: 'income-tax', kind: 'action-block', fanIn: 1, fanOut: 2, instability: 0.667 },
      { name: 'IH_RATE', domain: 'income-tax', kind: 'action-block', fanIn: 2, fanOut: 0, instability: 0 },
      { name: 'LH_PAY', domain: 'payroll', kind: 'action-block', fanIn: 0, fanOut: 3, instability: 1 },
      { name: 'SHARED_LOG', domain: 'unclassified', kind: 'action-block', fanIn: 2, fanOut: 0, instability: 0 },
      { name: 'VPB_FISCAL', domain: 'corporate-tax', kind: 'action-block', fanIn: 1, fanOut: 2, instability: 0.667 },
    ]);
  });

  it('is 0 when a block has neither callers nor callees', () => {
    expect(instability(0, 0)).toBe(0);
    expect(instability(3, 1)).toBe(0.25);
  });

  it('counts chain coupling across chain borders only', () => {
    expect(computeChainInstability(graph)).toEqual([
      // income-tax: called by VPB_FISCAL (→IH_RATE) and LH_PAY (→IH_CALC); calls VPB_FISCAL.
      { chain: 'income-tax', blocks: 2, afferent: 2, efferent: 1, callsIn: 2, callsOut: 1, instability: 0.333 },
      { chain: 'corporate-tax', blocks: 1, afferent: 1, efferent: 2, callsIn: 1, callsOut: 2, instability: 0.667 },
      // LH_GONE is unresolved but payroll by name: a call inside the chain.
      { chain: 'payroll', blocks: 1, afferent: 0, efferent: 2, callsIn: 0, callsOut: 2, instability: 1 },
      { chain: 'unclassified', blocks: 1, afferent: 2, efferent: 0, callsIn: 2, callsOut: 0, instability: 0 },
    ]);
  });
});

describe('cross-chain coupling', () => {
  it('builds the matrix with the three tax chains first and lists every crossing call', () => {
    const coupling = computeCoupling(graph);
    expect(coupling.chains).toEqual(['income-tax', 'corporate-tax', 'payroll', 'unclassified']);
    expect(coupling.matrix).toEqual([
      [1, 1, 0, 0],
      [1, 0, 0, 1],
      [1, 0, 1, 1],
      [0, 0, 0, 0],
    ]);
    expect(coupling.edges).toEqual([
      { from: 'income-tax', to: 'corporate-tax', source: 'IH_CALC', target: 'VPB_FISCAL' },
      { from: 'corporate-tax', to: 'income-tax', source: 'VPB_FISCAL', target: 'IH_RATE' },
      { from: 'corporate-tax', to: 'unclassified', source: 'VPB_FISCAL', target: 'SHARED_LOG' },
      { from: 'payroll', to: 'income-tax', source: 'LH_PAY', target: 'IH_CALC' },
      { from: 'payroll', to: 'unclassified', source: 'LH_PAY', target: 'SHARED_LOG' },
    ]);
  });

  it('lists entity types written by blocks of more than one chain', () => {
    expect(computeCoupling(graph).sharedWrites).toEqual([
      {
        entity: 'taxpayer',
        chains: ['income-tax', 'corporate-tax', 'payroll'],
        writers: [
          { name: 'IH_CALC', domain: 'income-tax', letters: 'U' },
          { name: 'LH_PAY', domain: 'payroll', letters: 'D' },
          { name: 'VPB_FISCAL', domain: 'corporate-tax', letters: 'C' },
        ],
      },
    ]);
  });

  it('always shows the three tax chains, even in an estate without them', () => {
    const c = computeCoupling(buildDependencyGraph(makeInventory({ X: ['Y'], Y: [] })));
    expect(c.chains).toEqual(['income-tax', 'corporate-tax', 'payroll', 'unclassified']);
    expect(c.matrix[3]).toEqual([0, 0, 0, 1]);
    expect(c.edges).toEqual([]);
    expect(c.sharedWrites).toEqual([]);
  });
});

describe('data use', () => {
  it('lists per entity type and attribute which blocks C/R/U/D it, flagging personal data', () => {
    const use = computeDataUse(graph);
    expect(use.personalDataPatterns).toEqual(['bsn', 'sofi', 'iban', 'email', 'ip_address', 'birth_date']);
    expect(use.entities.map((e) => e.entity)).toEqual(['employee', 'rate_table', 'taxpayer']);
    const taxpayer = use.entities[2]!;
    expect(taxpayer.blocks).toEqual({ C: ['VPB_FISCAL'], R: ['IH_CALC'], U: ['IH_CALC'], D: ['LH_PAY'] });
    expect(taxpayer.personalData).toBe(true);
    expect(taxpayer.attributes).toEqual([
      { name: 'Email_Address', personalData: true, C: ['VPB_FISCAL'], R: [], U: [], D: [] },
      { name: 'bsn', personalData: true, C: ['VPB_FISCAL'], R: ['IH_CALC'], U: [], D: [] },
      { name: 'name', personalData: false, C: [], R: ['IH_CALC'], U: [], D: [] },
      { name: 'status', personalData: false, C: [], R: [], U: ['IH_CALC'], D: [] },
    ]);
    expect(use.entities[0]!.attributes.map((a) => [a.name, a.personalData])).toEqual([
      ['birth_date', true],
      ['iban', true],
    ]);
    expect(use.entities[1]).toEqual({
      entity: 'rate_table',
      blocks: { C: [], R: ['IH_RATE'], U: [], D: [] },
      attributes: [{ name: 'rate', personalData: false, C: [], R: ['IH_RATE'], U: [], D: [] }],
      personalData: false,
    });
  });

  it('takes the personal-data substrings from config', () => {
    const result = analyzeEstate(estate, { personalData: ['STATUS'] });
    const taxpayer = result.dataUse.entities.find((e) => e.entity === 'taxpayer')!;
    expect(taxpayer.attributes.filter((a) => a.personalData).map((a) => a.name)).toEqual(['status']);
    expect(result.dataUse.entities.find((e) => e.entity === 'employee')!.personalData).toBe(false);
  });
});
