// The context shared by the body builders of one block: its plan, views, random source, exit states and the
// calls still to be placed; plus USE statements whose view matching uses the callee's real declared views.
import type { EntityView, Expression, Statement, WorkView } from '../ast/nodes.js';
import { chainByKey, type SampleChain } from './chains.js';
import { attributesOf, keyOf, type AttributeRole } from './domain-model.js';
import { cmp, escape, exitState, ifThen, nameValue, num, ref, special, use, viewMatch } from './ast-factory.js';
import type { Rng } from './prng.js';
import type { PlannedBlock, SamplePlan } from './plan-types.js';
import { deriveInterface, interfaceResultSet, ownerOf, type BlockInterface, type ViewKit } from './views.js';
import { entityView, workView } from './ast-factory.js';

/** A call the body still has to place. */
export interface PendingCall {
  /** USE target as written (lower case). */
  target: string;
  /** The callee's interface; for an unresolved target an invented one. */
  face: BlockInterface;
  /** The callee's plan, null when unresolved. */
  callee: PlannedBlock | null;
}

/** Everything a body builder needs. */
export interface BodyContext {
  rng: Rng;
  plan: SamplePlan;
  block: PlannedBlock;
  chain: SampleChain;
  kit: ViewKit;
  /** The exit state a successful run ends with. */
  ok: string;
  pending: PendingCall[];
}

/** The exit state a block sets when it succeeds (callers test for it after USE). */
export function okExitState(block: PlannedBlock): string {
  const prefix = chainByKey(block.chain).exitPrefix;
  return `${prefix}_${block.archetype === 'calc' ? 'calculation_ok' : 'processed_ok'}`;
}

/** An exit-state name of this block's chain: `<prefix>_<suffix>`. */
export function exitName(ctx: BodyContext, suffix: string): string {
  return `${ctx.chain.exitPrefix}_${suffix}`;
}

/** The calls of a block, with callee interfaces, in USE order. */
export function pendingCalls(plan: SamplePlan, block: PlannedBlock): PendingCall[] {
  const out: PendingCall[] = block.calls.map((index) => {
    const callee = plan.blocks[index] as PlannedBlock;
    return { target: callee.name.toLowerCase(), face: deriveInterface(callee, plan.seed), callee };
  });
  for (const target of block.unresolved) {
    out.push({
      target,
      callee: null,
      face: {
        imports: [entityView('import', block.entity, [keyOf(block.entity).name], ['Transient', 'Mandatory', 'Import only'])],
        exports: [workView('export', interfaceResultSet(block), ['return_code', 'message_text'], ['Transient', 'Export only'])],
      },
    });
  }
  return out;
}

/** Attribute names of a type with one of the roles. */
export function attrsWithRole(type: string, ...roles: AttributeRole[]): string[] {
  return attributesOf(type).filter((a) => roles.includes(a.role)).map((a) => a.name);
}

/** The view the caller passes for a callee view: an existing one of the same kind and type, else a local. */
function callerViewFor(ctx: BodyContext, calleeView: EntityView | WorkView, direction: 'import' | 'export'): EntityView | WorkView {
  const order = direction === 'import' ? (['imports', 'entityActions', 'locals', 'exports'] as const) : (['exports', 'locals'] as const);
  for (const section of order) {
    const found = ctx.kit.sections[section].find((v): v is EntityView | WorkView => v.kind === calleeView.kind && v.type === calleeView.type);
    if (found) {
      ctx.kit.touch(found, calleeView.attributes);
      return found;
    }
  }
  return ctx.kit.local(calleeView.kind, calleeView.type, calleeView.attributes);
}

/** `USE target WHICH IMPORTS: ... WHICH EXPORTS: ...` matching every non-group view of the callee's interface. */
export function useStatement(ctx: BodyContext, call: PendingCall): Statement {
  const imports = call.face.imports.flatMap((v) => (v.kind === 'group' ? [] : [viewMatch(callerViewFor(ctx, v, 'import'), v)]));
  const exports = call.face.exports.flatMap((v) => (v.kind === 'group' ? [] : [viewMatch(callerViewFor(ctx, v, 'export'), v)]));
  return use(call.target, imports, exports);
}

/**
 * USE followed (usually) by the check of its outcome: the callee's ok exit state for an action block, the
 * interface return code for an EAB. A failure leaves the whole block (ESCAPE to level 0).
 */
export function callWithCheck(ctx: BodyContext, call: PendingCall): Statement[] {
  const out: Statement[] = [useStatement(ctx, call)];
  const external = call.callee === null || call.callee.kind === 'external';
  if (external) {
    const resultSet = call.callee ? interfaceResultSet(call.callee) : interfaceResultSet(ctx.block);
    const resultView = callerViewFor(ctx, workView('export', resultSet, ['return_code'], []), 'export');
    out.push(ifThen(cmp(ref(resultView, sectionOf(ctx, resultView), 'return_code'), 'IS NOT EQUAL TO', num(0)), [
      exitState(exitName(ctx, 'interface_error')),
      escape(0),
    ]));
  } else if (call.callee && ctx.rng.chance(0.75)) {
    out.push(ifThen(cmp(special('EXITSTATE'), 'IS NOT EQUAL TO', nameValue(okExitState(call.callee))), [escape(0)]));
  }
  return out;
}

/** Take up to n pending calls (in order). */
export function takeCalls(ctx: BodyContext, n: number): PendingCall[] {
  return ctx.pending.splice(0, Math.max(0, n));
}

/** The section a declared view sits in. */
export function sectionOf(ctx: BodyContext, view: EntityView | WorkView): 'imports' | 'exports' | 'locals' | 'entityActions' {
  for (const section of ['imports', 'exports', 'locals', 'entityActions'] as const) {
    if ((ctx.kit.sections[section] as readonly unknown[]).includes(view)) return section;
    for (const v of ctx.kit.sections[section]) if (v.kind === 'group' && (v.members as readonly unknown[]).includes(view)) return section;
  }
  return 'locals';
}

/** A reference to an attribute of a declared view (section looked up). */
export function at(ctx: BodyContext, view: EntityView | WorkView, attribute: string): Expression & { kind: 'Reference' } {
  return ref(view, sectionOf(ctx, view), attribute);
}

/** The block's import view of a type, if declared. */
export function importOf(ctx: BodyContext, type: string): EntityView | WorkView | undefined {
  return ctx.kit.sections.imports.find((v): v is EntityView | WorkView => v.kind !== 'group' && v.type === type);
}

/** The block's export view of a type, if declared. */
export function exportOf(ctx: BodyContext, type: string): EntityView | WorkView | undefined {
  return ctx.kit.sections.exports.find((v): v is EntityView | WorkView => v.kind !== 'group' && v.type === type);
}

/** The owner entity type of the block's main entity, or null. */
export function ownerType(ctx: BodyContext): string | null {
  return ownerOf(ctx.block);
}
