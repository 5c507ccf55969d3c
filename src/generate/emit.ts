// Prints planned files to text with ONE in-memory ts-morph Project: each module is created in one call from its
// structure (no per-node manipulation), printed, and dropped again. Returns text only; nothing touches the disk.
import {
  IndentationText,
  NewLineKind,
  Project,
  QuoteKind,
  StructureKind,
  VariableDeclarationKind,
  type CodeBlockWriter,
  type JSDocStructure,
  type OptionalKind,
  type StatementStructures,
  type WriterFunction,
} from 'ts-morph';
import type { DeclarationPlan, DocPlan, FilePlan, GeneratedFile, MemberPlan, TypePlan } from './types.js';

/** A new in-memory project with the printing settings every generated file uses. */
export function createPrintProject(): Project {
  return new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      quoteKind: QuoteKind.Single,
      newLineKind: NewLineKind.LineFeed,
      useTrailingCommas: true,
    },
  });
}

function toJsDoc(doc: DocPlan): OptionalKind<JSDocStructure> {
  return { description: doc.description, tags: doc.tags.map((t) => (t.text === undefined ? { tagName: t.tagName } : { tagName: t.tagName, text: t.text })) };
}

function writeDoc(w: CodeBlockWriter, doc: DocPlan | undefined): void {
  if (!doc) return;
  const lines = doc.description === '' ? [] : doc.description.split('\n');
  for (const t of doc.tags) lines.push(t.text === undefined ? `@${t.tagName}` : `@${t.tagName} ${t.text}`);
  if (lines.length === 0) return;
  if (lines.length === 1) {
    w.writeLine(`/** ${lines[0]} */`);
    return;
  }
  w.writeLine('/**');
  for (const line of lines) w.writeLine(line === '' ? ' *' : ` * ${line}`);
  w.writeLine(' */');
}

function writeMembers(w: CodeBlockWriter, members: readonly MemberPlan[]): void {
  for (const m of members) {
    if (m.todo) w.writeLine(`// ${m.todo}`);
    writeDoc(w, m.docs);
    w.write(`${m.readonly ? 'readonly ' : ''}${m.name}: `);
    writeType(w, m.type);
    w.write(';').newLine();
  }
}

function writeType(w: CodeBlockWriter, type: TypePlan): void {
  if (typeof type === 'string') {
    w.write(type);
    return;
  }
  if (type.members.length === 0) {
    w.write('{}');
    return;
  }
  w.write('{').newLine();
  w.indent(() => writeMembers(w, type.members));
  w.write('}');
}

function typeWriter(type: TypePlan): string | WriterFunction {
  return typeof type === 'string' ? type : (w) => writeType(w, type);
}

function declarationStructure(d: DeclarationPlan): StatementStructures {
  switch (d.kind) {
    case 'interface':
      return {
        kind: StructureKind.Interface,
        name: d.name,
        isExported: true,
        docs: [toJsDoc(d.docs)],
        properties: d.members.map((m) => ({
          name: m.name,
          type: typeWriter(m.type),
          isReadonly: m.readonly === true,
          docs: m.docs ? [toJsDoc(m.docs)] : [],
          leadingTrivia: m.todo ? `// ${m.todo}` : undefined,
        })),
        methods: d.methods.map((m) => ({
          name: m.name,
          parameters: m.params.map((p) => ({ name: p.name, type: p.type })),
          returnType: m.returnType,
          docs: m.docs ? [toJsDoc(m.docs)] : [],
        })),
      };
    case 'typeAlias':
      return { kind: StructureKind.TypeAlias, name: d.name, isExported: true, docs: [toJsDoc(d.docs)], type: d.type };
    case 'constObject':
      return {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: [toJsDoc(d.docs)],
        declarations: [
          {
            name: d.name,
            initializer: (w) => {
              if (d.entries.length === 0) {
                w.write('{} as const');
                return;
              }
              w.write('{').newLine();
              w.indent(() => {
                for (const e of d.entries) {
                  writeDoc(w, { description: e.doc, tags: [] });
                  w.writeLine(`${e.key}: ${e.value},`);
                }
              });
              w.write('} as const');
            },
          },
        ],
      };
    case 'function':
      return {
        kind: StructureKind.Function,
        name: d.name,
        isExported: true,
        isAsync: true,
        docs: [toJsDoc(d.docs)],
        parameters: d.params.map((p) => ({ name: p.name, type: p.type })),
        returnType: d.returnType,
        statements: d.body,
        leadingTrivia: d.leadingComment
          ? `/*\n${d.leadingComment.map((l) => (l === '' ? ' *' : ` * ${l}`)).join('\n')}\n */\n`
          : undefined,
      };
  }
}

/** The ts-morph statements of a planned module: the header comment, imports, then the declarations. */
export function fileStatements(plan: FilePlan): StatementStructures[] {
  const statements: StatementStructures[] = [
    ...plan.imports.map(
      (i): StatementStructures => ({
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: i.moduleSpecifier,
        isTypeOnly: i.typeOnly,
        namedImports: i.names,
      }),
    ),
    ...plan.declarations.map(declarationStructure),
  ];
  const first = statements[0];
  if (first && plan.header.length > 0) {
    first.leadingTrivia = `${plan.header.map((l) => `// ${l}`).join('\n')}\n\n${typeof first.leadingTrivia === 'string' ? first.leadingTrivia : ''}`;
  }
  return statements;
}

/**
 * Print every planned file. Module plans are created in the one project from their structure in a single call,
 * printed and removed again (so memory stays flat on large estates); verbatim texts pass through.
 */
export function emitFiles(plans: readonly FilePlan[], project: Project = createPrintProject()): GeneratedFile[] {
  return plans.map((plan) => {
    const base: Pick<GeneratedFile, 'path' | 'kind'> & { block?: string } = { path: plan.path, kind: plan.kind };
    if (plan.block !== undefined) base.block = plan.block;
    if (plan.text !== undefined) return { ...base, content: plan.text };
    const sf = project.createSourceFile(`/${plan.path}`, { statements: fileStatements(plan) }, { overwrite: true });
    // Nested object types and initializers come out of the structure printer with a hanging indent; one
    // formatting pass per file (whitespace only) gives them the indentation a person would write.
    sf.formatText({ indentSize: 2, tabSize: 2, convertTabsToSpaces: true, ensureNewLineAtEndOfFile: true });
    const content = sf.getFullText();
    project.removeSourceFile(sf);
    return { ...base, content: content.endsWith('\n') ? content : `${content}\n` };
  });
}
