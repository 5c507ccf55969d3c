// Re-run safety: planWrites() with the files already in the output folder. A changed body survives a change of
// the legacy views; hand-added code and files are never lost; broken bodies are conflicts; modules never move.
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/index.js';
import { findTaggedPaths, generateTypeScript, planWrites, stampText, typeCheckFiles, type WritePlan } from '../../src/generate/index.js';
import { eabSendDeclaration, getBox1Parameters, registerUnity, smallEstate } from './estate.js';
import { workspaceOf } from './helpers.js';
import { ihCalcBox1Income } from '../ast/ih-calc-ast.js';

const PARAMS = 'income-tax/get-box1-parameters.ts';

/** One `coolgen generate` run against an in-memory output folder: what it plans and the folder afterwards. */
function run(ws: Workspace, existing: Record<string, string>): { plan: WritePlan; folder: Record<string, string> } {
  const generated = generateTypeScript(ws, { pinnedPaths: findTaggedPaths(existing) });
  const plan = planWrites(generated.value.files, existing);
  const folder = { ...existing };
  for (const w of plan.writes) if (w.action !== 'keep') folder[w.path] = w.content;
  return { plan, folder };
}

function actions(plan: WritePlan): Record<string, string> {
  return Object.fromEntries(plan.writes.map((w) => [w.path, `${w.action}/${w.reason}`]));
}

function compiles(folder: Record<string, string>): string[] {
  return typeCheckFiles(Object.entries(folder).map(([path, content]) => ({ path, content })), undefined, true).map((p) => `${p.path}:${p.line} TS${p.code} ${p.message}`);
}

/** Replace the stub body of a module with hand-written code, and add an import and a helper function. */
function implement(text: string): string {
  const body = [
    '{',
    '  // Migrated by hand: look the parameters up for the requested year.',
    '  const found = await ctx.box1Parameter.read({ taxYear: imports.import.ihWorkArea.taxYear });',
    '  if (!found) return { exports: emptyExports(), exitState: \'ih_box1_parameters_nf\' };',
    "  return { exports: { export: { ihBox1ParameterSet: { homeForfaitRate: found.homeForfaitRate, validFrom: genDate('2024-01-01') } } }, exitState: 'ih_calculation_ok' };",
    '}',
  ].join('\n');
  const withBody = text.replace("{\n  throw new NotMigratedError('IH_GET_BOX1_PARAMETERS');\n}", body);
  expect(withBody).not.toBe(text);
  const withImport = withBody.replace(
    "import { NotMigratedError } from '../runtime/coolgen-runtime.js';",
    "import { NotMigratedError } from '../runtime/coolgen-runtime.js';\nimport { decimal, genDate } from '../runtime/coolgen-runtime.js';\nimport { readFileSync } from 'node:fs';",
  );
  return `${withImport}\n/** A helper written by hand. */\nfunction emptyExports(): IhGetBox1ParametersExports {\n  return { export: { ihBox1ParameterSet: { homeForfaitRate: decimal('0.00'), validFrom: genDate('2000-01-01') } } };\n}\n// A last note of mine.\n`;
}

function bodyOf(text: string): string {
  const start = text.indexOf('// Migrated by hand');
  return text.slice(start, text.indexOf("exitState: 'ih_calculation_ok' };", start));
}

describe('planWrites', () => {
  const first = run(smallEstate(), {});

  it('creates everything on the first run and keeps everything on an identical second run', () => {
    expect(Object.values(actions(first.plan)).every((a) => a === 'create/new')).toBe(true);
    const second = run(smallEstate(), first.folder);
    expect(Object.values(actions(second.plan)).every((a) => a === 'keep/unchanged')).toBe(true);
    expect(second.plan.conflicts).toEqual([]);
  });

  it('regenerates an untouched stub freely when the legacy views change', () => {
    const next = run(smallEstate({ extraImport: ['calculation_date'] }), first.folder);
    expect(actions(next.plan)[PARAMS]).toBe('update/regenerated');
    expect(next.folder[PARAMS]).toContain("ihWorkArea: Pick<IhWorkArea, 'taxYear' | 'calculationDate'>;");
  });

  it('keeps a hand-written body, its imports and helpers when the views change, and the signature follows the views', () => {
    const folder = { ...first.folder, [PARAMS]: implement(first.folder[PARAMS] ?? '') };
    expect(compiles(folder)).toEqual([]);
    const next = run(smallEstate({ extraImport: ['calculation_date'] }), folder);
    expect(next.plan.conflicts).toEqual([]);
    expect(actions(next.plan)[PARAMS]).toBe('update/merged');
    const text = next.folder[PARAMS] ?? '';
    expect(bodyOf(text)).toBe(bodyOf(folder[PARAMS] ?? ''));
    expect(bodyOf(text).length).toBeGreaterThan(100);
    expect(text).toContain("ihWorkArea: Pick<IhWorkArea, 'taxYear' | 'calculationDate'>;");
    expect(text).toContain('function emptyExports(): IhGetBox1ParametersExports {');
    expect(text).toContain("import { NotMigratedError, decimal, genDate } from '../runtime/coolgen-runtime.js';");
    expect(text).toContain("import { readFileSync } from 'node:fs';");
    expect(text.trimEnd().endsWith('// A last note of mine.')).toBe(true);
    expect(text).not.toContain("throw new NotMigratedError('IH_GET_BOX1_PARAMETERS')");
    expect(compiles(next.folder)).toEqual([]);
    // And a third run with the same legacy changes nothing.
    const third = run(smallEstate({ extraImport: ['calculation_date'] }), next.folder);
    expect(actions(third.plan)[PARAMS]).toBe('keep/unchanged');
  });

  it('reports a conflict and keeps the file when the new views break the hand-written body', () => {
    const folder = { ...first.folder, [PARAMS]: implement(first.folder[PARAMS] ?? '') };
    const broken = workspaceOf({
      'est/ih_calc_box1_income.txt': [ihCalcBox1Income],
      'est/ih_get_box1_parameters.txt': [{ ...getBox1Parameters(), views: { ...getBox1Parameters().views, imports: [] } }],
      'est/vpb_register_unity.txt': [registerUnity()],
      'est/lh_eab_send_declaration.txt': [eabSendDeclaration()],
    });
    const next = run(broken, folder);
    expect(actions(next.plan)[PARAMS]).toBe('keep/conflict');
    expect(next.folder[PARAMS]).toBe(folder[PARAMS]);
    expect(next.plan.conflicts).toHaveLength(1);
    expect(next.plan.conflicts[0]).toMatchObject({ code: 'generate/conflict', severity: 'error', file: PARAMS });
    expect(next.plan.conflicts[0]?.message).toMatch(/TS2339 Property 'import' does not exist/);
    expect(next.plan.proposals.map((p) => p.path)).toEqual([`${PARAMS}.coolgen-new`]);
    expect(next.plan.proposals[0]?.content).toContain('// Migrated by hand');
    // Everything else is still written.
    expect(actions(next.plan)['income-tax/calc-box1-income.ts']).toBe('keep/unchanged');
  });

  it('keeps the person\'s parameter names', () => {
    const renamed = implement(first.folder[PARAMS] ?? '')
      .replace('(imports: IhGetBox1ParametersImports, ctx: IhGetBox1ParametersContext)', '(input: IhGetBox1ParametersImports, context: IhGetBox1ParametersContext)')
      .replace('await ctx.box1Parameter.read({ taxYear: imports.import', 'await context.box1Parameter.read({ taxYear: input.import');
    const next = run(smallEstate({ extraImport: ['calculation_date'] }), { ...first.folder, [PARAMS]: renamed });
    expect(next.plan.conflicts).toEqual([]);
    expect(next.folder[PARAMS]).toContain('(input: IhGetBox1ParametersImports, context: IhGetBox1ParametersContext)');
  });

  it('never touches hand-added files, and never overwrites a file that is not the block\'s module', () => {
    const folder = {
      ...first.folder,
      'adapters/db.ts': "import type { Box1ParameterRepository } from '../income-tax/get-box1-parameters.js';\nexport const repo: Partial<Box1ParameterRepository> = {};\n",
      [PARAMS]: '// my own file, no tags\nexport const x = 1;\n',
    };
    const next = run(smallEstate(), folder);
    expect(next.plan.untouched).toEqual(['adapters/db.ts']);
    expect(next.plan.writes.some((w) => w.path === 'adapters/db.ts')).toBe(false);
    expect(actions(next.plan)[PARAMS]).toBe('keep/conflict');
    expect(next.folder[PARAMS]).toBe(folder[PARAMS]);
    expect(next.plan.conflicts[0]?.message).toContain('holds no declaration tagged @coolgen IH_GET_BOX1_PARAMETERS');
  });

  it('updates untouched support files, keeps edited ones with a warning', () => {
    const stale = { ...first.folder, 'runtime/coolgen-runtime.ts': stampText('export const old = 1;\n'), 'index.ts': `${first.folder['index.ts']}// mine\n` };
    const next = run(smallEstate(), stale);
    expect(actions(next.plan)['runtime/coolgen-runtime.ts']).toBe('update/regenerated');
    expect(actions(next.plan)['index.ts']).toBe('keep/edited');
    expect(next.plan.diagnostics.map((d) => `${d.code} ${d.file}`)).toEqual(['generate/kept-edited index.ts']);
  });

  it('keeps a module where it is: a moved file stays moved, imports follow it', () => {
    const moved = { ...first.folder };
    moved['legacy/unity.ts'] = moved['corporate-tax/register-unity.ts'] ?? '';
    delete moved['corporate-tax/register-unity.ts'];
    const next = run(smallEstate(), moved);
    expect(next.plan.writes.some((w) => w.path === 'corporate-tax/register-unity.ts')).toBe(false);
    expect(actions(next.plan)['legacy/unity.ts']).toBe('keep/unchanged');
    expect(next.folder['index.ts']).toContain("from './legacy/unity.js';");
    expect(compiles(next.folder)).toEqual([]);
  });

  it('reports a conflict when an implemented block becomes external (its body has no place any more)', () => {
    const folder = { ...first.folder, [PARAMS]: implement(first.folder[PARAMS] ?? '') };
    const ext = getBox1Parameters();
    const ws = workspaceOf({ 'est/ih_get_box1_parameters.txt': [{ ...ext, statements: [{ kind: 'External', number: null, line: 5, span: ext.span }] }] });
    const next = run(ws, folder);
    expect(actions(next.plan)[PARAMS]).toBe('keep/conflict');
    expect(next.plan.conflicts[0]?.message).toContain('has no place in the regenerated module');
  });
});
