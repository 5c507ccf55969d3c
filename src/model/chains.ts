// Chain (domain) and business-system assignment from the config rules, and the procedure-step list.
// The first matching rule wins; a rule's prefix, regex and glob must all match when several are given.
import type { ChainRule, ResolvedConfig } from './config-types.js';
import { compileGlob } from './glob.js';
import { getNamePattern, matchesAnyNamePattern } from './name-pattern.js';

/** Where a block belongs: its chain and, when a rule names one, its business system. */
export interface ChainAssignment {
  domain: string;
  businessSystem: string | null;
}

type RuleTest = (name: string, file: string) => boolean;

const compiledRules = new WeakMap<readonly ChainRule[], RuleTest[]>();

function compileRule(rule: ChainRule): RuleTest {
  const prefix = rule.prefix?.toUpperCase();
  const regex = rule.regex === undefined ? undefined : getNamePattern(`/${rule.regex}/`);
  const glob = rule.glob === undefined ? undefined : compileGlob(rule.glob);
  return (name, file) => {
    if (prefix !== undefined && !name.toUpperCase().startsWith(prefix)) return false;
    if (regex !== undefined && !(regex.ok && regex.test(name))) return false;
    if (glob !== undefined && !(glob.ok && glob.regex.test(file))) return false;
    return true;
  };
}

function rulesOf(config: ResolvedConfig): RuleTest[] {
  let rules = compiledRules.get(config.chains);
  if (rules === undefined) {
    rules = config.chains.map(compileRule);
    compiledRules.set(config.chains, rules);
  }
  return rules;
}

/**
 * Assign a block to a chain: `name` is the canonical (UPPER_CASE) block name, `file` the inventory path
 * (relative, `/` separators) that glob rules match. No rule matches → `config.defaultChain`, no business system.
 */
export function assignChain(config: ResolvedConfig, name: string, file: string): ChainAssignment {
  const rules = rulesOf(config);
  for (let i = 0; i < rules.length; i++) {
    if ((rules[i] as RuleTest)(name, file)) {
      const rule = config.chains[i] as ChainRule;
      return { domain: rule.chain, businessSystem: rule.businessSystem ?? null };
    }
  }
  return { domain: config.defaultChain, businessSystem: null };
}

/** True when the config lists the block (by name or `/regex/`) as a procedure step. Never guessed from a name. */
export function isProcedureStep(config: ResolvedConfig, name: string): boolean {
  return matchesAnyNamePattern(config.procedureSteps, name);
}

/** True when the config lists the block (by name or `/regex/`) as an entry point. */
export function isEntryPoint(config: ResolvedConfig, name: string): boolean {
  return matchesAnyNamePattern(config.entryPoints, name);
}
