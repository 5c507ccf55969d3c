// Unique block names for the randomly filled part of the estate: prefix + verb + object, shuffled per chain;
// when a chain needs more names than the vocabulary holds, later rounds add a variant number (`_2`, `_3`, ...).
import type { Rng } from './prng.js';
import { VERBS, sharedPrefixFor, type Archetype, type SampleChain, type SampleObject } from './chains.js';

/** Gen names are at most 32 characters; the listing header shows 30 (reference §2.2, §16). */
export const MAX_NAME_LENGTH = 30;

/** What kind of name to make. */
export type NameKind = 'block' | 'external' | 'procedure-step';

/** One generated name with what it is made of. */
export interface NamedCandidate {
  name: string;
  verb: string;
  archetype: Archetype;
  object: SampleObject;
}

interface Combo {
  base: string;
  verb: string;
  archetype: Archetype;
  object: SampleObject;
}

const EAB_VERBS = ['SEND', 'PRINT', 'GET', 'READ'];
const PS_VERBS = ['PROCESS', 'HANDLE'];

function prefixOf(chain: SampleChain, object: SampleObject): string {
  return chain.key === 'SHARED' ? sharedPrefixFor(object.businessSystem) : (chain.prefixes[0] ?? '');
}

function combos(chain: SampleChain, kind: NameKind): Combo[] {
  const out: Combo[] = [];
  for (const object of chain.objects) {
    if (object.verbs.length === 0) continue;
    const prefix = prefixOf(chain, object);
    if (kind === 'external') {
      for (const verb of EAB_VERBS) out.push({ base: `${prefix}EAB_${verb}_${object.token}`, verb, archetype: 'send', object });
    } else if (kind === 'procedure-step') {
      for (const verb of PS_VERBS) {
        for (const mode of ['BATCH', 'ONLINE']) out.push({ base: `${prefix}${verb}_${object.token}_${mode}`, verb, archetype: 'process', object });
      }
    } else {
      for (const verbToken of object.verbs) {
        const verb = VERBS[verbToken];
        if (verb) out.push({ base: `${prefix}${verb.token}_${object.token}`, verb: verb.token, archetype: verb.archetype, object });
      }
    }
  }
  // Keep room for a variant suffix of up to 4 characters.
  return out.filter((c) => c.base.length <= MAX_NAME_LENGTH - 4);
}

/**
 * An endless, deterministic stream of unique names of one kind for one chain. Names in `taken` (the core blocks,
 * and every name handed out before) are skipped; new names are added to it.
 */
export function createNameSource(chain: SampleChain, kind: NameKind, rng: Rng, taken: Set<string>): () => NamedCandidate {
  const list = rng.shuffle(combos(chain, kind));
  let position = 0;
  let round = 0;
  return () => {
    if (list.length === 0) throw new Error(`sample: chain ${chain.key} has no ${kind} names`);
    for (;;) {
      if (position >= list.length) {
        position = 0;
        round++;
      }
      const combo = list[position++] as Combo;
      const name = round === 0 ? combo.base : `${combo.base}_${round + 1}`;
      if (name.length > MAX_NAME_LENGTH || taken.has(name)) continue;
      taken.add(name);
      return { name, verb: combo.verb, archetype: combo.archetype, object: combo.object };
    }
  };
}

/** The business-system rules of a chain: one regex per business system over its object tokens. */
export function businessSystemRules(chain: SampleChain): { businessSystem: string; regex?: string; prefix?: string }[] {
  if (chain.key === 'SHARED') {
    const seen = new Map<string, string>();
    for (const object of chain.objects) seen.set(sharedPrefixFor(object.businessSystem), object.businessSystem);
    return [...seen].map(([prefix, businessSystem]) => ({ businessSystem, prefix }));
  }
  const order: string[] = [];
  const tokens = new Map<string, string[]>();
  for (const object of chain.objects) {
    if (!tokens.has(object.businessSystem)) {
      order.push(object.businessSystem);
      tokens.set(object.businessSystem, []);
    }
    tokens.get(object.businessSystem)?.push(object.token);
  }
  const prefix = (chain.prefixes[0] ?? '').replace(/_$/, '');
  return order.map((businessSystem) => ({
    businessSystem,
    regex: `^${prefix}_.*_(${(tokens.get(businessSystem) ?? []).join('|')})(_|$)`,
  }));
}
