// The one-pass scan behind computeBlockMetrics agrees, block by block, with the rules applied one at a time by the
// standalone helpers (decisionPoints, opensLevel, statementParameters, computeEntityUse, computeCoverage) on every
// fixture and seed listing: the scan repeats their per-kind tables for speed, and this keeps the copies equal.
// Also: operator chains far deeper than the call stack (the parser accepts them) are summarised.
import { describe, expect, it } from 'vitest';
import fg from 'fast-glob';
import { readFileSync } from 'node:fs';
import type { ActionBlock, Statement } from '../../src/ast/nodes.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { ParameterLiteral } from '../../src/model/inventory-types.js';
import { parseSource } from '../../src/syntax/parse-source.js';
import { computeBlockMetrics, decisionPoints } from '../../src/model/metrics.js';
import { computeEntityUse } from '../../src/model/metrics-entities.js';
import { computeCoverage } from '../../src/model/metrics-coverage.js';
import { statementParameters } from '../../src/model/metrics-parameters.js';
import { opensLevel, walkBlockStatements } from '../../src/model/metrics-walk.js';
import { and, at, bin, block, cmp, eref, num, vref } from '../helpers/model-ast.js';

/** The §17 figures, each computed on its own walk. */
function oneRuleAtATime(block: ActionBlock, diagnostics: readonly Diagnostic[]) {
  let maxDepth = 0;
  let complexity = 1;
  let notes = 0;
  let highestNumber: number | null = null;
  const callSites: { name: string; span: Statement['span'] }[] = [];
  const exitStates = new Set<string>();
  const parameters: ParameterLiteral[] = [];
  const statements = walkBlockStatements(block.statements, (s: Statement, depth, ordinal) => {
    if (opensLevel(s)) maxDepth = Math.max(maxDepth, depth + 1);
    if (s.number !== null) highestNumber = Math.max(highestNumber ?? 0, s.number);
    complexity += decisionPoints(s);
    if (s.kind === 'Note') notes += s.lines.length;
    if (s.kind === 'ExitState') exitStates.add(s.name);
    if (s.kind === 'Use' && s.target !== null) callSites.push({ name: s.target.toUpperCase(), span: s.span });
    if (s.kind === 'Set' && s.using !== null) callSites.push({ name: s.using.toUpperCase(), span: s.span });
    parameters.push(...statementParameters(s, s.number ?? ordinal));
  });
  return {
    statements,
    maxDepth,
    complexity,
    notes,
    highestNumber,
    calls: [...new Set(callSites.map((c) => c.name))].sort(),
    exitStates: [...exitStates].sort(),
    parameters,
    ...computeEntityUse(block),
    ...computeCoverage(block, diagnostics),
    callSites,
  };
}

const files = fg.sync(['fixtures/**/*.{cbl,txt}', 'seeds/**/*.{cbl,txt}'], { ignore: ['**/expected*'] }).sort();

describe('the one-pass block scan', () => {
  it('finds listings to check', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('gives the figures of the rules applied one at a time, on every fixture and seed block', () => {
    let blocks = 0;
    for (const file of files) {
      const parsed = parseSource(new Uint8Array(readFileSync(file)), { file }).value;
      for (const block of parsed.blocks) {
        const m = computeBlockMetrics(block, { diagnostics: parsed.diagnostics });
        const { kind: _kind, ...figures } = m;
        expect({ file, block: block.name, ...figures }).toEqual({ file, block: block.name, ...oneRuleAtATime(block, parsed.diagnostics) });
        blocks++;
      }
    }
    expect(blocks).toBeGreaterThan(300);
  });
});

describe('a very long operator chain', () => {
  it('is summarised without overflowing the stack (a 50,000-term sum, a 50,000-term AND)', () => {
    const n = 50_000;
    let sum = bin(vref('local', 'w', 'total'), '+', num(0, 2, 40));
    for (let i = 1; i < n; i++) sum = bin(sum, '+', num(i, 2, 40));
    const test = cmp(eref('x', 'a'), 'IS EQUAL TO', num(1, 3, 40));
    let condition = test;
    for (let i = 1; i < n; i++) condition = and(condition, test);
    const statements: Statement[] = [
      { kind: 'Set', ...at(1, 2), target: vref('local', 'w', 'total'), rounded: false, notRounded: false, value: sum, using: null, imports: [] },
      { kind: 'If', ...at(2, 3, 4), condition, then: [], elseIfs: [], else: null, elseLine: null },
    ];
    const m = computeBlockMetrics(block('CAB_LONG', statements));
    expect(m.parameters).toHaveLength(2 * n);
    expect(m.parameters[0]).toEqual({ value: 0, type: 'number', context: 'arithmetic', statement: 1, line: 2, column: 40 });
    expect(m.parameters[n - 1]?.value).toBe(n - 1);
    expect(m.complexity).toBe(1 + 1 + (n - 1));
  });
});
