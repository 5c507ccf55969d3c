// The dependency graph of an estate as plain, serialisable data (issue 4 §1): blocks, unresolved USE targets and
// entity types as nodes; `uses` calls and CRUD accesses as edges. Built by buildDependencyGraph (graph-build.ts).
import type { BlockKind } from '../model/inventory-types.js';

/** What a node stands for: an action block (any BlockKind), an unresolved USE target, or an entity type. */
export type GraphNodeKind = BlockKind | 'unresolved' | 'entity';

/** `uses` is a call (block → block); the CRUD types are data accesses (block → entity type). */
export type GraphEdgeType = 'uses' | 'create' | 'read' | 'update' | 'delete';

/** One node of the dependency graph. */
export interface GraphNode {
  /** Unique id: the canonical block name, or `entity:<type>` for an entity type. */
  id: string;
  /** Display name: the canonical block name or the entity type as written (lower case). */
  name: string;
  kind: GraphNodeKind;
  /** Chain of a block or unresolved target; null for entity types (they belong to no chain). */
  domain: string | null;
  /** False only for unresolved USE targets (no block defines them). */
  resolved: boolean;
  /** Defining file and line of a block; null for unresolved targets and entity types. */
  file: string | null;
  line: number | null;
}

/** One edge of the dependency graph. */
export interface GraphEdge {
  source: string;
  target: string;
  type: GraphEdgeType;
  /** For CRUD edges: the attributes touched with this letter, sorted, unique (possibly empty). Absent on `uses`. */
  attributes?: string[];
}

/** The whole graph. Nodes: block-like nodes sorted by id, then entity types sorted; edges sorted by source. */
export interface DependencyGraph {
  /** The chains of the call nodes: income-tax, corporate-tax, payroll (those present), then the others sorted. */
  chains: string[];
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Node id of an entity type. Entity types are lower case and block names upper case, so ids never clash. */
export function entityNodeId(entityType: string): string {
  return `entity:${entityType}`;
}

/** CRUD letter of a data-access edge type, and back. */
export const CRUD_EDGE_TYPES = { C: 'create', R: 'read', U: 'update', D: 'delete' } as const;

/** The CRUD letters in their canonical order. */
export const CRUD_LETTERS = ['C', 'R', 'U', 'D'] as const;

/** One CRUD letter. */
export type CrudLetter = (typeof CRUD_LETTERS)[number];

/** The CRUD letter of an edge type, or undefined for `uses`. */
export function crudLetterOf(type: GraphEdgeType): CrudLetter | undefined {
  switch (type) {
    case 'create':
      return 'C';
    case 'read':
      return 'R';
    case 'update':
      return 'U';
    case 'delete':
      return 'D';
    default:
      return undefined;
  }
}

/** True for nodes that take part in the call graph (blocks and unresolved targets, not entity types). */
export function isCallNode(node: GraphNode): boolean {
  return node.kind !== 'entity';
}

/** True for nodes that belong to the estate to migrate: defined blocks (not unresolved targets, not entities). */
export function isEstateNode(node: GraphNode): boolean {
  return node.kind !== 'entity' && node.kind !== 'unresolved';
}
