// Every generated file parses with the real parser without a single diagnostic, at several sizes and seeds, and
// the parsed blocks, calls and views are the planned ones (USE view matching names real views of the callee).
import { describe, expect, it } from 'vitest';
import { generateSampleEstate, planSampleEstate, buildSampleBlock } from '../../src/sample/index.js';
import type { EntityView, View, WorkView } from '../../src/ast/nodes.js';
import { allStatements, callGraph, parseEstate } from './helpers.js';

describe('sample estates parse clean', () => {
  for (const [blocks, seed] of [[10, 1], [25, 99], [61, 5], [300, 2024], [700, 31337]] as const) {
    it(`${blocks} blocks, seed ${seed}: no diagnostics, every planned block parsed with its planned calls`, () => {
      const estate = generateSampleEstate({ blocks, seed });
      const parsed = parseEstate(estate.files);
      expect(parsed.diagnostics.map((d) => `${d.span?.file ?? ''}:${d.span?.startLine ?? ''} ${d.code} ${d.message}`)).toEqual([]);
      expect(parsed.blocks).toHaveLength(blocks);
      const plan = planSampleEstate({ blocks, seed });
      const graph = callGraph(parsed);
      for (const b of plan.blocks) {
        const expected = [...b.calls.map((c) => plan.blocks[c]?.name ?? ''), ...b.unresolved.map((u) => u.toUpperCase())].sort();
        expect({ name: b.name, calls: graph.get(b.name) }).toEqual({ name: b.name, calls: [...new Set(expected)] });
      }
      expect(parsed.blocks.filter((p) => p.block.statements.length === 1 && p.block.statements[0]?.kind === 'External')).toHaveLength(estate.manifest.kinds.external);
    });
  }

  it('parses each block back to the AST the generator built (statement kinds, views and attributes)', () => {
    const plan = planSampleEstate({ blocks: 150, seed: 8 });
    const parsed = parseEstate(generateSampleEstate({ blocks: 150, seed: 8 }).files);
    const byName = new Map(parsed.blocks.map((p) => [p.block.name, p.block]));
    for (const b of plan.blocks) {
      const built = buildSampleBlock(plan, b.index);
      const back = byName.get(b.name);
      expect(back, b.name).toBeDefined();
      if (!back) continue;
      expect(allStatements(back.statements).map((s) => s.kind)).toEqual(allStatements(built.statements).map((s) => s.kind));
      const shape = (views: readonly View[]) => views.map((v) => [v.kind, v.name, v.type, v.attributes, v.kind === 'group' ? v.members.map((m) => [m.name, m.type, m.attributes]) : []]);
      for (const section of ['imports', 'exports', 'locals', 'entityActions'] as const) {
        expect(shape(back.views[section]), `${b.name} ${section}`).toEqual(shape(built.views[section]));
      }
    }
  });

  it('matches USE views against views the callee really declares', () => {
    const plan = planSampleEstate({ blocks: 300, seed: 2024 });
    const parsed = parseEstate(generateSampleEstate({ blocks: 300, seed: 2024 }).files);
    const blocks = new Map(parsed.blocks.map((p) => [p.block.name, p.block]));
    let checked = 0;
    for (const { block } of parsed.blocks) {
      for (const s of allStatements(block.statements)) {
        if (s.kind !== 'Use' || !s.target) continue;
        const callee = blocks.get(s.target.toUpperCase());
        if (!callee) continue;
        const declared = (section: 'imports' | 'exports') =>
          callee.views[section].filter((v): v is EntityView | WorkView => v.kind !== 'group').map((v) => `${v.kind} ${v.name} ${v.type}`);
        for (const m of s.imports) expect(declared('imports')).toContain(`${m.callee?.viewKind} ${m.callee?.words.join(' ')}`);
        for (const m of s.exports) expect(declared('exports')).toContain(`${m.callee?.viewKind} ${m.callee?.words.join(' ')}`);
        checked += s.imports.length + s.exports.length;
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(plan.blocks.length).toBe(300);
  });
});
