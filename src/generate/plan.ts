// Plans the whole output for a workspace (pure, no ts-morph Project): one module per block placed by chain, the
// estate-wide unique names, the attribute types, and the runtime, tsconfig and index support files.
import type { ActionBlock } from '../ast/nodes.js';
import { createDiagnostic, type Diagnostic, type Result } from '../diagnostics/diagnostic.js';
import type { InventoryBlock } from '../model/inventory-types.js';
import type { Workspace } from '../model/workspace-types.js';
import { createAttributeTyper } from './attribute-types.js';
import { buildBlockModel } from './block-model.js';
import { isPathLike, isSafeRelativePath, NameScope, nameWords, toFileStem, toPropertyName, toTypeName, toValueName } from './naming.js';
import { planBlockModule, RUNTIME_PATH, type BlockNames } from './plan-block.js';
import { indexPlan, runtimePlan, tsconfigPlan } from './support-files.js';
import { resolveTypeMap } from './type-map.js';
import type { AttributeType, FilePlan, GenerateOptions, GenerateStats } from './types.js';

/** The plan of the whole output. */
export interface EstatePlan {
  files: FilePlan[];
  stats: GenerateStats;
  attributeTypes: AttributeType[];
}

const RESERVED_PATHS = new Set([RUNTIME_PATH, 'index.ts', 'tsconfig.json']);

/** The block's file stem: its name without the chain's prefix (`IH_CALC_X` in income-tax → `calc-x`). */
function strippedStem(inv: InventoryBlock, workspace: Workspace): string {
  const upper = inv.name.toUpperCase();
  for (const rule of workspace.config.chains) {
    const prefix = rule.prefix?.toUpperCase();
    if (prefix && rule.chain === inv.domain && upper.startsWith(prefix) && upper.length > prefix.length) return toFileStem(inv.name.slice(prefix.length));
  }
  return toFileStem(inv.name);
}

function chainFolder(domain: string): string {
  const folder = toFileStem(domain || 'unclassified');
  return folder === 'runtime' ? 'runtime-chain' : folder;
}

/** A pinned (existing) path is usable when it stays inside the output and is not a support file. */
function usablePin(path: string | undefined): path is string {
  return path !== undefined && isSafeRelativePath(path) && path.endsWith('.ts') && !RESERVED_PATHS.has(path);
}

/** Decide every block's path: pins first, then chain folder + stripped stem, full stem on collision, then `-2`... */
function assignPaths(blocks: readonly InventoryBlock[], workspace: Workspace, options: GenerateOptions, diagnostics: Diagnostic[]): Map<string, string> {
  const paths = new Map<string, string>();
  const taken = new Set<string>(RESERVED_PATHS);
  for (const b of blocks) {
    const pin = options.pinnedPaths?.[b.name];
    if (usablePin(pin) && !taken.has(pin)) {
      paths.set(b.name, pin);
      taken.add(pin);
    } else if (pin !== undefined && !usablePin(pin)) {
      diagnostics.push(createDiagnostic('generate/unsafe-path', 'warning', 'generate', `existing path "${pin}" of ${b.name} is not usable; generating at the default path`, undefined, { file: b.file, data: { block: b.name } }));
    }
  }
  const wanted = new Map<string, string>();
  const count = new Map<string, number>();
  for (const b of blocks) {
    if (paths.has(b.name)) continue;
    const p = `${chainFolder(b.domain)}/${strippedStem(b, workspace)}.ts`;
    wanted.set(b.name, p);
    count.set(p, (count.get(p) ?? 0) + 1);
  }
  for (const b of blocks) {
    let p = wanted.get(b.name);
    if (p === undefined) continue;
    if ((count.get(p) ?? 0) > 1 || taken.has(p)) p = `${chainFolder(b.domain)}/${toFileStem(b.name)}.ts`;
    let candidate = p;
    for (let n = 2; taken.has(candidate); n++) candidate = p.replace(/\.ts$/, `-${n}.ts`);
    if (!isSafeRelativePath(candidate)) candidate = `unclassified/block-${paths.size + 1}.ts`;
    if (isPathLike(b.name)) {
      diagnostics.push(createDiagnostic('generate/unsafe-path', 'warning', 'generate', `block name "${b.name}" looks like a path; its module is written as ${candidate}`, undefined, { file: b.file, data: { block: b.name, path: candidate } }));
    }
    paths.set(b.name, candidate);
    taken.add(candidate);
  }
  return paths;
}

/** Decide every block's exported names, unique across the estate (first in name order keeps the plain name). */
function assignNames(blocks: readonly InventoryBlock[], paths: Map<string, string>, diagnostics: Diagnostic[]): Record<string, BlockNames> {
  const used = new NameScope();
  const out: Record<string, BlockNames> = {};
  for (const b of blocks) {
    const basePrefix = toTypeName(b.name);
    const baseFn = toValueName(b.name);
    let prefix = basePrefix;
    let fn = baseFn;
    const set = (p: string, f: string): string[] => [f, `${p}Imports`, `${p}Exports`, `${p}Context`, `${p}ExitState`, `${p}ExitStates`, `${p}Adapter`];
    for (let n = 2; set(prefix, fn).some((x) => used.has(x)); n++) {
      prefix = `${basePrefix}_${n}`;
      fn = `${baseFn}_${n}`;
    }
    set(prefix, fn).forEach((x) => used.take(x));
    const plain = nameWords(b.name).map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join('');
    if (fn !== plain || !/^[A-Z][A-Z0-9_]*$/.test(b.name)) {
      diagnostics.push(createDiagnostic('generate/renamed', 'info', 'generate', `${b.name} is generated as ${fn} / ${prefix}*`, undefined, { file: b.file, data: { block: b.name, fn, prefix } }));
    }
    out[b.name] = {
      name: b.name,
      path: paths.get(b.name) ?? `unclassified/${toFileStem(b.name)}.ts`,
      kind: b.kind === 'external' ? 'eab' : 'block',
      fn,
      prefix,
      imports: `${prefix}Imports`,
      exports: `${prefix}Exports`,
      context: `${prefix}Context`,
      exitState: `${prefix}ExitState`,
      exitStates: `${prefix}ExitStates`,
      adapter: `${prefix}Adapter`,
      contextProp: toPropertyName(b.name),
    };
  }
  return out;
}

/** Plan every file for the workspace. Pure: returns plans and diagnostics; printing is emit.ts's job. */
export function planEstate(workspace: Workspace, options: GenerateOptions = {}, printDiagram: ((b: ActionBlock) => string) | null = null): Result<EstatePlan> {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const blocks = [...workspace.inventory.actionBlocks]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.file.localeCompare(b.file)))
    .filter((b) => !seen.has(b.name) && seen.add(b.name) !== undefined);
  const map = resolveTypeMap(options.typeMap, workspace.config.domains, options.domains);
  const asts = blocks.map((b) => workspace.blocks[b.name]?.ast).filter((a): a is ActionBlock => a !== undefined);
  const typer = createAttributeTyper(asts, map, diagnostics);
  const paths = assignPaths(blocks, workspace, options, diagnostics);
  const all = assignNames(blocks, paths, diagnostics);
  const files: FilePlan[] = [];
  for (const inv of blocks) {
    const names = all[inv.name];
    if (!names) continue;
    files.push(planBlockModule({ model: buildBlockModel(workspace, inv), names, all, typer, printDiagram }));
  }
  files.push(runtimePlan(), tsconfigPlan(), indexPlan(Object.values(all)));
  const stats: GenerateStats = {
    blocks: blocks.filter((b) => b.kind !== 'external').length,
    eabs: blocks.filter((b) => b.kind === 'external').length,
    types: typer.stats(),
  };
  return { value: { files, stats, attributeTypes: typer.typed() }, diagnostics };
}
