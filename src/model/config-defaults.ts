// The built-in configuration: what applies when no coolgen.config.json is found, and for every key a file leaves out.
// Kept apart from the validator so that the defaults read as one table.
import type { ChainRule, ResolvedConfig } from './config-types.js';

/** Built-in chain rules (issue 3 §4): IH_ → income-tax, VPB_ → corporate-tax, LH_ → payroll. */
export const DEFAULT_CHAINS: readonly ChainRule[] = [
  { chain: 'income-tax', prefix: 'IH_' },
  { chain: 'corporate-tax', prefix: 'VPB_' },
  { chain: 'payroll', prefix: 'LH_' },
];

/** Chain of blocks that no rule matches. */
export const DEFAULT_CHAIN = 'unclassified';

/** Files read inside input folders. */
export const DEFAULT_INCLUDE: readonly string[] = ['**/*.{cbl,cob,txt,ad}'];

/** Attribute-name substrings that suggest personal data. */
export const DEFAULT_PERSONAL_DATA: readonly string[] = ['bsn', 'sofi', 'iban', 'email', 'ip_address', 'birth_date'];

/** Number of files above which parsing runs on the worker pool. */
export const DEFAULT_WORKER_THRESHOLD = 64;

/** The file name looked up in the current folder when no --config is given. */
export const CONFIG_FILE_NAME = 'coolgen.config.json';

/** A fresh copy of the built-in configuration (safe to mutate). */
export function defaultConfig(source: string | null = null): ResolvedConfig {
  return {
    source,
    chains: DEFAULT_CHAINS.map((rule) => ({ ...rule })),
    defaultChain: DEFAULT_CHAIN,
    include: [...DEFAULT_INCLUDE],
    exclude: [],
    procedureSteps: [],
    entryPoints: [],
    personalData: [...DEFAULT_PERSONAL_DATA],
    typeMap: null,
    domains: {},
    progress: {
      targetDate: '2026-12-31',
      backYearsUntil: '2032-12-31',
      testGlobs: ['**/*.test.ts', '**/*.spec.ts'],
      maxDebtPct: 100,
      verifyRule: 'import-or-reference',
    },
    workerThreshold: DEFAULT_WORKER_THRESHOLD,
  };
}
