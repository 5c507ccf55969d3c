// Impact (transitive callers/dependencies with shortest depth) and unreferenced blocks (entry points from the
// listing and config only) on hand-built estates.
import { describe, expect, it } from 'vitest';
import { buildDependencyGraph, computeImpact, findUnreferenced, analyzeEstate } from '../../src/analysis/index.js';
import { makeInventory } from './build-inventory.js';

const graphOf = (blocks: Parameters<typeof makeInventory>[0]) => buildDependencyGraph(makeInventory(blocks));

describe('computeImpact', () => {
  const diamond = graphOf({ IH_TOP: ['IH_LEFT', 'LH_RIGHT'], IH_LEFT: ['VPB_BASE'], LH_RIGHT: ['VPB_BASE'], VPB_BASE: ['VPB_GONE'] });

  it('lists every transitive caller at its shortest depth, with its chain', () => {
    expect(computeImpact(diamond, 'VPB_BASE')).toEqual({
      target: 'VPB_BASE',
      domain: 'corporate-tax',
      kind: 'action-block',
      callers: [
        { name: 'IH_LEFT', depth: 1, domain: 'income-tax', resolved: true },
        { name: 'LH_RIGHT', depth: 1, domain: 'payroll', resolved: true },
        { name: 'IH_TOP', depth: 2, domain: 'income-tax', resolved: true },
      ],
      dependencies: [{ name: 'VPB_GONE', depth: 1, domain: 'corporate-tax', resolved: false }],
      chains: ['income-tax', 'payroll'],
    });
  });

  it('lists transitive dependencies by depth then name', () => {
    expect(computeImpact(diamond, 'IH_TOP')!.dependencies.map((d) => [d.name, d.depth])).toEqual([
      ['IH_LEFT', 1],
      ['LH_RIGHT', 1],
      ['VPB_BASE', 2],
      ['VPB_GONE', 3],
    ]);
  });

  it('uses the shortest distance when a caller is reachable several ways', () => {
    const g = graphOf({ A: ['B', 'T'], B: ['C'], C: ['T'], T: [] });
    expect(computeImpact(g, 'T')!.callers.map((c) => [c.name, c.depth])).toEqual([
      ['A', 1],
      ['C', 1],
      ['B', 2],
    ]);
  });

  it('never lists the target itself, even inside a cycle or with a self-call', () => {
    const g = graphOf({ A: ['B', 'A'], B: ['A'] });
    const impact = computeImpact(g, 'A')!;
    expect(impact.callers).toEqual([{ name: 'B', depth: 1, domain: 'unclassified', resolved: true }]);
    expect(impact.dependencies.map((d) => d.name)).toEqual(['B']);
  });

  it('finds the target case-insensitively by canonical name and returns undefined when absent', () => {
    expect(computeImpact(diamond, 'vpb_base')?.target).toBe('VPB_BASE');
    expect(computeImpact(diamond, ' ih_top ')?.target).toBe('IH_TOP');
    expect(computeImpact(diamond, 'NOT_THERE')).toBeUndefined();
  });

  it('answers for an unresolved target too (who calls the missing block)', () => {
    expect(computeImpact(diamond, 'VPB_GONE')!.callers.map((c) => [c.name, c.depth])).toEqual([
      ['VPB_BASE', 1],
      ['IH_LEFT', 2],
      ['LH_RIGHT', 2],
      ['IH_TOP', 3],
    ]);
  });

  it('stops at maxDepth', () => {
    expect(computeImpact(diamond, 'VPB_GONE', { maxDepth: 2 })!.callers.map((c) => c.name)).toEqual(['VPB_BASE', 'IH_LEFT', 'LH_RIGHT']);
  });

  it('gives exact depths along a 2,000-deep chain', () => {
    const names = Array.from({ length: 2000 }, (_, i) => `C${i}`);
    const g = graphOf(Object.fromEntries(names.map((n, i) => [n, i + 1 < names.length ? [names[i + 1]!] : []])));
    const callers = computeImpact(g, 'C1999')!.callers;
    expect(callers).toHaveLength(1999);
    expect(callers[0]).toMatchObject({ name: 'C1998', depth: 1 });
    expect(callers[1998]).toMatchObject({ name: 'C0', depth: 1999 });
  });
});

describe('findUnreferenced', () => {
  it('lists blocks without callers, ignoring self-calls and unresolved targets', () => {
    const g = graphOf({ IH_MAIN: ['IH_USED', 'IH_MISSING'], IH_USED: [], IH_SELF: ['IH_SELF'], LH_ORPHAN: [] });
    expect(findUnreferenced(g)).toEqual(['IH_MAIN', 'IH_SELF', 'LH_ORPHAN']);
  });

  it('never lists procedure steps and honours entry-point names and regexes (case-insensitive)', () => {
    const inventory = makeInventory({
      IH_STEP: { kind: 'procedure-step', calls: ['IH_A'] },
      IH_A: [],
      IH_BATCH_RUN: [],
      LH_MENU: [],
      LH_DEAD: [],
      VPB_EAB_SEND: { kind: 'external' },
    });
    const g = buildDependencyGraph(inventory);
    expect(findUnreferenced(g)).toEqual(['IH_BATCH_RUN', 'LH_DEAD', 'LH_MENU', 'VPB_EAB_SEND']);
    expect(findUnreferenced(g, ['lh_menu', '/_BATCH_/'])).toEqual(['LH_DEAD', 'VPB_EAB_SEND']);
    expect(analyzeEstate(inventory, { entryPoints: ['/^vpb_/'] }).unreferenced).toEqual(['IH_BATCH_RUN', 'LH_DEAD', 'LH_MENU']);
  });

  it('guesses nothing from a name and ignores an invalid regex', () => {
    const g = graphOf({ MAIN: [], IH_ENTRY_MAIN: [] });
    expect(findUnreferenced(g, ['/([/'])).toEqual(['IH_ENTRY_MAIN', 'MAIN']);
  });
});
