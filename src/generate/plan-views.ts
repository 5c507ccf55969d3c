// Plans the data shapes of a block module: one interface per entity type it touches, and the import / export
// view interfaces (entity and work views as nested objects, group views as readonly arrays of a member type).
import type { EntityView, GroupView, View, ViewSections, WorkView } from '../ast/nodes.js';
import type { AttributeTyper } from './attribute-types.js';
import { runtimeTypesIn } from './attribute-types.js';
import { NameScope, toPropertyName, toTypeName } from './naming.js';
import { docCode, escapeBlockCommentText, escapeLineCommentText, stringLiteral } from './text-escape.js';
import type { AttributeType, DeclarationPlan, DocPlan, MemberPlan } from './types.js';
import { attributesByType, describeView } from './views.js';

/** Names chosen for one entity type inside one module. */
export interface EntityNames {
  type: string;
  iface: string;
  repository: string;
  /** Gen attribute → property name. */
  props: Map<string, string>;
}

/** The per-module planning state shared by the view, entity and block planners. */
export interface ModulePlanContext {
  blockName: string;
  typer: AttributeTyper;
  /** Module-local identifiers (imports and declarations) already taken. */
  scope: NameScope;
  entities: Map<string, EntityNames>;
  /** Work sets (e.g. `ief_supplied`) viewed in the import and export views. */
  workSets: Map<string, EntityNames>;
  /** Runtime names the module must import as types. */
  runtimeTypes: Set<string>;
  declarations: DeclarationPlan[];
  /** Prefix of the block's own type names, e.g. `IhCalcBox1Income`. */
  prefix: string;
}

/** A JSDoc made of escaped description text and an `@generated` tag. */
export function generatedDoc(description: string, tags: DocPlan['tags'] = []): DocPlan {
  return { description: escapeBlockCommentText(description), tags: [...tags, { tagName: 'generated' }] };
}

function attributeDoc(attribute: string, t: AttributeType): DocPlan {
  const how = t.source === 'use' ? `inferred from ${t.reason}` : t.reason;
  return { description: `Gen attribute ${docCode(attribute)}: ${escapeLineCommentText(how)}.`, tags: [] };
}

function attributeMember(ctx: ModulePlanContext, type: string, attribute: string, prop: string): MemberPlan {
  const t = ctx.typer.typeOf(type, attribute);
  for (const r of runtimeTypesIn(t.tsType)) ctx.runtimeTypes.add(r);
  const member: MemberPlan = { name: prop, type: t.tsType, docs: attributeDoc(attribute, t) };
  if (t.source === 'unknown') member.todo = escapeLineCommentText(`TODO(coolgen): domain of ${type}.${attribute} unknown`);
  return member;
}

/** Choose names for every entity type the block touches (sorted) and plan their interfaces. */
export function planEntityInterfaces(ctx: ModulePlanContext, entityTypes: readonly string[], views: ViewSections): void {
  const attrs = attributesByType(views, 'entity');
  for (const type of entityTypes) {
    const names = planRecordInterface(ctx, type, attrs.get(type) ?? [], `Entity type \`${type}\`, with the attributes ${ctx.blockName} declares for it in its views.`);
    ctx.entities.set(type, names);
  }
}

/** Plan one interface per work set viewed in the import and export views (sorted). */
export function planWorkSetInterfaces(ctx: ModulePlanContext, views: ViewSections): void {
  const attrs = attributesByType({ imports: views.imports, exports: views.exports, locals: [], entityActions: [] }, 'work');
  for (const type of [...attrs.keys()].sort()) {
    const names = planRecordInterface(ctx, type, attrs.get(type) ?? [], `Work attribute set \`${type}\`, with the attributes ${ctx.blockName} passes in its import and export views.`);
    ctx.workSets.set(type, names);
  }
}

function planRecordInterface(ctx: ModulePlanContext, type: string, attributes: readonly string[], description: string): EntityNames {
  const iface = ctx.scope.take(toTypeName(type));
  const repository = ctx.scope.take(`${iface}Repository`);
  const propScope = new NameScope();
  const props = new Map<string, string>();
  for (const a of attributes) props.set(a, propScope.take(toPropertyName(a)));
  ctx.declarations.push({
    kind: 'interface',
    name: iface,
    docs: generatedDoc(description),
    members: [...props].map(([a, p]) => attributeMember(ctx, type, a, p)),
    methods: [],
  });
  return { type, iface, repository, props };
}

function pickType(names: EntityNames | undefined, attributes: readonly string[]): string {
  if (!names) return 'unknown';
  const picked = [...new Set(attributes.map((a) => names.props.get(a.toLowerCase())).filter((p): p is string => p !== undefined))];
  return picked.length === 0 ? `Pick<${names.iface}, never>` : `Pick<${names.iface}, ${picked.map(stringLiteral).join(' | ')}>`;
}

/**
 * The members of an import or export interface: one property per view name (`import`), holding one property per
 * entity type / work set viewed under that name (`import.taxpayer`), as Gen references read (`import taxpayer x`).
 */
export function planViewMembers(ctx: ModulePlanContext, views: readonly View[], section: string): MemberPlan[] {
  const scope = new NameScope();
  const byName = new Map<string, { prop: string; views: (EntityView | WorkView)[] }>();
  const members: MemberPlan[] = [];
  for (const v of views) {
    if (v.kind === 'group') {
      members.push(planGroup(ctx, v, scope.take(toPropertyName(v.name)), section));
      continue;
    }
    const key = (v.name ?? v.type).toLowerCase();
    let entry = byName.get(key);
    if (!entry) {
      entry = { prop: scope.take(toPropertyName(v.name ?? v.type)), views: [] };
      byName.set(key, entry);
      members.push({ name: entry.prop, type: { kind: 'object', members: [] } });
    }
    entry.views.push(v);
  }
  for (const entry of byName.values()) {
    const member = members.find((m) => m.name === entry.prop);
    if (!member || typeof member.type === 'string') continue;
    const inner = new NameScope();
    member.docs = { description: entry.views.map((v) => escapeLineCommentText(describeView(v))).join('\n'), tags: [] };
    for (const v of entry.views) {
      const prop = inner.take(toPropertyName(v.type));
      member.type.members.push({
        name: prop,
        type: pickType((v.kind === 'entity' ? ctx.entities : ctx.workSets).get(v.type.toLowerCase()), v.attributes),
        docs: { description: escapeLineCommentText(describeView(v)), tags: [] },
      });
    }
  }
  return members;
}

function planGroup(ctx: ModulePlanContext, g: GroupView, prop: string, section: string): MemberPlan {
  const memberType = ctx.scope.take(`${ctx.prefix}${toTypeName(g.name)}Member`);
  ctx.declarations.push({
    kind: 'interface',
    name: memberType,
    docs: generatedDoc(`One occurrence of the ${section} group view \`${g.name}\` of ${ctx.blockName}.`),
    members: planViewMembers(ctx, g.members, section),
    methods: [],
  });
  const tags = g.cardinality !== null ? [{ tagName: 'maxCardinality', text: String(g.cardinality) }] : [];
  return {
    name: prop,
    type: `readonly ${memberType}[]`,
    docs: { description: escapeLineCommentText(describeView(g)), tags },
  };
}
