// The coolgen.config.json of a sample estate: chain and business-system rules, procedure steps, entry points,
// attribute domains and progress dates. The generator assigns business systems by evaluating these same rules,
// so the config and the estate can never disagree.
import type { ChainRule, CoolgenConfig } from '../model/config-types.js';
import { CHAINS } from './chains.js';
import { ENTRY_POINT_PATTERNS, PROCEDURE_STEP_PATTERNS } from './core.js';
import { ENTITIES, WORK_SETS } from './domain-model.js';
import { businessSystemRules } from './naming.js';

/** Attributes deliberately left without a domain, so that generate's type inference has work to do. */
const UNDECLARED_DOMAINS = new Set(['ih_work_area.effective_rate', 'vpb_work_area.member_count', 'date_work_area.age', 'cab_work_area.check_digit']);

/** The chain rules: per chain first one rule per business system, then the chain's catch-all prefix. */
export function sampleChainRules(): ChainRule[] {
  const rules: ChainRule[] = [];
  for (const chain of CHAINS) {
    for (const rule of businessSystemRules(chain)) {
      rules.push(rule.regex !== undefined
        ? { chain: chain.domain, regex: rule.regex, businessSystem: rule.businessSystem }
        : { chain: chain.domain, prefix: rule.prefix ?? '', businessSystem: rule.businessSystem });
    }
    if (chain.key !== 'SHARED') rules.push({ chain: chain.domain, prefix: chain.prefixes[0] ?? '' });
  }
  return rules;
}

/** Chain and business system of a canonical block name under the given rules (first match wins). */
export function classifyName(rules: readonly ChainRule[], name: string, defaultChain = 'unclassified'): { domain: string; businessSystem: string | null } {
  const upper = name.toUpperCase();
  for (const rule of rules) {
    const byPrefix = rule.prefix !== undefined && upper.startsWith(rule.prefix.toUpperCase());
    const byRegex = rule.regex !== undefined && compiled(rule.regex).test(upper);
    if (byPrefix || byRegex) return { domain: rule.chain, businessSystem: rule.businessSystem ?? null };
  }
  return { domain: defaultChain, businessSystem: null };
}

const regexCache = new Map<string, RegExp>();
function compiled(source: string): RegExp {
  let re = regexCache.get(source);
  if (!re) {
    re = new RegExp(source, 'i');
    regexCache.set(source, re);
  }
  return re;
}

/** `entity.attribute` → Gen domain for the sample model (a few left out on purpose). */
export function sampleDomains(): Record<string, string> {
  const domains: Record<string, string> = {};
  for (const owner of [...Object.values(ENTITIES), ...Object.values(WORK_SETS)]) {
    if (owner.name === 'ief_supplied') continue;
    for (const attribute of owner.attributes) {
      const key = `${owner.name}.${attribute.name}`;
      if (!UNDECLARED_DOMAINS.has(key)) domains[key] = attribute.domain;
    }
  }
  return domains;
}

/** The full sample config object (written as coolgen.config.json). */
export function sampleConfig(): CoolgenConfig {
  return {
    chains: sampleChainRules(),
    defaultChain: 'unclassified',
    procedureSteps: [...PROCEDURE_STEP_PATTERNS],
    entryPoints: [...ENTRY_POINT_PATTERNS],
    domains: sampleDomains(),
    progress: { targetDate: '2026-12-31', backYearsUntil: '2032-12-31' },
  };
}
