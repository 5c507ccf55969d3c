// JSON report: the whole inventory, and the chunked form that gives exactly the same text.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { renderInventoryJson, renderInventoryJsonChunks } from '../../src/report/inventory-json.js';
import type { Inventory } from '../../src/model/inventory-types.js';
import { smallInventory } from '../helpers/model-inventory.js';

describe('renderInventoryJson', () => {
  it('round-trips the inventory', () => {
    const inv = smallInventory();
    expect(JSON.parse(renderInventoryJson(inv))).toEqual(inv);
  });

  it('gives the same text in chunks, one array element per chunk', () => {
    for (const inv of [
      smallInventory(),
      JSON.parse(readFileSync('fixtures/workspaces/broken/expected.json', 'utf8')) as Inventory,
      JSON.parse(readFileSync('fixtures/workspaces/hand-checked/expected.json', 'utf8')) as Inventory,
    ]) {
      const chunks = [...renderInventoryJsonChunks(inv)];
      expect(chunks.join('')).toBe(renderInventoryJson(inv));
      expect(chunks.length).toBeGreaterThan(inv.actionBlocks.length + inv.diagnostics.length);
    }
  });
});
