// generateTypeScript(): workspace → generated TypeScript files as text, with statistics and diagnostics.
// Plans plain structures first (plan.ts), then prints them with one in-memory ts-morph project (emit.ts).
import { printActionBlock } from '../ast/print.js';
import type { Result } from '../diagnostics/diagnostic.js';
import type { Workspace } from '../model/workspace-types.js';
import { emitFiles } from './emit.js';
import { planEstate } from './plan.js';
import type { GenerateOptions, GenerateOutput } from './types.js';

/**
 * Generate the TypeScript project for a workspace: one module per action block (typed contracts and a stub that
 * throws NotMigratedError), one adapter interface per external action block, the runtime module, tsconfig.json and
 * index.ts. Load the workspace with `retainAst: true` for repository operations, use-based typing and the original
 * action diagram in each stub's comment. Returns text only: the caller decides what to write (see planWrites()).
 */
export function generateTypeScript(workspace: Workspace, options: GenerateOptions = {}): Result<GenerateOutput> {
  const printDiagram = options.printDiagram ?? ((block) => printActionBlock(block));
  const plan = planEstate(workspace, options, printDiagram);
  const files = emitFiles(plan.value.files);
  return {
    value: { files, stats: plan.value.stats, attributeTypes: plan.value.attributeTypes },
    diagnostics: plan.diagnostics,
  };
}
