// Config validation: defaults, every key checked, errors naming the key path; chain assignment and name patterns.
import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfigText } from '../../src/model/config.js';
import { assignChain, isEntryPoint, isProcedureStep } from '../../src/model/chains.js';
import { compileGlob } from '../../src/model/glob.js';

function keysOf(json: unknown): [string, string][] {
  return loadConfig(json, 'coolgen.config.json').diagnostics.map((d) => [d.code, String(d.data?.key)]);
}

describe('loadConfig', () => {
  it('gives the documented defaults when there is no file', () => {
    const { value, diagnostics } = loadConfig(undefined, null);
    expect(diagnostics).toEqual([]);
    expect(value).toEqual({
      source: null,
      chains: [
        { chain: 'income-tax', prefix: 'IH_' },
        { chain: 'corporate-tax', prefix: 'VPB_' },
        { chain: 'payroll', prefix: 'LH_' },
      ],
      defaultChain: 'unclassified',
      include: ['**/*.{cbl,cob,txt,ad}'],
      exclude: [],
      procedureSteps: [],
      entryPoints: [],
      personalData: ['bsn', 'sofi', 'iban', 'email', 'ip_address', 'birth_date'],
      typeMap: null,
      domains: {},
      progress: { targetDate: '2026-12-31', backYearsUntil: '2032-12-31', testGlobs: ['**/*.test.ts', '**/*.spec.ts'], maxDebtPct: 100, verifyRule: 'import-or-reference' },
      workerThreshold: 64,
    });
  });

  it('accepts a full valid config and resolves typeMap relative to the config file', () => {
    const { value, diagnostics } = loadConfig(
      {
        $schema: './schema.json',
        chains: [{ chain: 'income-tax', prefix: 'IH_', businessSystem: 'IH_BATCH' }, { chain: 'shared', regex: '^(CAB|FN)_' }, { chain: 'eab', glob: 'eab/**' }],
        defaultChain: 'other',
        include: ['**/*.cbl'],
        exclude: ['**/old/**'],
        procedureSteps: ['IH_MAIN', '/^LH_P_/'],
        entryPoints: ['/_BATCH$/'],
        personalData: ['bsn'],
        typeMap: 'types/map.json',
        domains: { 'taxpayer.bsn': 'Text(9)' },
        progress: { targetDate: '2027-06-30', backYearsUntil: '2030-12-31', testGlobs: ['**/*.spec.ts'], maxDebtPct: 25, verifyRule: 'import-and-call' },
        workerThreshold: 0,
      },
      'conf/coolgen.config.json',
    );
    expect(diagnostics).toEqual([]);
    expect(value.typeMap).toBe('conf/types/map.json');
    expect(value.defaultChain).toBe('other');
    expect(value.progress.maxDebtPct).toBe(25);
    expect(value.progress.verifyRule).toBe('import-and-call');
    expect(value.workerThreshold).toBe(0);
  });

  it('names the key path of every invalid value', () => {
    expect(
      keysOf({
        chains: [{ chain: 'a', prefix: 'A_' }, { chain: '', prefix: 'B_' }, { chain: 'c', regex: '([' }, { chain: 'd' }, 'x'],
        defaultChain: 3,
        include: ['ok', 7],
        procedureSteps: ['/[/'],
        progress: { targetDate: '2026-02-30', maxDebtPct: 150, testGlobs: 'x', verifyRule: 'sometimes' },
        workerThreshold: 1.5,
        domains: { a: 1 },
      }),
    ).toEqual([
      ['config/invalid-value', 'chains[1].chain'],
      ['config/invalid-value', 'chains[2].regex'],
      ['config/invalid-value', 'chains[3]'],
      ['config/invalid-value', 'chains[4]'],
      ['config/invalid-value', 'defaultChain'],
      ['config/invalid-value', 'include[1]'],
      ['config/invalid-value', 'procedureSteps[0]'],
      ['config/invalid-value', 'domains.a'],
      ['config/invalid-value', 'progress.targetDate'],
      ['config/invalid-value', 'progress.testGlobs'],
      ['config/invalid-value', 'progress.maxDebtPct'],
      ['config/invalid-value', 'progress.verifyRule'],
      ['config/invalid-value', 'workerThreshold'],
    ]);
  });

  it('reports unknown keys at any level; each names the file and its message the key', () => {
    const { diagnostics } = loadConfig({ chain: [], chains: [{ chain: 'x', prefix: 'X', color: 'red' }], progress: { target: 1 } }, 'my.json');
    expect(diagnostics.map((d) => [d.code, d.data?.key, d.severity, d.file])).toEqual([
      ['config/unknown-key', 'chain', 'error', 'my.json'],
      ['config/unknown-key', 'chains[0].color', 'error', 'my.json'],
      ['config/unknown-key', 'progress.target', 'error', 'my.json'],
    ]);
    expect(diagnostics[0]?.message).toMatch(/^chain: unknown key/);
  });

  it('keeps defaults for invalid keys so the value is always usable', () => {
    const { value, diagnostics } = loadConfig({ chains: [{ chain: 'x' }], workerThreshold: -1 }, 'c.json');
    expect(diagnostics).toHaveLength(2);
    expect(value.chains[0]).toEqual({ chain: 'income-tax', prefix: 'IH_' });
    expect(value.workerThreshold).toBe(64);
  });

  it('rejects a root that is not an object and invalid JSON text', () => {
    expect(keysOf([1, 2])).toEqual([['config/invalid-value', '(root)']]);
    const bad = parseConfigText('{ "chains": [ }', 'bad.json');
    expect(bad.diagnostics.map((d) => d.code)).toEqual(['config/invalid-json']);
    expect(bad.diagnostics[0]).toMatchObject({ file: 'bad.json', message: expect.stringMatching(/^not valid JSON/) });
    expect(parseConfigText('\uFEFF{"defaultChain":"x"}', 'bom.json').value.defaultChain).toBe('x');
  });
});

describe('assignChain and name patterns', () => {
  const config = loadConfig(
    {
      chains: [
        { chain: 'shared', regex: '^(CAB|FN)_' },
        { chain: 'income-tax', prefix: 'ih_', businessSystem: 'IH_ONLINE' },
        { chain: 'eab', glob: 'eab/**/*.cbl' },
        { chain: 'both', prefix: 'LH_', glob: 'payroll/*.txt' },
      ],
      procedureSteps: ['IH_MAIN', '/^LH_P_/'],
      entryPoints: ['/batch$/'],
    },
    'c.json',
  ).value;

  it('takes the first matching rule; prefix and regex are case-insensitive; all matchers of a rule must match', () => {
    expect(assignChain(config, 'CAB_X', 'a.cbl')).toEqual({ domain: 'shared', businessSystem: null });
    expect(assignChain(config, 'IH_CALC', 'a.cbl')).toEqual({ domain: 'income-tax', businessSystem: 'IH_ONLINE' });
    expect(assignChain(config, 'ZZ', 'eab/x/y.cbl')).toEqual({ domain: 'eab', businessSystem: null });
    expect(assignChain(config, 'LH_A', 'payroll/a.txt').domain).toBe('both');
    expect(assignChain(config, 'LH_A', 'other/a.txt').domain).toBe('unclassified');
  });

  it('uses the built-in chains by default', () => {
    const defaults = loadConfig(undefined, null).value;
    expect(['IH_A', 'VPB_B', 'LH_C', 'CAB_D'].map((n) => assignChain(defaults, n, 'x').domain)).toEqual(['income-tax', 'corporate-tax', 'payroll', 'unclassified']);
  });

  it('matches procedure steps and entry points by name or /regex/, never by guess', () => {
    expect(isProcedureStep(config, 'IH_MAIN')).toBe(true);
    expect(isProcedureStep(config, 'LH_P_RUN')).toBe(true);
    expect(isProcedureStep(config, 'IH_MAIN_2')).toBe(false);
    expect(isEntryPoint(config, 'LH_RUN_BATCH')).toBe(true);
    expect(isEntryPoint(config, 'LH_RUN')).toBe(false);
  });

  it('compiles globs like fast-glob', () => {
    const g = (glob: string) => {
      const c = compileGlob(glob);
      if (!c.ok) throw new Error(c.error);
      return c.regex;
    };
    expect(g('**/*.{cbl,cob}').test('a/b/c.cob')).toBe(true);
    expect(g('**/*.{cbl,cob}').test('c.cbl')).toBe(true);
    expect(g('**/*.{cbl,cob}').test('c.txt')).toBe(false);
    expect(g('src/*.txt').test('src/a/b.txt')).toBe(false);
    expect(g('a?c[!x].md').test('abcd.md')).toBe(true);
    expect(compileGlob('a{b').ok).toBe(false);
  });
});
