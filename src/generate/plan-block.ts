// Plans the module of one action block (stub function with typed contracts) or one external action block
// (adapter interface), as plain declarations; emit.ts prints them. Pure: no ts-morph Project here.
import type { ActionBlock } from '../ast/nodes.js';
import type { AttributeTyper } from './attribute-types.js';
import { REPOSITORY_OPERATIONS, type BlockModel, type OperationUse, type RepositoryOperation } from './block-model.js';
import { moduleSpecifier, NameScope, toConstKey, toPropertyName } from './naming.js';
import { generatedDoc, planEntityInterfaces, planViewMembers, planWorkSetInterfaces, type ModulePlanContext } from './plan-views.js';
import { docCode, escapeBlockCommentText, escapeLineCommentText, stringLiteral } from './text-escape.js';
import type { DocPlan, FilePlan, ImportPlan, MethodPlan } from './types.js';

/** Path of the shared runtime module inside the output folder. */
export const RUNTIME_PATH = 'runtime/coolgen-runtime.ts';
/** Names the runtime module exports; no generated declaration may take them. */
export const RUNTIME_NAMES = ['NotMigratedError', 'Decimal', 'GenDate', 'GenTime', 'GenTimestamp', 'EntityActionOutcome', 'SummarizeFunction'];

/** The names and place chosen for one block across the estate. */
export interface BlockNames {
  name: string;
  path: string;
  kind: 'block' | 'eab';
  fn: string;
  prefix: string;
  imports: string;
  exports: string;
  context: string;
  exitState: string;
  exitStates: string;
  adapter: string;
  /** Property holding its adapter in a caller's context (external blocks). */
  contextProp: string;
}

/** Inputs of planBlockModule(). */
export interface BlockPlanInput {
  model: BlockModel;
  names: BlockNames;
  all: Readonly<Record<string, BlockNames>>;
  typer: AttributeTyper;
  printDiagram: ((block: ActionBlock) => string) | null;
}

const OP_DOC: Record<RepositoryOperation, string> = {
  create: 'CREATE: insert a new occurrence; the outcome answers the WHEN clauses',
  read: 'READ: the one occurrence matching the criteria, or undefined (WHEN not found)',
  readEach: 'READ EACH: every occurrence matching the criteria, in the requested order',
  update: 'UPDATE: store the changed occurrence; the outcome answers the WHEN clauses',
  delete: 'DELETE: remove the occurrence; the outcome answers the WHEN clauses',
  associate: 'ASSOCIATE: link the occurrence to another through a relationship',
  disassociate: 'DISASSOCIATE: unlink the occurrence from another',
  transfer: 'TRANSFER: move a relationship of the occurrence from one occurrence to another',
  summarize: 'SUMMARIZE: an aggregate (COUNT, SUM, ...) over the occurrences matching the criteria',
};

function method(ctx: ModulePlanContext, op: RepositoryOperation, t: string, use: OperationUse, file: string): MethodPlan {
  const rel = use.relationships.length > 0 ? use.relationships.map(stringLiteral).join(' | ') : 'string';
  const other = use.others.map((o) => ctx.entities.get(o)?.iface).filter((x): x is string => !!x);
  const otherType = other.length > 0 ? [...new Set(other)].join(' | ') : 'unknown';
  const docs: DocPlan = { description: `${OP_DOC[op]} (${escapeLineCommentText(file)} line ${use.lines.join(', ')}).`, tags: [] };
  const outcome = (): string => {
    ctx.runtimeTypes.add('EntityActionOutcome');
    return `Promise<EntityActionOutcome<${t}>>`;
  };
  switch (op) {
    case 'read':
      return { name: op, params: [{ name: 'criteria', type: `Partial<${t}>` }], returnType: `Promise<${t} | undefined>`, docs };
    case 'readEach':
      return { name: op, params: [{ name: 'criteria', type: `Partial<${t}>` }], returnType: `AsyncIterable<${t}>`, docs };
    case 'create':
      return { name: op, params: [{ name: 'values', type: t }], returnType: outcome(), docs };
    case 'update':
    case 'delete':
      return { name: op, params: [{ name: 'entity', type: t }], returnType: outcome(), docs };
    case 'associate':
    case 'disassociate':
      return { name: op, params: [{ name: 'entity', type: t }, { name: 'relationship', type: rel }, { name: 'other', type: otherType }], returnType: 'Promise<void>', docs };
    case 'transfer':
      return {
        name: op,
        params: [{ name: 'entity', type: t }, { name: 'relationship', type: rel }, { name: 'from', type: otherType }, { name: 'to', type: otherType }],
        returnType: 'Promise<void>',
        docs,
      };
    case 'summarize':
      ctx.runtimeTypes.add('SummarizeFunction');
      ctx.runtimeTypes.add('Decimal');
      return {
        name: op,
        params: [{ name: 'criteria', type: `Partial<${t}>` }, { name: 'fn', type: 'SummarizeFunction' }, { name: 'attribute', type: `keyof ${t} | undefined` }],
        returnType: 'Promise<Decimal | number | null>',
        docs,
      };
  }
}

function planRepositories(ctx: ModulePlanContext, model: BlockModel): string[] {
  const props: string[] = [];
  for (const type of Object.keys(model.operations).sort()) {
    const names = ctx.entities.get(type);
    const ops = model.operations[type];
    if (!names || !ops) continue;
    const methods = REPOSITORY_OPERATIONS.filter((op) => ops[op]).map((op) => method(ctx, op, names.iface, ops[op] as OperationUse, model.inventory.file));
    ctx.declarations.push({
      kind: 'interface',
      name: names.repository,
      docs: generatedDoc(`Data access to \`${type}\` that ${model.name} performs: implement it over your data store.`),
      members: [],
      methods,
    });
    props.push(type);
  }
  return props;
}

function coolgenTags(model: BlockModel): DocPlan['tags'] {
  const inv = model.inventory;
  return [
    { tagName: 'coolgen', text: escapeLineCommentText(model.name) },
    { tagName: 'coolgenSource', text: escapeLineCommentText(`${inv.file}:${inv.line}`) },
    { tagName: 'coolgenHash', text: escapeLineCommentText(model.ast?.sourceHash ?? inv.sourceHash) },
  ];
}

function diagramComment(input: BlockPlanInput): string[] | undefined {
  const { model, printDiagram } = input;
  if (!model.ast || !printDiagram) return undefined;
  const text = printDiagram(model.ast).replace(/\s+$/, '');
  const lines = escapeBlockCommentText(text).split('\n').map((l) => l.replace(/\s+$/, ''));
  return [`Original action diagram of ${escapeLineCommentText(model.name)} (canonical form):`, '', ...lines];
}

function header(model: BlockModel, names: BlockNames): string[] {
  const what = model.isExternal ? 'external action block' : 'action block';
  const lead = `Generated by coolgen-toolkit from Cool:Gen ${what} ${escapeLineCommentText(model.name)} (chain ${escapeLineCommentText(model.inventory.domain)}).`;
  if (model.isExternal) return [lead, '`coolgen generate` regenerates the declarations tagged @generated; code you add to this file is kept.'];
  return [
    lead,
    `\`coolgen generate\` regenerates the declarations tagged @generated and the signature of ${names.fn}.`,
    `Once you change the body of ${names.fn} it is kept, as is any code you add to this file.`,
  ];
}

/** Plan the module of one block: entity interfaces, repositories, views, context, exit states and stub / adapter. */
export function planBlockModule(input: BlockPlanInput): FilePlan {
  const { model, names, all } = input;
  const own = [names.fn, names.imports, names.exports, names.context, names.exitState, names.exitStates, names.adapter];
  const scope = new NameScope([...RUNTIME_NAMES, ...own]);
  const ctx: ModulePlanContext = {
    blockName: model.name, typer: input.typer, scope, entities: new Map(), workSets: new Map(), runtimeTypes: new Set(), declarations: [], prefix: names.prefix,
  };
  const imports: ImportPlan[] = [];
  const useLines: string[] = [];
  const adapters: { prop: string; type: string; name: string }[] = [];
  for (const use of model.uses) {
    const callee = all[use];
    if (!callee) {
      useLines.push(`- ${docCode(use.toLowerCase())}: not in the estate (unresolved USE)`);
      continue;
    }
    if (callee.name === model.name) {
      useLines.push(`- {@link ${names.fn}} itself (recursive USE)`);
      continue;
    }
    const spec = moduleSpecifier(names.path, callee.path);
    const typeNames = callee.kind === 'eab' ? [callee.adapter, callee.imports, callee.exports] : [callee.fn, callee.imports, callee.exports];
    typeNames.forEach((n) => scope.take(n));
    imports.push({ moduleSpecifier: spec, names: typeNames, typeOnly: true });
    if (callee.kind === 'eab') {
      adapters.push({ prop: callee.contextProp, type: callee.adapter, name: callee.name });
      useLines.push(`- {@link ${callee.adapter}}: external action block ${escapeLineCommentText(callee.name)}, through \`ctx.${callee.contextProp}\` (${escapeLineCommentText(spec)})`);
    } else {
      useLines.push(`- {@link ${callee.fn}}: ${escapeLineCommentText(callee.name)} (${escapeLineCommentText(spec)})`);
    }
  }

  planEntityInterfaces(ctx, model.entityTypes, model.views);
  planWorkSetInterfaces(ctx, model.views);
  const repoTypes = model.isExternal ? [] : planRepositories(ctx, model);
  const inv = model.inventory;
  ctx.declarations.push({
    kind: 'interface', name: names.imports, docs: generatedDoc(`The import views of ${model.name}.`),
    members: planViewMembers(ctx, model.views.imports, 'import'), methods: [],
  });
  ctx.declarations.push({
    kind: 'interface', name: names.exports, docs: generatedDoc(`The export views of ${model.name}.`),
    members: planViewMembers(ctx, model.views.exports, 'export'), methods: [],
  });

  if (model.isExternal) {
    ctx.declarations.push({
      kind: 'interface',
      name: names.adapter,
      docs: {
        description: escapeBlockCommentText(
          `Adapter for the external action block ${model.name}: its code lives outside Gen. Implement this interface, ` +
            `tag the implementation's JSDoc with coolgenImplements ${model.name}, and pass it in the context of the blocks that USE it.`,
        ),
        tags: [...coolgenTags(model), { tagName: 'generated' }],
      },
      members: [],
      methods: [{ name: 'execute', params: [{ name: 'imports', type: names.imports }], returnType: `Promise<${names.exports}>` }],
    });
  } else {
    const contextProps = new NameScope();
    ctx.declarations.push({
      kind: 'interface',
      name: names.context,
      docs: generatedDoc(`What ${model.name} needs from its surroundings: repositories of the entity types it uses and adapters of the external blocks it USEs.`),
      members: [
        ...repoTypes.map((t) => ({ name: contextProps.take(toPropertyName(t)), type: ctx.entities.get(t)?.repository ?? 'unknown', readonly: true })),
        ...adapters.map((a) => ({ name: contextProps.take(a.prop), type: a.type, readonly: true, docs: { description: `External action block ${escapeLineCommentText(a.name)}.`, tags: [] } })),
      ],
      methods: [],
    });
    const exitScope = new NameScope();
    ctx.declarations.push({
      kind: 'constObject',
      name: names.exitStates,
      docs: generatedDoc(`The exit states ${model.name} sets (EXIT STATE IS), by safe key; the values are the Gen names.`),
      entries: model.exitStates.map((e) => ({ key: exitScope.take(toConstKey(e)), value: stringLiteral(e), doc: `Gen exit state ${docCode(e)}.` })),
    });
    ctx.declarations.push({
      kind: 'typeAlias',
      name: names.exitState,
      docs: generatedDoc(model.exitStates.length > 0 ? `One of the exit states ${model.name} sets.` : `${model.name} sets no exit state: return null.`),
      type: model.exitStates.length > 0 ? model.exitStates.map(stringLiteral).join(' | ') : 'null',
    });
    const description = [
      `Stub for the Cool:Gen action block ${model.name} (chain ${inv.domain}, ${inv.statements} statements, complexity ${inv.complexity}).`,
      'Replace the body with the migrated logic; `coolgen generate` keeps it from then on.',
    ].map(escapeLineCommentText);
    if (useLines.length > 0) description.push('', 'USEs:', ...useLines);
    if (!model.ast) description.push('', 'The original action diagram was not retained (load the workspace with retainAst).');
    ctx.declarations.push({
      kind: 'function',
      name: names.fn,
      docs: { description: description.join('\n'), tags: coolgenTags(model) },
      params: [{ name: 'imports', type: names.imports }, { name: 'ctx', type: names.context }],
      returnType: `Promise<{ exports: ${names.exports}; exitState: ${names.exitState} }>`,
      body: [`throw new NotMigratedError(${stringLiteral(model.name)});`],
      leadingComment: diagramComment(input),
    });
  }

  const runtimeSpec = moduleSpecifier(names.path, RUNTIME_PATH);
  const head: ImportPlan[] = [];
  if (!model.isExternal) head.push({ moduleSpecifier: runtimeSpec, names: ['NotMigratedError'], typeOnly: false });
  if (ctx.runtimeTypes.size > 0) head.push({ moduleSpecifier: runtimeSpec, names: [...ctx.runtimeTypes].sort(), typeOnly: true });
  imports.sort((a, b) => a.moduleSpecifier.localeCompare(b.moduleSpecifier));
  return { path: names.path, kind: names.kind, block: model.name, header: header(model, names), imports: [...head, ...imports], declarations: ctx.declarations };
}
