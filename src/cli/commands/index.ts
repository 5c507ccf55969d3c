// The list of coolgen commands, in the order `coolgen --help` shows them.
import type { CommandModule } from 'yargs';
import { parseCommand } from './parse.js';
import { inventoryCommand } from './inventory.js';
import { graphCommand } from './graph.js';
import { analyzeCommand } from './analyze.js';
import { impactCommand } from './impact.js';
import { generateCommand } from './generate.js';
import { progressCommand } from './progress.js';
import { sampleCommand } from './sample.js';
import { pipelineCommand } from './pipeline.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const commands: CommandModule<any, any>[] = [
  parseCommand,
  inventoryCommand,
  graphCommand,
  analyzeCommand,
  impactCommand,
  generateCommand,
  progressCommand,
  sampleCommand,
  pipelineCommand,
];
