// The toolbox the demo's block bodies are written with: find the attributes of a contract by kind and name, pick
// exit states by meaning, and write `return { exports, exitState }` statements that always fit the contract.
import { leavesOf, type BlockContract, type Leaf } from './demo-shape.js';
import { NEUTRAL_DATE, accessPath, pathKey, renderValue, type UseRuntime, type Value } from './demo-values.js';
import { stringLiteral } from './text-escape.js';

/** One case of a generated test: import values (by leaf), the expected exit state and exported texts. */
export interface TestCase {
  title: string;
  inputs: { leaf: Leaf; value: Value }[];
  /** The exit state expected, when the contract has literal exit states. */
  exitState?: string;
  /** Exported leaves and the text `String(value)` must give. */
  expect: { leaf: Leaf; text: string }[];
}

/** A written body: a one-line summary for the `// Migrated (demo): ...` comment, statements, and test cases. */
export interface DemoBody {
  summary: string;
  /** Statements, indented relative to the body (two spaces per level). */
  lines: string[];
  cases: TestCase[];
}

/** Exit-state names that read as success, strongest first. */
const SUCCESS = [/(?:^|_)ok$/i, /(?:^|_)(?:success|successful|succes|done|processed)$/i];

/** What a body writer works with. */
export interface Kit {
  name: string;
  contract: BlockContract;
  /** The local name of the imports parameter. */
  param: string;
  imports: Leaf[];
  exports: Leaf[];
  use: UseRuntime;
  /** The leaf of `leaves` whose kind is one of `kinds` and whose name matches, or the only one of those kinds. */
  pick(leaves: readonly Leaf[], kinds: readonly Leaf['kind'][], pattern: RegExp, except?: readonly (Leaf | undefined)[]): Leaf | undefined;
  /** The expression that reads an imports leaf. */
  read(leaf: Leaf): string;
  /** The exit state whose name matches (else `fallback`, else the success state). */
  exitState(pattern: RegExp, fallback?: string): string | undefined;
  /** The success-looking exit state, else the first one. */
  okState(): string | undefined;
  /** A TypeScript expression for an exit state (undefined: the neutral value of the exit-state type, e.g. null). */
  exitExpr(state: string | undefined): string;
  /** `return { exports, exitState };` lines with the given leaves filled; undefined when exports cannot be written. */
  ret(fills: readonly [Leaf | undefined, Value][], exit: string | undefined, indent?: string): string[] | undefined;
  /** As ret(), with the exit state given as an expression (e.g. a conditional of exitExpr() results). */
  retExpr(fills: readonly [Leaf | undefined, Value][], exitExpression: string, indent?: string): string[] | undefined;
}

/** A kit for a contract; `undefined` when the function has no named imports parameter. */
export function createKit(name: string, contract: BlockContract, use: UseRuntime): Kit | undefined {
  const imports = contract.params[0];
  if (!imports || imports.name === '') return undefined;
  const param = imports.name;
  const kit: Kit = {
    name,
    contract,
    param,
    imports: leavesOf(imports.shape),
    exports: leavesOf(contract.exports),
    use,
    pick(leaves, kinds, pattern, except = []) {
      const candidates = leaves.filter((l) => kinds.includes(l.kind) && !except.includes(l));
      return candidates.find((l) => pattern.test(l.path[l.path.length - 1] ?? '')) ?? (candidates.length === 1 ? candidates[0] : undefined);
    },
    read: (leaf) => accessPath(param, leaf.path),
    exitState(pattern, fallback) {
      return contract.exitStates.find((s) => pattern.test(s)) ?? fallback ?? kit.okState();
    },
    okState: () => SUCCESS.map((re) => contract.exitStates.find((s) => re.test(s))).find((s) => s !== undefined) ?? contract.exitStates[0],
    exitExpr(state) {
      if (state !== undefined && contract.exitStates.includes(state)) return stringLiteral(state);
      return renderValue(contract.exitShape, { use }) ?? 'null';
    },
    ret: (fills, exit, indent = '') => kit.retExpr(fills, kit.exitExpr(exit), indent),
    retExpr(fills, exitExpr, indent = '') {
      const overrides = new Map<string, Value>();
      for (const [leaf, value] of fills) if (leaf) overrides.set(pathKey(leaf.path), value);
      const inline = renderValue(contract.exports, { use, overrides, throwName: name }, indent);
      if (inline === undefined) return undefined;
      const one = `${indent}return { exports: ${inline}, exitState: ${exitExpr} };`;
      if (!one.includes('\n') && one.length <= 110) return [one];
      const value = renderValue(contract.exports, { use, overrides, throwName: name }, `${indent}  `) ?? inline;
      return [`${indent}return {`, ...`${indent}  exports: ${value},`.split('\n'), `${indent}  exitState: ${exitExpr},`, `${indent}};`];
    },
  };
  return kit;
}

/** A literal string Value. */
export const text = (value: string): Value => ({ expr: stringLiteral(value), kind: 'string' });
/** A numeric literal Value (or expression yielding a number). */
export const num = (expr: string | number): Value => ({ expr: String(expr), kind: 'number' });

/**
 * The fallback body for any block: a complete exports value built from the exports type with neutral values,
 * and the success-looking exit state (else the first). Undefined when a type cannot be written.
 */
export function placeholderBody(kit: Kit): DemoBody | undefined {
  const state = kit.okState();
  const lines = kit.ret([], state);
  if (!lines) return undefined;
  return {
    summary: `placeholder that fills every export with a neutral value (strings empty, numbers and decimals 0, dates ${NEUTRAL_DATE}) and returns ${state ?? 'no exit state'}; replace it with the real logic.`,
    lines,
    cases: [{ title: 'the placeholder resolves', inputs: [], ...(state !== undefined ? { exitState: state } : {}), expect: [] }],
  };
}
