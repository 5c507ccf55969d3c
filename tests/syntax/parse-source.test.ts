// parseSource: bytes in, ParsedFile out — the encodings and odd files of reference §17 end to end.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseSource } from '../../src/syntax/parse-source.js';

const examples = resolve(process.cwd(), '../shared/reference/examples');
const vpbText = readFileSync(resolve(examples, 'vpb_determine_fiscal_unity.txt'), 'utf8');
const ihText = readFileSync(resolve(examples, 'ih_calc_box1_income.cbl'), 'utf8');
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Encode text as Windows-1252 (only the characters these tests use outside ASCII). */
function cp1252(s: string): Uint8Array {
  const map: Record<string, number> = { 'ë': 0xeb, 'é': 0xe9, '€': 0x80 };
  return new Uint8Array([...s].map((c) => map[c] ?? c.charCodeAt(0)));
}

const noteR2 = (text: string): string =>
  ['+->   VPB_NOTE                          06/12/2017  11:05', '|', '|     PROCEDURE STATEMENTS', '|', '| NOTE:', `| ${text}`, '|', '| EXIT STATE IS ok', '+---', ''].join('\n');

describe('parseSource', () => {
  it('parses a UTF-8 R2 print', () => {
    const r = parseSource(utf8(vpbText), { file: 'vpb.txt' });
    expect(r.value).toMatchObject({ path: 'vpb.txt', rendering: 'toolset', encoding: 'utf-8' });
    expect(r.value.blocks.map((b) => b.name)).toEqual(['VPB_DETERMINE_FISCAL_UNITY']);
    expect(r.value.module).toBeUndefined();
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('decodes a Windows-1252 file: ë and € arrive in the NOTE text', () => {
    const r = parseSource(cp1252(noteR2('Vormt of beëindigt; boete € 50, café')), { file: 'cp.txt' });
    expect(r.value.encoding).toBe('windows-1252');
    expect(r.value.blocks[0]?.statements[0]).toMatchObject({ kind: 'Note', lines: ['Vormt of beëindigt; boete € 50, café'] });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['read/decoded-windows-1252']);
    expect(r.value.diagnostics).toEqual(r.diagnostics);
  });

  it('strips a UTF-8 BOM before the header', () => {
    const r = parseSource(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(noteR2('één'))]), { file: 'bom.txt' });
    expect(r.value.encoding).toBe('utf-8-bom');
    expect(r.value.blocks[0]?.name).toBe('VPB_NOTE');
    expect(r.value.blocks[0]?.statements[0]).toMatchObject({ kind: 'Note', lines: ['één'] });
  });

  it('reads a CRLF R1 module like the LF one, with the module banner', () => {
    const lf = parseSource(utf8(ihText), { file: 'ih.cbl' }).value;
    const crlf = parseSource(utf8(ihText.replace(/\n/g, '\r\n')), { file: 'ih.cbl' }).value;
    expect(crlf.rendering).toBe('cobol-listing');
    expect(crlf.module).toMatchObject({ generator: 'CA GEN 8.5', sourceName: 'IHB1IN01', name: 'IH_CALC_BOX1_INCOME' });
    const shape = (f: typeof lf): unknown => JSON.stringify(f.blocks, (k, v) => (k === 'span' || k === 'sourceHash' ? undefined : v));
    expect(shape(crlf)).toBe(shape(lf));
  });

  it('returns no blocks and a warning for an empty file', () => {
    const r = parseSource(new Uint8Array(0), { file: 'empty.cbl' });
    expect(r.value).toEqual({ path: 'empty.cbl', rendering: 'flat', encoding: 'utf-8', blocks: [], diagnostics: r.diagnostics });
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['read/empty-file', 'warning']]);
  });

  it('returns no blocks and a warning for a binary file (PNG header), without crashing', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const r = parseSource(png, { file: 'logo.png' });
    expect(r.value.blocks).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['read/binary-file']);
  });

  it('parses random bytes without throwing', () => {
    let seed = 7;
    const bytes = new Uint8Array(4096).map(() => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return 0x20 + (seed % 0x60);
    });
    expect(() => parseSource(bytes, { file: 'noise.txt' })).not.toThrow();
  });
});
