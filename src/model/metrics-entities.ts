// Entity use of one action block (reference §17 `entities`): CRUD letters per entity type, the attributes touched
// per letter, and the relationship changes (ASSOCIATE / DISASSOCIATE / TRANSFER), which add no letter.
// EntityTally takes the block's statements one at a time (the per-block scan feeds it); computeEntityUse runs it alone.
import type {
  ActionBlock,
  CreateStatement,
  DeleteStatement,
  EntityView,
  Expression,
  Reference,
  Statement,
  UpdateStatement,
  View,
  ViewSections,
  WorkView,
} from '../ast/nodes.js';
import type { EntityAttributeUse, RelationshipUse } from './inventory-types.js';
import { childStatements } from '../ast/walk.js';
import { detachString } from './detach.js';

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

/** The attributes one entity type is touched with, per CRUD letter; a letter is used when its set exists. */
class Letters {
  C: Set<string> | null = null;
  R: Set<string> | null = null;
  U: Set<string> | null = null;
  D: Set<string> | null = null;
}

/** The sorted, detached copy of a set of attribute names. */
function sortedList(set: Set<string>): string[] {
  const list = Array.from(set).sort();
  for (let i = 0; i < list.length; i++) list[i] = detachString(list[i] as string);
  return list;
}

/** A `DESIRED` attribute named in a WHERE clause, with the entity type of its view. */
interface Desired {
  type: string;
  attribute: string;
}

/** Collects the entity use of one block, statement by statement in numbering order. */
export class EntityTally {
  private index: ViewIndex | undefined;
  private readonly byEntity = new Map<string, Letters>();
  private readonly relationships: RelationshipUse[] = [];

  constructor(private readonly views: ViewSections) {}

  private get viewIndex(): ViewIndex {
    this.index ??= new ViewIndex({ views: this.views });
    return this.index;
  }

  private letters(entity: string): Letters {
    let letters = this.byEntity.get(entity);
    if (letters === undefined) {
      letters = new Letters();
      this.byEntity.set(entity, letters);
    }
    return letters;
  }

  /** One statement; returns the entity type a CREATE / UPDATE works on (its actions' subject), else null. */
  statement(s: Statement, subject: string | null): string | null {
    switch (s.kind) {
      case 'Read':
      case 'ReadEach':
      case 'Summarize':
        this.read(s.views, s.where);
        return null;
      case 'Create':
      case 'Update':
        return this.write(s);
      case 'Delete':
        this.delete(s);
        return null;
      case 'Associate':
      case 'Disassociate':
      case 'Transfer':
        this.relationship(s, subject);
        return null;
      default:
        return null;
    }
  }

  /** READ, READ EACH, SUMMARIZE: `R` with the view's attributes and the DESIRED attributes of the WHERE clause. */
  read(views: readonly Reference[], where: Expression | null): void {
    const index = this.viewIndex;
    const desired: Desired[] = [];
    if (where) this.desired(where, desired);
    for (const v of views) {
      const type = index.entityTypeOf(v);
      if (type === null) continue;
      const letters = this.letters(type);
      letters.R ??= new Set<string>();
      const set = letters.R;
      const attributes = index.viewOf(v)?.attributes;
      if (attributes !== undefined) for (const a of attributes) set.add(a);
      for (const d of desired) if (d.type === type) set.add(d.attribute);
    }
  }

  /** The `DESIRED view attribute` references of a WHERE clause, every node visited (relationship sides too). */
  private desired(e: Expression, out: Desired[]): void {
    switch (e.kind) {
      case 'Reference':
        if (e.qualifier === 'DESIRED' && e.attribute !== null) {
          const type = this.viewIndex.entityTypeOf(e);
          if (type !== null) out.push({ type, attribute: e.attribute });
        }
        return;
      case 'Call':
        for (const arg of e.args) this.desired(arg, out);
        return;
      case 'Binary':
      case 'Comparison':
      case 'Logical':
      case 'Relationship':
        this.desired(e.left, out);
        this.desired(e.right, out);
        return;
      case 'Unary':
      case 'Not':
      case 'IsNull':
        this.desired(e.operand, out);
        return;
      case 'DateUnit':
        this.desired(e.value, out);
        return;
      case 'Paren':
        this.desired(e.inner, out);
        return;
      default:
        return;
    }
  }

  /** CREATE / UPDATE: `C` / `U` with the attributes of its SET lines; returns the entity type (null if unknown). */
  write(s: CreateStatement | UpdateStatement): string | null {
    const type = this.viewIndex.entityTypeOf(s.view);
    if (type === null) return null;
    const letters = this.letters(type);
    let set = s.kind === 'Create' ? letters.C : letters.U;
    if (set === null) {
      set = new Set<string>();
      if (s.kind === 'Create') letters.C = set;
      else letters.U = set;
    }
    for (const a of s.actions) {
      if (a.kind === 'Set' && a.target.kind === 'Reference') {
        const attribute = attributeOf(a.target);
        if (attribute !== null) set.add(attribute);
      }
    }
    return type;
  }

  /** DELETE: `D`, no attributes. */
  delete(s: DeleteStatement): void {
    const type = this.viewIndex.entityTypeOf(s.view);
    if (type === null) return;
    const letters = this.letters(type);
    letters.D ??= new Set<string>();
  }

  /** ASSOCIATE / DISASSOCIATE / TRANSFER; `subject` is the entity type of the CREATE / UPDATE they are an action of. */
  relationship(s: Statement, subject: string | null): void {
    const index = this.viewIndex;
    let action: RelationshipUse['action'];
    let view: Reference | null;
    let other: Reference;
    let relationship: string;
    if (s.kind === 'Associate') {
      action = 'associate';
      view = s.view;
      other = s.with;
      relationship = s.relationship;
    } else if (s.kind === 'Disassociate') {
      action = 'disassociate';
      view = s.view;
      other = s.from;
      relationship = s.relationship;
    } else if (s.kind === 'Transfer') {
      action = 'transfer';
      view = s.view;
      other = s.to;
      relationship = s.relationship;
    } else {
      return;
    }
    const entity = view === null ? subject : index.entityTypeOf(view);
    const withType = index.entityTypeOf(other);
    this.relationships.push({
      action,
      entity: entity === null ? null : detachString(entity),
      with: withType === null ? null : detachString(withType),
      relationship: detachString(relationship),
      line: s.line,
    });
  }

  /** The figures: entity types sorted, letters in CRUD order, attribute lists sorted. Strings are detached. */
  result(): EntityUse {
    const entities: Record<string, string> = {};
    const entityAttributes: EntityAttributeUse = {};
    for (const entity of Array.from(this.byEntity.keys()).sort()) {
      const l = this.byEntity.get(entity) as Letters;
      let letters = '';
      const out: EntityAttributeUse[string] = {};
      if (l.C !== null) {
        letters += 'C';
        out.C = sortedList(l.C);
      }
      if (l.R !== null) {
        letters += 'R';
        out.R = sortedList(l.R);
      }
      if (l.U !== null) {
        letters += 'U';
        out.U = sortedList(l.U);
      }
      if (l.D !== null) {
        letters += 'D';
        out.D = sortedList(l.D);
      }
      entities[entity] = letters;
      entityAttributes[entity] = out;
    }
    return { entities, entityAttributes, relationships: this.relationships };
  }
}

/** Collect CRUD letters, attributes and relationship changes of a block. */
export function computeEntityUse(block: Pick<ActionBlock, 'views' | 'statements'>): EntityUse {
  const tally = new EntityTally(block.views);
  const visit = (list: readonly Statement[], subject: string | null): void => {
    for (const s of list) {
      const type = tally.statement(s, subject);
      if (s.kind === 'Create' || s.kind === 'Update') {
        visit(s.actions, type);
        for (const w of s.whens) visit(w.body, null);
      } else {
        visit(childStatements(s), null);
      }
    }
  };
  visit(block.statements, null);
  return tally.result();
}
