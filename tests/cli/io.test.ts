// src/cli/io.ts emitOutputChunks: streamed output (the inventory JSON) is byte-identical to emitOutput of the joined
// text, goes to --out atomically (no temporary file left, an old file replaced whole) and waits for stdout to drain.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emitOutput, emitOutputChunks } from '../../src/cli/io.js';
import { loadWorkspace, renderInventoryJson, renderInventoryJsonChunks, resolveConfigFile } from '../../src/core.js';

const tmp = mkdtempSync(join(tmpdir(), 'coolgen-io-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** Capture stdout writes; `accept(i)` decides what write number i returns (false = the buffer is full). */
function captureStdout(accept: (i: number) => boolean = () => true): string[] {
  const writes: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    writes.push(String(chunk));
    return accept(writes.length - 1);
  });
  return writes;
}

describe('emitOutputChunks to --out', () => {
  it('writes the inventory JSON of a real workspace byte for byte like renderInventoryJson', async () => {
    const config = resolveConfigFile({ configPath: 'fixtures/workspaces/linked/coolgen.config.json', cwd: process.cwd() }).value;
    const { inventory } = await loadWorkspace({ paths: ['fixtures/workspaces/linked'], config, workers: false, retainViews: false });
    const out = join(tmp, 'nested', 'inventory.json');
    await emitOutputChunks(renderInventoryJsonChunks(inventory), out);
    expect(readFileSync(out, 'utf8')).toBe(renderInventoryJson(inventory));
    expect(inventory.actionBlocks.length).toBe(5);
  });

  it('adds a missing final newline like emitOutput, keeps non-ASCII text and large pieces intact', async () => {
    const chunks = ['{"a": "Grünwald – €",', 'x'.repeat(200_000), '"z": 1}'];
    await emitOutputChunks(chunks, join(tmp, 'streamed.txt'));
    emitOutput(chunks.join(''), join(tmp, 'joined.txt'));
    const streamed = readFileSync(join(tmp, 'streamed.txt'));
    expect(streamed.equals(readFileSync(join(tmp, 'joined.txt')))).toBe(true);
    expect(streamed.toString('utf8').endsWith('"z": 1}\n')).toBe(true);
    await emitOutputChunks([], join(tmp, 'empty.txt'));
    expect(readFileSync(join(tmp, 'empty.txt'), 'utf8')).toBe('\n');
  });

  it('gives the same bytes for many small pieces of mixed text across the write buffer’s edges', async () => {
    const chunks = Array.from({ length: 40_000 }, (_, i) => (i % 3 === 0 ? `Grünwald – € ${i} 😀 ` : i % 3 === 1 ? 'x'.repeat(i % 97) : `\n${i}`));
    chunks.splice(20_000, 0, 'y'.repeat(300_000), '€'.repeat(90_000)); // pieces larger than the buffer, in between
    await emitOutputChunks(chunks, join(tmp, 'mixed-streamed.txt'));
    emitOutput(chunks.join(''), join(tmp, 'mixed-joined.txt'));
    expect(readFileSync(join(tmp, 'mixed-streamed.txt')).equals(readFileSync(join(tmp, 'mixed-joined.txt')))).toBe(true);
  });

  it('writes an inventory with arrays of every length across the renderer’s pieces like renderInventoryJson', async () => {
    const config = resolveConfigFile({ configPath: 'fixtures/workspaces/linked/coolgen.config.json', cwd: process.cwd() }).value;
    const { inventory } = await loadWorkspace({ paths: ['fixtures/workspaces/linked'], config, workers: false, retainViews: false });
    const [first] = inventory.actionBlocks;
    if (first === undefined) throw new Error('no block');
    for (const length of [0, 1, 15, 16, 17, 32, 33, 100]) {
      const big = {
        ...inventory,
        actionBlocks: Array.from({ length }, (_, i) => ({ ...first, name: `B_${i}`, notes: i, exitStates: [`état_${i}`] })),
        exitStates: Array.from({ length }, (_, i) => ({ name: `s${i}`, setBy: [`B_${i}`] })),
      };
      const out = join(tmp, `pieces-${length}.json`);
      await emitOutputChunks(renderInventoryJsonChunks(big), out);
      expect(readFileSync(out, 'utf8')).toBe(renderInventoryJson(big));
    }
  });

  it('replaces an existing file whole and leaves no temporary file behind', async () => {
    const dir = join(tmp, 'atomic');
    const out = join(dir, 'inventory.json');
    await emitOutputChunks(['old\n'], out);
    await emitOutputChunks(['new ', 'content\n'], out);
    expect(readFileSync(out, 'utf8')).toBe('new content\n');
    expect(readdirSync(dir)).toEqual(['inventory.json']);
  });

  it('keeps the old file and removes the temporary one when producing the pieces fails', async () => {
    const dir = join(tmp, 'failing');
    const out = join(dir, 'inventory.json');
    await emitOutputChunks(['old\n'], out);
    function* failing(): Generator<string> {
      yield 'x'.repeat(100_000); // a first piece is already on disk when the producer fails
      throw new Error('renderer failed');
    }
    await expect(emitOutputChunks(failing(), out)).rejects.toThrow('renderer failed');
    expect(readFileSync(out, 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['inventory.json']);
  });

  it('treats --out - and an empty --out as stdout', async () => {
    const writes = captureStdout();
    await emitOutputChunks(['a', 'b'], '-');
    await emitOutputChunks(['c\n'], '');
    expect(writes.join('')).toBe('ab\nc\n');
  });
});

describe('emitOutputChunks to stdout', () => {
  it('writes the same bytes as emitOutput, in pieces, without joining the whole text', async () => {
    const chunks = Array.from({ length: 5 }, (_, i) => `${String(i).repeat(40_000)}\n`);
    const streamed = captureStdout();
    await emitOutputChunks(chunks, undefined);
    vi.restoreAllMocks();
    const joined = captureStdout();
    emitOutput(chunks.join(''), undefined);
    expect(streamed.join('')).toBe(joined.join(''));
    expect(streamed.length).toBeGreaterThan(1);
    expect(Math.max(...streamed.map((w) => w.length))).toBeLessThan(chunks.join('').length);
  });

  it('waits for drain when stdout reports a full buffer, then continues', async () => {
    const big = (c: string): string => c.repeat(70_000);
    const writes = captureStdout((i) => i !== 0); // the first write fills the buffer
    const done = emitOutputChunks([big('a'), big('b'), 'end'], undefined);
    let finished = false;
    void done.then(() => (finished = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(writes.map((w) => w[0])).toEqual(['a']); // nothing more until 'drain'
    expect(finished).toBe(false);
    process.stdout.emit('drain');
    await done;
    expect(writes.join('')).toBe(`${big('a')}${big('b')}end\n`);
  });
});
