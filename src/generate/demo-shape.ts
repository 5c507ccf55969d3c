// Reads the contract of a generated block function with ts-morph's type checker into plain data: the shape of its
// imports, exports and context values and the exit states it may return. The demo implementer builds bodies from it.
import { Node, ts, type FunctionDeclaration, type Symbol as TsSymbol, type Type } from 'ts-morph';
import { stringLiteral } from './text-escape.js';

/** Kinds of value the demo knows how to write. `js-date` is the built-in `Date` (a type-map override). */
export type LeafKind = 'string' | 'number' | 'boolean' | 'bigint' | 'decimal' | 'date' | 'time' | 'timestamp' | 'js-date' | 'unknown' | 'null' | 'undefined';

/** The shape of a TypeScript type, as far as a value of it can be written down. Plain data. */
export type Shape =
  | { kind: LeafKind }
  | { kind: 'literal'; text: string }
  | { kind: 'array' }
  | { kind: 'function' }
  | { kind: 'object'; members: { name: string; shape: Shape }[] }
  | { kind: 'unsupported'; text: string };

/** What the demo needs to know about a tagged block function. */
export interface BlockContract {
  /** The function's name. */
  fn: string;
  /** Parameter names and shapes, in order (imports, context). */
  params: { name: string; shape: Shape }[];
  /** The shape of `exports` in the resolved value. */
  exports: Shape;
  /** The exit states as string literals, in declaration order (empty when the type is not a literal union). */
  exitStates: string[];
  /** The shape of `exitState` (used when `exitStates` is empty, e.g. `null` for a block without exit states). */
  exitShape: Shape;
}

const BRANDS: Record<string, LeafKind> = { Decimal: 'decimal', GenDate: 'date', GenTime: 'time', GenTimestamp: 'timestamp' };
const MAX_DEPTH = 12;

/**
 * The contract of a block function: the shapes of its parameters, of `exports` and `exitState` in
 * `Promise<{ exports, exitState }>`. Undefined when the return type does not have that form.
 */
export function readContract(fn: FunctionDeclaration): BlockContract | undefined {
  const params = fn.getParameters().map((p) => ({ name: Node.isIdentifier(p.getNameNode()) ? p.getName() : '', shape: shapeOf(p.getType(), fn) }));
  let result = fn.getReturnType();
  if (result.getSymbol()?.getName() === 'Promise') result = result.getTypeArguments()[0] ?? result;
  const exportsSymbol = result.getProperty('exports');
  const exitSymbol = result.getProperty('exitState');
  if (!exportsSymbol || !exitSymbol) return undefined;
  const exitType = exitSymbol.getTypeAtLocation(fn);
  return {
    fn: fn.getName() ?? '',
    params,
    exports: shapeOf(exportsSymbol.getTypeAtLocation(fn), fn),
    exitStates: exitLiterals(exitType),
    exitShape: shapeOf(exitType, fn),
  };
}

/** String-literal members of an exit-state type, in the order its alias declaration writes them. */
function exitLiterals(type: Type): string[] {
  const members = type.isUnion() ? type.getUnionTypes() : [type];
  if (!members.every((t) => t.isStringLiteral())) return [];
  const values = members.map((t) => String(t.getLiteralValue()));
  const declared = type.getAliasSymbol()?.getDeclarations()[0];
  const node = declared && Node.isTypeAliasDeclaration(declared) ? declared.getTypeNode() : undefined;
  const written = node && Node.isUnionTypeNode(node) ? node.getTypeNodes() : node ? [node] : [];
  const inOrder = written.flatMap((n) => {
    const literal = Node.isLiteralTypeNode(n) ? n.getLiteral() : undefined;
    return literal && Node.isStringLiteral(literal) ? [literal.getLiteralValue()] : [];
  });
  return inOrder.length === values.length && values.every((v) => inOrder.includes(v)) ? inOrder : values;
}

/** The shape of a type as seen at `at`; object types are followed member by member (cycles become unsupported). */
export function shapeOf(type: Type, at: Node, seen: readonly ts.Type[] = []): Shape {
  if (type.isAny() || type.isUnknown()) return { kind: 'unknown' };
  if (type.isNull()) return { kind: 'null' };
  if (type.isUndefined() || type.getFlags() & ts.TypeFlags.Void) return { kind: 'undefined' };
  if (type.isBoolean()) return { kind: 'boolean' };
  if (type.isBooleanLiteral()) return { kind: 'literal', text: type.getText() };
  if (type.isStringLiteral()) return { kind: 'literal', text: stringLiteral(String(type.getLiteralValue())) };
  if (type.isNumberLiteral()) return { kind: 'literal', text: String(type.getLiteralValue()) };
  if (type.isString()) return { kind: 'string' };
  if (type.isNumber()) return { kind: 'number' };
  if (type.isBigInt()) return { kind: 'bigint' };
  const brand = brandOf(type);
  if (brand) return { kind: brand };
  if (type.isUnion()) {
    const members = type.getUnionTypes();
    if (members.some((m) => m.isUndefined())) return { kind: 'undefined' };
    if (members.some((m) => m.isNull())) return { kind: 'null' };
    for (const m of members) {
      const s = shapeOf(m, at, seen);
      if (s.kind !== 'unsupported') return s;
    }
    return { kind: 'unsupported', text: type.getText(at) };
  }
  if (type.isArray() || type.isReadonlyArray()) return { kind: 'array' };
  if (type.isTuple()) return type.getTupleElements().length === 0 ? { kind: 'array' } : { kind: 'unsupported', text: type.getText(at) };
  if (type.getSymbol()?.getName() === 'Date' && !type.isIntersection()) return { kind: 'js-date' };
  if (type.getCallSignatures().length > 0) return { kind: 'function' };
  if (type.isObject() && !type.isIntersection()) {
    if (seen.includes(type.compilerType) || seen.length >= MAX_DEPTH || type.getConstructSignatures().length > 0) return { kind: 'unsupported', text: type.getText(at) };
    const inner = [...seen, type.compilerType];
    const members: { name: string; shape: Shape }[] = [];
    for (const symbol of inDeclarationOrder(type.getProperties())) {
      if (symbol.isOptional()) continue;
      const name = symbol.getName();
      if (name.startsWith('__@')) return { kind: 'unsupported', text: type.getText(at) };
      const decl = symbol.getDeclarations()[0];
      const isMethod = decl !== undefined && (Node.isMethodSignature(decl) || Node.isMethodDeclaration(decl));
      members.push({ name, shape: isMethod ? { kind: 'function' } : shapeOf(symbol.getTypeAtLocation(at), at, inner) });
    }
    return { kind: 'object', members };
  }
  return { kind: 'unsupported', text: type.getText(at) };
}

/** Properties in the order they are written (a `Pick<>` lists them in the checker's order otherwise). */
function inDeclarationOrder(symbols: readonly TsSymbol[]): TsSymbol[] {
  const at = (s: TsSymbol): [string, number] => {
    const d = s.getDeclarations()[0];
    return d ? [d.getSourceFile().getFilePath(), d.getStart()] : ['', 0];
  };
  return symbols
    .map((s, i) => ({ s, i, key: at(s) }))
    .sort((a, b) => (a.key[0] < b.key[0] ? -1 : a.key[0] > b.key[0] ? 1 : a.key[1] - b.key[1] || a.i - b.i))
    .map((x) => x.s);
}

/** Decimal / GenDate / GenTime / GenTimestamp of the runtime: by alias name, or by the brand literal inside. */
function brandOf(type: Type): LeafKind | undefined {
  if (!type.isIntersection()) return undefined;
  const alias = BRANDS[type.getAliasSymbol()?.getName() ?? ''];
  if (alias) return alias;
  if (!type.getIntersectionTypes().some((t) => t.isString())) return undefined;
  for (const part of type.getIntersectionTypes()) {
    for (const p of part.isObject() ? part.getProperties() : []) {
      const decl = p.getValueDeclaration() ?? p.getDeclarations()[0];
      const t = decl ? p.getTypeAtLocation(decl) : undefined;
      const brand = t?.isStringLiteral() ? BRANDS[String(t.getLiteralValue())] : undefined;
      if (brand) return brand;
    }
  }
  return undefined;
}

/** A leaf of a shape: a value reached through object members only. */
export interface Leaf {
  path: string[];
  kind: LeafKind | 'literal' | 'array' | 'function' | 'unsupported';
}

/** Every leaf of a shape, depth first in member order. */
export function leavesOf(shape: Shape, path: string[] = []): Leaf[] {
  if (shape.kind === 'object') return shape.members.flatMap((m) => leavesOf(m.shape, [...path, m.name]));
  return path.length === 0 ? [] : [{ path, kind: shape.kind }];
}
