// Chain (domain) helpers shared by the analyses and reports: the canonical chain order (the three tax chains
// first) and the chain of a name that has no file (an unresolved USE target), by the config's name rules.
import type { ChainRule } from '../model/config-types.js';
import { DEFAULT_CHAIN, DEFAULT_CHAINS } from '../model/config-defaults.js';
import { compileNamePattern } from '../model/name-pattern.js';

/** The three chains every coupling matrix shows, in this order, before any other chain. */
export const KNOWN_CHAINS: readonly string[] = ['income-tax', 'corporate-tax', 'payroll'];

/** Compare two strings by UTF-16 code units (locale-independent, deterministic). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Chains in canonical order: income-tax, corporate-tax, payroll (those present), then the others sorted. */
export function orderChains(chains: Iterable<string>, alwaysKnown = false): string[] {
  const set = new Set(chains);
  const known = KNOWN_CHAINS.filter((c) => alwaysKnown || set.has(c));
  const others = [...set].filter((c) => !KNOWN_CHAINS.includes(c)).sort(compareStrings);
  return [...known, ...others];
}

/** The chain-related part of a configuration. */
export interface ChainNamingConfig {
  chains?: readonly ChainRule[];
  defaultChain?: string;
}

/**
 * A function giving the chain of a block NAME by the config's rules, for unresolved USE targets (they have no
 * file). Same rule semantics as the model's assignChain: the first rule whose prefix and regex all match wins;
 * a rule with a `glob` needs a file and never matches here. Without rules the built-in defaults apply
 * (IH_ → income-tax, VPB_ → corporate-tax, LH_ → payroll); no match → the default chain (`unclassified`).
 */
export function chainOfNameFunction(config: ChainNamingConfig = {}): (name: string) => string {
  const rules = config.chains ?? DEFAULT_CHAINS;
  const fallback = config.defaultChain ?? DEFAULT_CHAIN;
  const tests = rules.map((rule) => {
    if (rule.glob !== undefined) return () => false;
    const prefix = rule.prefix?.toUpperCase();
    const regex = rule.regex === undefined ? undefined : compileNamePattern(`/${rule.regex}/`);
    return (name: string) =>
      (prefix === undefined || name.toUpperCase().startsWith(prefix)) &&
      (regex === undefined || (regex.ok && regex.test(name))) &&
      (prefix !== undefined || regex !== undefined);
  });
  return (name) => {
    for (let i = 0; i < tests.length; i++) {
      if (tests[i]!(name)) return rules[i]!.chain;
    }
    return fallback;
  };
}
