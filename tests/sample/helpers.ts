// Shared helpers of the sample tests: parse generated files with the real parser and rebuild the call graph
// from the parsed USE statements (independently of the generator's plan), plus a small SCC routine.
import { parseActionDiagram } from '../../src/syntax/index.js';
import type { ActionBlock, Statement } from '../../src/ast/nodes.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { SampleFile } from '../../src/sample/index.js';

/** The parsed blocks of a set of files, with every diagnostic. */
export interface ParsedEstate {
  blocks: { block: ActionBlock; file: string }[];
  diagnostics: Diagnostic[];
}

/** Parse every .cbl / .txt file with parseActionDiagram. */
export function parseEstate(files: readonly SampleFile[]): ParsedEstate {
  const out: ParsedEstate = { blocks: [], diagnostics: [] };
  for (const f of files) {
    if (!/\.(cbl|txt)$/.test(f.path)) continue;
    const result = parseActionDiagram(f.content, { file: f.path });
    out.diagnostics.push(...result.diagnostics);
    for (const block of result.value.blocks) out.blocks.push({ block, file: f.path });
  }
  return out;
}

/** Every statement of a list, nested ones included. */
export function allStatements(list: readonly Statement[]): Statement[] {
  const out: Statement[] = [];
  const visit = (statements: readonly Statement[]): void => {
    for (const s of statements) {
      out.push(s);
      switch (s.kind) {
        case 'If': visit(s.then); for (const e of s.elseIfs) visit(e.body); if (s.else) visit(s.else); break;
        case 'Case': for (const c of s.cases) visit(c.body); if (s.otherwise) visit(s.otherwise); break;
        case 'For': case 'ForEach': case 'While': case 'Repeat': case 'ReadEach': case 'Unknown': visit(s.body); break;
        case 'Read': case 'Delete': for (const w of s.whens) visit(w.body); break;
        case 'Create': case 'Update': visit(s.actions); for (const w of s.whens) visit(w.body); break;
        default: break;
      }
    }
  };
  visit(list);
  return out;
}

/** Call graph from the parsed USE statements: canonical name → sorted unique callee names. */
export function callGraph(parsed: ParsedEstate): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const { block } of parsed.blocks) {
    const callees = new Set<string>();
    for (const s of allStatements(block.statements)) if (s.kind === 'Use' && s.target) callees.add(s.target.toUpperCase());
    graph.set(block.name.toUpperCase(), [...callees].sort());
  }
  return graph;
}

/** Strongly connected components (recursive Tarjan; fine for test-sized graphs), each sorted. */
export function components(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  let counter = 0;
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) === index.get(v)) {
      const members: string[] = [];
      for (;;) {
        const w = stack.pop() as string;
        onStack.delete(w);
        members.push(w);
        if (w === v) break;
      }
      out.push(members.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

/** The chain of a canonical name by its prefix (the built-in and sample rules). */
export function chainOf(name: string): string {
  if (name.startsWith('IH_')) return 'income-tax';
  if (name.startsWith('VPB_')) return 'corporate-tax';
  if (name.startsWith('LH_')) return 'payroll';
  return 'shared';
}
