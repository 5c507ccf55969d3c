// Markdown report: a summary per chain with blocks, statements, complexity, top blocks, unresolved targets,
// parse coverage and diagnostic counts.
import { describe, expect, it } from 'vitest';
import { renderInventoryMarkdown } from '../../src/report/inventory-md.js';
import { smallInventory } from '../helpers/model-inventory.js';

describe('renderInventoryMarkdown', () => {
  const md = renderInventoryMarkdown(smallInventory());

  it('has overall figures and a chain table', () => {
    expect(md).toContain('2 files, 3 action blocks (1 external, 0 procedure steps), 8 statements');
    expect(md).toContain('Unresolved targets: 1. Diagnostics: 0 errors (in 0 files), 1 warnings.');
    expect(md).toContain('| `income-tax` | 1 | 4 | 2 | 100.0% |');
    expect(md).toContain('| `payroll` | 1 | 3 | 2 | 100.0% |');
  });

  it('has one section per chain with its top blocks and unresolved targets', () => {
    const section = md.slice(md.indexOf('## Chain `income-tax`'), md.indexOf('## Chain `payroll`'));
    expect(section).toContain('- Blocks: 1 (0 external, 0 procedure steps)');
    expect(section).toContain('- Unresolved targets called from this chain: `IH_MISSING`');
    expect(section).toContain('| `IH_CALC` | action-block | 4 | 2 | 1 | est/ih calc.cbl:1 |');
  });

  it('lists unresolved targets and diagnostic counts', () => {
    expect(md).toContain('| `IH_MISSING` | IH_CALC |');
    expect(md).toContain('| warning | `link/unresolved-use` | 1 |');
    expect(md.endsWith('\n')).toBe(true);
  });
});
