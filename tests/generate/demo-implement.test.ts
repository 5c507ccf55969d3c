// The demo step (issue 6): the seeds estate's generated project with the manifest's demo blocks implemented and
// verified still compiles under strict, scans as exactly those states, survives a re-run of generate, and the
// written logic really works (the generated tests are transpiled and run, and catch a broken body).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ts } from 'ts-morph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTypeScript, implementDemoBlocks, planWrites, scanMigratedCode, typeCheckFiles, DEFAULT_PROGRESS_TEST_GLOBS } from '../../src/generate/index.js';
import type { GeneratedFile } from '../../src/generate/types.js';
import { loadWorkspace, resolveConfigFile } from '../../src/model/index.js';

type TextFile = { path: string; content: string };
const DEMO = JSON.parse(readFileSync('seeds/.coolgen-sample.json', 'utf8')).demo as { implement: string[]; verify: string[] };
const RECIPES = ['CAB_VALIDATE_BSN', 'CAB_ROUND_CURRENCY', 'CAB_ADD_DAYS_TO_DATE', 'CAB_CALC_AGE', 'SI_VALIDATE_IBAN'];
const temps: string[] = [];

let generated: GeneratedFile[] = [];
let blockPath: Record<string, string> = {};

beforeAll(async () => {
  const config = resolveConfigFile({ configPath: 'seeds/coolgen.config.json', cwd: process.cwd() });
  const ws = await loadWorkspace({ paths: ['seeds'], config: config.value, retainAst: true, workers: false });
  generated = generateTypeScript(ws).value.files;
  blockPath = Object.fromEntries(generated.filter((f) => f.block).map((f) => [f.block ?? '', f.path]));
});

afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** The body text of the function tagged `@coolgen name` in a set of files. */
function bodyOf(files: readonly TextFile[], name: string): string {
  const text = files.find((f) => f.path === blockPath[name])?.content ?? '';
  const at = text.indexOf(`@coolgen ${name}\n`);
  const open = text.indexOf('{\n', text.indexOf('export async function', at));
  return text.slice(open, text.indexOf('\n}\n', open) + 2);
}

/** Transpile every `.ts` file to ESM `.js` in a temp folder; returns the folder. */
function transpileToTemp(files: readonly TextFile[], patch: (path: string, js: string) => string = (_p, js) => js): string {
  const dir = mkdtempSync(join(tmpdir(), 'coolgen-demo-'));
  temps.push(dir);
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  for (const f of files) {
    if (!f.path.endsWith('.ts')) continue;
    const out = ts.transpileModule(f.content, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022 } }).outputText;
    const path = join(dir, f.path.replace(/\.ts$/, '.js'));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, patch(f.path, out));
  }
  return dir;
}

async function runTest(dir: string, modulePath: string, fn: string): Promise<void> {
  const mod = (await import(pathToFileURL(join(dir, modulePath.replace(/\.ts$/, '.test.js'))).href)) as Record<string, () => Promise<void>>;
  const test = mod[fn];
  if (!test) throw new Error(`no ${fn} in ${modulePath}`);
  await test();
}

describe('implementDemoBlocks on the seeds estate', () => {
  let result: ReturnType<typeof implementDemoBlocks>;
  beforeAll(() => {
    result = implementDemoBlocks(generated, DEMO);
  });

  it('uses the manifest selection: 8 to implement, 2 to verify', () => {
    expect(DEMO.implement).toHaveLength(8);
    expect(DEMO.verify).toEqual(['CAB_VALIDATE_BSN', 'CAB_ROUND_CURRENCY']);
    expect(result.diagnostics).toEqual([]);
    expect(result.value.implemented).toEqual(DEMO.implement);
    expect(result.value.verified).toEqual(DEMO.verify);
  });

  it('changes only the 8 modules and adds the 2 test files beside their modules', () => {
    const before = new Map(generated.map((f) => [f.path, f.content]));
    const changed = result.value.files.filter((f) => before.get(f.path) !== f.content).map((f) => f.path).sort();
    const tests = DEMO.verify.map((n) => (blockPath[n] ?? '').replace(/\.ts$/, '.test.ts'));
    expect(changed).toEqual([...DEMO.implement.map((n) => blockPath[n] ?? ''), ...tests].sort());
    expect(result.value.files.slice(0, generated.length).map((f) => f.path)).toEqual(generated.map((f) => f.path));
    expect(result.value.files.slice(generated.length).map((f) => f.path)).toEqual([...tests].sort());
  });

  it('writes genuine logic for the shared utilities and a placeholder for the others', () => {
    for (const name of DEMO.implement) {
      const body = bodyOf(result.value.files, name);
      expect(body).toMatch(/^\{\n {2}\/\/ Migrated \(demo\): /);
      expect(body).not.toContain('NotMigratedError');
      expect(body.includes('placeholder')).toBe(!RECIPES.includes(name));
    }
    expect(bodyOf(result.value.files, 'CAB_VALIDATE_BSN')).toContain('(9 - i)');
    expect(bodyOf(result.value.files, 'CAB_ROUND_CURRENCY')).toContain('round(imports.import.cabWorkArea.amount, scale)');
    expect(bodyOf(result.value.files, 'SI_VALIDATE_IBAN')).toContain('% 97');
    expect(result.value.files.find((f) => f.path === blockPath.CAB_ROUND_CURRENCY)?.content).toContain("import { NotMigratedError, decimal, round } from '../runtime/coolgen-runtime.js';");
  });

  it('still compiles under strict with the generated tsconfig', () => {
    const problems = typeCheckFiles(result.value.files);
    expect(problems.slice(0, 5).map((p) => `${p.path}:${p.line} TS${p.code} ${p.message}`)).toEqual([]);
  });

  it('scans as exactly the 8 blocks implemented, 2 of them verified', () => {
    const scan = scanMigratedCode(result.value.files, { testGlobs: DEFAULT_PROGRESS_TEST_GLOBS });
    expect(scan.diagnostics).toEqual([]);
    const named = (state: string): string[] => scan.value.tags.filter((t) => t.tag === 'coolgen' && t.state === state).map((t) => t.name).sort();
    expect(named('verified')).toEqual([...DEMO.verify].sort());
    expect(named('implemented')).toEqual(DEMO.implement.filter((n) => !DEMO.verify.includes(n)).sort());
    expect(scan.value.testFiles).toBe(2);
  });

  it('is idempotent: a second run returns the same files', () => {
    const again = implementDemoBlocks(result.value.files, DEMO);
    expect(again.diagnostics).toEqual([]);
    expect(again.value.files).toEqual(result.value.files);
    expect(again.value.implemented).toEqual(DEMO.implement);
    expect(again.value.verified).toEqual(DEMO.verify);
  });

  it('survives a re-run of generate: bodies and added runtime imports are merged, nothing conflicts', () => {
    const existing = Object.fromEntries(result.value.files.map((f) => [f.path, f.content]));
    const plan = planWrites(generated, existing);
    expect(plan.conflicts).toEqual([]);
    for (const name of DEMO.implement) {
      const write = plan.writes.find((w) => w.path === blockPath[name]);
      expect(write?.content).toBe(existing[blockPath[name] ?? '']);
    }
    expect(plan.untouched).toEqual(DEMO.verify.map((n) => (blockPath[n] ?? '').replace(/\.ts$/, '.test.ts')).sort());
  });

  it('writes tests that pass against the written logic and fail against a broken body', async () => {
    const all = implementDemoBlocks(generated, { implement: RECIPES, verify: RECIPES });
    expect(all.diagnostics).toEqual([]);
    expect(typeCheckFiles(all.value.files)).toEqual([]);
    const dir = transpileToTemp(all.value.files);
    const fns: Record<string, string> = { CAB_VALIDATE_BSN: 'testCabValidateBsn', CAB_ROUND_CURRENCY: 'testCabRoundCurrency', CAB_ADD_DAYS_TO_DATE: 'testCabAddDaysToDate', CAB_CALC_AGE: 'testCabCalcAge', SI_VALIDATE_IBAN: 'testSiValidateIban' };
    for (const name of RECIPES) await runTest(dir, blockPath[name] ?? '', fns[name] ?? '');
    const broken = transpileToTemp(all.value.files, (path, js) => (path === blockPath.CAB_VALIDATE_BSN ? js.replace('(9 - i)', '(10 - i)') : path === blockPath.SI_VALIDATE_IBAN ? js.replace('% 97', '% 89') : js));
    await expect(runTest(broken, blockPath.CAB_VALIDATE_BSN ?? '', 'testCabValidateBsn')).rejects.toThrow(/a valid BSN passes the elfproef: exit state cab_bsn_invalid/);
    await expect(runTest(broken, blockPath.SI_VALIDATE_IBAN ?? '', 'testSiValidateIban')).rejects.toThrow(/a valid Dutch IBAN/);
  });

  it('runs the written logic on values the demo tests do not use', async () => {
    const dir = transpileToTemp(result.value.files);
    const bsn = (await import(pathToFileURL(join(dir, (blockPath.CAB_VALIDATE_BSN ?? '').replace(/\.ts$/, '.js'))).href)) as Record<string, (i: unknown, c: unknown) => Promise<{ exitState: string; exports: { export: { cabWorkArea: { returnCode: number } } } }>>;
    const check = async (value: string): Promise<string> => (await bsn.cabValidateBsn?.({ import: { person: { bsn: value } } }, {}))?.exitState ?? 'none';
    expect(await check('999999990')).toBe('cab_processed_ok');
    expect(await check('999999999')).toBe('cab_bsn_invalid');
    expect(await check('12345678')).toBe('cab_bsn_invalid');
    expect(await check('')).toBe('cab_bsn_missing');
  });
});

describe('implementDemoBlocks edge cases', () => {
  it('leaves a body a person already wrote alone, still counts it, and tests it by its exit states', () => {
    const path = blockPath.CAB_VALIDATE_BSN ?? '';
    const mine = "{\n  return { exports: { export: { cabWorkArea: { returnCode: 1, checkDigit: '1' as Decimal } } }, exitState: 'cab_processed_ok' };\n}";
    const files = generated.map((f) => (f.path === path ? { ...f, content: f.content.replace(/\{\n {2}throw new NotMigratedError\('CAB_VALIDATE_BSN'\);\n\}/, mine) } : f));
    expect(files.find((f) => f.path === path)?.content).toContain(mine);
    const r = implementDemoBlocks(files, { implement: ['CAB_VALIDATE_BSN'], verify: ['CAB_VALIDATE_BSN'] });
    expect(r.diagnostics).toEqual([]);
    expect(r.value.implemented).toEqual(['CAB_VALIDATE_BSN']);
    expect(r.value.files.find((f) => f.path === path)?.content).toContain(mine);
    const test = r.value.files.find((f) => f.path === path.replace(/\.ts$/, '.test.ts'))?.content ?? '';
    expect(test).toContain("as readonly string[]).includes(result.exitState)");
    expect(typeCheckFiles(r.value.files)).toEqual([]);
  });

  it('warns about names it cannot handle and changes nothing for them', () => {
    const eab = generated.find((f) => f.kind === 'eab')?.block ?? '';
    const r = implementDemoBlocks(generated, { implement: ['NO_SUCH_BLOCK', eab], verify: ['CAB_CALC_AGE'] });
    expect(r.value.files).toEqual(generated);
    expect(r.value.implemented).toEqual([]);
    expect(r.value.verified).toEqual([]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.data?.name])).toEqual([
      ['config/invalid-value', 'warning', 'NO_SUCH_BLOCK'],
      ['config/invalid-value', 'warning', eab],
      ['config/invalid-value', 'warning', 'CAB_CALC_AGE'],
    ]);
    expect(r.diagnostics[1]?.message).toContain('is not a function');
    expect(r.diagnostics[2]?.message).toContain('still a stub');
  });

  it('returns the files unchanged for an empty selection', () => {
    const r = implementDemoBlocks(generated, { implement: [], verify: [] });
    expect(r).toEqual({ value: { files: generated, implemented: [], verified: [] }, diagnostics: [] });
  });

  it('keeps a test file that is already there', () => {
    const testPath = (blockPath.CAB_ROUND_CURRENCY ?? '').replace(/\.ts$/, '.test.ts');
    const own = { path: testPath, content: '// my own test of cabRoundCurrency\nexport {};\n' };
    const r = implementDemoBlocks([...generated, own], { implement: ['CAB_ROUND_CURRENCY'], verify: ['CAB_ROUND_CURRENCY'] });
    expect(r.value.files.filter((f) => f.path === testPath)).toEqual([own]);
    expect(r.value.verified).toEqual(['CAB_ROUND_CURRENCY']);
  });

  it('imports runtime helpers under another name when the module already uses the name', () => {
    const path = blockPath.CAB_ROUND_CURRENCY ?? '';
    const files = generated.map((f) => (f.path === path ? { ...f, content: `${f.content}\n/** A hand-written helper. */\nexport function round(): number {\n  return 0;\n}\n` } : f));
    const r = implementDemoBlocks(files, { implement: ['CAB_ROUND_CURRENCY'], verify: [] });
    const text = r.value.files.find((f) => f.path === path)?.content ?? '';
    expect(text).toContain('round as runtimeRound');
    expect(text).toContain('runtimeRound(imports.import.cabWorkArea.amount, scale)');
    expect(typeCheckFiles(r.value.files, [path])).toEqual([]);
  });

  it('handles hand-made contracts: odd shapes, two blocks in one module, null exit state, unwritable types', async () => {
    const runtime = generated.find((f) => f.kind === 'runtime');
    const tsconfig = generated.find((f) => f.path === 'tsconfig.json');
    if (!runtime || !tsconfig) throw new Error('no runtime or tsconfig generated');
    const module = [
      "import { NotMigratedError } from '../runtime/coolgen-runtime.js';",
      "import type { Decimal, GenDate, GenTime, GenTimestamp } from '../runtime/coolgen-runtime.js';",
      '',
      'export interface Row { amount: Decimal; when: GenTimestamp }',
      "export interface OddExports { 'odd-name': { at: GenTime; day: GenDate; rows: readonly Row[]; note?: string; flag: boolean; kind: 'a' | 'b'; anything: unknown; big: bigint; maybe: string | undefined; nested: { row: Row } } }",
      'export interface OddContext { readonly store: { load(id: string): Promise<Row | undefined>; each: (x: number) => AsyncIterable<Row> }; readonly label: string }',
      'export type OddImports = { import: { id: string; day: GenDate } };',
      '',
      '/** @coolgen ODD_ONE */',
      'export async function oddOne(imports: OddImports, ctx: OddContext): Promise<{ exports: OddExports; exitState: null }> {',
      "  throw new NotMigratedError('ODD_ONE');",
      '}',
      '',
      '/** @coolgen ODD_TWO */',
      "export async function oddTwo(imports: OddImports, ctx: OddContext): Promise<{ exports: OddExports; exitState: 'odd_two_failed' | 'odd_two_ok' }> {",
      "  throw new NotMigratedError('ODD_TWO');",
      '}',
      '',
      '/** @coolgen ODD_THREE */',
      "export async function oddThree(imports: OddImports, ctx: OddContext): Promise<{ exports: { m: Map<string, number> }; exitState: 'odd_three_ok' }> {",
      "  throw new NotMigratedError('ODD_THREE');",
      '}',
      '',
    ].join('\n');
    const files = [runtime, tsconfig, { path: 'odd/two.ts', content: module }];
    const demo = { implement: ['ODD_ONE', 'ODD_TWO', 'ODD_THREE'], verify: ['ODD_ONE', 'ODD_TWO'] };
    const r = implementDemoBlocks(files, demo);
    expect(r.value.implemented).toEqual(['ODD_ONE', 'ODD_TWO']);
    expect(r.value.verified).toEqual(['ODD_ONE', 'ODD_TWO']);
    expect(r.diagnostics.map((d) => [d.code, d.data?.name])).toEqual([['generate/unknown-type', 'ODD_THREE']]);
    expect(r.value.files.map((f) => f.path)).toEqual([runtime.path, 'tsconfig.json', 'odd/two.ts', 'odd/two.oddTwo.test.ts', 'odd/two.test.ts']);
    const text = r.value.files[2]?.content ?? '';
    expect(text).toContain("throw new NotMigratedError('ODD_THREE');");
    expect(text).toContain("exitState: 'odd_two_ok'");
    expect(text).toContain('exitState: null');
    expect(text).toContain("'odd-name': {");
    expect(typeCheckFiles(r.value.files)).toEqual([]);
    const again = implementDemoBlocks(r.value.files, demo);
    expect(again.value.files).toEqual(r.value.files);
    expect(again.value.verified).toEqual(['ODD_ONE', 'ODD_TWO']);
    const dir = transpileToTemp(r.value.files);
    await runTest(dir, 'odd/two.ts', 'testOddOne');
    await runTest(dir, 'odd/two.oddTwo.ts', 'testOddTwo');
  });

  it('writes a compiling placeholder and test for every block of the estate', () => {
    const names = generated.filter((f) => f.kind === 'block').map((f) => f.block ?? '');
    const r = implementDemoBlocks(generated, { implement: names, verify: names });
    expect(r.diagnostics).toEqual([]);
    expect(r.value.implemented).toHaveLength(names.length);
    expect(r.value.verified).toHaveLength(names.length);
    const problems = typeCheckFiles(r.value.files);
    expect(problems.slice(0, 5).map((p) => `${p.path}:${p.line} TS${p.code} ${p.message}`)).toEqual([]);
  });
});
