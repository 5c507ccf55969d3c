// The inventory as JSON (`coolgen inventory --format json`): the Inventory object itself, 2-space indented.
// Pure: data in, string out; the shape is described by src/model/inventory.schema.json. The chunked form yields
// the same text piece by piece (one array element at a time) so that a writer can stream a large estate's
// inventory instead of holding the whole text in memory.
import type { Inventory } from '../model/inventory-types.js';

function indent(json: string, by: string): string {
  // JSON.stringify escapes line breaks inside strings, so every raw newline is a layout newline.
  return json.replace(/\n/g, `\n${by}`);
}

/**
 * Yield the JSON text of the inventory in pieces; the concatenation equals
 * `JSON.stringify(inventory, null, 2) + '\n'`.
 */
export function* renderInventoryJsonChunks(inventory: Inventory): Generator<string> {
  const entries = Object.entries(inventory).filter(([, value]) => value !== undefined);
  yield '{\n';
  for (let i = 0; i < entries.length; i++) {
    const [key, value] = entries[i] as [string, unknown];
    const sep = i < entries.length - 1 ? ',\n' : '\n';
    if (Array.isArray(value) && value.length > 0) {
      yield `  ${JSON.stringify(key)}: [\n`;
      for (let k = 0; k < value.length; k++) {
        yield `    ${indent(JSON.stringify(value[k] ?? null, null, 2), '    ')}${k < value.length - 1 ? ',\n' : '\n'}`;
      }
      yield `  ]${sep}`;
    } else {
      yield `  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2), '  ')}${sep}`;
    }
  }
  yield '}\n';
}

/** Render the inventory as JSON text ending in a newline. */
export function renderInventoryJson(inventory: Inventory): string {
  return `${JSON.stringify(inventory, null, 2)}\n`;
}
