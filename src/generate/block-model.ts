// What the generator needs to know about one block, derived from the inventory and (when retained) the AST:
// the entity types it touches, the repository operations it performs on each, the blocks it USEs, its exit states.
import type { ActionBlock, Reference, Statement, ViewSections } from '../ast/nodes.js';
import { walkStatements } from '../ast/walk.js';
import type { InventoryBlock } from '../model/inventory-types.js';
import type { Workspace } from '../model/workspace-types.js';
import { flatViews, referenceType } from './views.js';

/** Repository operations, in the order they are printed. */
export const REPOSITORY_OPERATIONS = ['create', 'read', 'readEach', 'update', 'delete', 'associate', 'disassociate', 'transfer', 'summarize'] as const;
export type RepositoryOperation = (typeof REPOSITORY_OPERATIONS)[number];

/** One operation on one entity type: where it is used and, for relationship operations, with what. */
export interface OperationUse {
  lines: number[];
  /** Relationship names (associate / disassociate / transfer), sorted. */
  relationships: string[];
  /** Entity types on the other side, sorted. */
  others: string[];
}

/** The generator's view of one block. */
export interface BlockModel {
  name: string;
  inventory: InventoryBlock;
  views: ViewSections;
  ast: ActionBlock | null;
  isExternal: boolean;
  /** Entity types of its entity views and of its entity actions, sorted. */
  entityTypes: string[];
  /** entity type → operation → use. */
  operations: Record<string, Partial<Record<RepositoryOperation, OperationUse>>>;
  /** Canonical names of the blocks it USEs (USE and SET ... USING), sorted. */
  uses: string[];
  exitStates: string[];
}

const OP_OF_LETTER: Record<string, RepositoryOperation> = { C: 'create', R: 'read', U: 'update', D: 'delete' };

function note(model: BlockModel, type: string | null, op: RepositoryOperation, line: number, relationship?: string, ...others: (string | null)[]): void {
  if (!type) return;
  const ops = (model.operations[type] ??= {});
  const use = (ops[op] ??= { lines: [], relationships: [], others: [] });
  if (!use.lines.includes(line)) use.lines.push(line);
  if (relationship && !use.relationships.includes(relationship)) use.relationships.push(relationship);
  for (const o of others) if (o && !use.others.includes(o)) use.others.push(o);
}

function fromStatements(model: BlockModel, statements: readonly Statement[], views: ViewSections): void {
  const typeOf = (r: Reference | null, it: string | null = null): string | null => (r ? referenceType(r, views, it) : it);
  const relationshipLines = (actions: readonly Statement[], it: string | null): void => {
    for (const a of actions) {
      if (a.kind === 'Associate') note(model, typeOf(a.view, it), 'associate', a.line, a.relationship, typeOf(a.with));
      if (a.kind === 'Disassociate') note(model, typeOf(a.view, it), 'disassociate', a.line, a.relationship, typeOf(a.from));
      if (a.kind === 'Transfer') note(model, typeOf(a.view, it), 'transfer', a.line, a.relationship, typeOf(a.from), typeOf(a.to));
    }
  };
  walkStatements(statements, (s, _depth, parentKind) => {
    switch (s.kind) {
      case 'Read':
        for (const v of s.views) note(model, typeOf(v), 'read', s.line);
        break;
      case 'ReadEach':
        for (const v of s.views) note(model, typeOf(v), 'readEach', s.line);
        break;
      case 'Summarize':
        for (const v of s.views) note(model, typeOf(v), 'summarize', s.line);
        break;
      case 'Create':
      case 'Update':
        note(model, typeOf(s.view), s.kind === 'Create' ? 'create' : 'update', s.line);
        relationshipLines(s.actions, typeOf(s.view));
        break;
      case 'Delete':
        note(model, typeOf(s.view), 'delete', s.line);
        break;
      case 'Associate':
      case 'Disassociate':
      case 'Transfer':
        // Clauses of CREATE / UPDATE are handled with their statement (IT is the created / updated entity).
        if (parentKind !== 'Create' && parentKind !== 'Update') relationshipLines([s], null);
        break;
      default:
        break;
    }
  });
}

/** Without a retained AST: operations from the inventory's CRUD letters and relationship list. */
function fromInventory(model: BlockModel, inv: InventoryBlock): void {
  for (const [type, letters] of Object.entries(inv.entities)) {
    for (const letter of letters) {
      const op = OP_OF_LETTER[letter];
      if (op) note(model, type.toLowerCase(), op, inv.line);
    }
  }
  for (const r of inv.relationships) note(model, r.entity?.toLowerCase() ?? null, r.action, r.line, r.relationship, r.with?.toLowerCase() ?? null);
}

/** Build the model of one block from the workspace. */
export function buildBlockModel(workspace: Workspace, inv: InventoryBlock): BlockModel {
  const wb = workspace.blocks[inv.name];
  const views: ViewSections = wb?.views ?? wb?.ast?.views ?? { imports: [], exports: [], locals: [], entityActions: [] };
  const ast = wb?.ast ?? null;
  const model: BlockModel = {
    name: inv.name,
    inventory: inv,
    views,
    ast,
    isExternal: inv.kind === 'external',
    entityTypes: [],
    operations: {},
    uses: [...new Set(inv.calls.map((c) => c.toUpperCase()))].sort(),
    exitStates: [...new Set(inv.exitStates)].sort(),
  };
  if (ast) fromStatements(model, ast.statements, views);
  else fromInventory(model, inv);
  const types = new Set<string>(Object.keys(model.operations));
  for (const v of flatViews(views)) if (v.kind === 'entity') types.add(v.type.toLowerCase());
  for (const use of Object.values(model.operations)) for (const u of Object.values(use)) u?.others.forEach((o) => types.add(o));
  model.entityTypes = [...types].sort();
  for (const ops of Object.values(model.operations)) {
    for (const u of Object.values(ops)) {
      u?.lines.sort((a, b) => a - b);
      u?.relationships.sort();
      u?.others.sort();
    }
  }
  return model;
}
