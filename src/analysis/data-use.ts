// Data use per entity type and attribute (issue 4 §2): which blocks create, read, update or delete it — the
// traceability of data use — with attributes flagged when their name suggests personal data.
import { DEFAULT_PERSONAL_DATA } from '../model/config-defaults.js';
import type { AttributeUse, CrudBlocks, DataUse, EntityDataUse } from './analysis-types.js';
import { compareStrings } from './chain-order.js';
import { crudLetterOf, type DependencyGraph } from './graph-types.js';

type CrudSets = { C: Set<string>; R: Set<string>; U: Set<string>; D: Set<string> };

const emptySets = (): CrudSets => ({ C: new Set(), R: new Set(), U: new Set(), D: new Set() });
const sortedSets = (s: CrudSets): CrudBlocks => ({
  C: [...s.C].sort(compareStrings),
  R: [...s.R].sort(compareStrings),
  U: [...s.U].sort(compareStrings),
  D: [...s.D].sort(compareStrings),
});

/** A test for personal-data attribute names: contains one of the substrings, case-insensitive. */
export function personalDataTest(patterns: readonly string[]): (attribute: string) => boolean {
  const lower = patterns.map((p) => p.toLowerCase()).filter((p) => p !== '');
  return (attribute) => {
    const name = attribute.toLowerCase();
    return lower.some((p) => name.includes(p));
  };
}

/**
 * Data use of every entity type in the graph, sorted by entity, attributes sorted by name. `personalData` lists
 * the substrings that flag an attribute (default: bsn, sofi, iban, email, ip_address, birth_date).
 */
export function computeDataUse(graph: DependencyGraph, personalData: readonly string[] = DEFAULT_PERSONAL_DATA): DataUse {
  const isPersonal = personalDataTest(personalData);
  const perEntity = new Map<string, { blocks: CrudSets; attributes: Map<string, CrudSets> }>();
  for (const node of graph.nodes) {
    if (node.kind === 'entity') perEntity.set(node.id, { blocks: emptySets(), attributes: new Map() });
  }
  for (const edge of graph.edges) {
    const letter = crudLetterOf(edge.type);
    const use = perEntity.get(edge.target);
    if (letter === undefined || use === undefined) continue;
    use.blocks[letter].add(edge.source);
    for (const attribute of edge.attributes ?? []) {
      let sets = use.attributes.get(attribute);
      if (sets === undefined) use.attributes.set(attribute, (sets = emptySets()));
      sets[letter].add(edge.source);
    }
  }
  const nameOf = new Map(graph.nodes.map((node) => [node.id, node.name]));
  const entities: EntityDataUse[] = [];
  for (const [id, use] of perEntity) {
    const attributes: AttributeUse[] = [...use.attributes.keys()].sort(compareStrings).map((name) => ({
      name,
      personalData: isPersonal(name),
      ...sortedSets(use.attributes.get(name)!),
    }));
    entities.push({
      entity: nameOf.get(id) ?? id,
      blocks: sortedSets(use.blocks),
      attributes,
      personalData: attributes.some((a) => a.personalData),
    });
  }
  entities.sort((a, b) => compareStrings(a.entity, b.entity));
  return { personalDataPatterns: [...personalData], entities };
}
