// Hand-built inventories and target folders for the progress tests, so they need neither the parser nor the
// generator. The small estate below is the one whose figures the tests compute by hand (see estate.test.ts).
import type { Inventory, InventoryBlock } from '../../src/model/inventory-types.js';

/** A block with only the fields progress reads set to meaningful values. */
export function block(name: string, domain: string, statements: number, complexity: number, calls: string[] = [], extra: Partial<InventoryBlock> = {}): InventoryBlock {
  return {
    name,
    kind: 'action-block',
    domain,
    businessSystem: null,
    file: `legacy/${name.toLowerCase()}.txt`,
    line: 1,
    rendering: 'R2',
    sourceName: null,
    generator: null,
    date: null,
    time: null,
    nameValid: true,
    statements,
    maxDepth: 0,
    complexity,
    notes: 0,
    calls: [...calls].sort(),
    entities: {},
    entityAttributes: {},
    relationships: [],
    exitStates: [],
    parameters: [],
    coverage: { clean: statements, recovered: 0, unknown: 0 },
    errors: 0,
    sourceHash: '0',
    ...extra,
  } as InventoryBlock;
}

/** An inventory of the given blocks (totals are not read by progress). */
export function inventory(blocks: InventoryBlock[]): Inventory {
  return {
    schemaVersion: 1,
    actionBlocks: blocks,
    unresolvedTargets: [],
    entities: [],
    exitStates: [],
    totals: {} as Inventory['totals'],
    parseCoverage: { total: { statements: 0, clean: 0, recovered: 0, unknown: 0, cleanPct: 100 }, files: [] },
    diagnostics: [],
  };
}

/**
 * The hand-computed estate (weights = max(st,1) × (1 + log2 cx) × (1 + 0.1 × fan-in)):
 *
 * | block   | chain         | st | cx | calls          | fan-in | weight | wave |
 * | IH_A    | income-tax    | 10 | 1  | IH_B, IH_C     | 0      | 10     | 2    |
 * | IH_B    | income-tax    | 4  | 2  | IH_D           | 1      | 8.8    | 1    |
 * | IH_C    | income-tax    | 8  | 4  | —              | 2      | 28.8   | 0    |
 * | IH_D    | income-tax    | 2  | 1  | —              | 1      | 2.2    | 0    |
 * | LH_EAB  | payroll (EAB) | 1  | 1  | —              | 1      | 1.1    | 0    |
 * | LH_X    | payroll       | 6  | 2  | LH_EAB, IH_C   | 0      | 12     | 1    |
 * | VPB_Y   | corporate-tax | 5  | 1  | VPB_Y (self)   | 0      | 5      | 0    |
 *
 * Total weight 67.9.
 */
export function sampleEstate(): Inventory {
  return inventory([
    block('IH_A', 'income-tax', 10, 1, ['IH_B', 'IH_C'], { businessSystem: 'IH-AANSLAG' }),
    block('IH_B', 'income-tax', 4, 2, ['IH_D'], { businessSystem: 'IH-AANSLAG' }),
    block('IH_C', 'income-tax', 8, 4, [], { businessSystem: 'IH-BEREKEN' }),
    block('IH_D', 'income-tax', 2, 1, [], { businessSystem: 'IH-BEREKEN' }),
    block('LH_EAB', 'payroll', 1, 1, [], { kind: 'external' }),
    block('LH_X', 'payroll', 6, 2, ['LH_EAB', 'IH_C']),
    block('VPB_Y', 'corporate-tax', 5, 1, ['VPB_Y']),
  ]);
}

/** The waves of sampleEstate (as `coolgen analyze` computes them). */
export const SAMPLE_WAVES = [['IH_C', 'IH_D', 'LH_EAB', 'VPB_Y'], ['IH_B', 'LH_X'], ['IH_A']];

/** A generated stub of a block. */
export function stubTs(name: string, fn: string): string {
  return `import { NotMigratedError } from '../runtime.js';\n\n/**\n * @coolgen ${name}\n * @coolgenSource legacy/${name.toLowerCase()}.txt:1\n */\nexport async function ${fn}(imports: unknown, ctx: unknown): Promise<unknown> {\n  throw new NotMigratedError('${name}');\n}\n`;
}

/** A block whose stub body was replaced by real code. */
export function implementedTs(name: string, fn: string): string {
  return `/**\n * @coolgen ${name}\n */\nexport async function ${fn}(imports: { amount: number }, ctx: unknown): Promise<unknown> {\n  return { exports: { amount: imports.amount * 2 }, exitState: 'ok' };\n}\n`;
}

/** A test file that imports and calls a function of a module. */
export function testTs(fn: string, modulePath: string): string {
  return `import { it, expect } from 'vitest';\nimport { ${fn} } from '${modulePath}';\n\nit('${fn} works', async () => {\n  expect(await ${fn}({ amount: 2 }, {})).toBeDefined();\n});\n`;
}

/** The generated EAB contract. */
export function eabInterfaceTs(name: string, iface: string): string {
  return `/**\n * @coolgen ${name}\n */\nexport interface ${iface} {\n  call(imports: unknown): Promise<unknown>;\n}\n`;
}
