// A small hand-built inventory (two chains, an external, an unresolved target, awkward CSV characters) for the
// report tests, built through the real summarise → buildInventory path without the parser.
import type { ActionBlock, ParsedFile, Statement } from '../../src/ast/nodes.js';
import type { Inventory } from '../../src/model/inventory-types.js';
import { summariseFile } from '../../src/model/summarise.js';
import { buildInventory } from '../../src/model/inventory.js';
import { defaultConfig } from '../../src/model/config-defaults.js';
import { at, block, cmp, entityView, eref, num, str, when } from './model-ast.js';

function parsed(path: string, blocks: ActionBlock[], extra: Partial<ParsedFile> = {}): ParsedFile {
  const fix = (b: ActionBlock): ActionBlock => JSON.parse(JSON.stringify(b).replaceAll('"file":"test.cbl"', `"file":${JSON.stringify(path)}`));
  return { path, rendering: 'cobol-listing', encoding: 'utf-8', blocks: blocks.map(fix), diagnostics: [], ...extra };
}

/** Build the small inventory. */
export function smallInventory(): Inventory {
  const read: Statement = {
    kind: 'Read', ...at(1, 10, 14), views: [eref('taxpayer')], where: cmp(eref('taxpayer', 'bsn', 'DESIRED'), 'IS EQUAL TO', str('1')),
    whens: [when('successful', [{ kind: 'Use', ...at(2, 12), target: 'cab_round', imports: [], exports: [] }], 11), when('not found', [{ kind: 'ExitState', ...at(3, 14), name: 'ih_nf' }], 13)],
  };
  const ih = block('IH_CALC', [read, { kind: 'Use', ...at(4, 16), target: 'ih_missing', imports: [], exports: [] }], { entityActions: [entityView('taxpayer', ['bsn'])] });
  const create: Statement = { kind: 'Create', ...at(1, 10, 12), view: eref('income_item'), actions: [], whens: [when('successful', [], 11)] };
  const lh = block('LH_PAY', [create, { kind: 'If', ...at(2, 13, 15), condition: cmp(eref('x', 'y'), 'IS GREATER THAN', num(100)), then: [{ kind: 'ExitState', ...at(3, 14), name: 'lh_"big",one' }], elseIfs: [], else: null, elseLine: null }], { entityActions: [entityView('income_item', [])] });
  const files = [
    parsed('est/ih calc.cbl', [ih], { module: { generator: 'CA GEN 8.5', copyright: null, name: null, date: null, time: null, targetOs: null, targetDbms: null, user: null, sourceName: 'IHCALC01', options: [] } }),
    parsed('est/shared,1.txt', [block('CAB_ROUND', [{ kind: 'External', ...at(1, 10) }]), lh], { rendering: 'toolset' }),
  ];
  return buildInventory({ files: files.map((f) => summariseFile(f, { bytes: 10 })) }, defaultConfig());
}
