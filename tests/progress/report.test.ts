// Golden output of the progress reporters (Markdown for a PR comment, the SVG badge, JSON fields) for one
// realistic report: fixtures/progress/report/{input.json → expected.md, expected-badge.svg}.
// Set UPDATE_GOLDEN=1 to rewrite the expected files after a deliberate change (then review the diff).
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildProgressReport } from '../../src/analysis/progress/progress-report.js';
import { parseLedger } from '../../src/analysis/progress/ledger.js';
import { parseBaseline } from '../../src/analysis/progress/baseline.js';
import type { HistoryRecord, ScanResult } from '../../src/analysis/progress/types.js';
import type { Inventory } from '../../src/model/inventory-types.js';
import { renderProgressMarkdown } from '../../src/report/progress-md.js';
import { renderProgressBadge } from '../../src/report/progress-badge.js';
import { renderProgressJson } from '../../src/report/progress-json.js';
import { renderProgressSarif } from '../../src/report/progress-sarif.js';

const DIR = resolve(import.meta.dirname, '../../fixtures/progress/report');

interface Input {
  inventory: Inventory;
  scan: ScanResult;
  waves: string[][];
  ledger: unknown;
  baseline: unknown;
  history: HistoryRecord[];
  date: string;
  commit: string;
  maxDebtPct: number;
}

function golden(name: string, actual: string): void {
  const path = join(DIR, name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8').replace(/\r\n/g, '\n'));
}

function build() {
  const input = JSON.parse(readFileSync(join(DIR, 'input.json'), 'utf8')) as Input;
  const ledger = parseLedger(JSON.stringify(input.ledger), 'coolgen-ledger.json');
  const baseline = parseBaseline(JSON.stringify(input.baseline), 'baseline.json');
  expect([...ledger.diagnostics, ...baseline.diagnostics]).toEqual([]);
  return buildProgressReport({ ...input, ledger: ledger.value, baseline: baseline.value });
}

describe('progress reporters (golden)', () => {
  it('renders the PR-comment Markdown', () => {
    golden('expected.md', renderProgressMarkdown(build().value));
  });

  it('renders the SVG badge coloured by rating', () => {
    const { value } = build();
    golden('expected-badge.svg', renderProgressBadge(value.remainingDebtPct, value.rating));
    expect(renderProgressBadge(3, 'A')).toContain('fill="#44cc11"');
    expect(renderProgressBadge(75.5, 'E')).toContain('fill="#e05d44"');
    expect(renderProgressBadge(75.5, 'E', 'a<b&"c"')).toContain('a&lt;b&amp;&quot;c&quot;');
  });

  it('writes the documented JSON fields', () => {
    const { value, diagnostics } = build();
    const json = JSON.parse(renderProgressJson(value, diagnostics));
    for (const key of ['total', 'byState', 'migratedPct', 'remainingDebtPct', 'byDomain', 'blockers', 'nextCandidates', 'regressions', 'improvements', 'rating', 'weightedDebt', 'keptForBackYears', 'projection', 'diagnostics']) {
      expect(json).toHaveProperty(key);
    }
    expect(json.regressions).toEqual([{ name: 'IH_D', domain: 'income-tax', old: 'verified', new: 'implemented' }]);
  });

  it('renders SARIF with one result per regression, blocker and threshold breach', () => {
    const { diagnostics } = build();
    const sarif = JSON.parse(renderProgressSarif(diagnostics, '1.2.3'));
    expect(sarif.runs[0].tool.driver).toMatchObject({ name: 'coolgen-progress', version: '1.2.3' });
    expect(sarif.runs[0].results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level])).toEqual([
      ['progress/regression', 'error'],
      ['progress/threshold-exceeded', 'error'],
      ['progress/blocker', 'note'],
    ]);
  });
});
