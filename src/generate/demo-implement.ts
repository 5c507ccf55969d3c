// The demo step of `npm start` (issue 6): implements a few generated stubs with real, type-correct bodies and
// writes plain tests for some of them, so `coolgen progress` shows implemented and verified blocks. Pure over text.
import { Node, Project, ts, type FunctionDeclaration, type SourceFile } from 'ts-morph';
import { createDiagnostic, type Diagnostic, type Result } from '../diagnostics/diagnostic.js';
import { DiagnosticCodes } from '../diagnostics/codes.js';
import { createKit, placeholderBody, type TestCase } from './demo-kit.js';
import { DEMO_RECIPES, RECIPE_LOCALS } from './demo-recipes.js';
import { readContract, type BlockContract } from './demo-shape.js';
import { demoTestFile } from './demo-tests.js';
import { runtimeImports, type RuntimeImports, type TextEdit } from './demo-imports.js';
import { moduleSpecifier } from './naming.js';
import { RUNTIME_PATH } from './plan-block.js';
import { isStubBody } from './scan-stub.js';
import { escapeLineCommentText } from './text-escape.js';
import { compilerOptionsFrom } from './typecheck.js';

/** The value of implementDemoBlocks(). */
export interface DemoImplementOutput {
  /** The input files (changed ones with new content, extra fields kept), then the new test files sorted by path. */
  files: { path: string; content: string }[];
  /** Names of `demo.implement` whose tagged function now has a real body (written now, or already before). */
  implemented: string[];
  /** Names of `demo.verify` with a `<module>.test.ts` beside their module that references the function. */
  verified: string[];
}

/** What the planning pass found for one requested block. */
interface Located {
  path: string;
  fn: FunctionDeclaration;
  contract: BlockContract | undefined;
  /** Test cases when this run writes the body; undefined for a body a person (or an earlier run) wrote. */
  cases?: TestCase[];
}

const TEST_FILE = /\.(?:test|spec)\.[cm]?tsx?$/;
const WIDTH = 110;

/**
 * For each name of `demo.implement`, replace the body of the function tagged `@coolgen NAME` while it is still the
 * single `throw new NotMigratedError(...)`: genuine logic for the shared utilities with a recipe (demo-recipes.ts),
 * otherwise a placeholder that returns complete neutral exports and the success-looking exit state. A body that is
 * not the stub is left alone, so a second run returns the same files. For each name of `demo.verify`, add
 * `<module>.test.ts` beside the module (unless that file exists) with a dependency-free test of the function.
 * Warnings (`config/invalid-value`, `generate/unknown-type`) name requested blocks that cannot be handled.
 */
export function implementDemoBlocks(
  files: { path: string; content: string }[],
  demo: { implement: string[]; verify: string[] },
): Result<DemoImplementOutput> {
  const diagnostics: Diagnostic[] = [];
  const implementNames = unique(demo.implement);
  const verifyNames = unique(demo.verify);
  if (implementNames.length + verifyNames.length === 0) return { value: { files: [...files], implemented: [], verified: [] }, diagnostics };
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: compilerOptionsFrom(files.find((f) => f.path === 'tsconfig.json')?.content) });
  const sources = files
    .filter((f) => f.path.endsWith('.ts') && !f.path.endsWith('.d.ts'))
    .map((f) => ({ path: f.path, sf: project.createSourceFile(`/${f.path}`, f.content, { overwrite: true }) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  // Planning pass: everything is read before any text changes.
  const located = new Map<string, Located>();
  const edits = new Map<string, TextEdit[]>();
  const importsByPath = new Map<string, RuntimeImports>();
  for (const name of unique([...implementNames, ...verifyNames])) {
    const found = findTagged(sources, name);
    if (!found || !Node.isFunctionDeclaration(found.node)) {
      const why = found ? `is not a function (an external action block's adapter interface?)` : 'is not in the generated files';
      diagnostics.push(warning(DiagnosticCodes.configInvalidValue, `demo: the function tagged @coolgen ${name} ${why}; it is not implemented or tested`, name, found?.path));
      continue;
    }
    const fn = found.node;
    const body = fn.getBody();
    const entry: Located = { path: found.path, fn, contract: readContract(fn) };
    located.set(name, entry);
    if (!body) diagnostics.push(warning(DiagnosticCodes.configInvalidValue, `demo: the function tagged @coolgen ${name} has no body; it is not implemented`, name, found.path));
    if (!implementNames.includes(name) || !body || !isStubBody(body.compilerNode)) continue;
    const written = writeBody(name, entry, found.sf, importsByPath, diagnostics);
    if (written) push(edits, found.path, written);
  }

  // Apply the edits, file by file, from the end of the text backwards.
  for (const [path, imports] of importsByPath) {
    const importEdit = imports.edit();
    if (importEdit) push(edits, path, importEdit);
  }
  const texts = new Map(files.map((f) => [f.path, f.content]));
  for (const [path, list] of edits) {
    let text = texts.get(path) ?? '';
    for (const e of [...list].sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
    texts.set(path, text);
  }
  const implemented = implementNames.filter((n) => {
    const entry = located.get(n);
    const body = entry?.fn.getBody();
    return entry !== undefined && (entry.cases !== undefined || (body !== undefined && !isStubBody(body.compilerNode)));
  });

  // Tests beside the modules.
  const added: { path: string; content: string }[] = [];
  const verified: string[] = [];
  for (const name of verifyNames) {
    const entry = located.get(name);
    if (!entry) continue;
    const body = entry.fn.getBody();
    if (entry.cases === undefined && (!body || isStubBody(body.compilerNode))) {
      diagnostics.push(warning(DiagnosticCodes.configInvalidValue, `demo: ${name} is to be verified but is still a stub; no test written`, name, entry.path));
      continue;
    }
    const fnName = entry.fn.getName() ?? '';
    const mentions = (text: string): boolean => fnName !== '' && new RegExp(`(?<![\\w$])${escapeRegExp(fnName)}(?![\\w$])`).test(text);
    // `<module>.test.ts`; when that file is about another function of the module, `<module>.<function>.test.ts`.
    const modulePath = entry.path.replace(/\.ts$/, '.test.ts');
    const atModulePath = texts.get(modulePath) ?? added.find((a) => a.path === modulePath)?.content;
    const testPath = atModulePath !== undefined && !mentions(atModulePath) ? entry.path.replace(/\.ts$/, `.${fnName}.test.ts`) : modulePath;
    const existing = texts.get(testPath);
    if (existing !== undefined) {
      if (mentions(existing)) verified.push(name);
      continue;
    }
    const content = entry.contract
      ? demoTestFile({
          name,
          contract: entry.contract,
          moduleSpecifier: `./${entry.path.split('/').pop()?.replace(/\.ts$/, '.js') ?? ''}`,
          runtimeSpecifier: importsByPath.get(entry.path)?.specifier ?? runtimeSpecifierOf(entry.fn.getSourceFile(), entry.path),
          cases: entry.cases ?? [{ title: 'resolves with one of its exit states', inputs: [], expect: [] }],
        })
      : undefined;
    if (content === undefined) {
      diagnostics.push(warning(DiagnosticCodes.generateUnknownType, `demo: cannot write test values for the contract of ${name}; no test written`, name, entry.path));
      continue;
    }
    added.push({ path: testPath, content });
    verified.push(name);
  }
  const out = files.map((f) => (texts.get(f.path) === f.content ? f : { ...f, content: texts.get(f.path) ?? f.content }));
  out.push(...added.sort((a, b) => (a.path < b.path ? -1 : 1)));
  return { value: { files: out, implemented, verified }, diagnostics };
}

/** Plan the new body of one stub; records the runtime helpers it needs in the file's import plan. */
function writeBody(name: string, entry: Located, sf: SourceFile, importsByPath: Map<string, RuntimeImports>, diagnostics: Diagnostic[]): TextEdit | undefined {
  const imports = importsByPath.get(entry.path) ?? runtimeImports(sf, runtimeSpecifierOf(sf, entry.path));
  importsByPath.set(entry.path, imports);
  const kit = entry.contract ? createKit(name, entry.contract, imports.use) : undefined;
  const recipe = DEMO_RECIPES[name];
  const written = kit && ((recipe && !RECIPE_LOCALS.includes(kit.param) ? recipe(kit) : undefined) ?? placeholderBody(kit));
  const body = entry.fn.getBody();
  if (!written || !body) {
    diagnostics.push(warning(DiagnosticCodes.generateUnknownType, `demo: cannot write a value of the exports or exit-state type of ${name}; the stub is left as it is`, name, entry.path));
    return undefined;
  }
  entry.cases = written.cases;
  const text = sf.getFullText();
  const lineStart = text.lastIndexOf('\n', entry.fn.getStart() - 1) + 1;
  const base = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
  const comment = wrapComment(`Migrated (demo): ${escapeLineCommentText(written.summary)}`, WIDTH - base.length - 2);
  const lines = [...comment, ...written.lines].map((l) => `${base}  ${l}`);
  return { start: body.getStart(), end: body.getEnd(), text: `{\n${lines.join('\n')}\n${base}}` };
}

/** `// ...` lines of at most `width` characters (words are not split). */
function wrapComment(textLine: string, width: number): string[] {
  const out: string[] = [];
  let line = '//';
  for (const word of textLine.split(' ')) {
    if (line.length + 1 + word.length > width && line !== '//') {
      out.push(line);
      line = '//';
    }
    line += ` ${word}`;
  }
  out.push(line);
  return out;
}

/** The specifier under which a module imports the runtime (that of NotMigratedError), else the computed one. */
function runtimeSpecifierOf(sf: SourceFile, path: string): string {
  for (const d of sf.getImportDeclarations()) {
    if (d.getNamedImports().some((n) => (n.getAliasNode() ? n.getNameNode().getText() : n.getName()) === 'NotMigratedError')) return d.getModuleSpecifierValue();
  }
  return moduleSpecifier(path, RUNTIME_PATH);
}

/** The first top-level declaration (by path) tagged `@coolgen NAME`, outside test files. */
function findTagged(sources: readonly { path: string; sf: SourceFile }[], name: string): { path: string; sf: SourceFile; node: Node } | undefined {
  const quick = new RegExp(`@coolgen\\s+${escapeRegExp(name)}(?![\\w-])`, 'i');
  for (const { path, sf } of sources) {
    if (TEST_FILE.test(path) || !quick.test(sf.getFullText())) continue;
    for (const statement of sf.getStatements()) {
      const target = ts.isVariableStatement(statement.compilerNode) ? statement.compilerNode.declarationList.declarations[0] : statement.compilerNode;
      const tags = target ? ts.getJSDocTags(target) : [];
      const tagged = tags.some((t) => t.tagName.text === 'coolgen' && ((ts.getTextOfJSDocComment(t.comment) ?? '').trim().split(/\s+/)[0] ?? '').toUpperCase() === name.toUpperCase());
      if (tagged) return { path, sf, node: statement };
    }
  }
  return undefined;
}

function warning(code: (typeof DiagnosticCodes)[keyof typeof DiagnosticCodes], message: string, name: string, file?: string): Diagnostic {
  return createDiagnostic(code, 'warning', 'generate', message, undefined, { data: { name }, ...(file !== undefined ? { file } : {}) });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Names upper-cased, without duplicates, in order. */
function unique(names: readonly string[]): string[] {
  return [...new Set(names.map((n) => n.trim().toUpperCase()).filter((n) => n !== ''))];
}
