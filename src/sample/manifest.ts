// The manifest of a sample estate (`.coolgen-sample.json`): what was generated with which options, every file
// it wrote (so `coolgen sample` recognises its own files and never touches a person's), and the deliberate
// features with their names, for the README, the demo and the tests.
import { CORE_GROUPS } from './core.js';
import { crossChainCallsOf, cyclesOf, selfCallsOf, unreferencedOf, waveZeroOf } from './graph-facts.js';
import type { DemoSelection } from './demo-data.js';
import type { SamplePlan } from './plan-types.js';

/** File name of the manifest inside a sample folder. */
export const SAMPLE_MANIFEST_FILE = '.coolgen-sample.json';
/** Marker value of the manifest's `generator` key. */
export const SAMPLE_GENERATOR_ID = 'coolgen-sample';

/** The extra (non-block) files of every sample estate. */
export const SAMPLE_CONFIG_FILE = 'coolgen.config.json';
export const SAMPLE_LEDGER_FILE = 'coolgen-ledger.json';
export const SAMPLE_HISTORY_FILE = 'progress-history.jsonl';

/** The manifest: plain data. */
export interface SampleManifest {
  schemaVersion: 1;
  generator: typeof SAMPLE_GENERATOR_ID;
  seed: number;
  blocks: number;
  /** Every file written, sorted (the manifest itself excluded). */
  files: string[];
  /** Blocks per chain (domain). */
  chains: Record<string, number>;
  kinds: Record<'action-block' | 'external' | 'procedure-step', number>;
  /** Files per format. */
  formats: { cobolModules: number; prints: number; modulesWithTwoBlocks: number; printsWithSeveralBlocks: number };
  /** Core groups of deliberate features included (all from 60 blocks up). */
  coreGroups: string[];
  features: {
    /** Strongly connected components with more than one member. */
    cycles: string[][];
    selfCalls: string[];
    crossChainCalls: { from: string; to: string; fromDomain: string; toDomain: string }[];
    /** USE targets deliberately not in the estate. */
    unresolvedUses: { from: string; target: string }[];
    /** Unreferenced by design (no caller is ever added). */
    deadByDesign: string[];
    /** Every block without a caller that is neither a procedure step nor an entry point. */
    unreferenced: string[];
    entryPoints: string[];
    procedureSteps: string[];
    externals: string[];
  };
  /** Wave-0 blocks: their unit calls nothing else in the estate. */
  waveZero: string[];
  /** The demo's first migrations (issue 6). */
  demo: DemoSelection;
}

const sorted = (names: Iterable<string>): string[] => [...names].sort();

/** Build the manifest of a planned estate; `files` are the paths of every file the generator yields. */
export function buildSampleManifest(plan: SamplePlan, files: readonly string[], demo: DemoSelection): SampleManifest {
  const chains: Record<string, number> = {};
  const kinds = { 'action-block': 0, external: 0, 'procedure-step': 0 };
  for (const b of plan.blocks) {
    chains[b.domain] = (chains[b.domain] ?? 0) + 1;
    kinds[b.kind]++;
  }
  const cobol = plan.files.filter((f) => f.format === 'cobol');
  const prints = plan.files.filter((f) => f.format === 'print');
  return {
    schemaVersion: 1,
    generator: SAMPLE_GENERATOR_ID,
    seed: plan.seed,
    blocks: plan.blocks.length,
    files: sorted(files),
    chains: Object.fromEntries(Object.entries(chains).sort(([a], [b]) => (a < b ? -1 : 1))),
    kinds,
    formats: {
      cobolModules: cobol.length,
      prints: prints.length,
      modulesWithTwoBlocks: cobol.filter((f) => f.blocks.length > 1).length,
      printsWithSeveralBlocks: prints.filter((f) => f.blocks.length > 1).length,
    },
    coreGroups: CORE_GROUPS.map((g) => g.id).filter((id) => plan.coreGroups.includes(id)),
    features: {
      cycles: cyclesOf(plan),
      selfCalls: selfCallsOf(plan),
      crossChainCalls: crossChainCallsOf(plan),
      unresolvedUses: plan.blocks.flatMap((b) => b.unresolved.map((target) => ({ from: b.name, target }))),
      deadByDesign: sorted(plan.blocks.filter((b) => b.dead).map((b) => b.name)),
      unreferenced: unreferencedOf(plan),
      entryPoints: sorted(plan.blocks.filter((b) => b.entry).map((b) => b.name)),
      procedureSteps: sorted(plan.blocks.filter((b) => b.kind === 'procedure-step').map((b) => b.name)),
      externals: sorted(plan.blocks.filter((b) => b.kind === 'external').map((b) => b.name)),
    },
    waveZero: waveZeroOf(plan),
    demo,
  };
}

/** The manifest as file text (2-space JSON, trailing newline). */
export function formatSampleManifest(manifest: SampleManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * Read a manifest text; returns the list of files it claims, or null when the text is not a sample manifest.
 * Used by the CLI to recognise a previous sample and its own files.
 */
export function parseSampleManifest(text: string): { seed: number; blocks: number; files: string[] } | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Partial<SampleManifest>;
  if (m.generator !== SAMPLE_GENERATOR_ID || !Array.isArray(m.files) || !m.files.every((f) => typeof f === 'string')) return null;
  return { seed: typeof m.seed === 'number' ? m.seed : -1, blocks: typeof m.blocks === 'number' ? m.blocks : -1, files: m.files };
}
