// Regression: one view name declared for two views (`Entity View import taxpayer` and `Work View import
// ih_work_area`, as in examples/ih_calc_box1_income.cbl) left every `import ih_work_area <attr>` reference
// unresolved, because the symbol table kept only the first view of each name.
import { describe, expect, it } from 'vitest';
import { parseSingleBlock } from '../../src/testing.js';
import type { SetStatement } from '../../src/ast/nodes.js';

const R2 = [
  '+->   IH_SHARED_VIEW_NAME               02/20/2017  16:05',
  '|       IMPORTS:',
  '|         Entity View import taxpayer (Transient, Mandatory, Import only)',
  '|           bsn',
  '|         Work View import ih_work_area (Transient, Mandatory, Import only)',
  '|           tax_year',
  '|       EXPORTS:',
  '|         Work View export ih_work_area (Transient, Export only)',
  '|           tax_year',
  '|           bsn_copy',
  '|',
  '|     PROCEDURE STATEMENTS',
  '|',
  '| SET export ih_work_area tax_year TO import ih_work_area tax_year',
  '| SET export ih_work_area bsn_copy TO import taxpayer bsn',
  '+---',
].join('\n');

describe('a view name shared by two views', () => {
  const block = parseSingleBlock(R2);
  const [first, second] = block.statements as SetStatement[];

  it('resolves the work view by its type', () => {
    expect(first?.value).toMatchObject({ kind: 'Reference', view: 'import', type: 'ih_work_area', attribute: 'tax_year', section: 'imports', resolved: true });
  });

  it('still resolves the entity view of the same name', () => {
    expect(second?.value).toMatchObject({ kind: 'Reference', view: 'import', type: 'taxpayer', attribute: 'bsn', resolved: true });
  });
});
