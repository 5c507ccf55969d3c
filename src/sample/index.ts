// The sample-estate generator: a deterministic, realistic synthetic Gen estate of the three Dutch tax chains
// (income tax IH_, corporate tax VPB_, payroll LH_) and shared blocks, for seeds/, demos and benchmarks.
export {
  generateSampleEstate,
  generateSampleFiles,
  sampleFilePaths,
  sampleManifest,
  type SampleEstate,
  type SampleFile,
} from './estate.js';
export { planSampleEstate, validateSampleOptions, SAMPLE_MIN_BLOCKS, SAMPLE_MAX_BLOCKS, SAMPLE_FULL_CORE_FROM } from './plan.js';
export type { SampleOptions, SamplePlan, PlannedBlock, PlannedFile, PlannedBanner } from './plan-types.js';
export {
  SAMPLE_MANIFEST_FILE,
  SAMPLE_GENERATOR_ID,
  SAMPLE_CONFIG_FILE,
  SAMPLE_LEDGER_FILE,
  SAMPLE_HISTORY_FILE,
  formatSampleManifest,
  parseSampleManifest,
  type SampleManifest,
} from './manifest.js';
export { sampleConfig } from './sample-config.js';
export { buildSampleBlock } from './build-block.js';
export type { DemoSelection } from './demo-data.js';
