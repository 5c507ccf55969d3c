// The inventory's figures for one action block, following the binding counting rules of reference §16/§17.
// Pure: reads the block's AST (and the file's diagnostics for coverage), returns plain data.
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
import type { Diagnostic, SourceSpan } from '../diagnostics/diagnostic.js';
import type { InventoryBlock, ParameterLiteral } from './inventory-types.js';
import type { ResolvedConfig } from './config-types.js';
import { isProcedureStep } from './chains.js';
import { computeEntityUse } from './metrics-entities.js';
import { statementParameters } from './metrics-parameters.js';
import { walkExpression } from '../ast/walk.js';
import { decisionConditions, opensLevel, walkBlockStatements } from './metrics-walk.js';
import { computeCoverage } from './metrics-coverage.js';

/** What computeBlockMetrics needs besides the block. */
export interface BlockMetricsContext {
  /** For `kind`: the config's procedureSteps list. */
  config?: ResolvedConfig;
  /** The file's diagnostics: errors inside a statement make it `recovered`, and count in `errors`. */
  diagnostics?: readonly Diagnostic[];
}

/** A USE / SET USING of another block, kept for linking. */
export interface CallSite {
  /** Canonical (UPPER_CASE) target name. */
  name: string;
  span: SourceSpan;
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
  let points = 0;
  switch (s.kind) {
    case 'If':
      points = 1 + s.elseIfs.length;
      break;
    case 'Case':
      points = s.cases.length;
      break;
    case 'For':
    case 'ForEach':
    case 'While':
    case 'Repeat':
    case 'ReadEach':
      points = 1;
      break;
    case 'Read':
    case 'Create':
    case 'Update':
    case 'Delete':
      points = Math.max(0, s.whens.length - 1);
      break;
    default:
      break;
  }
  for (const condition of decisionConditions(s)) {
    walkExpression(condition, (e) => {
      if (e.kind === 'Logical') points++;
    });
  }
  return points;
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
  let maxDepth = 0;
  let complexity = 1;
  let notes = 0;
  let highestNumber: number | null = null;
  const callSites: CallSite[] = [];
  const exitStates = new Set<string>();
  const parameters: ParameterLiteral[] = [];

  const statements = walkBlockStatements(block.statements, (s, depth, ordinal) => {
    if (opensLevel(s)) maxDepth = Math.max(maxDepth, depth + 1);
    if (s.number !== null) highestNumber = Math.max(highestNumber ?? 0, s.number);
    complexity += decisionPoints(s);
    if (s.kind === 'Note') notes += s.lines.length;
    else if (s.kind === 'ExitState') exitStates.add(s.name);
    else if (s.kind === 'Use' && s.target !== null) callSites.push({ name: s.target.toUpperCase(), span: s.span });
    else if (s.kind === 'Set' && s.using !== null) callSites.push({ name: s.using.toUpperCase(), span: s.span });
    parameters.push(...statementParameters(s, s.number ?? ordinal));
  });

  const { coverage, errors } = computeCoverage(block, ctx.diagnostics ?? []);
  return {
    kind: blockKind(block, ctx.config),
    statements,
    maxDepth,
    complexity,
    notes,
    calls: [...new Set(callSites.map((c) => c.name))].sort(),
    ...computeEntityUse(block),
    exitStates: [...exitStates].sort(),
    parameters,
    coverage,
    errors,
    callSites,
    highestNumber,
  };
}
