// The published JSON Schema of the inventory (package export `coolgen-toolkit/schema/inventory.schema.json`),
// loaded as a JSON module so that no code reads it from disk.
import schema from './inventory.schema.json' with { type: 'json' };

/** The JSON Schema (draft-07) that every `coolgen inventory --format json` output validates against. */
export const inventorySchema: Record<string, unknown> = schema;

/** Where the schema file lives (next to this module in src/ and in dist/). */
export const inventorySchemaUrl: URL = new URL('./inventory.schema.json', import.meta.url);
