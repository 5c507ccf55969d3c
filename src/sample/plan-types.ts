// The plan of a sample estate: every block with its chain, level, callees and file, but no statements yet.
// Plain serialisable data; cheap enough to hold for 100k blocks while the files are streamed one by one.
import type { Archetype, SampleChain } from './chains.js';
import type { SpecialBody } from './core.js';

/** Options of the sample generator. */
export interface SampleOptions {
  /** Number of action blocks (EABs and procedure steps included); at least 10. */
  blocks: number;
  /** Seed of the pseudo-random generator; the same seed gives byte-identical output. */
  seed: number;
}

/** One planned block. */
export interface PlannedBlock {
  index: number;
  /** Canonical (upper-case) name. */
  name: string;
  chain: SampleChain['key'];
  domain: string;
  businessSystem: string | null;
  archetype: Archetype;
  /** Main entity type. */
  entity: string;
  kind: 'action-block' | 'external' | 'procedure-step';
  /** 0 = shared leaves and EABs, 1 = shared, 2.. = chain levels, highest = procedure steps. */
  level: number;
  /** Callees in the estate (block indices, in USE order, unique; may hold the block itself). */
  calls: number[];
  /** USE targets that are not in the estate (lower case). */
  unresolved: string[];
  /** Deliberately unreferenced. */
  dead: boolean;
  /** Matches the config's entry points. */
  entry: boolean;
  special: SpecialBody | null;
  /** The Dutch purpose sentence of the first NOTE. */
  purpose: string;
  /** Index of the core group, or null for generated blocks. */
  coreGroup: string | null;
  /** Not a random callee target (a cycle member entered only through its cycle). */
  closed: boolean;
  /** File index. */
  file: number;
  /** Listing header date `MM/DD/YYYY` and time `HH:MM`. */
  date: string;
  time: string;
  /** Day number of the header date and of the first release. */
  headerDay: number;
  firstDay: number;
}

/** The banner of a generated COBOL module. */
export interface PlannedBanner {
  generator: string;
  copyright: string;
  /** `YYYY/MM/DD`. */
  date: string;
  /** `HH:MM:SS`. */
  time: string;
  user: string;
  options: string[];
}

/** One planned output file. */
export interface PlannedFile {
  /** Relative path with `/` separators. */
  path: string;
  format: 'cobol' | 'print';
  chain: SampleChain['key'];
  blocks: number[];
  /** PROGRAM-ID of a COBOL module. */
  sourceName: string | null;
  banner: PlannedBanner | null;
}

/** The whole plan. */
export interface SamplePlan {
  seed: number;
  /** Number of chain levels (level 2 .. depth+1); procedure steps sit at depth+2. */
  depth: number;
  blocks: PlannedBlock[];
  files: PlannedFile[];
  /** Core groups included (all from about 60 blocks up). */
  coreGroups: string[];
}
