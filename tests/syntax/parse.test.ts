// parseActionDiagram as an API: files without listings, BOM/CRLF, plain serialisable results, span invariants on
// every AST node, source hashes, and robustness (garbage, deep nesting, huge lines never throw or hang).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import type * as A from '../../src/ast/nodes.js';
import type { SourceSpan } from '../../src/diagnostics/diagnostic.js';
import { parseActionDiagram } from '../../src/syntax/index.js';

const r2 = (body: string, name = 'SPAN_TEST') => `+->   ${name.padEnd(34)}03/14/2011  16:42\n|       LOCALS:\n|         Work View local ief_supplied\n|           count\n|\n|     PROCEDURE STATEMENTS\n|\n${body}+---\n`;

/** Every object with a `span` in the result, with the path that leads to it. */
function spans(value: unknown, path = '$', out: { path: string; node: { span: SourceSpan } & Record<string, unknown> }[] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => spans(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o.span && typeof o.span === 'object' && 'startOffset' in (o.span as object)) out.push({ path, node: o as never });
    for (const [k, v] of Object.entries(o)) if (k !== 'span') spans(v, `${path}.${k}`, out);
  }
  return out;
}

/** Spans point into the original text: in bounds, ordered, line/column consistent with the offset. */
function checkSpans(text: string, file: A.ParsedFile): void {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  for (const { path, node } of spans(file.blocks)) {
    const s = node.span;
    const where = `${path} ${JSON.stringify(s)}`;
    expect(s.startOffset, where).toBeGreaterThanOrEqual(0);
    expect(s.endOffset, where).toBeLessThanOrEqual(text.length);
    expect(s.startOffset, where).toBeLessThan(s.endOffset);
    expect(s.startOffset - (lineStarts[s.startLine - 1] as number) + 1, where).toBe(s.startColumn);
    expect(s.endOffset - 1 - (lineStarts[s.endLine - 1] as number) + 1, where).toBe(s.endColumn);
    const at = text.slice(s.startOffset, s.endOffset);
    if (node.kind === 'Reference') expect(at.startsWith(((node.qualifier as string) ?? (node.words as string[])[0]) as string), where).toBe(true);
    if (node.kind === 'Number') expect(at, where).toBe(node.text);
    if (node.kind === 'String') expect(at.startsWith('"') && at.endsWith('"'), where).toBe(true);
    if (node.kind === 'Call') expect(at.startsWith(node.name as string), where).toBe(true);
  }
}

describe('parseActionDiagram', () => {
  it('reports a file without an action diagram with one warning and no blocks', () => {
    const cobol = '       IDENTIFICATION DIVISION.\n       PROGRAM-ID. ABC.\n      * just a comment\n           GOBACK.\n';
    for (const text of [cobol, '', 'Hello world\nthis is prose.\n', '\u0000\u0001\u0002']) {
      const r = parseActionDiagram(text, { file: 'x.cbl' });
      expect(r.value.blocks).toEqual([]);
      expect(r.diagnostics.map((d) => [d.severity, d.code, d.file])).toEqual([['warning', 'read/no-action-diagram', 'x.cbl']]);
    }
    expect(parseActionDiagram(cobol, { file: 'x' }).value.rendering).toBe('cobol-listing');
  });

  it('returns plain serialisable data with encoding utf-8 and the path', () => {
    const r = parseActionDiagram(r2('| SET local ief_supplied count TO 1\n'), { file: 'a/b.txt' });
    expect(JSON.parse(JSON.stringify(r.value))).toEqual(r.value);
    expect([r.value.path, r.value.encoding, r.value.rendering]).toEqual(['a/b.txt', 'utf-8', 'toolset']);
  });

  it('tolerates a leading BOM and CRLF, with the same AST and source hash as plain LF', () => {
    const lf = r2('| SET local ief_supplied count TO 1\n');
    const a = parseActionDiagram(lf, { file: 'x' }).value.blocks[0] as A.ActionBlock;
    const b = parseActionDiagram('\uFEFF' + lf.replace(/\n/g, '\r\n'), { file: 'x' }).value.blocks[0] as A.ActionBlock;
    expect(a.sourceHash).toMatch(/^[0-9a-f]{16}$/);
    expect(b.sourceHash).toBe(a.sourceHash);
    expect(b.statements[0]?.kind).toBe('Set');
    expect(b.statements[0]?.span.startLine).toBe(a.statements[0]?.span.startLine);
  });

  it('maps a token on an R2 wrapped line back to its line and column', () => {
    const text = r2('| SET local ief_supplied count TO local ief_supplied count +\n|   local ief_supplied count\n');
    const set = parseActionDiagram(text, { file: 'x' }).value.blocks[0]?.statements[0] as A.SetStatement;
    const right = (set.value as A.Binary).right as A.Reference;
    expect([right.span.startLine, right.span.startColumn, right.span.endLine, right.span.endColumn]).toEqual([9, 5, 9, 28]);
  });

  it('keeps every span inside the original text, for every fixture and example', () => {
    const files = fg.sync(['fixtures/syntax/**/*.txt', '../shared/reference/examples/*.{txt,cbl}'], { cwd: process.cwd() });
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      checkSpans(text, parseActionDiagram(text, { file: f }).value);
    }
  });

  it('never throws on garbage made of listing characters (deterministic fuzz)', () => {
    const alphabet = ['+->', '+--', '+---', '+- ', '| ', '!  ', '<---ESCAPE', '\n', '\r\n', ' ', '"', '(', ')', 'SET ', 'IF ', 'NOTE:', 'READ EACH ', 'CASE ', 'WHEN ', 'x ', '1 ', 'TO ', '     7*   ', 'IMPORTS:', 'Entity View ', '\t', '\u0000', 'é'];
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % alphabet.length);
    for (let n = 0; n < 300; n++) {
      let text = n % 2 === 0 ? '+->   FUZZ                              03/14/2011  16:42\n' : '      *   +->   FUZZ                              03/14/2011  16:42\n';
      for (let k = 0; k < 60; k++) text += alphabet[rnd()];
      const r = parseActionDiagram(text, { file: 'fuzz' });
      expect(Array.isArray(r.value.blocks)).toBe(true);
      checkSpans(text, r.value);
    }
  });

  it('handles deep nesting and very long lines', () => {
    const depth = 400;
    let body = '';
    for (let d = 0; d < depth; d++) body += `${'| '.repeat(d + 1)}+->IF local ief_supplied count IS EQUAL TO ${d}\n`;
    body += `${'| '.repeat(depth + 1)}SET local ief_supplied count TO 0\n`;
    for (let d = depth - 1; d >= 0; d--) body += `${'| '.repeat(d + 1)}+--\n`;
    const r = parseActionDiagram(r2(body), { file: 'deep' });
    expect(r.diagnostics).toEqual([]);
    let s = r.value.blocks[0]?.statements[0] as A.Statement;
    let levels = 0;
    while (s.kind === 'If') {
      levels++;
      s = s.then[0] as A.Statement;
    }
    expect(levels).toBe(depth);
    const long = r2(`| SET local ief_supplied count TO ${Array.from({ length: 50_000 }, (_, i) => i).join(' + ')}\n`);
    const l = parseActionDiagram(long, { file: 'long' });
    expect(l.diagnostics).toEqual([]);
    expect(l.value.blocks[0]?.statements[0]?.kind).toBe('Set');
  });

  it('keeps a statement nested too deeply for the stack as raw text with an error, and goes on', () => {
    const deep = `| SET local ief_supplied count TO ${'('.repeat(60_000)}1${')'.repeat(60_000)}\n| EXIT STATE IS done\n`;
    const r = parseActionDiagram(r2(deep), { file: 'deep-parens' });
    const b = r.value.blocks[0] as A.ActionBlock;
    expect(b.statements.map((s) => s.kind)).toEqual(['Unknown', 'ExitState']);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['parse/internal-error']);
  });

  it('infers R3 loop scopes without quadratic work on a large flat file full of loops', () => {
    const parts = ['BIG_FLAT', 'LOCAL:', 'Work View local ief_supplied'];
    for (let k = 0; k < 20_000; k++) parts.push(`READ EACH item_${k % 50}`, `SET local ief_supplied count TO item_${k % 50} amount`);
    const r = parseActionDiagram(parts.join('\n') + '\n', { file: 'big-flat' });
    expect(r.value.rendering).toBe('flat');
    expect(r.value.blocks[0]?.statements.length).toBeGreaterThan(0);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
