// The plan of a sample estate: exact block counts, valid unique names, business systems from the config rules,
// a layered call graph whose only cycles are the designed ones, and the deliberate features from 60 blocks up.
import { describe, expect, it } from 'vitest';
import { planSampleEstate, sampleConfig, validateSampleOptions, SAMPLE_FULL_CORE_FROM } from '../../src/sample/index.js';
import { CORE_GROUPS } from '../../src/sample/core.js';
import { cyclesOf, selfCallsOf, unreferencedOf, waveZeroOf } from '../../src/sample/graph-facts.js';
import { parseConfigText, assignChain } from '../../src/model/index.js';

describe('sample plan', () => {
  it('plans exactly the requested number of blocks with unique, valid names of at most 30 characters', () => {
    for (const blocks of [10, 37, 300, 1500]) {
      const plan = planSampleEstate({ blocks, seed: 11 });
      expect(plan.blocks).toHaveLength(blocks);
      const names = plan.blocks.map((b) => b.name);
      expect(new Set(names).size).toBe(blocks);
      for (const name of names) {
        expect(name).toMatch(/^[A-Z][A-Z0-9_]*$/);
        expect(name.length).toBeLessThanOrEqual(30);
      }
      expect(plan.blocks.every((b, i) => b.index === i && b.file >= 0)).toBe(true);
    }
  });

  it('rejects sizes and seeds out of range with a message naming the option', () => {
    expect(validateSampleOptions({ blocks: 9, seed: 1 })).toMatch(/--blocks/);
    expect(validateSampleOptions({ blocks: 12.5, seed: 1 })).toMatch(/--blocks/);
    expect(validateSampleOptions({ blocks: 100, seed: -1 })).toMatch(/--seed/);
    expect(validateSampleOptions({ blocks: 100, seed: 2 ** 32 })).toMatch(/--seed/);
    expect(validateSampleOptions({ blocks: 100, seed: 0 })).toBeNull();
    expect(() => planSampleEstate({ blocks: 3, seed: 1 })).toThrow(/--blocks/);
  });

  it('assigns every block the chain and business system that the written config gives it', () => {
    const plan = planSampleEstate({ blocks: 600, seed: 3 });
    const config = parseConfigText(JSON.stringify(sampleConfig()), 'coolgen.config.json');
    expect(config.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    for (const b of plan.blocks) {
      const assigned = assignChain(config.value, b.name, 'x.cbl');
      expect({ name: b.name, domain: assigned.domain, businessSystem: assigned.businessSystem }).toEqual({
        name: b.name,
        domain: b.domain,
        businessSystem: b.businessSystem,
      });
      expect(b.businessSystem).not.toBeNull();
    }
  });

  it('keeps random calls layered: every call goes to a lower level except the calls that close the designed cycles', () => {
    const plan = planSampleEstate({ blocks: 2000, seed: 5 });
    const upward = plan.blocks.flatMap((b) => b.calls.filter((c) => (plan.blocks[c]?.level ?? 0) >= b.level).map((c) => `${b.name}->${plan.blocks[c]?.name}`));
    expect(upward.sort()).toEqual([
      'IH_CALC_LABOUR_TAX_CREDIT->IH_CALC_VOORLOPIGE_AANSLAG',
      'IH_CHECK_CREDIT_ENTITLEMENT->LH_DETERMINE_EMPLOYEE_CREDIT',
      'VPB_APPLY_LOSS_OFFSET->VPB_CALC_TAXABLE_PROFIT',
      'VPB_LIST_UNITY_MEMBERS->VPB_LIST_UNITY_MEMBERS',
    ]);
    expect(cyclesOf(plan)).toEqual([
      ['IH_CALC_LABOUR_TAX_CREDIT', 'IH_CALC_VOORLOPIGE_AANSLAG', 'IH_DETERMINE_TAX_CREDITS'],
      ['IH_CHECK_CREDIT_ENTITLEMENT', 'LH_DETERMINE_EMPLOYEE_CREDIT'],
      ['VPB_APPLY_LOSS_OFFSET', 'VPB_CALC_TAXABLE_PROFIT'],
    ]);
    expect(selfCallsOf(plan)).toEqual(['VPB_LIST_UNITY_MEMBERS']);
  });

  it('gives every block a caller except procedure steps, entry points and the deliberately dead blocks', () => {
    const plan = planSampleEstate({ blocks: 800, seed: 9 });
    const dead = plan.blocks.filter((b) => b.dead).map((b) => b.name).sort();
    expect(unreferencedOf(plan)).toEqual(dead);
    expect(dead).toEqual(expect.arrayContaining(['CAB_FORMAT_DATE_OLD', 'IH_CALC_BOX3_FORFAIT_2000', 'LH_CALC_SPECIAL_RATE_NLG', 'VPB_CHECK_WBSO_OLD']));
    const wave0 = new Set(waveZeroOf(plan));
    for (const b of plan.blocks) if (b.kind === 'external') expect(wave0.has(b.name)).toBe(true);
  });

  it(`includes every core group from ${SAMPLE_FULL_CORE_FROM} blocks up and only whole groups below`, () => {
    expect(planSampleEstate({ blocks: SAMPLE_FULL_CORE_FROM, seed: 1 }).coreGroups).toEqual(CORE_GROUPS.map((g) => g.id));
    const small = planSampleEstate({ blocks: 20, seed: 1 });
    expect(small.coreGroups.length).toBeGreaterThan(0);
    expect(small.coreGroups.length).toBeLessThan(CORE_GROUPS.length);
    for (const id of small.coreGroups) {
      const group = CORE_GROUPS.find((g) => g.id === id);
      for (const core of group?.blocks ?? []) expect(small.blocks.some((b) => b.name === core.name)).toBe(true);
    }
  });
});
