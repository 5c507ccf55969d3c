// The workspace: every input file parsed, linked and summarised, plus the config it was read with.
// Plain data; produced by loadWorkspace() in workspace.ts and read by analysis, generate and progress.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ActionBlock, ModuleBanner, Rendering, ViewSections } from '../ast/nodes.js';
import type { Inventory } from './inventory-types.js';
import type { ResolvedConfig } from './config-types.js';

/** Options of loadWorkspace(). */
export interface LoadWorkspaceOptions {
  /** Files and/or folders to read. */
  paths: string[];
  /** Globs of files to read inside folders (default from config: `**\/*.{cbl,cob,txt,ad}`). */
  include?: string[];
  exclude?: string[];
  /** Parsed and validated configuration (see loadConfig); defaults when absent. */
  config?: ResolvedConfig;
  /** Keep each block's full AST in `blocks[name].ast` (needed by generate; costs memory). Default false. */
  retainAst?: boolean;
  /** Keep each block's view declarations in `blocks[name].views` (default true). When false the views are empty
   *  sections (one shared, frozen object); the inventory does not need them and they cost about twice the input
   *  size in memory. */
  retainViews?: boolean;
  /** Worker threads: 'auto' (default: above config.workerThreshold files), or force on/off. */
  workers?: 'auto' | boolean;
  /** Called after each file is parsed (for progress bars). */
  onProgress?: (done: number, total: number) => void;
}

/** What is kept of one input file. */
export interface WorkspaceFile {
  path: string;
  rendering: Rendering | null;
  encoding: string | null;
  bytes: number;
  module?: ModuleBanner;
  /** Canonical names of the blocks the file defines, in file order. */
  blocks: string[];
  diagnostics: Diagnostic[];
}

/** The views (and optionally the AST) of one block, keyed by canonical name in Workspace.blocks. */
export interface WorkspaceBlock {
  name: string;
  file: string;
  line: number;
  views: ViewSections;
  ast?: ActionBlock;
}

export interface Workspace {
  config: ResolvedConfig;
  files: WorkspaceFile[];
  inventory: Inventory;
  blocks: Record<string, WorkspaceBlock>;
  /** All diagnostics of all phases, each with its file. Same list as inventory.diagnostics. */
  diagnostics: Diagnostic[];
}
