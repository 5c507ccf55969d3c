// Reading a block's view declarations for generation: which entity type or work set a reference means, the
// attribute key `type.attribute` used for typing, and the attributes each entity type / work set has in a block.
import type { EntityView, Reference, View, ViewSections, WorkView } from '../ast/nodes.js';

/** Every entity and work view of a block, group members included, with the section it is declared in. */
export function flatViews(views: ViewSections): (EntityView | WorkView)[] {
  const out: (EntityView | WorkView)[] = [];
  const add = (v: View): void => {
    if (v.kind === 'group') v.members.forEach(add);
    else out.push(v);
  };
  for (const section of [views.imports, views.exports, views.locals, views.entityActions]) section.forEach(add);
  return out;
}

const same = (a: string | null, b: string | null): boolean => a !== null && b !== null && a.toLowerCase() === b.toLowerCase();

/**
 * The entity type or work set a reference means: the parser's resolution (src/syntax/symbols.ts) when it has one;
 * for a reference the parser could not split (an undeclared view), the middle word of `view type attribute`, the
 * declared type of a named view, or the first word of `type attribute` (an unnamed entity-action view, reference
 * §6.1). `itType` is the type of IT inside CREATE / UPDATE.
 */
export function referenceType(ref: Reference, views: ViewSections, itType: string | null = null): string | null {
  if (ref.type) return ref.type.toLowerCase();
  const words = ref.words;
  if (words.length >= 3) return (words[1] ?? '').toLowerCase() || null;
  if (words.length === 2) {
    const first = words[0] ?? '';
    const declared = flatViews(views).filter((v) => same(v.name, first));
    const types = new Set(declared.map((v) => v.type.toLowerCase()));
    if (types.size === 1) return [...types][0] ?? null;
    return first.toLowerCase();
  }
  if (words.length === 1 && ref.attribute === null) {
    const only = words[0] ?? '';
    const declared = flatViews(views).filter((v) => same(v.name, only) || (v.name === null && same(v.type, only)));
    const types = new Set(declared.map((v) => v.type.toLowerCase()));
    return types.size === 1 ? ([...types][0] ?? null) : only.toLowerCase();
  }
  return itType;
}

/**
 * `type.attribute` (lower case) of an attribute reference, or null for a view reference / unresolvable one.
 * A reference the parser left unsplit (`resolved: false`) is split here with the view declarations.
 */
export function attributeKey(ref: Reference, views: ViewSections, itType: string | null = null): string | null {
  if (ref.attribute === null) {
    const words = ref.words.map((w) => w.toLowerCase());
    // Inside CREATE / UPDATE, `SET status TO ...` names an attribute of IT with a single word.
    if (words.length === 1) return itType !== null && words[0] ? `${itType}.${words[0]}` : null;
    if (ref.resolved) return null;
    const decl = flatViews(views);
    if (words.length >= 3) return `${words[words.length - 2]}.${words[words.length - 1]}`;
    const [a = '', b = ''] = words;
    if (decl.some((v) => same(v.name, a) && same(v.type, b))) return null;
    const typed = decl.find((v) => (same(v.type, a) && v.name === null) || same(v.name, a));
    return typed && typed.attributes.some((x) => same(x, b)) ? `${typed.type.toLowerCase()}.${b}` : null;
  }
  const type = referenceType(ref, views, itType);
  return type ? `${type}.${ref.attribute.toLowerCase()}` : null;
}

/** Attributes per entity type (or per work set), in first-declared order, over the given sections of a block. */
export function attributesByType(views: ViewSections, kind: 'entity' | 'work'): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const v of flatViews(views)) {
    if (v.kind !== kind) continue;
    const type = v.type.toLowerCase();
    const list = out.get(type) ?? [];
    for (const a of v.attributes) if (!list.includes(a.toLowerCase())) list.push(a.toLowerCase());
    out.set(type, list);
  }
  return out;
}

/** The declaration text of a view for a JSDoc line, e.g. `Entity View import taxpayer (Transient, Import only)`. */
export function describeView(v: View): string {
  const q = v.qualifiers.length > 0 ? ` (${v.qualifiers.join(', ')})` : '';
  if (v.kind === 'group') return `Group View (${v.cardinality ?? '?'}) ${v.name}${q}`;
  return `${v.kind === 'entity' ? 'Entity View' : 'Work View'} ${v.name ?? ''}${v.name ? ' ' : ''}${v.type}${q}`;
}
