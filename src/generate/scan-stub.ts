// Decides whether a tagged declaration in migrated code is still the generated stub (its body is the single
// `throw new NotMigratedError(...)` statement) or has been implemented. Raw TypeScript nodes from ts-morph's `ts`.
import { ts } from 'ts-morph';

/** The class name the generator throws from every stub body. */
export const NOT_MIGRATED_ERROR = 'NotMigratedError';

/** True when `body` is a block with exactly one statement: `throw new NotMigratedError(...)` (also `x.NotMigratedError`). */
export function isStubBody(body: ts.Node | undefined): boolean {
  if (!body || !ts.isBlock(body) || body.statements.length !== 1) return false;
  const only = body.statements[0];
  if (!only || !ts.isThrowStatement(only) || !only.expression) return false;
  let thrown: ts.Expression = only.expression;
  while (ts.isParenthesizedExpression(thrown)) thrown = thrown.expression;
  if (!ts.isNewExpression(thrown)) return false;
  const callee = thrown.expression;
  if (ts.isIdentifier(callee)) return callee.text === NOT_MIGRATED_ERROR;
  return ts.isPropertyAccessExpression(callee) && callee.name.text === NOT_MIGRATED_ERROR;
}

/** A function-like node whose body decides stub versus implemented. */
type FunctionLike = ts.FunctionDeclaration | ts.MethodDeclaration | ts.FunctionExpression | ts.ArrowFunction | ts.AccessorDeclaration;

/**
 * The body of a function-like node; for an overload signature without a body, the body of the implementation
 * signature with the same name among its siblings.
 */
export function functionBody(node: FunctionLike): ts.Node | undefined {
  if (node.body) return node.body;
  const name = node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) ? node.name.text : undefined;
  if (name === undefined) return undefined;
  const siblings: readonly ts.Node[] = ts.isSourceFile(node.parent) || ts.isModuleBlock(node.parent) || ts.isBlock(node.parent)
    ? node.parent.statements
    : ts.isClassLike(node.parent) || ts.isObjectLiteralExpression(node.parent) ? (ts.isClassLike(node.parent) ? node.parent.members : node.parent.properties) : [];
  for (const sibling of siblings) {
    if ((ts.isFunctionDeclaration(sibling) || ts.isMethodDeclaration(sibling)) && sibling.body && sibling.name && (ts.isIdentifier(sibling.name) || ts.isStringLiteral(sibling.name)) && sibling.name.text === name) {
      return sibling.body;
    }
  }
  return undefined;
}

/** True for a function-like node that is still a stub (no body anywhere counts as a stub: nothing was written). */
export function isStubFunction(node: FunctionLike): boolean {
  const body = functionBody(node);
  return body === undefined || isStubBody(body);
}

/** The function-like value of an initializer (`const f = async () => {...}`, `= function () {...}`), unwrapping parentheses and `as`/`satisfies`. */
export function functionInitializer(init: ts.Expression | undefined): ts.FunctionExpression | ts.ArrowFunction | undefined {
  let e = init;
  while (e && (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isTypeAssertionExpression(e))) e = e.expression;
  return e && (ts.isFunctionExpression(e) || ts.isArrowFunction(e)) ? e : undefined;
}

/**
 * For a container (class, or object literal): stubbed when it has at least one method/function member and every
 * one is a stub; implemented otherwise (a real method, or no methods at all: plain data is real code).
 * Constructors are ignored (wiring, not behaviour).
 */
export function isStubContainer(members: readonly ts.Node[]): boolean {
  let functions = 0;
  for (const member of members) {
    let fn: FunctionLike | undefined;
    if (ts.isMethodDeclaration(member) || ts.isGetAccessorDeclaration(member) || ts.isSetAccessorDeclaration(member)) fn = member;
    else if ((ts.isPropertyDeclaration(member) || ts.isPropertyAssignment(member)) && member.initializer) fn = functionInitializer(member.initializer);
    if (!fn) continue;
    // Overload signatures are decided by their implementation; count each implementation once.
    if ((ts.isMethodDeclaration(fn) || ts.isFunctionDeclaration(fn)) && !fn.body) continue;
    functions++;
    if (!isStubFunction(fn)) return false;
  }
  return functions > 0;
}
