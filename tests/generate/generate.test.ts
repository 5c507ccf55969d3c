// generateTypeScript() on a small hand-built estate: placement by chain, stub shape and tags, contracts, repository
// operations, USE wiring, EAB adapters, the support files, strict compilation and the progress scan of the output.
import { describe, expect, it } from 'vitest';
import { ts } from 'ts-morph';
import { generateTypeScript, scanMigratedCode } from '../../src/generate/index.js';
import { isStubBody } from '../../src/generate/scan-stub.js';
import { compileErrors, fileAt } from './helpers.js';
import { smallEstate } from './estate.js';

const workspace = smallEstate();
const output = generateTypeScript(workspace);
const files = output.value.files;

function parse(path: string): ts.SourceFile {
  return ts.createSourceFile(path, fileAt(files, path).content, ts.ScriptTarget.ES2022, true);
}

function exportedFunction(sf: ts.SourceFile): ts.FunctionDeclaration {
  const fns = sf.statements.filter(ts.isFunctionDeclaration);
  expect(fns).toHaveLength(1);
  return fns[0] as ts.FunctionDeclaration;
}

function interfaceText(path: string, name: string): string {
  const sf = parse(path);
  const decl = sf.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === name);
  if (!decl) throw new Error(`no interface ${name} in ${path}`);
  return decl.getText(sf);
}

describe('generateTypeScript on a small estate', () => {
  it('places one module per block by chain, without the chain prefix, plus the support files', () => {
    expect(files.map((f) => `${f.kind} ${f.path}`).sort()).toEqual([
      'block corporate-tax/register-unity.ts',
      'block income-tax/calc-box1-income.ts',
      'block income-tax/get-box1-parameters.ts',
      'eab payroll/eab-send-declaration.ts',
      'index index.ts',
      'runtime runtime/coolgen-runtime.ts',
      'tsconfig tsconfig.json',
    ]);
    expect(output.value.stats).toMatchObject({ blocks: 3, eabs: 1 });
  });

  it('compiles under strict with the generated tsconfig (TypeScript compiler API)', () => {
    expect(compileErrors(files)).toEqual([]);
  });

  it('would notice a type error (the compile check is real)', () => {
    const broken = files.map((f) => (f.path === 'income-tax/get-box1-parameters.ts' ? { ...f, content: `${f.content}\nexport const x: number = 'text';\n` } : f));
    expect(compileErrors(broken)).toEqual([expect.stringMatching(/^income-tax\/get-box1-parameters\.ts:\d+:\d+: TS2322 /)]);
  });

  it('gives each action block one async function whose body is exactly the NotMigratedError throw', () => {
    const sf = parse('income-tax/calc-box1-income.ts');
    const fn = exportedFunction(sf);
    expect(fn.name?.text).toBe('ihCalcBox1Income');
    expect(fn.modifiers?.map((m) => m.getText(sf))).toEqual(['export', 'async']);
    expect(fn.body?.statements).toHaveLength(1);
    expect(fn.body?.statements[0]?.getText(sf)).toBe("throw new NotMigratedError('IH_CALC_BOX1_INCOME');");
    expect(isStubBody(fn.body)).toBe(true);
    expect(fn.parameters.map((p) => p.getText(sf))).toEqual(['imports: IhCalcBox1IncomeImports', 'ctx: IhCalcBox1IncomeContext']);
    expect(fn.type?.getText(sf)).toBe('Promise<{ exports: IhCalcBox1IncomeExports; exitState: IhCalcBox1IncomeExitState }>');
  });

  it('tags the stub with @coolgen, @coolgenSource and @coolgenHash and lists the blocks it USEs', () => {
    const sf = parse('income-tax/calc-box1-income.ts');
    const fn = exportedFunction(sf);
    const tags = ts.getJSDocTags(fn).map((t) => `${t.tagName.text} ${ts.getTextOfJSDocComment(t.comment) ?? ''}`);
    const hash = workspace.inventory.actionBlocks.find((b) => b.name === 'IH_CALC_BOX1_INCOME')?.sourceHash;
    expect(hash).toMatch(/^\w{16}$/);
    expect(tags).toEqual(['coolgen IH_CALC_BOX1_INCOME', 'coolgenSource est/ih_calc_box1_income.txt:1', `coolgenHash ${hash}`]);
    const doc = fn.getFullText(sf);
    expect(doc).toContain('- {@link ihGetBox1Parameters}: IH_GET_BOX1_PARAMETERS (./get-box1-parameters.js)');
    expect(doc).toContain('- `ih_allocate_joint_income`: not in the estate (unresolved USE)');
    expect(fileAt(files, 'income-tax/calc-box1-income.ts').content).toContain(
      "import type { ihGetBox1Parameters, IhGetBox1ParametersImports, IhGetBox1ParametersExports } from './get-box1-parameters.js';",
    );
  });

  it('puts the original action diagram in canonical form in a comment above the stub', () => {
    const text = fileAt(files, 'income-tax/calc-box1-income.ts').content;
    expect(text).toContain(' * Original action diagram of IH_CALC_BOX1_INCOME (canonical form):');
    expect(text).toContain(' * +->   IH_CALC_BOX1_INCOME               02/20/2017  16:05');
    expect(text).toContain(' * | +->READ EACH income_item');
  });

  it('types import and export views as nested objects and group views as readonly arrays with their cardinality', () => {
    const exportsText = interfaceText('income-tax/calc-box1-income.ts', 'IhCalcBox1IncomeExports');
    expect(exportsText).toContain("taxpayer: Pick<Taxpayer, 'bsn' | 'name'>;");
    expect(exportsText).toContain('@maxCardinality 40');
    expect(exportsText).toContain('exportGroupItems: readonly IhCalcBox1IncomeExportGroupItemsMember[];');
    expect(interfaceText('income-tax/calc-box1-income.ts', 'IhCalcBox1IncomeExportGroupItemsMember')).toContain(
      "incomeItem: Pick<IncomeItem, 'sequenceNum' | 'incomeType' | 'amount'>;",
    );
  });

  it('gives each entity type a repository with only the operations the block performs', () => {
    const methods = (name: string): string[] => {
      const sf = parse('corporate-tax/register-unity.ts');
      const decl = sf.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === name);
      return (decl?.members ?? []).map((m) => (m.name as ts.Identifier).text);
    };
    expect(methods('FiscalUnityRepository')).toEqual(['create', 'readEach', 'update', 'delete', 'associate', 'disassociate', 'transfer', 'summarize']);
    expect(methods('CorporateEntityRepository')).toEqual(['read']);
    expect(interfaceText('corporate-tax/register-unity.ts', 'FiscalUnityRepository')).toContain(
      "associate(entity: FiscalUnity, relationship: 'heads', other: CorporateEntity): Promise<void>;",
    );
    expect(methods('TaxpayerRepository')).toEqual([]); // not in this module
    expect(interfaceText('income-tax/calc-box1-income.ts', 'IncomeItemRepository')).toContain('readEach(criteria: Partial<IncomeItem>): AsyncIterable<IncomeItem>;');
  });

  it('passes repositories and the adapters of USEd external blocks through the context', () => {
    const context = interfaceText('corporate-tax/register-unity.ts', 'VpbRegisterUnityContext');
    expect(context).toContain('readonly corporateEntity: CorporateEntityRepository;');
    expect(context).toContain('readonly fiscalUnity: FiscalUnityRepository;');
    expect(context).toContain('readonly lhEabSendDeclaration: LhEabSendDeclarationAdapter;');
  });

  it('lists exit states as a union and a const object with safe keys and the Gen names', () => {
    const text = fileAt(files, 'corporate-tax/register-unity.ts').content;
    expect(text).toContain("export type VpbRegisterUnityExitState = '1099_unity_nu' | 'vpb_fiscal_unity_ae' | 'vpb_processed_ok' | 'vpb_share_too_low';");
    expect(text).toContain("  /** Gen exit state `1099_unity_nu`. */\n  _1099_UNITY_NU: '1099_unity_nu',");
  });

  it('turns an external action block into a tagged adapter interface, without a stub function', () => {
    const sf = parse('payroll/eab-send-declaration.ts');
    expect(sf.statements.some(ts.isFunctionDeclaration)).toBe(false);
    const adapter = sf.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'LhEabSendDeclarationAdapter');
    expect(adapter?.getText(sf)).toContain('execute(imports: LhEabSendDeclarationImports): Promise<LhEabSendDeclarationExports>;');
    expect(ts.getJSDocTags(adapter as ts.Node).map((t) => t.tagName.text)).toEqual(['coolgen', 'coolgenSource', 'coolgenHash', 'generated']);
  });

  it('is read back by the progress scan: every block stubbed, once each', () => {
    const scan = scanMigratedCode(files.filter((f) => f.path.endsWith('.ts')), { testGlobs: [] });
    expect(scan.diagnostics).toEqual([]);
    expect(scan.value.tags.map((t) => `${t.name} ${t.declaration} ${t.state}`).sort()).toEqual([
      'IH_CALC_BOX1_INCOME function stubbed',
      'IH_GET_BOX1_PARAMETERS function stubbed',
      'LH_EAB_SEND_DECLARATION interface stubbed',
      'VPB_REGISTER_UNITY function stubbed',
    ]);
  });

  it('writes a self-contained tsconfig and runtime: no import of any package', () => {
    const tsconfig = fileAt(files, 'tsconfig.json').content;
    const json = ts.parseConfigFileTextToJson('tsconfig.json', tsconfig).config as { compilerOptions: Record<string, unknown> };
    expect(json.compilerOptions).toMatchObject({ strict: true, module: 'ES2022', moduleResolution: 'bundler', types: [] });
    for (const f of files.filter((x) => x.path.endsWith('.ts'))) {
      const specs = [...f.content.matchAll(/from '([^']+)'/g)].map((m) => m[1] ?? '');
      expect(specs.every((s) => s.startsWith('./') || s.startsWith('../')), f.path).toBe(true);
    }
  });

  it('is deterministic', () => {
    expect(generateTypeScript(smallEstate()).value.files).toEqual(files);
  });
});
