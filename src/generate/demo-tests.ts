// Writes the demo's test file for a migrated block: plain TypeScript, no framework and no package, that imports the
// function by name, calls it with hand-built import views and a context whose methods throw, and checks with `if`s.
import type { TestCase } from './demo-kit.js';
import type { BlockContract } from './demo-shape.js';
import { accessPath, pathKey, renderValue, type RuntimeHelper, type Value } from './demo-values.js';
import { escapeLineCommentText, stringLiteral } from './text-escape.js';

/** What a test file is written from. */
export interface DemoTestInput {
  /** Canonical block name. */
  name: string;
  contract: BlockContract;
  /** Specifier of the block's module from the test (`./validate-bsn.js`). */
  moduleSpecifier: string;
  /** Specifier of the runtime module from the test. */
  runtimeSpecifier: string;
  cases: readonly TestCase[];
}

/** The exported test function's name for a block function (`cabValidateBsn` → `testCabValidateBsn`). */
export function testFunctionName(fn: string): string {
  return `test${fn.charAt(0).toUpperCase()}${fn.slice(1)}`;
}

/**
 * The text of `<module>.test.ts`, or undefined when the contract cannot be written as values (or the function's
 * name collides with a name the test declares). Every case is a block scope; the first failing check throws.
 */
export function demoTestFile(input: DemoTestInput): string | undefined {
  const { contract, name } = input;
  const fn = contract.fn;
  const testName = testFunctionName(fn);
  if (fn === '' || contract.params.length === 0 || contract.params.length > 2 || ['Imports', 'Context', 'context', 'imports', 'result', testName].includes(fn)) return undefined;
  const helpers = new Map<RuntimeHelper, string>();
  const use = (helper: RuntimeHelper): string => {
    const local = helper === fn ? `runtime${helper.charAt(0).toUpperCase()}${helper.slice(1)}` : helper;
    helpers.set(helper, local);
    return local;
  };
  const [importsParam, contextParam] = contract.params;
  if (!importsParam) return undefined;
  const context = contextParam ? renderValue(contextParam.shape, { use, throwName: name }) : undefined;
  if (contextParam && context === undefined) return undefined;
  const body: string[] = [];
  for (const c of input.cases) {
    const overrides = new Map<string, Value>(c.inputs.map((i) => [pathKey(i.leaf.path), i.value]));
    const imports = renderValue(importsParam.shape, { use, overrides, throwName: name }, '    ');
    if (imports === undefined) return undefined;
    const fail = (what: string, actual: string, expected: string): string =>
      `throw new Error(${stringLiteral(`${c.title}: ${what} `)} + String(${actual}) + ${stringLiteral(`, expected ${expected}`)});`;
    body.push('  {', `    // ${escapeLineCommentText(c.title)}`, `    const imports: Imports = ${imports};`, `    const result = await ${fn}(imports${contextParam ? ', context' : ''});`);
    if (c.exitState !== undefined && contract.exitStates.includes(c.exitState)) {
      body.push(`    if (result.exitState !== ${stringLiteral(c.exitState)}) ${fail('exit state', 'result.exitState', c.exitState)}`);
    } else if (contract.exitStates.length > 0) {
      const all = `[${contract.exitStates.map(stringLiteral).join(', ')}]`;
      body.push(`    if (!(${all} as readonly string[]).includes(result.exitState)) ${fail('exit state', 'result.exitState', 'one of its exit states')}`);
    }
    for (const e of c.expect) {
      const actual = accessPath('result.exports', e.leaf.path);
      body.push(`    if (String(${actual}) !== ${stringLiteral(e.text)}) ${fail(e.leaf.path[e.leaf.path.length - 1] ?? 'value', actual, JSON.stringify(e.text))}`);
    }
    body.push('  }');
  }
  const runtimeNames = [...helpers].sort(([a], [b]) => (a < b ? -1 : 1)).map(([h, local]) => (h === local ? h : `${h} as ${local}`));
  return [
    `// Demo test of ${fn}(), the migrated ${escapeLineCommentText(name)}, written by coolgen-toolkit. No test framework and no`,
    `// package: call ${testName}() from any runner; it throws an Error at the first check that fails.`,
    `import { ${fn} } from ${stringLiteral(input.moduleSpecifier)};`,
    ...(runtimeNames.length > 0 ? [`import { ${runtimeNames.join(', ')} } from ${stringLiteral(input.runtimeSpecifier)};`] : []),
    '',
    `type Imports = Parameters<typeof ${fn}>[0];`,
    ...(contextParam
      ? [
          `type Context = Parameters<typeof ${fn}>[1];`,
          '',
          '/** Every repository method and adapter throws NotMigratedError: a case that needs one fails loudly. */',
          `const context: Context = ${context};`,
        ]
      : []),
    '',
    `/** ${input.cases.length} case${input.cases.length === 1 ? '' : 's'} of ${escapeLineCommentText(name)}; throws at the first failing check. */`,
    `export async function ${testName}(): Promise<void> {`,
    ...body,
    '}',
    '',
  ].join('\n');
}
