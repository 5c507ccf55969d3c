// Safe re-runs: decides, for every generated file, whether to create, update or keep it given what is already in
// the output folder, splicing a person's work into regenerated modules and type-checking the result. Pure.
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { exportedNames, mergeModule, taggedNames } from './merge-module.js';
import { isUntouchedStamp } from './support-files.js';
import { typeCheckFiles, type TypeProblem } from './typecheck.js';
import type { GeneratedFile } from './types.js';

/** One file of the plan and what happens to it. `keep` means: nothing is written. */
export interface PlannedWrite {
  path: string;
  content: string;
  action: 'create' | 'update' | 'keep';
  /** Why: `new`, `unchanged`, `regenerated`, `merged` (a person's work spliced in), `edited` (support file
   *  edited by hand), `conflict`. */
  reason: 'new' | 'unchanged' | 'regenerated' | 'merged' | 'edited' | 'conflict';
}

/** The result of planWrites(). */
export interface WritePlan {
  /** One entry per generated file, sorted by path. */
  writes: PlannedWrite[];
  /** `generate/conflict` errors: files kept as they are although the legacy changed. */
  conflicts: Diagnostic[];
  /** Paths that are kept (not written): unchanged, edited support files and conflicts. */
  kept: string[];
  /** For each conflict, the regenerated version to compare with (written beside it as `<path>.coolgen-new`). */
  proposals: { path: string; content: string }[];
  /** Existing files that are not generated (hand-added): never touched. Sorted. */
  untouched: string[];
  /** Notes that are not conflicts (edited support files kept). */
  diagnostics: Diagnostic[];
}

const MAX_PROBLEMS_SHOWN = 3;

/**
 * Where each block's module already lives in the output folder: canonical name → path, from the `@coolgen` tags of
 * the existing `.ts` files (the first path in sorted order when a name is tagged twice). Feed it to
 * generateTypeScript() as `pinnedPaths` so that a module never moves once generated.
 */
export function findTaggedPaths(existing: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const path of Object.keys(existing).sort()) {
    if (!path.endsWith('.ts') || path.endsWith('.d.ts')) continue;
    for (const name of taggedNames(existing[path] ?? '')) if (!(name in out)) out[name] = path;
  }
  return out;
}

function conflict(path: string, block: string | undefined, message: string, data: Record<string, unknown> = {}): Diagnostic {
  return createDiagnostic('generate/conflict', 'error', 'generate', `${path}: ${message}`, undefined, { file: path, data: { path, block, ...data } });
}

function describeProblems(problems: readonly TypeProblem[]): string {
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `line ${p.line}: TS${p.code} ${p.message.split('\n')[0]}`);
  return `${shown.join('; ')}${problems.length > MAX_PROBLEMS_SHOWN ? `; and ${problems.length - MAX_PROBLEMS_SHOWN} more` : ''}`;
}

/**
 * Plan the writes for a generation run, given the files already in the output folder (relative path → text):
 * - a file that does not exist is created; one whose text is already right is kept;
 * - runtime, tsconfig.json and index.ts are updated unless a person edited them (then kept, with a warning);
 * - a block module is regenerated; a function body a person changed, and statements and imports a person added,
 *   are spliced into the regenerated text, which must then type-check with the rest of the output. When it does
 *   not, or when the path is held by a file that is not this block's module, that is a `generate/conflict`: the
 *   existing file is kept unchanged and the regenerated version is offered as `<path>.coolgen-new`;
 * - files that are not generated are never touched.
 */
export function planWrites(generated: readonly GeneratedFile[], existing: Readonly<Record<string, string>>): WritePlan {
  const plan: WritePlan = { writes: [], conflicts: [], kept: [], proposals: [], untouched: [], diagnostics: [] };
  const generatedPaths = new Set(generated.map((g) => g.path));
  const byPath = new Map(generated.map((g) => [g.path, g]));
  const exportCache = new Map<string, Set<string>>();
  const exportsOf = (path: string): Set<string> | undefined => {
    const g = byPath.get(path);
    if (!g) return undefined;
    let names = exportCache.get(path);
    if (!names) exportCache.set(path, (names = exportedNames(g.content)));
    return names;
  };
  const merged: { write: PlannedWrite; block: string | undefined }[] = [];
  for (const g of [...generated].sort((a, b) => a.path.localeCompare(b.path))) {
    const old = existing[g.path];
    if (old === undefined) {
      plan.writes.push({ path: g.path, content: g.content, action: 'create', reason: 'new' });
    } else if (old === g.content) {
      plan.writes.push({ path: g.path, content: g.content, action: 'keep', reason: 'unchanged' });
    } else if (g.kind === 'runtime' || g.kind === 'tsconfig' || g.kind === 'index') {
      if (isUntouchedStamp(old)) plan.writes.push({ path: g.path, content: g.content, action: 'update', reason: 'regenerated' });
      else {
        plan.writes.push({ path: g.path, content: old, action: 'keep', reason: 'edited' });
        plan.diagnostics.push(createDiagnostic('generate/kept-edited', 'warning', 'generate', `${g.path} was edited by hand; kept as it is (delete it to get the regenerated version)`, undefined, { file: g.path }));
      }
    } else {
      const m = mergeModule(g.path, g.content, old, g.block ?? '', exportsOf);
      if (m.status === 'conflict-untagged' || m.status === 'conflict-shape') {
        const why = m.status === 'conflict-untagged'
          ? `holds no declaration tagged @coolgen ${g.block ?? ''}; the file is not overwritten`
          : `the function body you wrote for ${g.block ?? ''} has no place in the regenerated module (the block is now external); the file is kept`;
        plan.conflicts.push(conflict(g.path, g.block, `${why}. The regenerated version is written beside it as ${g.path}.coolgen-new.`));
        plan.writes.push({ path: g.path, content: old, action: 'keep', reason: 'conflict' });
        plan.proposals.push({ path: `${g.path}.coolgen-new`, content: g.content });
      } else if (m.text === old) {
        plan.writes.push({ path: g.path, content: old, action: 'keep', reason: 'unchanged' });
      } else if (m.status === 'regenerated') {
        plan.writes.push({ path: g.path, content: g.content, action: 'update', reason: 'regenerated' });
      } else {
        const write: PlannedWrite = { path: g.path, content: m.text, action: 'update', reason: 'merged' };
        plan.writes.push(write);
        merged.push({ write, block: g.block });
      }
    }
  }
  if (merged.length > 0) checkMerged(plan, merged, existing, generatedPaths);
  plan.kept = plan.writes.filter((w) => w.action === 'keep').map((w) => w.path);
  plan.untouched = Object.keys(existing).filter((p) => !generatedPaths.has(p)).sort();
  return plan;
}

/** Type-check every merged module against the whole planned output; a module that fails becomes a conflict. */
function checkMerged(
  plan: WritePlan,
  merged: { write: PlannedWrite; block: string | undefined }[],
  existing: Readonly<Record<string, string>>,
  generatedPaths: ReadonlySet<string>,
): void {
  const files = [
    ...plan.writes.map((w) => ({ path: w.path, content: w.content })),
    ...Object.entries(existing).filter(([p]) => !generatedPaths.has(p)).map(([path, content]) => ({ path, content })),
  ];
  const problems = typeCheckFiles(files, merged.map((m) => m.write.path), true);
  for (const m of merged) {
    const mine = problems.filter((p) => p.path === m.write.path);
    if (mine.length === 0) continue;
    plan.conflicts.push(
      conflict(
        m.write.path,
        m.block,
        `your code no longer type-checks against the regenerated contracts of ${m.block ?? 'the block'} (${describeProblems(mine)}). ` +
          `The file is kept as it was; the regenerated version is written beside it as ${m.write.path}.coolgen-new.`,
        { problems: mine.map((p) => ({ line: p.line, column: p.column, code: p.code, message: p.message })) },
      ),
    );
    plan.proposals.push({ path: `${m.write.path}.coolgen-new`, content: m.write.content });
    m.write.content = existing[m.write.path] ?? m.write.content;
    m.write.action = 'keep';
    m.write.reason = 'conflict';
  }
}
