// The view declarations of sample blocks. The interface (IMPORTS and EXPORTS) follows from the block's plan alone,
// so a caller can match a callee's real views without building the callee; LOCALS and ENTITY ACTIONS grow while
// the body is generated, through the ViewKit.
import type { EntityView, GroupView, View, ViewSectionName, ViewSections, WorkView } from '../ast/nodes.js';
import { chainByKey } from './chains.js';
import { ENTITIES, attributesOf, keyOf } from './domain-model.js';
import { emptySections, entityView, groupView, workView } from './ast-factory.js';
import { createRng, mixSeed, type Rng } from './prng.js';
import type { PlannedBlock } from './plan-types.js';

const MANDATORY_IMPORT = ['Transient', 'Mandatory', 'Import only'];
const OPTIONAL_IMPORT = ['Transient', 'Optional', 'Import only'];
const EXPORT_ONLY = ['Transient', 'Export only'];

/** The IMPORTS and EXPORTS of a block. */
export interface BlockInterface {
  imports: View[];
  exports: View[];
}

/** The owner entity type of a block's main entity (what `import <owner>` identifies), or null. */
export function ownerOf(block: PlannedBlock): string | null {
  const own = ENTITIES[block.entity]?.owner?.entity;
  const owner = own ?? (block.chain === 'SHARED' ? null : chainByKey(block.chain).owner);
  return owner === block.entity ? null : owner;
}

/** The result work set of an EAB: `<chain>_interface_result`. */
export function interfaceResultSet(block: PlannedBlock): string {
  return `${chainByKey(block.chain).exitPrefix}_interface_result`;
}

function pickAttributes(rng: Rng, type: string, roles: readonly string[], min: number, max: number): string[] {
  const all = attributesOf(type).filter((a) => roles.includes(a.role));
  const n = Math.min(all.length, rng.int(min, max));
  const chosen = new Set(rng.sample(all, n).map((a) => a.name));
  return all.filter((a) => chosen.has(a.name)).map((a) => a.name);
}

/** Plural-ish group name for a LIST block's export group. */
export function exportGroupName(entity: string): string {
  return `export_group_${entity.length > 18 ? entity.slice(0, 18) : entity}`;
}

/** The IMPORTS and EXPORTS of a block, derived from its plan and its own seed only. */
export function deriveInterface(block: PlannedBlock, seed: number): BlockInterface {
  const rng = createRng(mixSeed(seed, block.index, 0x1f7e));
  const chain = chainByKey(block.chain);
  const owner = ownerOf(block);
  const entityKey = keyOf(block.entity).name;
  const ws = chain.workSet;
  const imports: View[] = [];
  const exports: View[] = [];
  if (block.special !== null) return specialInterface(block);
  if (owner) imports.push(entityView('import', owner, [keyOf(owner).name], [...MANDATORY_IMPORT]));
  const period = chain.key !== 'SHARED' ? [chain.periodAttribute] : block.archetype === 'calc' ? ['amount'] : block.archetype === 'validate' ? ['text'] : [];
  const wsImport = [...period, ...(block.archetype === 'process' || block.archetype === 'update' ? ['request_type'] : [])];
  if (wsImport.length > 0) imports.push(workView('import', ws, wsImport, [...MANDATORY_IMPORT]));
  const allEntity = attributesOf(block.entity).map((a) => a.name);
  switch (block.kind === 'external' ? 'external' : block.archetype) {
    case 'external':
      imports.push(entityView('import', block.entity, allEntity.slice(0, rng.int(2, Math.max(2, allEntity.length))), [...MANDATORY_IMPORT]));
      exports.push(workView('export', interfaceResultSet(block), ['return_code', 'reason_code', 'message_text'], [...EXPORT_ONLY]));
      break;
    case 'read':
      imports.push(entityView('import', block.entity, [entityKey], [...OPTIONAL_IMPORT]));
      exports.push(entityView('export', block.entity, allEntity, [...EXPORT_ONLY]));
      break;
    case 'list': {
      const member = entityView('export_g', block.entity, allEntity, [...EXPORT_ONLY]);
      exports.push(groupView(exportGroupName(block.entity), rng.pick([20, 40, 48, 50, 100]), [member]));
      exports.push(workView('export', ws, pickAttributes(rng, ws, ['count', 'money'], 1, 2), [...EXPORT_ONLY]));
      break;
    }
    case 'create':
      imports.push(entityView('import', block.entity, allEntity, [...MANDATORY_IMPORT]));
      exports.push(entityView('export', block.entity, [entityKey], [...EXPORT_ONLY]));
      break;
    case 'update':
    case 'delete':
      imports.push(entityView('import', block.entity, block.archetype === 'delete' ? [entityKey] : allEntity, [...MANDATORY_IMPORT]));
      if (block.archetype === 'update') exports.push(entityView('export', block.entity, allEntity, [...EXPORT_ONLY]));
      break;
    case 'validate':
      imports.push(entityView('import', block.entity, allEntity.slice(0, Math.max(2, rng.int(2, allEntity.length))), [...MANDATORY_IMPORT]));
      exports.push(workView('export', ws, pickAttributes(rng, ws, ['flag', 'count', 'code', 'money'], 1, 2), [...EXPORT_ONLY]));
      break;
    case 'send':
      imports.push(entityView('import', block.entity, allEntity, [...MANDATORY_IMPORT]));
      exports.push(workView('export', interfaceResultSet(block), ['return_code', 'message_text'], [...EXPORT_ONLY]));
      break;
    default:
      exports.push(workView('export', ws, pickAttributes(rng, ws, ['money', 'rate', 'count', 'flag'], 2, 5), [...EXPORT_ONLY]));
  }
  return { imports, exports };
}

/** The hand-written interfaces of the special shared blocks. */
function specialInterface(block: PlannedBlock): BlockInterface {
  switch (block.special) {
    case 'elfproef':
      return {
        imports: [entityView('import', 'person', ['bsn'], [...MANDATORY_IMPORT])],
        exports: [workView('export', 'cab_work_area', ['return_code', 'check_digit'], [...EXPORT_ONLY])],
      };
    case 'round-currency':
      return {
        imports: [workView('import', 'cab_work_area', ['amount', 'decimals'], [...MANDATORY_IMPORT])],
        exports: [workView('export', 'cab_work_area', ['rounded_amount'], [...EXPORT_ONLY])],
      };
    case 'add-days':
      return {
        imports: [workView('import', 'date_work_area', ['date', 'day_count'], [...MANDATORY_IMPORT])],
        exports: [workView('export', 'date_work_area', ['date'], [...EXPORT_ONLY])],
      };
    case 'calc-age':
      return {
        imports: [entityView('import', 'person', ['birth_date'], [...MANDATORY_IMPORT]), workView('import', 'date_work_area', ['date'], [...MANDATORY_IMPORT])],
        exports: [workView('export', 'date_work_area', ['age'], [...EXPORT_ONLY])],
      };
    default:
      return {
        imports: [entityView('import', 'bank_account', ['iban'], [...MANDATORY_IMPORT])],
        exports: [workView('export', 'cab_work_area', ['return_code', 'text'], [...EXPORT_ONLY])],
      };
  }
}

/** Mutable view sections of the block being generated, with lookups and on-demand locals. */
export interface ViewKit {
  sections: ViewSections;
  /** A non-group view of `type` in the given sections (first match), or undefined. */
  find(type: string, sections: readonly ViewSectionName[]): { view: EntityView | WorkView; section: ViewSectionName } | undefined;
  /** The `local` view of a type, created when missing; its attribute list grows with `attributes`. */
  local(kind: 'entity' | 'work', type: string, attributes?: readonly string[]): EntityView | WorkView;
  /** The unnamed entity-action view of an entity type, created when missing. */
  entity(type: string, attributes?: readonly string[]): EntityView;
  /** Add attributes to a view if missing (never for imports/exports, which are the fixed interface). */
  touch(view: EntityView | WorkView, attributes: readonly string[]): void;
  /** The first group view of the exports, if any. */
  exportGroup(): GroupView | undefined;
}

/** A view kit around a block's interface. */
export function createViewKit(face: BlockInterface): ViewKit {
  const sections = emptySections();
  sections.imports.push(...face.imports);
  sections.exports.push(...face.exports);
  const interfaceViews = new Set<View>([...face.imports, ...face.exports]);
  const touch = (view: EntityView | WorkView, attributes: readonly string[]): void => {
    if (interfaceViews.has(view)) return;
    for (const a of attributes) if (!view.attributes.includes(a)) view.attributes.push(a);
  };
  return {
    sections,
    find(type, names) {
      for (const section of names) {
        for (const view of sections[section]) {
          if (view.kind !== 'group' && view.type === type) return { view, section };
        }
      }
      return undefined;
    },
    local(kind, type, attributes = []) {
      let view = sections.locals.find((v): v is EntityView | WorkView => v.kind === kind && v.type === type && v.name === 'local');
      if (!view) {
        view = kind === 'entity' ? entityView('local', type, []) : workView('local', type, []);
        sections.locals.push(view);
      }
      touch(view, attributes);
      return view;
    },
    entity(type, attributes = []) {
      let view = sections.entityActions.find((v): v is EntityView => v.kind === 'entity' && v.name === null && v.type === type);
      if (!view) {
        view = entityView(null, type, []);
        sections.entityActions.push(view);
      }
      touch(view, attributes);
      return view;
    },
    touch,
    exportGroup() {
      return sections.exports.find((v): v is GroupView => v.kind === 'group');
    },
  };
}
