// The runtime imports a demo body adds to a generated module (decimal, round, genDate...): reuses what the module
// already imports, avoids every name the module declares, and plans one text edit for the import declaration.
import { Node, SyntaxKind, type ImportDeclaration, type SourceFile } from 'ts-morph';
import type { RuntimeHelper, UseRuntime } from './demo-values.js';
import { stringLiteral } from './text-escape.js';

/** A replacement of `[start, end)` in a file's text. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** The runtime imports of one module: `use` hands out local names, `edit` plans the import change. */
export interface RuntimeImports {
  specifier: string;
  use: UseRuntime;
  /** The edit that adds the helpers used so far (undefined when nothing new is needed). */
  edit(): TextEdit | undefined;
}

/** Plan runtime imports for a module that imports the runtime under `specifier`. */
export function runtimeImports(sf: SourceFile, specifier: string): RuntimeImports {
  const declarations = sf.getImportDeclarations().filter((d) => d.getModuleSpecifierValue() === specifier);
  const target = declarations.find((d) => !d.isTypeOnly() && !d.getDefaultImport() && !d.getNamespaceImport() && d.getNamedImports().length > 0);
  const existing = new Map<string, string>();
  for (const d of declarations) {
    if (d.isTypeOnly()) continue;
    for (const n of d.getNamedImports()) if (!n.isTypeOnly()) existing.set(n.getNameNode().getText(), n.getAliasNode()?.getText() ?? n.getName());
  }
  const taken = declaredNames(sf);
  const added = new Map<RuntimeHelper, string>();
  const use: UseRuntime = (helper) => {
    const known = existing.get(helper) ?? added.get(helper);
    if (known) return known;
    let local: string = helper;
    for (let i = 2; taken.has(local); i++) local = `runtime${helper.charAt(0).toUpperCase()}${helper.slice(1)}${i === 2 ? '' : i}`;
    taken.add(local);
    added.set(helper, local);
    return local;
  };
  const edit = (): TextEdit | undefined => {
    if (added.size === 0) return undefined;
    const specs = [...added].sort(([a], [b]) => (a < b ? -1 : 1)).map(([h, local]) => (h === local ? h : `${h} as ${local}`));
    if (target) return extend(target, specs);
    const line = `import { ${specs.join(', ')} } from ${stringLiteral(specifier)};`;
    const imports = sf.getImportDeclarations();
    const last = imports[imports.length - 1];
    if (last) return { start: last.getEnd(), end: last.getEnd(), text: `\n${line}` };
    const first = sf.getStatements()[0];
    const at = first ? first.getStart() : sf.getEnd();
    return { start: at, end: at, text: `${line}\n\n` };
  };
  return { specifier, use, edit };
}

/** The edit that rewrites `import { a } from 'x';` as `import { a, b, c } from 'x';`. */
function extend(d: ImportDeclaration, specs: readonly string[]): TextEdit {
  const named = d.getNamedImports().map((n) => n.getText());
  return { start: d.getStart(), end: d.getEnd(), text: `import { ${[...named, ...specs].join(', ')} } from ${d.getModuleSpecifier().getText()};` };
}

/** Every name declared at the top level of a module (imports, functions, classes, types, variables...). */
function declaredNames(sf: SourceFile): Set<string> {
  const names = new Set<string>();
  for (const s of sf.getStatements()) {
    if (Node.isImportDeclaration(s)) {
      const def = s.getDefaultImport();
      if (def) names.add(def.getText());
      const ns = s.getNamespaceImport();
      if (ns) names.add(ns.getText());
      for (const n of s.getNamedImports()) names.add(n.getAliasNode()?.getText() ?? n.getName());
    } else if (Node.isVariableStatement(s)) {
      for (const d of s.getDeclarations()) {
        const id = d.getNameNode();
        if (Node.isIdentifier(id)) names.add(id.getText());
        else for (const inner of id.getDescendantsOfKind(SyntaxKind.Identifier)) names.add(inner.getText());
      }
    } else if (Node.isFunctionDeclaration(s) || Node.isClassDeclaration(s) || Node.isInterfaceDeclaration(s) || Node.isTypeAliasDeclaration(s) || Node.isEnumDeclaration(s) || Node.isModuleDeclaration(s)) {
      const n = s.getName();
      if (n) names.add(n);
    }
  }
  return names;
}
