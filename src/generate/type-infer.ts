// Infers the type of attributes whose Gen domain is unknown from how the action diagrams use them: assignments,
// comparisons, arithmetic, CASE values and function arguments across the whole estate (never from names).
import type { ActionBlock, Expression, Statement, ViewSections } from '../ast/nodes.js';
import { walkStatements } from '../ast/walk.js';
import { attributeKey, referenceType } from './views.js';

/** What a use says about a value. `numeric` (an integer literal) is weak: it does not tell number from Decimal. */
export type UseClass = 'string' | 'decimal' | 'integer' | 'date' | 'time' | 'timestamp' | 'numeric';

/** The evidence gathered for one attribute and what it decides. */
export interface UseVerdict {
  /** The class decided, or null when there is no or only conflicting evidence. */
  cls: Exclude<UseClass, 'numeric'> | null;
  /** Every class seen (after propagation), sorted. */
  evidence: UseClass[];
  ambiguous: boolean;
}

type Term = { ref: string; arith: boolean } | { cls: UseClass; arith: boolean };

const FN_RESULT: Record<string, UseClass> = {
  substr: 'string', concat: 'string', trim: 'string', upper: 'string', lower: 'string', numtext: 'string',
  datetext: 'string', datenum: 'integer', textnum: 'integer', length: 'integer', find: 'integer', verify: 'integer',
  year: 'integer', month: 'integer', day: 'integer', hour: 'integer', minute: 'integer', second: 'integer',
  dayofweek: 'integer', days: 'integer', datetimestamp: 'date', textdate: 'date', timetimestamp: 'time', timestamp: 'timestamp',
};
const FN_FIRST_ARG: Record<string, UseClass> = {
  substr: 'string', trim: 'string', upper: 'string', lower: 'string', textnum: 'string', length: 'string', verify: 'string',
  find: 'string', textdate: 'string', datenum: 'date', datetext: 'date', year: 'date', month: 'date', day: 'date',
  dayofweek: 'date', datetimestamp: 'timestamp', timetimestamp: 'timestamp', hour: 'time', minute: 'time', second: 'time',
};
const NUMERIC: ReadonlySet<UseClass> = new Set(['decimal', 'integer']);

/** Collects use evidence over many blocks, then resolves it against the attributes whose domain is known. */
export class UseEvidence {
  private readonly direct = new Map<string, Set<UseClass>>();
  private readonly same = new Map<string, Set<string>>();
  private readonly arith = new Map<string, Set<string>>();

  /** Record the uses in one block (its statements, with its view declarations to split references). */
  addBlock(block: ActionBlock): void {
    const views = block.views;
    walkStatements(block.statements, (s) => {
      this.addStatement(s, views);
    });
  }

  private addStatement(s: Statement, views: ViewSections): void {
    const t = (e: Expression | null | undefined, itType: string | null = null): Term[] => (e ? this.terms(e, views, false, itType) : []);
    switch (s.kind) {
      case 'Set':
        if (s.target.kind === 'SubscriptOf') this.relate([{ cls: 'integer', arith: false }], t(s.value));
        else if (s.using === null) this.relate(t(s.target), t(s.value));
        break;
      case 'Create':
      case 'Update': {
        const itType = referenceType(s.view, views);
        for (const a of s.actions) if (a.kind === 'Set' && a.target.kind === 'Reference') this.relate(t(a.target, itType), t(a.value));
        break;
      }
      case 'If':
        this.condition(s.condition, views);
        for (const c of s.elseIfs) this.condition(c.condition, views);
        break;
      case 'While':
        this.condition(s.condition, views);
        break;
      case 'Repeat':
        this.condition(s.until, views);
        break;
      case 'Read':
      case 'ReadEach':
      case 'Summarize':
        if (s.where) this.condition(s.where, views);
        if (s.kind === 'Summarize') {
          for (const p of s.placing) {
            if (p.fn.toUpperCase() === 'COUNT') this.relate(t(p.into), [{ cls: 'integer', arith: false }]);
            else this.relate(t(p.into), t(p.arg));
          }
        }
        break;
      case 'Case': {
        const subject = t(s.subject);
        for (const c of s.cases) for (const v of c.values) if (v.kind !== 'Name') this.relate(subject, t(v));
        break;
      }
      case 'For':
        this.relate(t(s.variable), [{ cls: 'integer', arith: false }]);
        for (const bound of [s.from, s.to, s.by]) this.relate(t(s.variable), t(bound));
        break;
      default:
        break;
    }
  }

  private condition(e: Expression, views: ViewSections): void {
    switch (e.kind) {
      case 'Comparison':
        this.relate(this.terms(e.left, views, false, null), this.terms(e.right, views, false, null));
        break;
      case 'Logical':
        this.condition(e.left, views);
        this.condition(e.right, views);
        break;
      case 'Not':
        this.condition(e.operand, views);
        break;
      case 'Paren':
        this.condition(e.inner, views);
        break;
      default:
        this.terms(e, views, false, null);
    }
  }

  /** The value terms of an expression; records the relations inside it (arithmetic, function arguments). */
  private terms(e: Expression, views: ViewSections, arith: boolean, itType: string | null): Term[] {
    switch (e.kind) {
      case 'Reference': {
        const key = attributeKey(e, views, itType);
        return key ? [{ ref: key, arith }] : [];
      }
      case 'String':
        return [{ cls: 'string', arith }];
      case 'Number':
        return [{ cls: e.text.includes('.') ? 'decimal' : 'numeric', arith }];
      case 'Special': {
        const cls = ({ CURRENT_DATE: 'date', CURRENT_TIME: 'time', CURRENT_TIMESTAMP: 'timestamp', SPACES: 'string', ZERO: 'numeric' } as const)[
          e.name as 'CURRENT_DATE'
        ];
        return cls ? [{ cls, arith }] : [];
      }
      case 'Paren':
        return this.terms(e.inner, views, arith, itType);
      case 'Unary':
        return this.terms(e.operand, views, true, itType);
      case 'Binary': {
        const all = [...this.terms(e.left, views, true, itType), ...this.terms(e.right, views, true, itType)];
        this.relate(all, all);
        return all;
      }
      case 'Call': {
        const name = e.name.toLowerCase();
        const args = e.args.map((a) => this.terms(a, views, false, itType));
        const first = FN_FIRST_ARG[name];
        if (first && args[0]) this.relate(args[0], [{ cls: first, arith: false }]);
        if (name === 'concat') for (const a of args) this.relate(a, [{ cls: 'string', arith: false }]);
        const result = FN_RESULT[name];
        return result ? [{ cls: result, arith }] : [];
      }
      case 'DateUnit':
        this.relate(this.terms(e.value, views, false, itType), [{ cls: 'integer', arith: false }]);
        return [];
      case 'SubscriptOf':
      case 'LastOf':
        return [{ cls: 'integer', arith }];
      case 'Comparison':
      case 'Logical':
      case 'Not':
        this.condition(e, views);
        return [];
      default:
        return [];
    }
  }

  private relate(a: Term[], b: Term[]): void {
    for (const x of a) {
      for (const y of b) {
        if (x === y) continue;
        if ('ref' in x && 'ref' in y) {
          if (x.ref === y.ref) continue;
          const edges = x.arith || y.arith ? this.arith : this.same;
          link(edges, x.ref, y.ref);
          link(edges, y.ref, x.ref);
        } else if ('ref' in x && 'cls' in y) this.evidence(x, y);
        else if ('cls' in x && 'ref' in y) this.evidence(y, x);
      }
    }
  }

  private evidence(ref: { ref: string; arith: boolean }, lit: { cls: UseClass; arith: boolean }): void {
    // In arithmetic only numbers tell anything: `amount * 0.21` makes amount a Decimal, `x + "A"` says nothing.
    if ((ref.arith || lit.arith) && lit.cls !== 'decimal' && lit.cls !== 'integer') return;
    let set = this.direct.get(ref.ref);
    if (!set) this.direct.set(ref.ref, (set = new Set()));
    set.add(lit.cls);
  }

  /** Every attribute key that has any evidence, sorted. */
  keys(): string[] {
    return [...new Set([...this.direct.keys(), ...this.same.keys(), ...this.arith.keys()])].sort();
  }

  /**
   * Decide every attribute that has evidence, given the classes of the attributes whose domain is known.
   * Evidence flows along assignments and comparisons (all classes) and arithmetic (numbers only) to a fixed point.
   */
  resolve(known: ReadonlyMap<string, UseClass>): Map<string, UseVerdict> {
    const keys = this.keys().filter((k) => !known.has(k));
    const decided = new Map<string, UseClass>(known);
    const verdicts = new Map<string, UseVerdict>();
    for (let round = 0; round < 50; round++) {
      let changed = false;
      for (const key of keys) {
        const seen = new Set<UseClass>(this.direct.get(key) ?? []);
        for (const n of this.same.get(key) ?? []) {
          const c = decided.get(n);
          if (c) seen.add(c);
        }
        for (const n of this.arith.get(key) ?? []) {
          const c = decided.get(n);
          if (c && NUMERIC.has(c)) seen.add(c);
        }
        const verdict = decide(seen);
        const before = decided.get(key);
        if (verdict.cls !== before && !(verdict.cls === null && before === undefined)) {
          if (verdict.cls) decided.set(key, verdict.cls);
          else decided.delete(key);
          changed = true;
        }
        verdicts.set(key, verdict);
      }
      if (!changed) break;
    }
    return verdicts;
  }
}

function link(edges: Map<string, Set<string>>, from: string, to: string): void {
  let set = edges.get(from);
  if (!set) edges.set(from, (set = new Set()));
  set.add(to);
}

/** Decide a class from the evidence: one strong class wins; Decimal beats integer; anything else is ambiguous. */
function decide(seen: Set<UseClass>): UseVerdict {
  const evidence = [...seen].sort();
  const strong = evidence.filter((c) => c !== 'numeric');
  if (strong.length === 0) return { cls: null, evidence, ambiguous: false };
  if (strong.every((c) => NUMERIC.has(c))) return { cls: strong.includes('decimal') ? 'decimal' : 'integer', evidence, ambiguous: false };
  if (strong.length === 1) {
    const only = strong[0] as Exclude<UseClass, 'numeric'>;
    // A string compared with a number literal elsewhere is contradictory.
    if (only === 'string' && seen.has('numeric')) return { cls: null, evidence, ambiguous: true };
    return { cls: only, evidence, ambiguous: false };
  }
  return { cls: null, evidence, ambiguous: true };
}
