// The "verified" rule of the progress scan: which test files reference a migrated declaration. A test file is
// indexed once (its imports, identifiers and call targets); the rule is configurable (VerifyRule, README).
import { ts } from 'ts-morph';

/** What a test file imports and mentions, enough to answer "does it test X?". */
export interface TestFileIndex {
  file: string;
  /** Per resolved module key: the imported names (original export names), `default` and `*` for namespace imports. */
  imports: Map<string, { names: Set<string>; locals: Map<string, string>; namespaces: Set<string> }>;
  /** Every identifier (and property name) used outside import declarations. */
  identifiers: Set<string>;
  /** Names called or constructed: `f(...)`, `x.f(...)`, `new C(...)`. */
  called: Set<string>;
}

const EXTENSION = /\.(?:d\.)?(?:[cm]?[jt]sx?)$/;

/** The module key of a file path: the path without its extension and without a trailing `/index`. */
export function moduleKey(path: string): string {
  return path.replace(EXTENSION, '').replace(/\/index$/, '');
}

/** Resolve an import specifier from a file to a module key (relative specifiers; bare ones are taken as root-relative). */
export function resolveSpecifier(fromFile: string, specifier: string): string {
  if (!specifier.startsWith('.')) return moduleKey(specifier.replace(/^\/+/, ''));
  const parts = fromFile.split('/').slice(0, -1);
  for (const segment of specifier.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') parts.pop();
    else parts.push(segment);
  }
  return moduleKey(parts.join('/'));
}

/** Index one parsed test file. */
export function indexTestFile(file: string, source: ts.SourceFile): TestFileIndex {
  const index: TestFileIndex = { file, imports: new Map(), identifiers: new Set(), called: new Set() };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      if (ts.isStringLiteral(node.moduleSpecifier)) recordImport(index, resolveSpecifier(file, node.moduleSpecifier.text), node.importClause);
      return;
    }
    if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) index.identifiers.add(node.text);
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      let callee: ts.Expression = node.expression;
      while (ts.isParenthesizedExpression(callee) || ts.isNonNullExpression(callee)) callee = callee.expression;
      if (ts.isIdentifier(callee)) index.called.add(callee.text);
      else if (ts.isPropertyAccessExpression(callee)) index.called.add(callee.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return index;
}

function recordImport(index: TestFileIndex, key: string, clause: ts.ImportClause | undefined): void {
  const entry = index.imports.get(key) ?? { names: new Set<string>(), locals: new Map<string, string>(), namespaces: new Set<string>() };
  index.imports.set(key, entry);
  if (!clause) return;
  if (clause.name) {
    entry.names.add('default');
    entry.locals.set('default', clause.name.text);
  }
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) entry.namespaces.add(bindings.name.text);
  else if (bindings) {
    for (const spec of bindings.elements) {
      const original = (spec.propertyName ?? spec.name).text;
      entry.names.add(original);
      entry.locals.set(original, spec.name.text);
    }
  }
}

/** What a test must reference: the declaration and how it is reached from its module. */
export interface VerifyTarget {
  /** Module key of the file that declares it. */
  module: string;
  /** The name to look for (function, variable, class, or method name). */
  identifier: string;
  /** The exported name that gives access to it (itself, or the class of a method); `default` for a default export. */
  exportName: string;
  /** True for a method or property function, reached through its class or object. */
  member: boolean;
}

/** The local names under which a test reaches the export, or undefined when it does not import it from its module. */
function importedAs(index: TestFileIndex, target: VerifyTarget): string[] | undefined {
  const entry = index.imports.get(target.module);
  if (!entry) return undefined;
  const local = entry.locals.get(target.exportName);
  if (local !== undefined) return [local];
  if (entry.namespaces.size > 0 && index.identifiers.has(target.exportName)) return [target.exportName];
  return undefined;
}

/**
 * True when the test file verifies the target under the rule:
 * - `import`: it imports the declaration (or, for a method, its class) by name from the declaring module
 *   (a namespace import of that module plus a use of the name also counts);
 * - `import-and-call`: as `import`, and it calls the function (for a method: calls the method; for a class: `new`s it);
 * - `import-or-reference` (default): as `import`, or the identifier appears anywhere in the test (a call, a
 *   property access, a re-export through a barrel...).
 */
export function testReferences(index: TestFileIndex, target: VerifyTarget, rule: 'import-or-reference' | 'import' | 'import-and-call'): boolean {
  const locals = importedAs(index, target);
  if (rule === 'import') return locals !== undefined;
  if (rule === 'import-and-call') {
    if (locals === undefined) return false;
    if (target.member) return index.called.has(target.identifier);
    return locals.some((l) => index.called.has(l));
  }
  return locals !== undefined || index.identifiers.has(target.identifier);
}
