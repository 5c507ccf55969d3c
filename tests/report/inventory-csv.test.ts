// CSV report: one row per block, the documented columns, RFC 4180 quoting.
import { describe, expect, it } from 'vitest';
import { csvCell, renderInventoryCsv } from '../../src/report/inventory-csv.js';
import { smallInventory } from '../helpers/model-inventory.js';

describe('renderInventoryCsv', () => {
  it('writes a header and one properly quoted row per block', () => {
    expect(renderInventoryCsv(smallInventory()).split('\n')).toEqual([
      'name,kind,domain,businessSystem,file,line,sourceName,generator,statements,maxDepth,complexity,notes,calls,entities,exitStates,parameters',
      'CAB_ROUND,external,unclassified,,"est/shared,1.txt",1,,,1,0,1,0,,,,0',
      'IH_CALC,action-block,income-tax,,est/ih calc.cbl,1,IHCALC01,CA GEN 8.5,4,1,2,0,CAB_ROUND;IH_MISSING,taxpayer:R,ih_nf,1',
      'LH_PAY,action-block,payroll,,"est/shared,1.txt",1,,,3,1,2,0,,income_item:C,"lh_""big"",one",1',
      '',
    ]);
  });

  it('quotes only what needs quoting', () => {
    expect([csvCell('plain'), csvCell('a,b'), csvCell('say "hi"'), csvCell('two\nlines'), csvCell(' pad'), csvCell(null), csvCell(3)]).toEqual([
      'plain', '"a,b"', '"say ""hi"""', '"two\nlines"', '" pad"', '', '3',
    ]);
  });
});
