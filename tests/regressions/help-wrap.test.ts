// Regression: `coolgen --help` cut words in two ("remaini" / "ng debt", "g" / "raphml") because the ESM build of
// yargs wraps help text by characters. Every word of the description and of the command list stays whole.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/main.js';

const DESCRIPTION = 'Make a Cool:Gen estate visible, plan its migration and gate its remaining technical debt.';
const GRAPH = 'The dependency graph (calls and CRUD) as json, dot, mermaid or graphml, clustered by chain';
const original = Object.getOwnPropertyDescriptor(process.stdout, 'columns');

afterEach(() => {
  vi.restoreAllMocks();
  if (original) Object.defineProperty(process.stdout, 'columns', original);
  else delete (process.stdout as { columns?: number }).columns;
});

describe('coolgen --help', () => {
  it.each([60, 80, 90, 95, 100, 110, 140])('keeps every word of the description whole at %i columns', async (columns) => {
    Object.defineProperty(process.stdout, 'columns', { value: columns, configurable: true });
    let out = '';
    // yargs prints help through console.log
    vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => {
      out += `${parts.join(' ')}\n`;
    });
    expect(await runCli(['--help'])).toBe(0);
    const words = out.split(/\s+/);
    for (const word of [...DESCRIPTION.split(' '), ...GRAPH.split(' ')]) expect(words).toContain(word);
  });
});
