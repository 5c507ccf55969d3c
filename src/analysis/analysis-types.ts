// The results of the migration analyses (issue 4 §2) as plain, serialisable data: what `coolgen analyze` and
// `coolgen impact` print as JSON and what the Markdown/DOT/Mermaid reporters read.

/** A call cycle: a strongly connected component with more than one member, or a block calling itself. */
export interface Cycle {
  /** Member block names, sorted. */
  members: string[];
  /** One concrete call path that closes the cycle, starting and ending at members[0]: [A, B, C, A]; [A, A]. */
  path: string[];
  /** True for a block that calls itself (members has one name). */
  selfCall: boolean;
  /** Chains of the members, in canonical order. */
  chains: string[];
}

/** One block (or unresolved target) reached from an impact target, at its shortest call distance. */
export interface ImpactEntry {
  name: string;
  /** Shortest number of calls between it and the target (1 = direct). */
  depth: number;
  domain: string | null;
  /** False for unresolved USE targets. */
  resolved: boolean;
}

/** What moves or breaks with a block: its transitive callers and its transitive dependencies. */
export interface ImpactResult {
  /** Canonical name of the target. */
  target: string;
  domain: string | null;
  kind: string;
  /** Transitive callers, sorted by depth then name; the target itself is never listed. */
  callers: ImpactEntry[];
  /** Transitive callees, sorted by depth then name. */
  dependencies: ImpactEntry[];
  /** The chains the callers belong to, in canonical order. */
  chains: string[];
}

/** Fan-in (afferent Ca), fan-out (efferent Ce) and instability of one block. */
export interface BlockCoupling {
  name: string;
  domain: string;
  kind: string;
  /** Distinct callers, the block itself excluded. */
  fanIn: number;
  /** Distinct callees (unresolved targets included), the block itself excluded. */
  fanOut: number;
  /** fanOut / (fanIn + fanOut), rounded to 3 decimals; 0 when both are 0. */
  instability: number;
}

/** Coupling of one chain across its border. */
export interface ChainInstability {
  chain: string;
  /** Defined blocks in the chain. */
  blocks: number;
  /** Ca: distinct blocks of OTHER chains that call a block of this chain. */
  afferent: number;
  /** Ce: distinct blocks (or unresolved targets) of OTHER chains that blocks of this chain call. */
  efferent: number;
  /** Call edges entering / leaving the chain. */
  callsIn: number;
  callsOut: number;
  /** Ce / (Ca + Ce), rounded to 3 decimals; 0 when both are 0. */
  instability: number;
}

/** One call that crosses a chain border. */
export interface CrossChainCall {
  from: string;
  to: string;
  source: string;
  target: string;
}

/** An entity type written (create, update or delete) by blocks of more than one chain. */
export interface SharedWrite {
  entity: string;
  /** Writer chains, canonical order. */
  chains: string[];
  /** The writing blocks, sorted by name, with their write letters (subset of "CUD"). */
  writers: { name: string; domain: string; letters: string }[];
}

/** The cross-chain coupling matrix. */
export interface CouplingMatrix {
  /** Row/column order: income-tax, corporate-tax, payroll (always), then the other chains sorted. */
  chains: string[];
  /** matrix[i][j] = call edges from blocks of chains[i] to blocks of chains[j] (self-calls not counted). */
  matrix: number[][];
  /** Every call between different chains, sorted by from, to, source, target. */
  edges: CrossChainCall[];
  /** Entity types written by blocks of more than one chain, sorted by entity. */
  sharedWrites: SharedWrite[];
}

/** Blocks per CRUD letter. */
export interface CrudBlocks {
  C: string[];
  R: string[];
  U: string[];
  D: string[];
}

/** Which blocks touch one attribute, per letter. */
export interface AttributeUse extends CrudBlocks {
  name: string;
  /** The attribute name contains one of the personal-data substrings (case-insensitive). */
  personalData: boolean;
}

/** Data use of one entity type. */
export interface EntityDataUse {
  entity: string;
  /** Blocks per CRUD letter, sorted. */
  blocks: CrudBlocks;
  /** Attributes touched, sorted by name. */
  attributes: AttributeUse[];
  /** True when any of its attributes is flagged as personal data. */
  personalData: boolean;
}

/** The data-use traceability: per entity type and attribute, which blocks create, read, update or delete it. */
export interface DataUse {
  /** The substrings that flag personal data (from config.personalData, or the defaults). */
  personalDataPatterns: string[];
  entities: EntityDataUse[];
}

/** Everything `coolgen analyze` computes. */
export interface AnalysisResult {
  cycles: Cycle[];
  /** Migration waves, wave 0 first, names sorted. Unresolved targets are in no wave. */
  waves: string[][];
  /** Blocks with no caller (besides themselves) that are no entry point, sorted. */
  unreferenced: string[];
  fanInOut: BlockCoupling[];
  chainInstability: ChainInstability[];
  coupling: CouplingMatrix;
  dataUse: DataUse;
}
