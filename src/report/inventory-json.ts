// The inventory as JSON (`coolgen inventory --format json`): the Inventory object itself, 2-space indented.
// Pure: data in, string out; the shape is described by src/model/inventory.schema.json. The chunked form yields
// the same text piece by piece (a few hundred array elements at a time) so that a writer can stream a large
// estate's inventory instead of holding the whole text in memory.
import type { Inventory } from '../model/inventory-types.js';

/**
 * Array elements rendered per JSON.stringify call: enough to make the calls cheap, few enough to keep each piece
 * well under V8's large-object size (~128 KB), whose garbage only a full GC reclaims.
 */
const ELEMENTS_PER_PIECE = 16;

/** The closing of `{ "key": [ ... ] }` as JSON.stringify(…, null, 2) writes it. */
const ARRAY_TAIL = '\n  ]\n}';

/**
 * Yield the JSON text of the inventory in pieces; the concatenation equals
 * `JSON.stringify(inventory, null, 2) + '\n'`. Each piece is cut out of `JSON.stringify({ [key]: part }, null, 2)`,
 * which indents `part` exactly as the whole document does (no re-indenting of the text).
 */
export function* renderInventoryJsonChunks(inventory: Inventory): Generator<string> {
  const entries = Object.entries(inventory).filter(([, value]) => value !== undefined);
  yield '{\n';
  for (let i = 0; i < entries.length; i++) {
    const [key, value] = entries[i] as [string, unknown];
    const sep = i < entries.length - 1 ? ',\n' : '\n';
    if (Array.isArray(value) && value.length > 0) {
      const head = `{\n  ${JSON.stringify(key)}: [\n`;
      yield head.slice(2);
      for (let k = 0; k < value.length; k += ELEMENTS_PER_PIECE) {
        const text = JSON.stringify({ [key]: value.slice(k, k + ELEMENTS_PER_PIECE) }, null, 2);
        yield text.slice(head.length, text.length - ARRAY_TAIL.length);
        yield k + ELEMENTS_PER_PIECE < value.length ? ',\n' : '\n';
      }
      yield `  ]${sep}`;
    } else {
      // `{\n  "key": value\n}` without its first two and last two characters is the document's `  "key": value`.
      const text = JSON.stringify({ [key]: value }, null, 2);
      yield text.slice(2, text.length - 2);
      yield sep;
    }
  }
  yield '}\n';
}

/** Render the inventory as JSON text ending in a newline. */
export function renderInventoryJson(inventory: Inventory): string {
  return `${JSON.stringify(inventory, null, 2)}\n`;
}
