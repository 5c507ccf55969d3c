// Linking and inventory building on hand-built parsed files (no parser): cross-file links, unresolved targets,
// duplicates with both places, chain totals, coverage, ordering and the no-action-diagram safety net.
import { describe, expect, it } from 'vitest';
import type { ActionBlock, ParsedFile, Statement } from '../../src/ast/nodes.js';
import { summariseFile } from '../../src/model/summarise.js';
import { buildInventory } from '../../src/model/inventory.js';
import { linkBlocks } from '../../src/model/link.js';
import { defaultConfig } from '../../src/model/config-defaults.js';
import { at, block, span } from '../helpers/model-ast.js';

const use = (n: number, line: number, target: string): Statement => ({ kind: 'Use', ...at(n, line), target, imports: [], exports: [] });
const exit = (n: number, line: number, name: string): Statement => ({ kind: 'ExitState', ...at(n, line), name });

function file(path: string, blocks: ActionBlock[], extra: Partial<ParsedFile> = {}): ParsedFile {
  const fix = (b: ActionBlock): ActionBlock => JSON.parse(JSON.stringify(b).replaceAll('"file":"test.cbl"', `"file":${JSON.stringify(path)}`));
  return { path, rendering: 'cobol-listing', encoding: 'utf-8', blocks: blocks.map(fix), diagnostics: [], ...extra };
}

describe('linkBlocks', () => {
  it('links case-insensitively, reports each unresolved USE as a warning and lists its callers', () => {
    const result = linkBlocks([
      { name: 'IH_A', file: 'a.cbl', line: 1, span: span(1), callSites: [{ name: 'CAB_X', span: span(5) }, { name: 'IH_MISSING', span: span(6) }] },
      { name: 'CAB_X', file: 'b.cbl', line: 1, span: span(1), callSites: [{ name: 'IH_MISSING', span: span(7) }] },
    ]);
    expect(result.unresolvedTargets).toEqual([{ name: 'IH_MISSING', resolved: false, callers: ['CAB_X', 'IH_A'] }]);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.span?.startLine])).toEqual([
      ['link/unresolved-use', 'warning', 6],
      ['link/unresolved-use', 'warning', 7],
    ]);
  });

  it('reports a name defined twice as one error that lists both places', () => {
    const result = linkBlocks([
      { name: 'CAB_X', file: 'b.cbl', line: 40, span: { ...span(40), file: 'b.cbl' }, callSites: [] },
      { name: 'CAB_X', file: 'a.cbl', line: 3, span: { ...span(3), file: 'a.cbl' }, callSites: [] },
    ]);
    expect(result.diagnostics).toHaveLength(1);
    const d = result.diagnostics[0];
    expect(d).toMatchObject({ code: 'link/duplicate-block', severity: 'error', file: 'b.cbl', span: { startLine: 40 } });
    expect(d?.message).toContain('a.cbl:3');
    expect(d?.message).toContain('b.cbl:40');
    expect(d?.related?.map((r) => [r.span.file, r.span.startLine])).toEqual([['a.cbl', 3]]);
  });
});

describe('buildInventory', () => {
  const config = defaultConfig();
  const a = file('est/a.cbl', [block('IH_MAIN', [use(1, 10, 'cab_shared'), use(2, 11, 'lh_gone'), exit(3, 12, 'ok')])], {
    module: { generator: 'CA GEN 8.5', copyright: null, name: 'IH_MAIN', date: null, time: null, targetOs: null, targetDbms: null, user: null, sourceName: 'IHMAIN01', options: [] },
  });
  const b = file('est/b.txt', [block('cab_shared', [exit(null as unknown as number, 10, 'ok')]), block('VPB_X', [{ kind: 'External', ...at(1, 20) }])], { rendering: 'toolset' });
  const empty = file('est/empty.cbl', [], { diagnostics: [{ code: 'read/empty-file', severity: 'warning', phase: 'read', message: 'empty', file: 'est/empty.cbl' }] });
  const cobol = file('est/plain.cob', []);

  const parts = () => ({ files: [b, a, empty, cobol].map((f) => summariseFile(f, { bytes: 100 })) });

  it('sorts blocks by name, assigns chains and links across files', () => {
    const inv = buildInventory(parts(), config);
    expect(inv.schemaVersion).toBe(1);
    expect(inv.actionBlocks.map((x) => [x.name, x.kind, x.domain, x.file, x.sourceName, x.generator, x.rendering])).toEqual([
      ['CAB_SHARED', 'action-block', 'unclassified', 'est/b.txt', null, null, 'toolset'],
      ['IH_MAIN', 'action-block', 'income-tax', 'est/a.cbl', 'IHMAIN01', 'CA GEN 8.5', 'cobol-listing'],
      ['VPB_X', 'external', 'corporate-tax', 'est/b.txt', null, null, 'toolset'],
    ]);
    expect(inv.actionBlocks[1]?.calls).toEqual(['CAB_SHARED', 'LH_GONE']);
    expect(inv.unresolvedTargets).toEqual([{ name: 'LH_GONE', resolved: false, callers: ['IH_MAIN'] }]);
    expect(inv.exitStates).toEqual([{ name: 'ok', setBy: ['CAB_SHARED', 'IH_MAIN'] }]);
  });

  it('counts totals per chain, coverage per file and mentions every file without blocks', () => {
    const inv = buildInventory(parts(), config);
    expect(inv.totals).toEqual({
      files: 4, filesWithErrors: 0, actionBlocks: 3, externals: 1, procedureSteps: 0, statements: 5, unresolvedTargets: 1,
      entities: 0, exitStates: 1, errors: 0, warnings: 3,
      byDomain: { 'corporate-tax': { blocks: 1, statements: 1 }, 'income-tax': { blocks: 1, statements: 3 }, unclassified: { blocks: 1, statements: 1 } },
    });
    expect(inv.parseCoverage.files.map((f) => [f.file, f.statements, f.cleanPct])).toEqual([
      ['est/a.cbl', 3, 100], ['est/b.txt', 2, 100], ['est/empty.cbl', 0, 100], ['est/plain.cob', 0, 100],
    ]);
    expect(inv.diagnostics.map((d) => [d.file, d.code])).toEqual([
      ['est/a.cbl', 'link/unresolved-use'],
      ['est/empty.cbl', 'read/empty-file'],
      ['est/plain.cob', 'read/no-action-diagram'],
    ]);
  });

  it('is independent of the order of the file summaries', () => {
    const one = buildInventory(parts(), config);
    const two = buildInventory({ files: [...parts().files].reverse() }, config);
    expect(two).toEqual(one);
  });

  it('marks config-listed procedure steps and keeps both duplicates with an error', () => {
    const dup = file('est/c.cbl', [block('IH_MAIN', [])]);
    const inv = buildInventory({ files: [a, dup].map((f) => summariseFile(f, { bytes: 1 })) }, { ...config, procedureSteps: ['ih_main'] });
    expect(inv.actionBlocks.map((x) => [x.name, x.file, x.kind])).toEqual([
      ['IH_MAIN', 'est/a.cbl', 'procedure-step'],
      ['IH_MAIN', 'est/c.cbl', 'procedure-step'],
    ]);
    expect(inv.totals.filesWithErrors).toBe(1);
    expect(inv.diagnostics.filter((d) => d.code === 'link/duplicate-block')).toHaveLength(1);
  });
});
