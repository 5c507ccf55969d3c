// Test helper: builds a complete Inventory from a compact description, so analysis tests need no parsing.
import type { BlockKind, Inventory, InventoryBlock, EntityAttributeUse } from '../../src/index.js';

/** Compact description of one block. */
export interface BlockSpec {
  calls?: string[];
  kind?: BlockKind;
  domain?: string;
  /** entity → letters, e.g. { taxpayer: 'RU' } */
  entities?: Record<string, string>;
  entityAttributes?: EntityAttributeUse;
}

/** The chain a name gets by the default rules, for test inventories. */
export function defaultDomain(name: string): string {
  if (name.startsWith('IH_')) return 'income-tax';
  if (name.startsWith('VPB_')) return 'corporate-tax';
  if (name.startsWith('LH_')) return 'payroll';
  return 'unclassified';
}

/** One inventory block with neutral metrics. */
export function makeBlock(name: string, spec: BlockSpec = {}): InventoryBlock {
  return {
    name,
    kind: spec.kind ?? 'action-block',
    domain: spec.domain ?? defaultDomain(name),
    businessSystem: null,
    file: `src/${name.toLowerCase()}.txt`,
    line: 1,
    rendering: 'flat',
    sourceName: null,
    generator: null,
    date: null,
    time: null,
    nameValid: true,
    statements: 1,
    maxDepth: 0,
    complexity: 1,
    notes: 0,
    calls: [...new Set(spec.calls ?? [])].sort(),
    entities: spec.entities ?? {},
    entityAttributes: spec.entityAttributes ?? {},
    relationships: [],
    exitStates: [],
    parameters: [],
    coverage: { clean: 1, recovered: 0, unknown: 0 },
    errors: 0,
    sourceHash: '0',
  };
}

/**
 * An inventory of the given blocks. Call targets that are not defined become `unresolvedTargets` (resolved: false),
 * as the linker does.
 */
export function makeInventory(blocks: Record<string, BlockSpec | string[]>): Inventory {
  const actionBlocks = Object.entries(blocks).map(([name, spec]) => makeBlock(name, Array.isArray(spec) ? { calls: spec } : spec));
  const defined = new Set(actionBlocks.map((b) => b.name));
  const callers = new Map<string, string[]>();
  for (const b of actionBlocks) {
    for (const c of b.calls) if (!defined.has(c)) callers.set(c, [...(callers.get(c) ?? []), b.name]);
  }
  return {
    schemaVersion: 1,
    actionBlocks,
    unresolvedTargets: [...callers.entries()].sort().map(([name, cs]) => ({ name, resolved: false as const, callers: cs.sort() })),
    entities: [],
    exitStates: [],
    totals: {
      files: actionBlocks.length,
      filesWithErrors: 0,
      actionBlocks: actionBlocks.length,
      externals: actionBlocks.filter((b) => b.kind === 'external').length,
      procedureSteps: actionBlocks.filter((b) => b.kind === 'procedure-step').length,
      statements: actionBlocks.length,
      unresolvedTargets: callers.size,
      entities: 0,
      exitStates: 0,
      errors: 0,
      warnings: 0,
      byDomain: {},
    },
    parseCoverage: { total: { statements: 0, clean: 0, recovered: 0, unknown: 0, cleanPct: 100 }, files: [] },
    diagnostics: [],
  };
}

/** A seeded PRNG (mulberry32), so random-graph tests are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
