// The inventory's figures for one action block, following the binding counting rules of reference §16/§17.
// Pure: reads the block's AST (and the file's diagnostics for coverage), returns plain data whose strings are
// detached from the source text (see detach.ts). The statements are walked once (metrics-scan.ts).
//
// Cyclomatic complexity = 1 + decision points:
//
// | Construct                                          | Adds                                    |
// | -------------------------------------------------- | --------------------------------------- |
// | IF                                                 | +1                                      |
// | each ELSE IF                                       | +1                                      |
// | ELSE                                               | 0                                       |
// | CASE OF                                            | 0 (its CASE lines count)                |
// | each CASE value line (`CASE "S"`, `CASE a, b`)     | +1 per line, not per value              |
// | OTHERWISE                                          | 0                                       |
// | FOR, FOR EACH, WHILE, REPEAT ... UNTIL, READ EACH  | +1                                      |
// | each AND / OR in an IF, ELSE IF, WHILE or UNTIL    | +1 (WHERE clauses select data: 0)       |
// | READ, CREATE, UPDATE, DELETE                       | +1 per WHEN clause beyond the first     |
// | ESCAPE, NEXT, USE, SUMMARIZE, anything else        | 0                                       |
import type { ActionBlock, Statement } from '../ast/nodes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { InventoryBlock, ParameterLiteral } from './inventory-types.js';
import type { ResolvedConfig } from './config-types.js';
import { isProcedureStep } from './chains.js';
import { EntityTally } from './metrics-entities.js';
import { collectStatementLiterals } from './metrics-parameters.js';
import { constructPoints } from './metrics-walk.js';
import { CoverageTally } from './metrics-coverage.js';
import { BlockScan, type CallSite } from './metrics-scan.js';
import { detachString } from './detach.js';

export type { CallSite } from './metrics-scan.js';

/** What computeBlockMetrics needs besides the block. */
export interface BlockMetricsContext {
  /** For `kind`: the config's procedureSteps list. */
  config?: ResolvedConfig;
  /** The file's diagnostics: errors inside a statement make it `recovered`, and count in `errors`. */
  diagnostics?: readonly Diagnostic[];
}

/** The per-block inventory figures, plus what linking needs. */
export interface BlockMetrics
  extends Pick<
    InventoryBlock,
    | 'kind' | 'statements' | 'maxDepth' | 'complexity' | 'notes' | 'calls' | 'entities' | 'entityAttributes'
    | 'relationships' | 'exitStates' | 'parameters' | 'coverage' | 'errors'
  > {
  callSites: CallSite[];
  /** Highest R1 statement number seen, null when the rendering has none. Equals `statements` in a sound listing. */
  highestNumber: number | null;
}

/** The decision points a statement adds (see the table in the file header). */
export function decisionPoints(s: Statement): number {
  const literals: ParameterLiteral[] = [];
  return constructPoints(s) + collectStatementLiterals(s, 0, literals);
}

/** `kind` of a block: `external` when its statements are exactly one EXTERNAL; `procedure-step` when the listing
 *  or the config says so; else `action-block`. Never guessed from a name. */
export function blockKind(block: Pick<ActionBlock, 'name' | 'statements' | 'procedureStep'>, config?: ResolvedConfig): InventoryBlock['kind'] {
  if (block.statements.length === 1 && block.statements[0]?.kind === 'External') return 'external';
  if (block.procedureStep) return 'procedure-step';
  if (config !== undefined && isProcedureStep(config, block.name.toUpperCase())) return 'procedure-step';
  return 'action-block';
}

/** Compute every §17 figure of one action block. */
export function computeBlockMetrics(block: ActionBlock, ctx: BlockMetricsContext = {}): BlockMetrics {
  const entityTally = new EntityTally(block.views);
  const coverageTally = new CoverageTally(block.span, ctx.diagnostics ?? []);
  const scan = new BlockScan(entityTally, coverageTally);
  scan.list(block.statements, 0, null);
  const { entities, entityAttributes, relationships } = entityTally.result();
  const { coverage, errors } = coverageTally.result();
  return {
    kind: blockKind(block, ctx.config),
    statements: scan.statements,
    maxDepth: scan.maxDepth,
    complexity: scan.complexity,
    notes: scan.notes,
    calls: Array.from(new Set(scan.callSites.map((c) => c.name))).sort(),
    entities,
    entityAttributes,
    relationships,
    exitStates: Array.from(scan.exitStates).sort().map(detachString),
    parameters: scan.parameters,
    coverage,
    errors,
    callSites: scan.callSites,
    highestNumber: scan.highestNumber,
  };
}
