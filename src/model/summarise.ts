// Turns one parsed file into what the workspace keeps of it: per block the inventory figures, the call sites
// for linking and the views; the full AST only on request. Runs in the main thread and in the parse workers alike.
import type { ActionBlock, ParsedFile, ViewSections } from '../ast/nodes.js';
import { createDiagnostic, type Diagnostic, type SourceSpan } from '../diagnostics/diagnostic.js';
import { DiagnosticCodes } from '../diagnostics/codes.js';
import type { InventoryBlock } from './inventory-types.js';
import type { WorkspaceFile } from './workspace-types.js';
import { computeBlockMetrics, type CallSite } from './metrics.js';
import { canonicalName, detachNullable, detachOnce, detachString, detachStrings } from './detach.js';

/** A block's inventory entry before the config assigns its chain, business system and config-listed kind. */
export type UnassignedBlock = Omit<InventoryBlock, 'domain' | 'businessSystem'>;

/** What is kept of one action block. */
export interface BlockSummary {
  block: UnassignedBlock;
  callSites: CallSite[];
  /** The block's view declarations; absent when retainViews was false. */
  views?: ViewSections;
  /** Span of the whole block (for duplicate-name diagnostics). */
  span: SourceSpan;
  /** The full AST, only when retainAst was asked for. */
  ast?: ActionBlock;
}

/** What is kept of one input file. */
export interface FileSummary {
  file: WorkspaceFile;
  blocks: BlockSummary[];
}

/** Codes that already say why a file yields no action block. */
const NO_BLOCK_REASONS = new Set<string>([
  DiagnosticCodes.readEmptyFile,
  DiagnosticCodes.readBinaryFile,
  DiagnosticCodes.readNoActionDiagram,
  DiagnosticCodes.readFailed,
]);

/** Give every diagnostic its `file` (the contract of Inventory.diagnostics). */
export function withFile(diagnostics: readonly Diagnostic[], file: string): Diagnostic[] {
  return diagnostics.map((d) => (d.file !== undefined ? d : { ...d, file: d.span?.file ?? file }));
}

/** What summariseFile keeps besides the figures. */
export interface SummariseOptions {
  /** Size of the file in bytes. */
  bytes: number;
  /** Keep the full AST (default false). */
  retainAst?: boolean;
  /** Keep the view declarations (default true). */
  retainViews?: boolean;
}

/** What summariseBlock reads of the block's file. */
type FileHead = Pick<ParsedFile, 'path' | 'rendering' | 'module'>;

/**
 * Summarise one block. `diagnostics` must hold at least the file's error diagnostics whose span starts inside the
 * block (coverage counts only those); the `link/statement-count-mismatch` info goes to `extra`.
 */
export function summariseBlock(block: ActionBlock, parsed: FileHead, diagnostics: readonly Diagnostic[], options: SummariseOptions, extra: Diagnostic[]): BlockSummary {
  const m = computeBlockMetrics(block, { diagnostics });
  const name = canonicalName(block.name);
  if (m.highestNumber !== null && m.highestNumber !== m.statements) {
    extra.push(
      createDiagnostic(
        DiagnosticCodes.linkStatementCountMismatch,
        'info',
        'link',
        `${name}: ${m.statements} statements counted, but the highest statement number is ${m.highestNumber}`,
        block.span,
        { data: { block: name, counted: m.statements, highestNumber: m.highestNumber } },
      ),
    );
  }
  // The figures are fresh data with detached strings already (computeBlockMetrics); only the strings taken from
  // the AST here are detached. Spans hold numbers and the file path only, so they are shared, not copied.
  const summary: BlockSummary = {
    block: {
      name,
      kind: m.kind,
      file: detachString(parsed.path),
      line: block.line,
      rendering: parsed.rendering,
      sourceName: detachNullable(parsed.module?.sourceName ?? null),
      generator: detachNullable(parsed.module?.generator ?? null),
      date: detachNullable(block.date),
      time: detachNullable(block.time),
      nameValid: block.nameValid,
      statements: m.statements,
      maxDepth: m.maxDepth,
      complexity: m.complexity,
      notes: m.notes,
      calls: m.calls,
      entities: m.entities,
      entityAttributes: m.entityAttributes,
      relationships: m.relationships,
      exitStates: m.exitStates,
      parameters: m.parameters,
      coverage: m.coverage,
      errors: m.errors,
      sourceHash: detachOnce(block.sourceHash),
    },
    callSites: m.callSites,
    span: block.span,
  };
  if (options.retainViews !== false) summary.views = detachStrings(block.views);
  if (options.retainAst === true) summary.ast = block;
  return summary;
}

/**
 * Summarise a parsed file. A file that yields no action block and whose diagnostics do not already say why
 * gets a `read/no-action-diagram` warning: no input goes unmentioned.
 */
export function summariseFile(parsed: ParsedFile, options: SummariseOptions): FileSummary {
  const extra: Diagnostic[] = [];
  const blocks = parsed.blocks.map((b) => summariseBlock(b, parsed, parsed.diagnostics, options, extra));
  return finishFileSummary(parsed, blocks, extra, options);
}

/**
 * The file's summary once its blocks are summarised (summariseFile, or block by block with summariseBlock as
 * the parser hands them out). `parsed` carries all the file's diagnostics; `extra` the ones summariseBlock added.
 */
export function finishFileSummary(parsed: Omit<ParsedFile, 'blocks'>, blocks: BlockSummary[], extra: Diagnostic[], options: SummariseOptions): FileSummary {
  if (blocks.length === 0 && !parsed.diagnostics.some((d) => NO_BLOCK_REASONS.has(d.code))) {
    extra.push(
      createDiagnostic(DiagnosticCodes.readNoActionDiagram, 'warning', 'read', 'No action-diagram listing found (empty, binary, or COBOL without a listing).', undefined, {
        file: parsed.path,
      }),
    );
  }
  const file: WorkspaceFile = {
    path: detachString(parsed.path),
    rendering: detachNullable(parsed.rendering),
    encoding: detachNullable(parsed.encoding),
    bytes: options.bytes,
    blocks: blocks.map((b) => b.block.name), // detached already
    diagnostics: detachStrings(withFile([...parsed.diagnostics, ...extra], parsed.path)),
  };
  if (parsed.module !== undefined) file.module = detachStrings(parsed.module);
  return { file, blocks };
}

/** The summary of a file that could not be read or parsed at all (the run goes on). */
export function failedFileSummary(path: string, diagnostics: readonly Diagnostic[], bytes = 0): FileSummary {
  return { file: { path, rendering: null, encoding: null, bytes, blocks: [], diagnostics: withFile(diagnostics, path) }, blocks: [] };
}
