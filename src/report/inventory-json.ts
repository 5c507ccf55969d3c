// The inventory as JSON (`coolgen inventory --format json`): the Inventory object itself, 2-space indented.
// Pure: data in, string out; the shape is described by src/model/inventory.schema.json.
import type { Inventory } from '../model/inventory-types.js';

/** Render the inventory as JSON text ending in a newline. */
export function renderInventoryJson(inventory: Inventory): string {
  return `${JSON.stringify(inventory, null, 2)}\n`;
}
