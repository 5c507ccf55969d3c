// The public entry points of the sample generator: plan, stream the files one by one (bounded memory for the
// 100 MB benchmark), or build the whole estate in memory. Pure: returns text; only the CLI writes files.
import type { CoolgenConfig } from '../model/config-types.js';
import { buildSampleBlock, countStatements } from './build-block.js';
import { demoSelection, sampleHistory, sampleLedger, type BlockSizes } from './demo-data.js';
import {
  SAMPLE_CONFIG_FILE, SAMPLE_HISTORY_FILE, SAMPLE_LEDGER_FILE, buildSampleManifest, type SampleManifest,
} from './manifest.js';
import { renderFile } from './module-text.js';
import { planSampleEstate } from './plan.js';
import type { PlannedBlock, SampleOptions, SamplePlan } from './plan-types.js';
import { sampleConfig } from './sample-config.js';

/** One generated file: a relative path with `/` separators and its text. */
export interface SampleFile {
  path: string;
  content: string;
}

/** The whole estate in memory. */
export interface SampleEstate {
  files: SampleFile[];
  config: CoolgenConfig;
  manifest: SampleManifest;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Every path the generator yields for a plan, in yield order (block files, then config, ledger, history). */
export function sampleFilePaths(plan: SamplePlan): string[] {
  return [...plan.files.map((f) => f.path), SAMPLE_CONFIG_FILE, SAMPLE_LEDGER_FILE, SAMPLE_HISTORY_FILE];
}

/** The manifest of a planned estate (needs no file contents). */
export function sampleManifest(plan: SamplePlan): SampleManifest {
  return buildSampleManifest(plan, sampleFilePaths(plan), demoSelection(plan));
}

/**
 * Generate the files of an estate one at a time: each block file is built, printed and yielded before the next
 * is started, so memory stays bounded by the plan plus one file. Then coolgen.config.json, coolgen-ledger.json
 * and progress-history.jsonl. The same options always give byte-identical files in the same order.
 */
export function* generateSampleFiles(input: SampleOptions | SamplePlan): Generator<SampleFile, void, undefined> {
  const plan = 'files' in input ? input : planSampleEstate(input);
  const sizes: BlockSizes = { statements: new Int32Array(plan.blocks.length), complexity: new Int32Array(plan.blocks.length) };
  for (const file of plan.files) {
    const planned = file.blocks.map((i) => plan.blocks[i] as PlannedBlock);
    const asts = planned.map((b) => buildSampleBlock(plan, b.index));
    asts.forEach((ast, i) => {
      const index = (planned[i] as PlannedBlock).index;
      const counted = countStatements(ast.statements);
      sizes.statements[index] = counted.statements;
      sizes.complexity[index] = counted.complexity;
    });
    yield { path: file.path, content: renderFile(file, asts, planned, plan.seed) };
  }
  yield { path: SAMPLE_CONFIG_FILE, content: json(sampleConfig()) };
  const ledger = sampleLedger(plan);
  yield { path: SAMPLE_LEDGER_FILE, content: json(ledger) };
  const history = sampleHistory(plan, sizes, demoSelection(plan), ledger);
  yield { path: SAMPLE_HISTORY_FILE, content: history.map((r) => `${JSON.stringify(r)}\n`).join('') };
}

/** Generate a whole estate in memory: its files, its config object and its manifest. */
export function generateSampleEstate(options: SampleOptions): SampleEstate {
  const plan = planSampleEstate(options);
  return { files: [...generateSampleFiles(plan)], config: sampleConfig(), manifest: sampleManifest(plan) };
}
