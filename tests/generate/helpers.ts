// Test helpers for the generator: a Workspace built from hand-made ASTs through the real summarise → inventory
// path (no parser needed), and an in-memory "output folder" for re-run tests. Not a test file itself.
import type { ActionBlock, ParsedFile, Workspace, WorkspaceBlock, ResolvedConfig } from '../../src/index.js';
import { buildInventory } from '../../src/model/inventory.js';
import { summariseFile } from '../../src/model/summarise.js';
import { defaultConfig } from '../../src/model/config-defaults.js';
import { typeCheckFiles } from '../../src/generate/typecheck.js';
import type { GeneratedFile } from '../../src/generate/types.js';

/** A workspace from files of hand-built blocks (path → blocks), with AST retained. */
export function workspaceOf(files: Record<string, ActionBlock[]>, config: ResolvedConfig = defaultConfig()): Workspace {
  const parsed: ParsedFile[] = Object.entries(files).map(([path, blocks]) => ({
    path,
    rendering: 'toolset',
    encoding: 'utf-8',
    blocks: blocks.map((b) => ({ ...b, sourceHash: b.sourceHash || `hash${b.name.length.toString(16).padStart(12, '0')}` })),
    diagnostics: [],
  }));
  const summaries = parsed.map((p) => summariseFile(p, { bytes: 100, retainAst: true }));
  const inventory = buildInventory({ files: summaries }, config);
  const blocks: Record<string, WorkspaceBlock> = {};
  for (const s of summaries.flatMap((f) => f.blocks)) {
    if (blocks[s.block.name]) continue;
    const entry: WorkspaceBlock = { name: s.block.name, file: s.block.file, line: s.block.line, views: s.views };
    if (s.ast) entry.ast = s.ast;
    blocks[s.block.name] = entry;
  }
  return { config, files: summaries.map((s) => s.file), inventory, blocks, diagnostics: inventory.diagnostics };
}

/** The compiler errors of a generated set, as `path:line: message` strings (empty when it compiles). */
export function compileErrors(files: readonly { path: string; content: string }[]): string[] {
  return typeCheckFiles(files).map((p) => `${p.path}:${p.line}:${p.column}: TS${p.code} ${p.message}`);
}

/** The file at a path, or a thrown error naming the paths there are. */
export function fileAt(files: readonly GeneratedFile[], path: string): GeneratedFile {
  const f = files.find((x) => x.path === path);
  if (!f) throw new Error(`no ${path} among ${files.map((x) => x.path).join(', ')}`);
  return f;
}
