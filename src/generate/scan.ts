// The scan of migrated TypeScript (issue 6): finds every declaration tagged `@coolgen NAME` / `@coolgenImplements
// NAME`, decides stubbed / implemented / verified, and flags names tagged twice. Pure over file contents.
import { Project, ts } from 'ts-morph';
import { createDiagnostic, type Diagnostic, type Result, type SourceSpan } from '../diagnostics/diagnostic.js';
import { DiagnosticCodes } from '../diagnostics/codes.js';
import { compileGlob } from '../model/glob.js';
import type { ScanResult, ScannedTag, VerifyRule } from '../analysis/progress/types.js';
import { functionInitializer, isStubContainer, isStubFunction } from './scan-stub.js';
import { indexTestFile, moduleKey, testReferences, type TestFileIndex, type VerifyTarget } from './scan-verify.js';

/** Options of scanMigratedCode(). */
export interface ScanOptions {
  /** Globs (relative to the target folder) of test files; config `progress.testGlobs`. */
  testGlobs: readonly string[];
  /** How a test must reference a function to make it `verified` (default `import-or-reference`). */
  verifyRule?: VerifyRule;
}

/** Default test-file globs when none are configured. */
export const DEFAULT_PROGRESS_TEST_GLOBS: readonly string[] = ['**/*.test.ts', '**/*.spec.ts'];

const SCRIPT = /\.(?:[cm]?[jt]sx?)$/;

interface Found extends ScannedTag {
  target: VerifyTarget;
}

/**
 * Scan the files of a migrated TypeScript folder (paths relative to it, `/` separators). Files matching
 * `testGlobs` are tests: they are not scanned for tags, only for references. A tagged function is `stubbed`
 * while its body is exactly `throw new NotMigratedError(...)`, `implemented` otherwise, and `verified` when
 * implemented and a test references it. An interface tagged `@coolgen` (an EAB contract) is `stubbed`.
 * Diagnostics: `progress/duplicate-tag` (a name tagged `@coolgen` twice, at both places), `progress/unknown-tag`
 * (a tag without a name; names outside the estate are checked later against the inventory), and
 * `config/invalid-value` for an invalid test glob.
 */
export function scanMigratedCode(files: readonly { path: string; content: string }[], options: ScanOptions): Result<ScanResult> {
  const diagnostics: Diagnostic[] = [];
  const verifyRule = options.verifyRule ?? 'import-or-reference';
  const globs = (options.testGlobs.length > 0 ? options.testGlobs : DEFAULT_PROGRESS_TEST_GLOBS).flatMap((glob) => {
    const compiled = compileGlob(glob);
    if (compiled.ok) return [compiled.regex];
    diagnostics.push(createDiagnostic(DiagnosticCodes.configInvalidValue, 'error', 'config', `progress.testGlobs: invalid glob "${glob}": ${compiled.error}`));
    return [];
  });
  const project = new Project({ useInMemoryFileSystem: true, skipFileDependencyResolution: true, compilerOptions: { allowJs: true } });
  const found: Found[] = [];
  const tests: TestFileIndex[] = [];
  let sourceFiles = 0;
  const seen = new Set<string>();
  for (const input of [...files].sort((a, b) => cmp(normalisePath(a.path), normalisePath(b.path)))) {
    const path = normalisePath(input.path);
    if (!SCRIPT.test(path) || seen.has(path) || path.split('/').includes('node_modules')) continue;
    seen.add(path);
    const isTest = globs.some((g) => g.test(path));
    if (!isTest && !input.content.includes('@coolgen')) {
      sourceFiles++;
      continue;
    }
    const source = project.createSourceFile(`/${path}`, input.content, { overwrite: true }).compilerNode;
    if (isTest) tests.push(indexTestFile(path, source));
    else {
      sourceFiles++;
      collectTags(path, source, found, diagnostics);
    }
  }
  for (const tag of found) {
    if (tag.state !== 'implemented') continue;
    tag.verifiedBy = tests.filter((t) => testReferences(t, tag.target, verifyRule)).map((t) => t.file);
    if (tag.verifiedBy.length > 0) tag.state = 'verified';
  }
  diagnostics.push(...duplicateDiagnostics(found));
  const tags = found
    .map(({ target: _target, ...tag }) => tag)
    .sort((a, b) => cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.name, b.name));
  return { value: { tags, sourceFiles, testFiles: tests.length, verifyRule }, diagnostics };
}

/** Walk the declarations of one file (not into function bodies) and record every tagged one. */
function collectTags(file: string, source: ts.SourceFile, found: Found[], diagnostics: Diagnostic[]): void {
  const module = moduleKey(file);
  const visit = (node: ts.Node, owner: string | undefined): void => {
    const decl = describeDeclaration(node, owner);
    if (decl) {
      for (const tag of ts.getJSDocTags(node)) {
        const tagName = tag.tagName.text;
        if (tagName !== 'coolgen' && tagName !== 'coolgenImplements') continue;
        const { line, character } = source.getLineAndCharacterOfPosition(tag.getStart(source));
        const name = (ts.getTextOfJSDocComment(tag.comment) ?? '').trim().split(/\s+/)[0]?.toUpperCase() ?? '';
        if (name === '') {
          diagnostics.push(createDiagnostic(DiagnosticCodes.progressUnknownTag, 'warning', 'progress', `@${tagName} without a block name`, pointSpan(file, line + 1, character + 1)));
          continue;
        }
        const pos = source.getLineAndCharacterOfPosition(node.getStart(source, false));
        found.push({
          name,
          tag: tagName,
          declaration: decl.kind,
          identifier: decl.identifier,
          file,
          line: pos.line + 1,
          column: pos.character + 1,
          state: decl.stub ? 'stubbed' : 'implemented',
          verifiedBy: [],
          target: { module, identifier: decl.identifier, exportName: decl.exportName, member: decl.kind === 'method' },
        });
      }
    }
    if (ts.isFunctionLike(node) || ts.isBlock(node)) return; // tags inside bodies are not declarations of the estate
    const nextOwner = ts.isClassLike(node) ? (decl?.identifier ?? owner) : ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) ? node.name.text : owner;
    ts.forEachChild(node, (child) => visit(child, nextOwner));
  };
  visit(source, undefined);
}

interface Described {
  kind: ScannedTag['declaration'];
  identifier: string;
  /** The exported name through which a test reaches it. */
  exportName: string;
  stub: boolean;
}

/** What a node declares, when it is a kind that can carry a `@coolgen` tag. */
function describeDeclaration(node: ts.Node, owner: string | undefined): Described | undefined {
  const exportName = (identifier: string): string => (isDefaultExport(node) ? 'default' : identifier);
  if (ts.isFunctionDeclaration(node)) {
    const id = node.name?.text ?? '';
    return { kind: 'function', identifier: id, exportName: exportName(id), stub: isStubFunction(node) };
  }
  if (ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node)) {
    const id = propertyName(node.name);
    return { kind: 'method', identifier: id, exportName: owner ?? id, stub: isStubFunction(node) };
  }
  if (ts.isClassDeclaration(node)) {
    const id = node.name?.text ?? '';
    return { kind: 'class', identifier: id, exportName: exportName(id), stub: isStubContainer(node.members) };
  }
  if (ts.isInterfaceDeclaration(node)) return { kind: 'interface', identifier: node.name.text, exportName: node.name.text, stub: true };
  if (ts.isTypeAliasDeclaration(node)) return { kind: 'other', identifier: node.name.text, exportName: node.name.text, stub: true };
  if (ts.isVariableStatement(node)) {
    const first = node.declarationList.declarations[0];
    const id = first && ts.isIdentifier(first.name) ? first.name.text : '';
    const fn = functionInitializer(first?.initializer);
    if (fn) return { kind: 'variable-function', identifier: id, exportName: id, stub: isStubFunction(fn) };
    const init = first?.initializer;
    const stub = init !== undefined && (ts.isObjectLiteralExpression(init) ? isStubContainer(init.properties) : ts.isClassExpression(init) ? isStubContainer(init.members) : false);
    return { kind: 'other', identifier: id, exportName: id, stub };
  }
  if (ts.isPropertyAssignment(node) || ts.isPropertyDeclaration(node)) {
    const fn = functionInitializer(node.initializer);
    if (!fn) return undefined;
    const id = propertyName(node.name);
    return { kind: 'method', identifier: id, exportName: owner ?? id, stub: isStubFunction(fn) };
  }
  return undefined;
}

/** `progress/duplicate-tag` at every place of a name tagged `@coolgen` more than once (implementers may repeat). */
function duplicateDiagnostics(found: readonly Found[]): Diagnostic[] {
  const byName = new Map<string, Found[]>();
  for (const tag of found) if (tag.tag === 'coolgen') byName.set(tag.name, [...(byName.get(tag.name) ?? []), tag]);
  const out: Diagnostic[] = [];
  for (const [name, places] of byName) {
    if (places.length < 2) continue;
    for (const place of places) {
      const others = places.filter((p) => p !== place);
      out.push(
        createDiagnostic(DiagnosticCodes.progressDuplicateTag, 'warning', 'progress', `@coolgen ${name} is tagged ${places.length} times (also ${others.map((o) => `${o.file}:${o.line}`).join(', ')}); the least advanced copy counts`, pointSpan(place.file, place.line, place.column), {
          related: others.map((o) => ({ message: `also tagged @coolgen ${name} here`, span: pointSpan(o.file, o.line, o.column) })),
          data: { name },
        }),
      );
    }
  }
  return out;
}

function isDefaultExport(node: ts.Node): boolean {
  const flags = ts.canHaveModifiers(node) ? (ts.getModifiers(node) ?? []) : [];
  return flags.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
}

function propertyName(name: ts.PropertyName): string {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name) ? name.text : '';
}

/** `/` separators, no leading `./`. */
function normalisePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '').replace(/^\/+/, '');
}

function pointSpan(file: string, line: number, column: number): SourceSpan {
  return { file, startOffset: 0, endOffset: 0, startLine: line, startColumn: column, endLine: line, endColumn: column };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
