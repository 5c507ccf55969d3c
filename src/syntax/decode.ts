// Read phase: turns the raw bytes of an input file into text (reference §17). Strips a UTF-8 BOM, falls back
// to Windows-1252 for files that are not valid UTF-8, and flags empty and binary files instead of parsing them.
import { createDiagnostic, type Diagnostic, type Result } from '../diagnostics/diagnostic.js';
import { DiagnosticCodes } from '../diagnostics/codes.js';

/** The encodings decodeSource can detect. */
export type SourceEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

/** What decodeSource returns: the decoded text (empty for empty or binary files) and the detected encoding. */
export interface DecodedSource {
  text: string;
  encoding: SourceEncoding;
}

/** Bytes inspected by the binary check (the first 8 KiB). */
const BINARY_SNIFF_BYTES = 8192;
/** More than this share of control characters (other than tab, CR, LF, FF) in the sniffed bytes means binary. */
const BINARY_CONTROL_RATIO = 0.1;

/** Windows-1252 code points for bytes 0x80-0x9F; the five undefined bytes map to the C1 control of the same value. */
const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** Byte → UTF-16 code unit table for Windows-1252 (0x00-0x7F and 0xA0-0xFF are identical to Latin-1). */
const CP1252_TABLE: Uint16Array = (() => {
  const table = new Uint16Array(256);
  for (let i = 0; i < 256; i++) table[i] = i >= 0x80 && i <= 0x9f ? (CP1252_HIGH[i - 0x80] ?? i) : i;
  return table;
})();

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
// Decoding a Uint16Array as UTF-16LE is the fast path; it needs a little-endian host (big-endian hosts such as
// s390x take the String.fromCharCode path).
const utf16 = new TextDecoder('utf-16le');
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Decode the bytes of one input file (reference §17).
 * - A UTF-8 BOM is stripped (`utf-8-bom`); valid UTF-8 is `utf-8`; anything else is decoded as Windows-1252
 *   with an info diagnostic `read/decoded-windows-1252`.
 * - Zero bytes or whitespace only: warning `read/empty-file`, text `''`.
 * - A NUL byte in the first 8 KiB, or more than 10% control characters there: warning `read/binary-file`, text `''`.
 * Line ends are left as they are (the line layer handles CRLF). Never throws.
 */
export function decodeSource(bytes: Uint8Array, file: string): Result<DecodedSource> {
  const diagnostics: Diagnostic[] = [];
  if (bytes.length === 0) {
    diagnostics.push(emptyFile(file));
    return { value: { text: '', encoding: 'utf-8' }, diagnostics };
  }
  // A NUL byte is binary at once (native search); the control-byte share is judged on the decoded text below.
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0) >= 0) return binaryFile(file);
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let text: string;
  let encoding: SourceEncoding;
  if (hasBom) {
    // A BOM declares UTF-8; invalid sequences after it become U+FFFD rather than switching code page.
    text = utf8Lenient.decode(bytes.subarray(3));
    encoding = 'utf-8-bom';
  } else {
    const utf8 = tryUtf8(bytes);
    if (utf8 !== null) {
      text = utf8;
      encoding = 'utf-8';
    } else {
      text = decodeWindows1252(bytes);
      encoding = 'windows-1252';
      diagnostics.push(
        createDiagnostic(
          DiagnosticCodes.readDecodedAsWindows1252,
          'info',
          'read',
          'The file is not valid UTF-8; it was decoded as Windows-1252.',
          undefined,
          { file },
        ),
      );
    }
  }
  if (looksBinary(bytes, text)) return binaryFile(file);
  if (!/\S/.test(text)) {
    diagnostics.push(emptyFile(file));
    return { value: { text: '', encoding }, diagnostics };
  }
  return { value: { text, encoding }, diagnostics };
}

/** Decode bytes as Windows-1252 with the full table (0x80-0x9F included). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) units[i] = CP1252_TABLE[bytes[i] as number] as number;
  if (LITTLE_ENDIAN) return utf16.decode(units);
  const parts: string[] = [];
  for (let start = 0; start < units.length; start += 0x2000) {
    parts.push(String.fromCharCode(...units.subarray(start, start + 0x2000)));
  }
  return parts.join('');
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8Fatal.decode(bytes);
  } catch {
    return null;
  }
}

/** A control character (C0 or DEL) other than \t \n \f \r. */
const CONTROL_CHAR = /[\x00-\x08\x0b\x0e-\x1f\x7f]/;

function binaryFile(file: string): Result<DecodedSource> {
  const d = createDiagnostic(DiagnosticCodes.readBinaryFile, 'warning', 'read', 'The file holds binary data; it is not read as an action diagram.', undefined, {
    file,
  });
  return { value: { text: '', encoding: 'utf-8' }, diagnostics: [d] };
}

/**
 * NUL in the first 8 KiB, or more than 10% control bytes (C0 and DEL) other than \t \n \f \r there.
 * Fast path for text (nearly every file): one native regex over the first 8,192 characters of the decoded text.
 * Control bytes are ASCII and decode one to one, and those characters cover at least the first 8 KiB of bytes,
 * so no control character there means no control byte in the window. Otherwise the bytes are counted exactly.
 */
function looksBinary(bytes: Uint8Array, text: string): boolean {
  if (!CONTROL_CHAR.test(text.length > BINARY_SNIFF_BYTES ? text.slice(0, BINARY_SNIFF_BYTES) : text)) return false;
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b >= 0x20 && b !== 0x7f) continue;
    if (b === 0) return true;
    if (b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) control++;
  }
  return control > n * BINARY_CONTROL_RATIO;
}

function emptyFile(file: string): Diagnostic {
  return createDiagnostic(DiagnosticCodes.readEmptyFile, 'warning', 'read', 'The file is empty; it holds no action block.', undefined, {
    file,
  });
}
