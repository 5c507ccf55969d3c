// The inventory: the plain, serialisable model of a Gen estate that every later phase reads
// (graph, analyses, generate, progress, reports). The JSON Schema in inventory.schema.json mirrors it.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Rendering, ViewSections } from '../ast/nodes.js';

/** Version of the inventory JSON shape; bump on breaking changes. */
export const INVENTORY_SCHEMA_VERSION = 1;

export type BlockKind = 'action-block' | 'external' | 'procedure-step';

/** A literal used in arithmetic or a comparison: a candidate hard-coded policy parameter (rate, limit). */
export interface ParameterLiteral {
  value: string | number;
  /** `number` or `string`. */
  type: 'number' | 'string';
  /** Where it is used: `arithmetic` or `comparison`. */
  context: 'arithmetic' | 'comparison';
  /** R1 statement number, or the ordinal of the statement in R2/R3. */
  statement: number;
  line: number;
  column: number;
}

/** An ASSOCIATE / DISASSOCIATE / TRANSFER, recorded apart from CRUD letters. */
export interface RelationshipUse {
  action: 'associate' | 'disassociate' | 'transfer';
  /** Entity type of the view that is (dis)associated (for CREATE/UPDATE clauses: the created/updated one). */
  entity: string | null;
  /** Entity type of the other side. */
  with: string | null;
  relationship: string;
  line: number;
}

/** Per entity type, the attributes a block touches per CRUD letter (for the data-use analysis). */
export type EntityAttributeUse = Record<string, { C?: string[]; R?: string[]; U?: string[]; D?: string[] }>;

/** One action block as the inventory sees it. */
export interface InventoryBlock {
  /** Canonical name: the header name upper-cased. */
  name: string;
  kind: BlockKind;
  /** Chain, e.g. `income-tax`, `corporate-tax`, `payroll`, `unclassified`. */
  domain: string;
  businessSystem: string | null;
  /** Path of the file that defines it (as given / relative to the workspace root, `/` separators). */
  file: string;
  line: number;
  rendering: Rendering;
  /** PROGRAM-ID of the generated module, when known. */
  sourceName: string | null;
  /** Banner product line of the generated module, when known. */
  generator: string | null;
  /** Header date and time as written. */
  date: string | null;
  time: string | null;
  /** False when the header name is not a valid Gen name. */
  nameValid: boolean;
  statements: number;
  maxDepth: number;
  complexity: number;
  /** Lines of NOTE text. */
  notes: number;
  /** Called blocks (USE and SET ... USING), canonical names, sorted, unique. */
  calls: string[];
  /** Entity type → letters in CRUD order, e.g. `{ taxpayer: "R", income_item: "CR" }`. */
  entities: Record<string, string>;
  /** Attributes touched per entity type and letter. */
  entityAttributes: EntityAttributeUse;
  relationships: RelationshipUse[];
  /** Exit states set by EXIT STATE IS, sorted, unique, as written. */
  exitStates: string[];
  parameters: ParameterLiteral[];
  /** Parse coverage of this block's statements. */
  coverage: { clean: number; recovered: number; unknown: number };
  /** Number of error diagnostics in the block. */
  errors: number;
  /** Hash of the block's source text (for generate's @coolgenHash). */
  sourceHash: string;
}

/** A USE target that no block defines. It still appears in the inventory. */
export interface UnresolvedTarget {
  name: string;
  resolved: false;
  /** Canonical names of the blocks that call it, sorted. */
  callers: string[];
}

export interface EntitySummary {
  name: string;
  /** Block name → letters. */
  usedBy: Record<string, string>;
}

export interface ExitStateSummary {
  name: string;
  /** Blocks that set it, sorted. */
  setBy: string[];
}

export interface CoverageFigures {
  statements: number;
  clean: number;
  recovered: number;
  unknown: number;
  /** clean / statements × 100, one decimal; 100 when there are no statements. */
  cleanPct: number;
}

export interface InventoryTotals {
  files: number;
  filesWithErrors: number;
  actionBlocks: number;
  externals: number;
  procedureSteps: number;
  statements: number;
  unresolvedTargets: number;
  entities: number;
  exitStates: number;
  errors: number;
  warnings: number;
  byDomain: Record<string, { blocks: number; statements: number }>;
}

/** The whole inventory, as `coolgen inventory --format json` writes it. */
export interface Inventory {
  schemaVersion: typeof INVENTORY_SCHEMA_VERSION;
  actionBlocks: InventoryBlock[];
  unresolvedTargets: UnresolvedTarget[];
  entities: EntitySummary[];
  exitStates: ExitStateSummary[];
  totals: InventoryTotals;
  parseCoverage: { total: CoverageFigures; files: ({ file: string } & CoverageFigures)[] };
  /** Every file's diagnostics, each with its `file`. */
  diagnostics: Diagnostic[];
}

/** The views of a block, kept for code generation (small; the statements are not kept). */
export interface BlockViews {
  name: string;
  views: ViewSections;
}
