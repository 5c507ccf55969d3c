// Merges one regenerated block module with the copy already in the output folder: the regenerated text wins,
// except the tagged function's body once a person changed it, and every statement and import a person added.
import { ts } from 'ts-morph';
import { isStubBody } from './scan-stub.js';
import { normaliseRelative } from './naming.js';

/** The top-level statement tagged `@coolgen <name>` and the statements marked `@generated`. */
interface ModuleParts {
  sf: ts.SourceFile;
  tagged: ts.Statement | undefined;
  imports: ts.ImportDeclaration[];
  /** Statements a person added: neither imports, nor the tagged one, nor marked `@generated`. */
  hand: ts.Statement[];
}

function jsDocTags(statement: ts.Statement): readonly ts.JSDocTag[] {
  const target = ts.isVariableStatement(statement) ? statement.declarationList.declarations[0] : statement;
  return target ? ts.getJSDocTags(target) : [];
}

function tagText(tag: ts.JSDocTag): string {
  return (ts.getTextOfJSDocComment(tag.comment) ?? '').trim().split(/\s+/)[0] ?? '';
}

/** Parse a module and split it into imports, the statement tagged for `name`, generated and hand-written parts. */
export function moduleParts(text: string, name: string): ModuleParts {
  const sf = ts.createSourceFile('/m.ts', text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const parts: ModuleParts = { sf, tagged: undefined, imports: [], hand: [] };
  for (const s of sf.statements) {
    if (ts.isImportDeclaration(s)) {
      parts.imports.push(s);
      continue;
    }
    const tags = jsDocTags(s);
    if (!parts.tagged && tags.some((t) => t.tagName.text === 'coolgen' && tagText(t).toUpperCase() === name.toUpperCase())) parts.tagged = s;
    else if (!tags.some((t) => t.tagName.text === 'generated')) parts.hand.push(s);
  }
  return parts;
}

/** The canonical names tagged `@coolgen` by the top-level statements of a module. */
export function taggedNames(text: string): string[] {
  if (!text.includes('@coolgen')) return [];
  const sf = ts.createSourceFile('/m.ts', text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  return sf.statements.flatMap((s) => jsDocTags(s).filter((t) => t.tagName.text === 'coolgen').map((t) => tagText(t).toUpperCase())).filter((n) => n !== '');
}

/** The function-like node of a tagged statement (a function, or `const f = async (...) => {...}`). */
function functionOf(s: ts.Statement | undefined): ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression | undefined {
  if (!s) return undefined;
  if (ts.isFunctionDeclaration(s)) return s;
  if (ts.isVariableStatement(s)) {
    let init = s.declarationList.declarations[0]?.initializer;
    while (init && (ts.isParenthesizedExpression(init) || ts.isAsExpression(init) || ts.isSatisfiesExpression(init))) init = init.expression;
    if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) return init;
  }
  return undefined;
}

/** The names a module exports at top level (declarations with `export`, and `export { ... }` lists). */
export function exportedNames(text: string): Set<string> {
  const sf = ts.createSourceFile('/m.ts', text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const out = new Set<string>();
  for (const s of sf.statements) {
    const exported = ts.canHaveModifiers(s) && (ts.getModifiers(s) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isExportDeclaration(s) && s.exportClause && ts.isNamedExports(s.exportClause)) s.exportClause.elements.forEach((e) => out.add(e.name.text));
    if (!exported) continue;
    if (ts.isVariableStatement(s)) s.declarationList.declarations.forEach((d) => ts.isIdentifier(d.name) && out.add(d.name.text));
    else if ((ts.isFunctionDeclaration(s) || ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s) || ts.isClassDeclaration(s) || ts.isEnumDeclaration(s)) && s.name) out.add(s.name.text);
  }
  return out;
}

/** What merging found: the merged text, and whether a person's work is in it (then it must type-check). */
export interface ModuleMerge {
  /**
   * `conflict-untagged`: the existing file at this path is not this block's module; `conflict-shape`: the person's
   * body has nowhere to go (the block became an external one, so no function is generated any more).
   */
  status: 'regenerated' | 'merged' | 'conflict-untagged' | 'conflict-shape';
  text: string;
  /** The tagged function's body was changed by a person and is kept. */
  keptBody: boolean;
  handStatements: number;
  handImports: number;
}

/** Resolve a relative import specifier of `fromPath` to an output path (`.js` → `.ts`), or null. */
export function resolveImport(fromPath: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const dir = fromPath.split('/').slice(0, -1).join('/');
  const joined = normaliseRelative(`${dir}/${specifier}`);
  if (joined === null) return null;
  return /\.[cm]?js$/.test(joined) ? joined.replace(/\.[cm]?js$/, '.ts') : joined.endsWith('.ts') ? joined : `${joined}.ts`;
}

interface NamedImports {
  value: Set<string>;
  type: Set<string>;
}

/** Read the plain named imports (`import { a, type b }` / `import type { c }`) of a declaration; null for other forms. */
function namedOf(d: ts.ImportDeclaration): { spec: string; names: { name: string; type: boolean }[] } | null {
  const clause = d.importClause;
  if (!clause || clause.name || !clause.namedBindings || !ts.isNamedImports(clause.namedBindings) || !ts.isStringLiteral(d.moduleSpecifier)) return null;
  if (clause.namedBindings.elements.some((e) => e.propertyName !== undefined)) return null;
  return { spec: d.moduleSpecifier.text, names: clause.namedBindings.elements.map((e) => ({ name: e.name.text, type: clause.isTypeOnly || e.isTypeOnly })) };
}

/**
 * Merge a regenerated module (`generated`) with the existing copy at `path`. `exportsOf` gives the names each
 * generated module exports now: a hand-written import from a generated module keeps only names that still exist.
 */
export function mergeModule(path: string, generated: string, existing: string, name: string, exportsOf: (path: string) => Set<string> | undefined): ModuleMerge {
  const old = moduleParts(existing, name);
  if (!old.tagged) return { status: 'conflict-untagged', text: existing, keptBody: false, handStatements: 0, handImports: 0 };
  const fresh = moduleParts(generated, name);
  const edits: { start: number; end: number; text: string }[] = [];

  const oldFn = functionOf(old.tagged);
  const newFn = functionOf(fresh.tagged);
  let keptBody = false;
  if (oldFn?.body && !isStubBody(oldFn.body) && !(newFn && ts.isFunctionDeclaration(newFn) && newFn.body)) {
    return { status: 'conflict-shape', text: existing, keptBody: false, handStatements: 0, handImports: 0 };
  }
  if (oldFn?.body && newFn && ts.isFunctionDeclaration(newFn) && newFn.body && !isStubBody(oldFn.body)) {
    keptBody = true;
    const body = ts.isBlock(oldFn.body) ? oldFn.body.getText(old.sf) : `{\n  return ${oldFn.body.getText(old.sf)};\n}`;
    edits.push({ start: newFn.body.getStart(fresh.sf), end: newFn.body.getEnd(), text: body });
    newFn.parameters.forEach((p, i) => {
      const mine = oldFn.parameters[i];
      if (mine && mine.name.getText(old.sf) !== p.name.getText(fresh.sf)) edits.push({ start: p.name.getStart(fresh.sf), end: p.name.getEnd(), text: mine.name.getText(old.sf) });
    });
  }

  // Imports: the regenerated ones, plus the names a person imported that still exist, plus foreign imports verbatim.
  const byModule = new Map<string, NamedImports>();
  for (const d of fresh.imports) {
    const n = namedOf(d);
    if (!n) continue;
    const entry = byModule.get(n.spec) ?? { value: new Set(), type: new Set() };
    for (const x of n.names) (x.type ? entry.type : entry.value).add(x.name);
    byModule.set(n.spec, entry);
  }
  const verbatim: string[] = [];
  let handImports = 0;
  for (const d of old.imports) {
    const n = namedOf(d);
    const target = n ? resolveImport(path, n.spec) : null;
    const exported = target ? exportsOf(target) : undefined;
    if (!n || !exported) {
      const text = d.getText(old.sf);
      if (!fresh.imports.some((g) => g.getText(fresh.sf) === text)) {
        verbatim.push(text);
        handImports++;
      }
      continue;
    }
    const entry = byModule.get(n.spec) ?? { value: new Set<string>(), type: new Set<string>() };
    for (const x of n.names) {
      if (!exported.has(x.name) || entry.value.has(x.name) || (x.type && entry.type.has(x.name))) continue;
      handImports++;
      (x.type ? entry.type : entry.value).add(x.name);
    }
    byModule.set(n.spec, entry);
  }
  if (handImports > 0 && fresh.imports.length > 0) {
    const lines: string[] = [];
    for (const [spec, entry] of byModule) {
      const q = JSON.stringify(spec).replace(/^"|"$/g, "'");
      if (entry.value.size > 0) lines.push(`import { ${[...entry.value].join(', ')} } from ${q};`);
      const types = [...entry.type].filter((t) => !entry.value.has(t));
      if (types.length > 0) lines.push(`import type { ${types.join(', ')} } from ${q};`);
    }
    lines.push(...verbatim);
    const first = fresh.imports[0] as ts.ImportDeclaration;
    const last = fresh.imports[fresh.imports.length - 1] as ts.ImportDeclaration;
    edits.push({ start: first.getStart(fresh.sf), end: last.getEnd(), text: lines.join('\n') });
  } else if (verbatim.length > 0) {
    edits.push({ start: 0, end: 0, text: `${verbatim.join('\n')}\n` });
  }

  let text = generated;
  for (const e of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  // Hand-added statements go after the regenerated declarations, with their comments; so does a comment a person
  // left at the very end of the file.
  const added = old.hand.map((s) => s.getFullText(old.sf).replace(/^\s*\n/, '').replace(/\s+$/, ''));
  const tail = old.sf.endOfFileToken.getFullText(old.sf).trim();
  if (tail !== '' && !generated.trimEnd().endsWith(tail)) added.push(tail);
  if (added.length > 0) text = `${text.replace(/\s+$/, '')}\n\n${added.join('\n\n')}\n`;
  const personal = keptBody || added.length > 0 || handImports > 0;
  return { status: personal ? 'merged' : 'regenerated', text: personal ? text : generated, keptBody, handStatements: old.hand.length, handImports };
}
