// The block's symbol table, built from its four view sections before any statement is read, and the split of a
// space-separated reference `view entity attribute` into its parts (reference §0.2, §6.1).
import type { View, ViewSectionName, ViewSections } from '../ast/nodes.js';

/** One declared view as the resolver sees it. */
export interface ViewSymbol {
  name: string | null;
  type: string | null;
  kind: 'entity' | 'work' | 'group';
  section: ViewSectionName;
  attributes: readonly string[];
  /** Member view names of a group. */
  members: readonly string[];
  /** `type` lower-cased, and the attribute names lower-cased: each word is compared case-insensitively once. */
  typeKey: string | null;
  /** Built on first use by `hasAttributeKey` (most views are never looked up by attribute). */
  attributeKeys: Set<string> | null;
}

/**
 * Views by lower-cased name (a list: one name may be declared for several views, e.g. `import taxpayer` and
 * `import ih_work_area`), and unnamed entity-action views by lower-cased entity type.
 */
export interface SymbolTable {
  named: Map<string, ViewSymbol[]>;
  unnamed: Map<string, ViewSymbol>;
}

/** The split of a reference; `resolved` is false when no declared view matched. */
export interface ResolvedReference {
  view: string | null;
  type: string | null;
  attribute: string | null;
  section: ViewSectionName | null;
  resolved: boolean;
}

const SECTIONS: ViewSectionName[] = ['imports', 'exports', 'locals', 'entityActions'];

/** Build the table from all four sections, group members included. */
export function buildSymbolTable(views: ViewSections): SymbolTable {
  const table: SymbolTable = { named: new Map(), unnamed: new Map() };
  for (const section of SECTIONS) for (const v of views[section]) addView(table, v, section);
  return table;
}

function addView(table: SymbolTable, v: View, section: ViewSectionName): void {
  const members = v.kind === 'group' ? v.members.map((m) => m.name ?? m.type) : [];
  const sym: ViewSymbol = {
    name: v.name,
    type: v.type,
    kind: v.kind,
    section,
    attributes: v.attributes,
    members,
    typeKey: v.type === null ? null : v.type.toLowerCase(),
    attributeKeys: null,
  };
  if (v.name !== null) {
    const key = v.name.toLowerCase();
    const list = table.named.get(key);
    if (list) list.push(sym);
    else table.named.set(key, [sym]);
  } else if (v.type !== null) {
    const key = v.type.toLowerCase();
    if (!table.unnamed.has(key)) table.unnamed.set(key, sym);
  }
  if (v.kind === 'group') for (const m of v.members) addView(table, m, section);
}

const UNRESOLVED: ResolvedReference = { view: null, type: null, attribute: null, section: null, resolved: false };

/** `word` (as written, and lower-cased in `key`) names the view's type, case-insensitively. */
function isType(word: string | undefined, key: string | undefined, s: ViewSymbol): boolean {
  return word !== undefined && s.type !== null && (word === s.type || key === s.typeKey);
}

/** Names are lower case in real text: try the word as written first, then lower-cased. */
function lookup<T>(map: Map<string, T>, word: string): T | undefined {
  return map.get(word) ?? map.get(word.toLowerCase());
}

/** The declared view named `w1` whose type is `w2`, else the first view of that name. */
function namedView(table: SymbolTable, w1: string, w2: string | undefined, k2: string | undefined): ViewSymbol | undefined {
  const candidates = lookup(table.named, w1);
  if (!candidates) return undefined;
  for (const c of candidates) if (c.kind !== 'group' && isType(w2, k2, c)) return c;
  return candidates[0];
}

/** Split 1-3 words with the declarations: `<view> <type> [attr]`, `<view>`, `<view> <attr>`, `<entity> [attr]`. */
export function resolveWords(words: readonly string[], table: SymbolTable): ResolvedReference {
  const [w1, w2, w3] = words;
  if (w1 === undefined || words.length > 3) return UNRESOLVED;
  const k2 = w2?.toLowerCase();
  const named = namedView(table, w1, w2, k2);
  if (named) {
    if (words.length === 1) return resolvedAs(named, null);
    if (named.kind !== 'group' && isType(w2, k2, named)) return resolvedAs(named, w3 ?? null);
    const byAttribute = words.length === 2 && k2 !== undefined ? lookup(table.named, w1)?.find((c) => hasAttributeKey(c, k2)) : undefined;
    if (byAttribute) return resolvedAs(byAttribute, w2 ?? null);
  }
  const unnamed = lookup(table.unnamed, w1);
  if (unnamed && words.length <= 2) {
    return { view: null, type: unnamed.type, attribute: w2 ?? null, section: unnamed.section, resolved: true };
  }
  return UNRESOLVED;
}

/** `s` declares an attribute whose lower-cased name is `key`. */
function hasAttributeKey(s: ViewSymbol, key: string): boolean {
  s.attributeKeys ??= new Set(s.attributes.map((a) => a.toLowerCase()));
  return s.attributeKeys.has(key);
}

function resolvedAs(s: ViewSymbol, attribute: string | null): ResolvedReference {
  return { view: s.name, type: s.type, attribute, section: s.section, resolved: true };
}

/** How many leading words of `words` form one view (for view lists such as `READ customer order`). */
export function viewWordCount(words: readonly string[], start: number, table: SymbolTable): number {
  const w1 = words[start];
  const w2 = words[start + 1];
  if (w1 === undefined) return 0;
  const k2 = w2?.toLowerCase();
  const named = namedView(table, w1, w2, k2);
  if (named && isType(w2, k2, named)) return 2;
  if (named || lookup(table.unnamed, w1)) return 1;
  // Unknown view: a pair when the following word is not itself a declared view.
  if (w2 !== undefined && !lookup(table.named, w2) && !lookup(table.unnamed, w2)) return 2;
  return 1;
}
