// Hostile names and text: path-like block names, reserved words, leading digits, collisions, a hostile chain
// name, NOTE text that tries to close comments and inject code, quotes in exit states. Output stays safe and compiles.
import { describe, expect, it } from 'vitest';
import { ts } from 'ts-morph';
import { generateTypeScript, isSafeRelativePath } from '../../src/generate/index.js';
import { defaultConfig } from '../../src/model/config-defaults.js';
import { block, entityView, exitState, note, read, ref, use, workView } from '../ast/builders.js';
import { compileErrors, fileAt, workspaceOf } from './helpers.js';

const NOTE_ATTACK = ["*/ process.exit(1); /*", "'); process.exit(1); //", '@coolgen FAKE_BLOCK', '`${process.exit(1)}`'];

function hostileEstate() {
  const config = defaultConfig();
  config.chains = [{ chain: '../../evil', prefix: 'EVIL_' }, ...config.chains];
  const views = { imports: [workView('import', 'class', [], ['delete', '1099_amount', 'a_b', 'ab'])], exports: [], locals: [], entityActions: [entityView(null, 'date', [], ['constructor'])] };
  return workspaceOf(
    {
      'est/hostile.txt': [
        block({ name: '../../ETC_PASSWD', nameValid: false, statements: [note(...NOTE_ATTACK), exitState("x'); process.exit(1); //")] }),
        block({ name: 'CLASS', views, statements: [read([ref('date')], null), use('1099_x', [])] }),
        block({ name: '1099_X', statements: [exitState('1099_locate_request_nf')] }),
        block({ name: 'IH_A_B', statements: [] }),
        block({ name: 'IH_A__B', statements: [] }),
        block({ name: 'IH_CON', statements: [] }),
        block({ name: 'EVIL_ESCAPE', statements: [] }),
      ],
    },
    config,
  );
}

/** Every call expression in a file's code (comments are not code). */
function calls(text: string): string[] {
  const sf = ts.createSourceFile('x.ts', text, ts.ScriptTarget.ES2022, true);
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n)) out.push(n.expression.getText(sf));
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

describe('hostile names', () => {
  const ws = hostileEstate();
  const out = generateTypeScript(ws);
  const files = out.value.files;

  it('keeps every path inside the output folder and reports the path-like name', () => {
    expect(files.every((f) => isSafeRelativePath(f.path))).toBe(true);
    expect(files.map((f) => f.path).filter((p) => !p.startsWith('runtime/') && p.endsWith('.ts') && p !== 'index.ts').sort()).toEqual([
      'evil/escape.ts',
      'income-tax/con-block.ts',
      'income-tax/ih-a-b-2.ts',
      'income-tax/ih-a-b.ts',
      'unclassified/1099-x.ts',
      'unclassified/class.ts',
      'unclassified/etc-passwd.ts',
    ]);
    expect(out.diagnostics.filter((d) => d.code === 'generate/unsafe-path').map((d) => d.data?.block)).toEqual(['../../ETC_PASSWD']);
  });

  it('suffixes reserved words, prefixes leading digits and separates collisions', () => {
    expect(fileAt(files, 'unclassified/class.ts').content).toContain('export async function class_(imports: ClassImports, ctx: ClassContext)');
    expect(fileAt(files, 'unclassified/1099-x.ts').content).toContain('export async function n1099X(');
    expect(fileAt(files, 'income-tax/ih-a-b.ts').content).toContain('export async function ihAB(');
    expect(fileAt(files, 'income-tax/ih-a-b-2.ts').content).toContain('export async function ihAB_2(');
    const cls = fileAt(files, 'unclassified/class.ts').content;
    expect(cls).toContain('export interface Date_ {');
    expect(cls).toContain("class: Pick<Class, 'delete' | 'n1099Amount' | 'aB' | 'ab'>;");
    expect(cls).toContain("import type { n1099X, N1099XImports, N1099XExports } from './1099-x.js';");
    expect(out.diagnostics.filter((d) => d.code === 'generate/renamed').map((d) => d.data?.block).sort()).toEqual(['../../ETC_PASSWD', '1099_X', 'CLASS', 'IH_A__B']);
  });

  it('never lets NOTE text or a name become code', () => {
    for (const f of files.filter((x) => x.path.endsWith('.ts') && x.kind !== 'runtime')) {
      expect(calls(f.content).filter((c) => c.includes('process')), f.path).toEqual([]);
      expect(f.content).not.toMatch(/^\s*\* @coolgen FAKE/m);
    }
    const evil = fileAt(files, 'unclassified/etc-passwd.ts').content;
    expect(evil).toContain(' * | *\\/ process.exit(1); /*');
    expect(evil).toContain(" * | '); process.exit(1); //");
    expect(evil).toContain(' * | \uff20coolgen FAKE_BLOCK');
    expect(evil).toContain("throw new NotMigratedError('../../ETC_PASSWD');");
    expect(evil).toContain("export type EtcPasswdExitState = 'x\\'); process.exit(1); //';");
  });

  it('keeps the exact Gen names in string literals', () => {
    const sf = ts.createSourceFile('x.ts', fileAt(files, 'unclassified/etc-passwd.ts').content, ts.ScriptTarget.ES2022, true);
    const literals: string[] = [];
    const visit = (n: ts.Node): void => {
      if (ts.isStringLiteral(n)) literals.push(n.text);
      ts.forEachChild(n, visit);
    };
    visit(sf);
    expect(literals).toContain("x'); process.exit(1); //");
    expect(literals).toContain('../../ETC_PASSWD');
  });

  it('still compiles under strict', () => {
    expect(compileErrors(files)).toEqual([]);
  });
});
