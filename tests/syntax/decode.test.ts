// Read phase: decodeSource on the encodings and odd inputs of reference §17 (BOM, Windows-1252, CRLF, empty, binary).
import { describe, expect, it } from 'vitest';
import { decodeSource, decodeWindows1252 } from '../../src/syntax/decode.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeSource', () => {
  it('reads valid UTF-8 as utf-8 without diagnostics', () => {
    const r = decodeSource(utf8('| NOTE:\n| Vormt of beëindigt één eenheid €\n'), 'a.txt');
    expect(r.value).toEqual({ text: '| NOTE:\n| Vormt of beëindigt één eenheid €\n', encoding: 'utf-8' });
    expect(r.diagnostics).toEqual([]);
  });

  it('strips a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('+->   X  01/01/2000  10:00\nbeëindigt')]);
    const r = decodeSource(bytes, 'bom.txt');
    expect(r.value.encoding).toBe('utf-8-bom');
    expect(r.value.text.startsWith('+->')).toBe(true);
    expect(r.value.text).toContain('beëindigt');
    expect(r.diagnostics).toEqual([]);
  });

  it('decodes Windows-1252 (ë, é, €) with an info diagnostic', () => {
    // "beëindigt € 5,- café" in Windows-1252: ë = 0xEB, € = 0x80, é = 0xE9
    const bytes = new Uint8Array([...utf8('be'), 0xeb, ...utf8('indigt '), 0x80, ...utf8(' 5,- caf'), 0xe9, 0x0d, 0x0a]);
    const r = decodeSource(bytes, 'cp.txt');
    expect(r.value).toEqual({ text: 'beëindigt € 5,- café\r\n', encoding: 'windows-1252' });
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'read/decoded-windows-1252', severity: 'info', phase: 'read', file: 'cp.txt' });
  });

  it('maps the whole 0x80-0x9F range of Windows-1252, undefined bytes to C1 controls', () => {
    const high = new Uint8Array(32).map((_, i) => 0x80 + i);
    expect(decodeWindows1252(high)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
    expect(decodeWindows1252(new Uint8Array([0x41, 0xa0, 0xff]))).toBe('A\u00a0ÿ');
  });

  it('decodes a large Windows-1252 file completely', () => {
    const line = new Uint8Array([...utf8('SET x TO "caf'), 0xe9, ...utf8('"\r\n')]);
    const bytes = new Uint8Array(line.length * 50_000);
    for (let i = 0; i < 50_000; i++) bytes.set(line, i * line.length);
    const r = decodeSource(bytes, 'big.txt');
    expect(r.value.encoding).toBe('windows-1252');
    expect(r.value.text.length).toBe(bytes.length);
    expect(r.value.text.endsWith('SET x TO "café"\r\n')).toBe(true);
  });

  it('keeps CRLF line ends as they are', () => {
    expect(decodeSource(utf8('a\r\nb\r\n'), 'crlf.txt').value.text).toBe('a\r\nb\r\n');
  });

  it('reports an empty file (0 bytes) as a warning with empty text', () => {
    const r = decodeSource(new Uint8Array(0), 'empty.txt');
    expect(r.value.text).toBe('');
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'read/empty-file', severity: 'warning', file: 'empty.txt' })]);
  });

  it('reports a whitespace-only file as empty', () => {
    const r = decodeSource(utf8('  \r\n\t\n \f\n'), 'blank.txt');
    expect(r.value.text).toBe('');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['read/empty-file']);
  });

  it('reports a PNG (NUL bytes) as binary, without crashing', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const r = decodeSource(png, 'logo.png');
    expect(r.value.text).toBe('');
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'read/binary-file', severity: 'warning' })]);
  });

  it('reports a file with many control characters as binary, but not one with a few', () => {
    const noisy = new Uint8Array(100).map((_, i) => (i % 5 === 0 ? 0x01 : 0x41));
    expect(decodeSource(noisy, 'n.bin').diagnostics.map((d) => d.code)).toEqual(['read/binary-file']);
    const fine = new Uint8Array(100).map((_, i) => (i === 50 ? 0x1a : 0x41));
    expect(decodeSource(fine, 'f.txt').diagnostics).toEqual([]);
  });

  it('counts DEL as a control byte, the C1 range 0x80-0x9F not, and looks only at the first 8 KiB', () => {
    const del = new Uint8Array(100).map((_, i) => (i % 5 === 0 ? 0x7f : 0x41));
    expect(decodeSource(del, 'd.bin').diagnostics.map((d) => d.code)).toEqual(['read/binary-file']);
    const c1 = new Uint8Array(100).map((_, i) => 0x80 + (i % 32));
    expect(decodeSource(c1, 'c1.txt').diagnostics.map((d) => d.code)).toEqual(['read/decoded-windows-1252']);
    const late = new Uint8Array(20000).fill(0x41);
    late.fill(0x01, 8192);
    expect(decodeSource(late, 'late-noise.txt').diagnostics.map((d) => d.code)).not.toContain('read/binary-file');
    late[8191] = 0x00;
    expect(decodeSource(late, 'edge.bin').diagnostics.map((d) => d.code)).toEqual(['read/binary-file']);
  });

  it('treats a NUL byte after the first 8 KiB as text', () => {
    const bytes = new Uint8Array(9000).fill(0x41);
    bytes[8500] = 0;
    expect(decodeSource(bytes, 'late.txt').diagnostics.map((d) => d.code)).not.toContain('read/binary-file');
  });

  it('decodes invalid UTF-8 after a BOM leniently instead of switching code page', () => {
    const r = decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff, 0x42]), 'x.txt');
    expect(r.value).toEqual({ text: 'A\ufffdB', encoding: 'utf-8-bom' });
  });
});
