// The view-declaration section of the canonical printer (reference §3.1, §4, §16): IMPORTS / EXPORTS / LOCALS /
// ENTITY ACTIONS, Entity / Work / Group views with qualifiers and attributes. R2 never wraps; R1 wraps at col 71.
import type { EntityView, GroupView, View, ViewSections, WorkView } from './nodes.js';
import { emitViewLine, type PrintContext } from './print-layout.js';

const SECTIONS: { key: keyof ViewSections; label: string }[] = [
  { key: 'imports', label: 'IMPORTS:' },
  { key: 'exports', label: 'EXPORTS:' },
  { key: 'locals', label: 'LOCALS:' },
  { key: 'entityActions', label: 'ENTITY ACTIONS:' },
];

/** Offsets after the block bar: labels at 7, views at 9, attributes at 11 (R1 columns 19 / 21 / 23). */
const LABEL_OFFSET = 7;
const VIEW_OFFSET = 9;

/** Print the non-empty view sections in the canonical order; empty sections are left out (reference §4). */
export function printViewSections(ctx: PrintContext, views: ViewSections): void {
  for (const { key, label } of SECTIONS) {
    const list = views[key];
    if (list.length === 0) continue;
    emitViewLine(ctx, LABEL_OFFSET, label);
    for (const view of list) printView(ctx, view, VIEW_OFFSET);
  }
}

function printView(ctx: PrintContext, view: View, offset: number): void {
  if (view.kind === 'group') {
    printGroup(ctx, view, offset);
    return;
  }
  printMemberView(ctx, view, offset);
}

/**
 * `Entity View <name> <type> (<qualifiers>)` / `Work View <name> <type> (...)`. A wrapped R1 Work View continues
 * in the column of `Work View`; a wrapped Entity View continues under the view name, 12 columns right (§3.1).
 */
function printMemberView(ctx: PrintContext, view: EntityView | WorkView, offset: number): void {
  const keyword = view.kind === 'entity' ? 'Entity View' : 'Work View';
  const words = [keyword, ...(view.name !== null ? [view.name] : []), view.type];
  const text = `${words.join(' ')}${qualifierText(view.qualifiers)}`;
  emitViewLine(ctx, offset, text, view.kind === 'entity' ? offset + 12 : offset);
  for (const attribute of view.attributes) emitViewLine(ctx, offset + 2, attribute);
}

/** `Group View (<n>[, explicit|implicit]) <name>`, its own attributes if any, then its members two columns right. */
function printGroup(ctx: PrintContext, view: GroupView, offset: number): void {
  const inside = [view.cardinality !== null ? String(view.cardinality) : null, view.indexing].filter((x) => x !== null);
  const count = inside.length > 0 ? ` (${inside.join(', ')})` : '';
  emitViewLine(ctx, offset, `Group View${count} ${view.name}${qualifierText(view.qualifiers)}`, offset);
  for (const attribute of view.attributes) emitViewLine(ctx, offset + 2, attribute);
  for (const member of view.members) printMemberView(ctx, member, offset + 2);
}

function qualifierText(qualifiers: readonly string[]): string {
  return qualifiers.length > 0 ? ` (${qualifiers.join(', ')})` : '';
}
