// Type-checks generated (or merged) TypeScript in memory with the compiler options of the generated tsconfig.json,
// as `tsc -p <out>/tsconfig.json --strict --noEmit` would. Used by the merge (conflicts) and by the tests.
import { Project, ts } from 'ts-morph';

/** One compiler error, located in a file of the checked set. */
export interface TypeProblem {
  path: string;
  /** Offset in the file's text. */
  start: number;
  line: number;
  column: number;
  code: number;
  message: string;
}

/** Errors that say "a package or module is missing": not the generated code's fault in an in-memory check. */
const MISSING_MODULE_CODES = new Set([2307, 2792, 7016, 2875]);

/** Compiler options from a tsconfig.json text (comments allowed); `noEmit` and `strict` are forced on. */
export function compilerOptionsFrom(tsconfigText: string | undefined): ts.CompilerOptions {
  const parsed = tsconfigText ? ts.parseConfigFileTextToJson('tsconfig.json', tsconfigText) : { config: {} };
  const raw = (parsed.config as { compilerOptions?: unknown } | undefined)?.compilerOptions ?? {};
  const { options } = ts.convertCompilerOptionsFromJson(raw, '/');
  return { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022, moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ['lib.es2022.d.ts'], types: [], ...options, strict: true, noEmit: true, skipLibCheck: true };
}

/**
 * Type-check a set of files (relative paths, `/` separators) in memory. The compiler options come from the set's
 * `tsconfig.json` when present. Returns the errors of `checkPaths` (default: every `.ts` file), sorted; missing
 * third-party modules are ignored when `ignoreMissingModules` is set (hand-written imports of packages).
 */
export function typeCheckFiles(
  files: readonly { path: string; content: string }[],
  checkPaths?: readonly string[],
  ignoreMissingModules = false,
): TypeProblem[] {
  const tsconfig = files.find((f) => f.path === 'tsconfig.json')?.content;
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: compilerOptionsFrom(tsconfig) });
  for (const f of files) if (f.path.endsWith('.ts')) project.createSourceFile(`/${f.path}`, f.content, { overwrite: true });
  const wanted = new Set(checkPaths ?? files.filter((f) => f.path.endsWith('.ts')).map((f) => f.path));
  const program = project.getProgram().compilerObject;
  const problems: TypeProblem[] = [];
  const add = (d: ts.Diagnostic): void => {
    if (ignoreMissingModules && MISSING_MODULE_CODES.has(d.code)) return;
    const path = d.file ? d.file.fileName.replace(/^\//, '') : '';
    if (d.file && !wanted.has(path)) return;
    const start = d.start ?? 0;
    const pos = d.file ? d.file.getLineAndCharacterOfPosition(start) : { line: 0, character: 0 };
    problems.push({ path, start, line: pos.line + 1, column: pos.character + 1, code: d.code, message: ts.flattenDiagnosticMessageText(d.messageText, '\n') });
  };
  program.getOptionsDiagnostics().forEach(add);
  program.getGlobalDiagnostics().forEach(add);
  for (const path of wanted) {
    const sf = program.getSourceFile(`/${path}`);
    if (!sf) continue;
    program.getSyntacticDiagnostics(sf).forEach(add);
    program.getSemanticDiagnostics(sf).forEach(add);
  }
  return problems.sort((a, b) => a.path.localeCompare(b.path) || a.start - b.start);
}
