// analyzeEstate / analyzeGraph: every migration analysis of issue 4 in one linear run over a shared call index
// and one SCC pass. This is the API `coolgen analyze`, `npm start` and the benchmark call.
import type { Inventory } from '../model/inventory-types.js';
import type { ChainRule } from '../model/config-types.js';
import { DEFAULT_PERSONAL_DATA } from '../model/config-defaults.js';
import type { AnalysisResult } from './analysis-types.js';
import { buildCallIndex } from './call-index.js';
import { couplingFromIndex } from './coupling.js';
import { cyclesFromIndex } from './cycles.js';
import { computeDataUse } from './data-use.js';
import { chainInstabilityFromIndex, fanInOutFromIndex } from './fan-in-out.js';
import { buildDependencyGraph } from './graph-build.js';
import type { DependencyGraph } from './graph-types.js';
import { computeScc } from './scc.js';
import { unreferencedFromIndex } from './unreferenced.js';
import { waveNumbersFromIndex, wavesFromNumbers } from './waves.js';

/** The parts of the configuration the analyses read (a ResolvedConfig fits). Every key is optional. */
export interface AnalysisConfig {
  /** Entry points for the unreferenced analysis: block names or `/regex/` (case-insensitive). Default none. */
  entryPoints?: readonly string[];
  /** Attribute-name substrings that flag personal data. Default bsn, sofi, iban, email, ip_address, birth_date. */
  personalData?: readonly string[];
  /** Chain rules, used to give unresolved USE targets a chain by name. Default IH_/VPB_/LH_. */
  chains?: readonly ChainRule[];
  defaultChain?: string;
}

/** Run every analysis on a dependency graph. Linear in nodes + edges (plus sorting of names). */
export function analyzeGraph(graph: DependencyGraph, config: AnalysisConfig = {}): AnalysisResult {
  const index = buildCallIndex(graph);
  const scc = computeScc(index);
  return {
    cycles: cyclesFromIndex(index, scc),
    waves: wavesFromNumbers(index, waveNumbersFromIndex(index, scc)),
    unreferenced: unreferencedFromIndex(index, config.entryPoints ?? []),
    fanInOut: fanInOutFromIndex(index),
    chainInstability: chainInstabilityFromIndex(index),
    coupling: couplingFromIndex(index, graph),
    dataUse: computeDataUse(graph, config.personalData ?? DEFAULT_PERSONAL_DATA),
  };
}

/**
 * Build the dependency graph of an inventory and run every analysis on it: cycles, waves, unreferenced blocks,
 * fan-in/fan-out, chain instability, the cross-chain coupling matrix and data use.
 */
export function analyzeEstate(inventory: Inventory, config: AnalysisConfig = {}): AnalysisResult {
  return analyzeGraph(buildDependencyGraph(inventory, config), config);
}
