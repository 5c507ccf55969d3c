// The scan of migrated TypeScript: stubbed / implemented / verified per tagged declaration, EAB interfaces and
// their implementers, the verify rules, and duplicate / nameless tags.
import { describe, expect, it } from 'vitest';
import { scanMigratedCode } from '../../src/generate/scan.js';

const stub = (name: string, fn: string): string => `/**
 * Replaces ${name}.
 * @coolgen ${name}
 * @coolgenSource src/${fn}.txt:1
 * @coolgenHash abc123
 */
export async function ${fn}(imports: unknown, ctx: unknown): Promise<unknown> {
  throw new NotMigratedError('${name}');
}
`;

const implemented = (name: string, fn: string): string => `/**
 * @coolgen ${name}
 */
export async function ${fn}(imports: { a: number }, ctx: unknown): Promise<unknown> {
  const total = imports.a * 2;
  return { exports: { total }, exitState: 'ok' };
}
`;

function scan(files: Record<string, string>, rule?: 'import-or-reference' | 'import' | 'import-and-call') {
  return scanMigratedCode(
    Object.entries(files).map(([path, content]) => ({ path, content })),
    { testGlobs: ['**/*.test.ts'], ...(rule ? { verifyRule: rule } : {}) },
  );
}

function states(result: ReturnType<typeof scan>): Record<string, string> {
  return Object.fromEntries(result.value.tags.map((t) => [`${t.tag}:${t.name}`, t.state]));
}

describe('scanMigratedCode', () => {
  it('tells a stub from an implemented function and finds its place', () => {
    const result = scan({ 'income-tax/a.ts': stub('IH_A', 'a'), 'income-tax/b.ts': implemented('IH_B', 'b') });
    expect(result.diagnostics).toEqual([]);
    expect(result.value.tags).toEqual([
      { name: 'IH_A', tag: 'coolgen', declaration: 'function', identifier: 'a', file: 'income-tax/a.ts', line: 7, column: 1, state: 'stubbed', verifiedBy: [] },
      { name: 'IH_B', tag: 'coolgen', declaration: 'function', identifier: 'b', file: 'income-tax/b.ts', line: 4, column: 1, state: 'implemented', verifiedBy: [] },
    ]);
    expect(result.value.sourceFiles).toBe(2);
    expect(result.value.testFiles).toBe(0);
  });

  it('counts a stub with an extra statement, a comment-only change or a different throw as implemented', () => {
    const extra = stub('IH_A', 'a').replace("throw new", "console.log('x');\n  throw new");
    const other = stub('IH_B', 'b').replace('new NotMigratedError', 'new Error');
    const comment = stub('IH_C', 'c').replace('throw new', '// TODO\n  throw new');
    const qualified = stub('IH_D', 'd').replace('new NotMigratedError', 'new runtime.NotMigratedError');
    const result = scan({ 'a.ts': extra, 'b.ts': other, 'c.ts': comment, 'd.ts': qualified });
    // A comment is not a statement: the body is still the single throw. A qualified NotMigratedError is still a stub.
    expect(states(result)).toEqual({ 'coolgen:IH_A': 'implemented', 'coolgen:IH_B': 'implemented', 'coolgen:IH_C': 'stubbed', 'coolgen:IH_D': 'stubbed' });
  });

  it('reads variable functions, methods and overloads', () => {
    const text = `
/** @coolgen IH_ARROW */
export const arrow = async (i: number) => { throw new NotMigratedError('IH_ARROW'); };
/** @coolgen IH_EXPR */
export const expr = (i: number) => i + 1;
export class Service {
  /** @coolgen IH_METHOD */
  async run(): Promise<void> { await Promise.resolve(); }
}
/** @coolgen IH_OVER */
export function over(a: string): string;
export function over(a: number): number;
export function over(a: unknown): unknown { throw new NotMigratedError('IH_OVER'); }
`;
    const result = scan({ 'x.ts': text });
    expect(result.value.tags.map((t) => [t.name, t.declaration, t.identifier, t.state])).toEqual([
      ['IH_ARROW', 'variable-function', 'arrow', 'stubbed'],
      ['IH_EXPR', 'variable-function', 'expr', 'implemented'],
      ['IH_METHOD', 'method', 'run', 'implemented'],
      ['IH_OVER', 'function', 'over', 'stubbed'],
    ]);
  });

  it('treats an EAB interface as stubbed and its implementers by their bodies', () => {
    const contract = `/** @coolgen LH_EAB_SEND */\nexport interface LhEabSend { send(x: string): Promise<void>; }\n`;
    const adapterStub = `/** @coolgenImplements LH_EAB_SEND */\nexport class SendStub implements LhEabSend {\n  async send(x: string): Promise<void> { throw new NotMigratedError('LH_EAB_SEND'); }\n}\n`;
    const adapterReal = `/** @coolgenImplements LH_EAB_SEND */\nexport class SendAdapter implements LhEabSend {\n  constructor(private readonly url: string) {}\n  async send(x: string): Promise<void> { await fetch(this.url, { body: x }); }\n}\n`;
    expect(states(scan({ 'eab.ts': contract }))).toEqual({ 'coolgen:LH_EAB_SEND': 'stubbed' });
    expect(scan({ 'eab.ts': contract, 'stub.ts': adapterStub }).value.tags.map((t) => [t.tag, t.declaration, t.state])).toEqual([
      ['coolgen', 'interface', 'stubbed'],
      ['coolgenImplements', 'class', 'stubbed'],
    ]);
    expect(scan({ 'eab.ts': contract, 'real.ts': adapterReal }).value.tags.map((t) => [t.tag, t.state])).toEqual([
      ['coolgen', 'stubbed'],
      ['coolgenImplements', 'implemented'],
    ]);
  });

  it('reads an implementer written as an object literal', () => {
    const text = `/** @coolgenImplements LH_EAB_SEND */\nexport const sendAdapter: LhEabSend = {\n  async send(x) { return; },\n};\n/** @coolgenImplements LH_EAB_OTHER */\nexport const other = { send: async () => { throw new NotMigratedError('LH_EAB_OTHER'); } };\n`;
    expect(scan({ 'a.ts': text }).value.tags.map((t) => [t.name, t.declaration, t.state])).toEqual([
      ['LH_EAB_SEND', 'other', 'implemented'],
      ['LH_EAB_OTHER', 'other', 'stubbed'],
    ]);
  });

  it('reads an implementer written as a property of an object literal, once', () => {
    const text = `export const adapters = {\n  /** @coolgenImplements LH_EAB_SEND */\n  send: async (x: string) => { await post(x); },\n};\n`;
    expect(scan({ 'a.ts': text }).value.tags.map((t) => [t.name, t.declaration, t.identifier, t.line, t.state])).toEqual([['LH_EAB_SEND', 'method', 'send', 3, 'implemented']]);
  });

  it('never throws on broken or hostile TypeScript', () => {
    const inputs = ['/** @coolgen IH_X */ export function (', '/** @coolgen IH_Y */ export const = => {', '\u0000\uFFFF/** @coolgen', '/** @coolgen IH_Z */ class { m() { throw new NotMigratedError( } }'];
    const result = scan(Object.fromEntries(inputs.map((text, i) => [`bad${i}.ts`, text])));
    expect(result.value.tags.map((t) => t.name)).toEqual(['IH_X', 'IH_Y', 'IH_Z']);
  });

  it('upper-cases tag names and ignores tags inside function bodies and in test files', () => {
    const text = `/** @coolgen ih_lower extra words */\nexport function f() { /** @coolgen IH_INNER */ const g = () => 1; return g(); }\n`;
    const test = `/** @coolgen IH_IN_TEST */\nexport function fake() { return 1; }\n`;
    const result = scan({ 'f.ts': text, 'f.test.ts': test });
    expect(result.value.tags.map((t) => t.name)).toEqual(['IH_LOWER']);
    expect(result.value.testFiles).toBe(1);
  });

  it('flags a name tagged twice at both places, and a tag without a name', () => {
    const result = scan({ 'a.ts': stub('IH_A', 'a'), 'b.ts': implemented('IH_A', 'b'), 'c.ts': '/** @coolgen */\nexport function c() { return 1; }\n' });
    const codes = result.diagnostics.map((d) => [d.code, d.file, d.span?.startLine]);
    expect(codes).toEqual([
      ['progress/unknown-tag', 'c.ts', 1],
      ['progress/duplicate-tag', 'a.ts', 7],
      ['progress/duplicate-tag', 'b.ts', 4],
    ]);
    expect(result.diagnostics[1]?.related?.[0]?.span.file).toBe('b.ts');
  });

  it('does not flag several implementers of one EAB as duplicates', () => {
    const impl = (cls: string): string => `/** @coolgenImplements LH_EAB */\nexport class ${cls} { run() { return 1; } }\n`;
    expect(scan({ 'a.ts': impl('A'), 'b.ts': impl('B') }).diagnostics).toEqual([]);
  });

  it('reports an invalid test glob', () => {
    const result = scanMigratedCode([{ path: 'a.ts', content: stub('IH_A', 'a') }], { testGlobs: ['[abc'] });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['config/invalid-value']);
  });
});

describe('verified: the test-reference rule', () => {
  const code = { 'income-tax/calc.ts': implemented('IH_CALC', 'calcBox1') };

  it('a named import of the function from its module verifies it under every rule', () => {
    const test = `import { calcBox1 } from '../income-tax/calc.js';\nit('x', async () => { await calcBox1({ a: 1 }, {}); });\n`;
    for (const rule of ['import-or-reference', 'import', 'import-and-call'] as const) {
      const tag = scan({ ...code, 'tests/calc.test.ts': test }, rule).value.tags[0];
      expect([rule, tag?.state, tag?.verifiedBy]).toEqual([rule, 'verified', ['tests/calc.test.ts']]);
    }
  });

  it('an aliased import that is never called verifies under import but not import-and-call', () => {
    const test = `import { calcBox1 as f } from '../income-tax/calc';\nexpect(typeof f).toBe('function');\n`;
    expect(scan({ ...code, 'tests/calc.test.ts': test }, 'import').value.tags[0]?.state).toBe('verified');
    expect(scan({ ...code, 'tests/calc.test.ts': test }, 'import-and-call').value.tags[0]?.state).toBe('implemented');
  });

  it('a namespace import with a call verifies under import-and-call', () => {
    const test = `import * as calc from '../income-tax/calc.js';\nawait calc.calcBox1({ a: 1 }, {});\n`;
    expect(scan({ ...code, 'tests/calc.test.ts': test }, 'import-and-call').value.tags[0]?.state).toBe('verified');
  });

  it('an import of the name from another module (a barrel) counts only as a reference', () => {
    const test = `import { calcBox1 } from '../index.js';\ncalcBox1({ a: 1 }, {});\n`;
    expect(scan({ ...code, 'tests/calc.test.ts': test }, 'import').value.tags[0]?.state).toBe('implemented');
    expect(scan({ ...code, 'tests/calc.test.ts': test }).value.tags[0]?.state).toBe('verified');
  });

  it('a test that only mentions a longer name, or a comment, does not verify', () => {
    const test = `// calcBox1 is tested elsewhere\nimport { calcBox1Total } from '../other.js';\ncalcBox1Total();\n`;
    expect(scan({ ...code, 'tests/calc.test.ts': test }).value.tags[0]?.state).toBe('implemented');
  });

  it('a file outside the test globs does not verify', () => {
    const user = `import { calcBox1 } from './income-tax/calc.js';\ncalcBox1({ a: 1 }, {});\n`;
    expect(scan({ ...code, 'main.ts': user }).value.tags[0]?.state).toBe('implemented');
  });

  it('a stub stays stubbed even when a test references it', () => {
    const test = `import { a } from '../a.js';\nawait expect(a({}, {})).rejects.toThrow();\n`;
    expect(scan({ 'a.ts': stub('IH_A', 'a'), 'tests/a.test.ts': test }).value.tags[0]?.state).toBe('stubbed');
  });

  it('a method of an implementer class is verified through an import of its class', () => {
    const cls = `export class Adapter {\n  /** @coolgenImplements LH_EAB */\n  async send(): Promise<number> { return 1; }\n}\n`;
    const test = `import { Adapter } from '../adapter.js';\nit('sends', async () => { expect(await new Adapter().send()).toBe(1); });\n`;
    const result = scan({ 'adapter.ts': cls, 'tests/adapter.test.ts': test }, 'import-and-call');
    expect(result.value.tags.map((t) => [t.declaration, t.identifier, t.state])).toEqual([['method', 'send', 'verified']]);
  });

  it('a default export is verified through a default import', () => {
    const fn = `/** @coolgen IH_DEF */\nexport default function calc() { return 2; }\n`;
    const test = `import calcIt from '../def.js';\ncalcIt();\n`;
    expect(scan({ 'def.ts': fn, 'tests/def.test.ts': test }, 'import-and-call').value.tags[0]?.state).toBe('verified');
  });
});
