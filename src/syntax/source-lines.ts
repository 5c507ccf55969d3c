// Physical lines of one decoded input file, with their offsets: the coordinate system every span refers to.
// Handles LF and CRLF, a stray leading BOM, and a last line without a newline (reference §17).

/** The lines of one file. `starts[i]`/`ends[i]` are the offsets of line i (0-based), `ends` before `\r\n`. */
export interface SourceLines {
  file: string;
  text: string;
  starts: number[];
  ends: number[];
  /** True when the file does not end with a line break (the last line may be cut off). */
  endsWithoutNewline: boolean;
}

/** Split a decoded text into physical lines without copying it. */
export function splitLines(text: string, file: string): SourceLines {
  const starts: number[] = [];
  const ends: number[] = [];
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  while (start <= n) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = n;
    let end = nl;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    if (nl === n && start === n) break;
    starts.push(start);
    ends.push(end);
    start = nl + 1;
  }
  const last = n > 0 ? text.charCodeAt(n - 1) : 10;
  return { file, text, starts, ends, endsWithoutNewline: n > 0 && last !== 10 && last !== 13 };
}

/** The text of line i (0-based) without its line break. */
export function lineText(src: SourceLines, i: number): string {
  return src.text.slice(src.starts[i] ?? 0, src.ends[i] ?? 0);
}

/** A copy of `s` that does not keep a large parent string alive (V8 sliced strings). */
export function copyString(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
