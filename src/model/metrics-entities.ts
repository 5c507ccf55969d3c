// Entity use of one action block (reference §17 `entities`): CRUD letters per entity type, the attributes touched
// per letter, and the relationship changes (ASSOCIATE / DISASSOCIATE / TRANSFER), which add no letter.
import type { ActionBlock, EntityView, Expression, Reference, Statement, View, WorkView } from '../ast/nodes.js';
import type { EntityAttributeUse, RelationshipUse } from './inventory-types.js';
import { walkExpression } from '../ast/walk.js';
import { walkBlockStatements } from './metrics-walk.js';

type Letter = 'C' | 'R' | 'U' | 'D';
const ORDER: Letter[] = ['C', 'R', 'U', 'D'];

/** The entity figures of a block. */
export interface EntityUse {
  entities: Record<string, string>;
  entityAttributes: EntityAttributeUse;
  relationships: RelationshipUse[];
}

/** Entity and work views of a block, flattened (group members included), for resolving references. */
export class ViewIndex {
  private readonly named = new Map<string, EntityView | WorkView>();
  private readonly unnamed = new Map<string, EntityView>();

  constructor(block: Pick<ActionBlock, 'views'>) {
    const add = (v: View): void => {
      if (v.kind === 'group') {
        v.members.forEach(add);
        return;
      }
      if (v.name !== null) {
        if (!this.named.has(v.name.toLowerCase())) this.named.set(v.name.toLowerCase(), v);
      } else if (v.kind === 'entity' && !this.unnamed.has(v.type.toLowerCase())) {
        this.unnamed.set(v.type.toLowerCase(), v);
      }
    };
    const { imports, exports, locals, entityActions } = block.views;
    [...entityActions, ...locals, ...imports, ...exports].forEach(add);
  }

  /** The declared view a reference names, when it can be found. */
  viewOf(ref: Reference): EntityView | WorkView | undefined {
    if (ref.view !== null) return this.named.get(ref.view.toLowerCase());
    if (ref.type !== null) return this.unnamed.get(ref.type.toLowerCase());
    const first = ref.words[0]?.toLowerCase();
    if (first === undefined) return undefined;
    return this.named.get(first) ?? this.unnamed.get(first);
  }

  /**
   * The entity type a view reference denotes: the parser's split when it resolved, else the declarations
   * (`existing taxpayer` → the type of view `existing`; `taxpayer` → the unnamed view), else the last word.
   */
  entityTypeOf(ref: Reference): string | null {
    if (ref.type !== null) return ref.type;
    const view = this.viewOf(ref);
    if (view !== undefined) return view.type;
    const words = ref.attribute !== null ? ref.words.slice(0, -1) : ref.words;
    return words[words.length - 1] ?? null;
  }
}

function attributeOf(ref: Reference): string | null {
  if (ref.attribute !== null) return ref.attribute;
  return ref.words.length === 1 ? (ref.words[0] ?? null) : null;
}

/** Collect CRUD letters, attributes and relationship changes of a block. */
export function computeEntityUse(block: Pick<ActionBlock, 'views' | 'statements'>): EntityUse {
  const index = new ViewIndex(block);
  const letters = new Map<string, Set<Letter>>();
  const attrs = new Map<string, Map<Letter, Set<string>>>();
  const relationships: RelationshipUse[] = [];

  const add = (entity: string | null, letter: Letter, attributes: Iterable<string>): void => {
    if (entity === null) return;
    const set = letters.get(entity) ?? new Set<Letter>();
    set.add(letter);
    letters.set(entity, set);
    const byLetter = attrs.get(entity) ?? new Map<Letter, Set<string>>();
    const list = byLetter.get(letter) ?? new Set<string>();
    for (const a of attributes) list.add(a);
    byLetter.set(letter, list);
    attrs.set(entity, byLetter);
  };

  const readViews = (views: Reference[], where: Expression | null): void => {
    const desired = new Map<string, Set<string>>();
    if (where) {
      walkExpression(where, (e) => {
        if (e.kind !== 'Reference' || e.qualifier !== 'DESIRED' || e.attribute === null) return;
        const type = index.entityTypeOf(e);
        if (type === null) return;
        const set = desired.get(type) ?? new Set<string>();
        set.add(e.attribute);
        desired.set(type, set);
      });
    }
    for (const v of views) {
      const type = index.entityTypeOf(v);
      if (type === null) continue;
      add(type, 'R', [...(index.viewOf(v)?.attributes ?? []), ...(desired.get(type) ?? [])]);
    }
  };

  const relationship = (s: Statement, subject: string | null): void => {
    const typeOf = (r: Reference | null): string | null => (r === null ? subject : index.entityTypeOf(r));
    if (s.kind === 'Associate') relationships.push({ action: 'associate', entity: typeOf(s.view), with: index.entityTypeOf(s.with), relationship: s.relationship, line: s.line });
    else if (s.kind === 'Disassociate') relationships.push({ action: 'disassociate', entity: typeOf(s.view), with: index.entityTypeOf(s.from), relationship: s.relationship, line: s.line });
    else if (s.kind === 'Transfer') relationships.push({ action: 'transfer', entity: typeOf(s.view), with: index.entityTypeOf(s.to), relationship: s.relationship, line: s.line });
  };

  const inside = new Map<Statement, string | null>();
  walkBlockStatements(block.statements, (s) => {
    switch (s.kind) {
      case 'Read':
      case 'ReadEach':
        readViews(s.views, s.where);
        break;
      case 'Summarize':
        readViews(s.views, s.where);
        break;
      case 'Create':
      case 'Update': {
        const type = index.entityTypeOf(s.view);
        const setAttrs: string[] = [];
        for (const a of s.actions) {
          inside.set(a, type);
          if (a.kind === 'Set' && a.target.kind === 'Reference') {
            const attr = attributeOf(a.target);
            if (attr !== null) setAttrs.push(attr);
          }
        }
        add(type, s.kind === 'Create' ? 'C' : 'U', setAttrs);
        break;
      }
      case 'Delete':
        add(index.entityTypeOf(s.view), 'D', []);
        break;
      case 'Associate':
      case 'Disassociate':
      case 'Transfer':
        relationship(s, inside.get(s) ?? null);
        break;
      default:
        break;
    }
  });

  const entities: Record<string, string> = {};
  const entityAttributes: EntityAttributeUse = {};
  for (const entity of [...letters.keys()].sort()) {
    const set = letters.get(entity) as Set<Letter>;
    entities[entity] = ORDER.filter((l) => set.has(l)).join('');
    const out: EntityAttributeUse[string] = {};
    for (const l of ORDER) {
      const list = attrs.get(entity)?.get(l);
      if (list !== undefined) out[l] = [...list].sort();
    }
    entityAttributes[entity] = out;
  }
  return { entities, entityAttributes, relationships };
}
