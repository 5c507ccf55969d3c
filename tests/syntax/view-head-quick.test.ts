// The token-level reading of view declarations (src/syntax/view-head-quick.ts) must give exactly what the
// `viewDeclaration` rule and its visitor give, and must leave every other shape to the parser.
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/sample/prng.js';
import { astBuilder } from '../../src/syntax/build-ast.js';
import { buildSymbolTable } from '../../src/syntax/symbols.js';
import { parseUnit, tokenize } from '../../src/syntax/run-parser.js';
import { quickViewHead } from '../../src/syntax/view-head-quick.js';

const symbols = buildSymbolTable({ imports: [], exports: [], locals: [], entityActions: [] });

function viaParser(text: string): unknown {
  const r = parseUnit(text, 'viewDeclaration');
  if (!r.cst || r.parseErrors.length > 0) return null;
  const unit = { file: 'x', text, segments: [{ at: 0, offset: 0, line: 1, column: 1, length: text.length }] };
  return astBuilder.visit(r.cst, { unit, symbols, number: null, line: 0, createView: null, diags: [] });
}

describe('quickViewHead', () => {
  const same = [
    'Entity View import customer',
    'entity view customer',
    'Work View export ief_supplied',
    'WORK  VIEW  local_area loc extra',
    'Group View grp',
    'Entity View import customer (Transient, Mandatory)',
    'Entity View import customer_with_a_very_long_name (transient, import only, 12 x)',
    'Work View w w2 (optional)',
  ];
  for (const text of same) {
    it(`reads "${text}" as the parser does`, () => {
      const quick = quickViewHead(tokenize(text).tokens);
      expect(quick).not.toBeNull();
      expect(quick).toEqual(viaParser(text));
    });
  }

  const left = ['Group View (10, explicit) grp', 'Group View grp (transient)', 'Entity View', 'Entity View a (', 'Entity View a ()', 'Entity View a (b,,c)', 'Entity View a (b) c', 'Entity View a ("x")'];
  for (const text of left) {
    it(`leaves "${text}" to the parser`, () => {
      expect(quickViewHead(tokenize(text).tokens)).toBeNull();
    });
  }
});

/** Every `… View …` declaration start in the fixtures and seeds, cut where the declaration starts (wrapped ones
 *  are cut at the line end, so many are incomplete: those must go to the parser, or agree with it). */
function corpusDeclarations(): string[] {
  const out = new Set<string>();
  for (const file of fg.sync(['fixtures/**/*.{cbl,cob,txt,ad}', 'seeds/**/*.{cbl,cob,txt,ad}'])) {
    for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
      const m = /\b(?:entity|work|group)\s+view\b.*$/i.exec(line);
      if (m) out.add(m[0].trimEnd());
    }
  }
  return [...out];
}

/** Seeded declaration-like texts: every kind, names that look like keywords, qualifier lists good and bad. */
function generatedDeclarations(count: number): string[] {
  const rng = createRng(4711);
  const kinds = ['Entity View', 'Work View', 'Group View', 'ENTITY VIEW', 'work  view', 'Group\tView'];
  const names = ['import', 'customer', 'count', 'set', 'CASE', 'SET', 'is', 'to', '1099_x', 'x1', '_', 'IS', 'READ', 'current'];
  const quals = ['Transient', 'Mandatory', 'Import only', 'export', '12', '12 x', 'optional', 'NOT NULL', 'USING', '"q"', '', '(', ')'];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = rng.pick(kinds);
    for (let k = rng.int(0, 3); k > 0; k--) text += ` ${rng.pick(names)}`;
    if (rng.chance(0.7)) {
      const list: string[] = [];
      for (let k = rng.int(0, 3); k > 0; k--) list.push(rng.pick(quals));
      text += ` (${list.join(rng.pick([', ', ',', ' , ']))}${rng.chance(0.9) ? ')' : ''}`;
      if (rng.chance(0.1)) text += ` ${rng.pick(names)}`;
    }
    out.push(text);
  }
  return out;
}

describe('quickViewHead agrees with the parser', () => {
  it('on every declaration start in the fixtures and seeds, and on 3,000 generated texts', () => {
    const texts = [...corpusDeclarations(), ...generatedDeclarations(3000)];
    let quick = 0;
    const disagreements: string[] = [];
    for (const text of texts) {
      const lexed = tokenize(text);
      const q = lexed.errors.length === 0 ? quickViewHead(lexed.tokens) : null;
      if (q === null) continue;
      quick++;
      if (JSON.stringify(q) !== JSON.stringify(viaParser(text))) disagreements.push(text);
    }
    expect(disagreements).toEqual([]);
    // The comparison must really run: hundreds of the texts take the quick path (600 when written).
    expect(quick).toBeGreaterThan(400);
  });
});
