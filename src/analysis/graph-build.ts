// Builds the DependencyGraph (graph-types.ts) from an inventory: one node per block, unresolved USE target and
// entity type; `uses` edges from `calls`, CRUD edges from `entities` letters with the attributes of `entityAttributes`.
import type { Inventory, InventoryBlock } from '../model/inventory-types.js';
import { chainOfNameFunction, compareStrings, orderChains, type ChainNamingConfig } from './chain-order.js';
import {
  CRUD_EDGE_TYPES,
  CRUD_LETTERS,
  entityNodeId,
  type CrudLetter,
  type DependencyGraph,
  type GraphEdge,
  type GraphNode,
} from './graph-types.js';

/** A block as the graph sees it, with duplicates (same name defined twice) merged. */
interface MergedBlock {
  first: InventoryBlock;
  calls: Set<string>;
  /** entity → letter → attributes */
  access: Map<string, Map<CrudLetter, Set<string>>>;
}

function addAccess(merged: MergedBlock, block: InventoryBlock): void {
  const entities = new Set([...Object.keys(block.entities ?? {}), ...Object.keys(block.entityAttributes ?? {})]);
  for (const entity of entities) {
    let letters = merged.access.get(entity);
    if (letters === undefined) merged.access.set(entity, (letters = new Map()));
    const written = block.entities?.[entity] ?? '';
    const attrs = block.entityAttributes?.[entity] ?? {};
    for (const letter of CRUD_LETTERS) {
      const listed = attrs[letter];
      if (!written.includes(letter) && listed === undefined) continue;
      let set = letters.get(letter);
      if (set === undefined) letters.set(letter, (set = new Set()));
      for (const a of listed ?? []) set.add(a);
    }
    if (letters.size === 0) merged.access.delete(entity);
  }
}

function mergeBlocks(blocks: readonly InventoryBlock[]): Map<string, MergedBlock> {
  const byName = new Map<string, MergedBlock>();
  for (const block of blocks) {
    let merged = byName.get(block.name);
    if (merged === undefined) byName.set(block.name, (merged = { first: block, calls: new Set(), access: new Map() }));
    for (const call of block.calls ?? []) merged.calls.add(call);
    addAccess(merged, block);
  }
  return byName;
}

function blockNode(block: InventoryBlock): GraphNode {
  return { id: block.name, name: block.name, kind: block.kind, domain: block.domain, resolved: true, file: block.file, line: block.line };
}

function unresolvedNode(name: string, domain: string): GraphNode {
  return { id: name, name, kind: 'unresolved', domain, resolved: false, file: null, line: null };
}

function entityNode(entity: string): GraphNode {
  return { id: entityNodeId(entity), name: entity, kind: 'entity', domain: null, resolved: true, file: null, line: null };
}

/** The chains of the call nodes, in canonical order. */
export function chainsOfNodes(nodes: readonly GraphNode[]): string[] {
  return orderChains(nodes.flatMap((node) => (node.kind === 'entity' || node.domain === null ? [] : [node.domain])));
}

/**
 * Build the dependency graph of an inventory. Deterministic: block-like nodes sorted by id, then entity types
 * sorted; edges grouped by source in node order, `uses` first (targets sorted), then CRUD edges per entity in
 * C, R, U, D order. A name defined twice is one node (the first definition; calls and accesses merged).
 * A call target that is neither a block nor listed in `unresolvedTargets` still becomes an unresolved node.
 * `config` gives unresolved targets their chain by name (prefix/regex rules; defaults IH_/VPB_/LH_).
 * Runs in O(N log N + E) for N nodes and E edges.
 */
export function buildDependencyGraph(inventory: Inventory, config?: ChainNamingConfig): DependencyGraph {
  const chainOf = chainOfNameFunction(config);
  const blocks = mergeBlocks(inventory.actionBlocks ?? []);
  const callNodes = new Map<string, GraphNode>();
  for (const [name, merged] of blocks) callNodes.set(name, blockNode(merged.first));
  const addUnresolved = (name: string): void => {
    if (!callNodes.has(name)) callNodes.set(name, unresolvedNode(name, chainOf(name)));
  };
  for (const target of inventory.unresolvedTargets ?? []) addUnresolved(target.name);
  const entities = new Set<string>();
  for (const summary of inventory.entities ?? []) entities.add(summary.name);
  for (const merged of blocks.values()) {
    for (const call of merged.calls) addUnresolved(call);
    for (const entity of merged.access.keys()) entities.add(entity);
  }

  const callIds = [...callNodes.keys()].sort(compareStrings);
  const entityNames = [...entities].sort(compareStrings);
  const nodes: GraphNode[] = [...callIds.map((id) => callNodes.get(id)!), ...entityNames.map(entityNode)];

  const edges: GraphEdge[] = [];
  for (const id of callIds) {
    const merged = blocks.get(id);
    if (merged === undefined) continue;
    for (const call of [...merged.calls].sort(compareStrings)) edges.push({ source: id, target: call, type: 'uses' });
    for (const entity of [...merged.access.keys()].sort(compareStrings)) {
      const letters = merged.access.get(entity)!;
      for (const letter of CRUD_LETTERS) {
        const attrs = letters.get(letter);
        if (attrs === undefined) continue;
        edges.push({
          source: id,
          target: entityNodeId(entity),
          type: CRUD_EDGE_TYPES[letter],
          attributes: [...attrs].sort(compareStrings),
        });
      }
    }
  }
  return { chains: chainsOfNodes(nodes), nodes, edges };
}
