// Decides the TypeScript type of every attribute the generated code mentions, in this order: a known Gen domain
// (config, type map, ief_supplied) → use in the action diagrams → the money naming rule → `unknown` with a TODO.
import type { ActionBlock, View } from '../ast/nodes.js';
import { createDiagnostic, type Diagnostic, type SourceSpan } from '../diagnostics/diagnostic.js';
import { isMoneyName, lookupDomain, parseDomain } from './type-map.js';
import { UseEvidence, type UseClass, type UseVerdict } from './type-infer.js';
import type { AttributeType, DomainClass, TypeMap, TypeStats } from './types.js';

const CLASS_OF_DOMAIN: Record<DomainClass, UseClass | null> = {
  Text: 'string', Number: 'integer', Decimal: 'decimal', Date: 'date', Time: 'time', Timestamp: 'timestamp', Blob: null,
};
const DOMAIN_OF_CLASS: Record<Exclude<UseClass, 'numeric'>, DomainClass> = {
  string: 'Text', integer: 'Number', decimal: 'Decimal', date: 'Date', time: 'Time', timestamp: 'Timestamp',
};

/** The runtime type names a type expression uses (to import them from the runtime module). */
export function runtimeTypesIn(tsType: string): string[] {
  return [...new Set(tsType.match(/\b(Decimal|GenDate|GenTime|GenTimestamp)\b/g) ?? [])].sort();
}

/** Types attributes on demand and remembers which were asked for (those are the ones counted). */
export interface AttributeTyper {
  /** The type of `type.attribute`; the first call for an unknown one adds a generate/unknown-type warning. */
  typeOf(type: string, attribute: string): AttributeType;
  /** Every attribute typed so far, sorted by key. */
  typed(): AttributeType[];
  stats(): TypeStats;
}

/** Where each `type.attribute` (lower case) is first declared: the span of the view declaration that lists it. */
function declarationSpans(blocks: readonly ActionBlock[]): Map<string, SourceSpan> {
  const spans = new Map<string, SourceSpan>();
  const add = (v: View): void => {
    if (v.kind === 'group') {
      for (const m of v.members) add(m);
      return;
    }
    for (const a of v.attributes) {
      const key = `${v.type}.${a}`.toLowerCase();
      if (!spans.has(key)) spans.set(key, v.span);
    }
  };
  for (const b of blocks) for (const v of [...b.views.imports, ...b.views.exports, ...b.views.locals, ...b.views.entityActions]) add(v);
  return spans;
}

/** Build the typer for an estate: gathers use evidence from every block with an AST. */
export function createAttributeTyper(blocks: readonly ActionBlock[], map: TypeMap, diagnostics: Diagnostic[]): AttributeTyper {
  const evidence = new UseEvidence();
  for (const block of blocks) evidence.addBlock(block);
  const badDomains = new Set<string>();
  const domainOf = (key: string): DomainClass | null => {
    const dot = key.indexOf('.');
    const domain = lookupDomain(map, key.slice(0, dot), key.slice(dot + 1));
    if (domain === undefined) return null;
    const parsed = parseDomain(domain);
    if (!parsed && !badDomains.has(key)) {
      badDomains.add(key);
      diagnostics.push(createDiagnostic('config/invalid-value', 'warning', 'config', `domain "${domain}" of ${key} is not a Gen domain; ignored`, undefined, { data: { key } }));
    }
    return parsed?.cls ?? null;
  };
  const known = new Map<string, UseClass>();
  for (const key of evidence.keys()) {
    const cls = domainOf(key);
    const use = cls ? CLASS_OF_DOMAIN[cls] : null;
    if (use) known.set(key, use);
  }
  // Attributes that the money naming rule makes Decimal (no domain, no use that says otherwise) take part in the
  // propagation too: `woz_value * rate` makes woz_value a Decimal when rate is one by name.
  const firstPass = evidence.resolve(known);
  const seeded = new Map(known);
  for (const key of evidence.keys()) {
    const v = firstPass.get(key);
    if (!known.has(key) && isMoneyName(map, key.slice(key.indexOf('.') + 1)) && !v?.ambiguous && (v?.cls ?? 'integer') === 'integer') seeded.set(key, 'decimal');
  }
  const verdicts = seeded.size > known.size ? evidence.resolve(seeded) : firstPass;
  const cache = new Map<string, AttributeType>();
  let declaredAt: Map<string, SourceSpan> | undefined;

  const decideType = (key: string, attribute: string): AttributeType => {
    const dot = key.indexOf('.');
    const domain = lookupDomain(map, key.slice(0, dot), key.slice(dot + 1));
    const cls = domainOf(key);
    if (cls) return { key, tsType: map.types[cls], source: 'domain', reason: domain ?? cls };
    const verdict: UseVerdict | undefined = verdicts.get(key);
    const money = isMoneyName(map, attribute);
    if (verdict?.cls) {
      if (verdict.cls === 'integer' && money) {
        return { key, tsType: map.types.Decimal, source: 'name', reason: 'money name rule (use alone says integer)' };
      }
      return { key, tsType: map.types[DOMAIN_OF_CLASS[verdict.cls]], source: 'use', reason: `use: ${verdict.evidence.join(', ')}` };
    }
    if (money) return { key, tsType: map.types.Decimal, source: 'name', reason: 'money name rule' };
    const why = verdict?.ambiguous
      ? `conflicting use: ${verdict.evidence.join(', ')}`
      : verdict?.evidence.includes('numeric')
        ? 'numeric use, scale unknown'
        : 'no domain and no decisive use';
    // The warning points at the first view declaration that lists the attribute (built once, on the first warning).
    declaredAt ??= declarationSpans(blocks);
    diagnostics.push(
      createDiagnostic('generate/unknown-type', 'warning', 'generate', `domain of ${key} unknown (${why}); typed unknown`, declaredAt.get(key), { data: { key } }),
    );
    return { key, tsType: 'unknown', source: 'unknown', reason: why };
  };

  return {
    typeOf(type: string, attribute: string): AttributeType {
      const key = `${type}.${attribute}`.toLowerCase();
      let t = cache.get(key);
      if (!t) cache.set(key, (t = decideType(key, attribute.toLowerCase())));
      return t;
    },
    typed(): AttributeType[] {
      return [...cache.values()].sort((a, b) => a.key.localeCompare(b.key));
    },
    stats(): TypeStats {
      const all = [...cache.values()];
      return {
        mapped: all.filter((t) => t.source === 'domain').length,
        inferred: all.filter((t) => t.source === 'use' || t.source === 'name').length,
        unknown: all.filter((t) => t.source === 'unknown').length,
        inferredByName: all.filter((t) => t.source === 'name').length,
      };
    },
  };
}
