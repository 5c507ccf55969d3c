// The public result and option types of the TypeScript generator (generate phase), and the plain plan it emits.
// Everything here is serialisable data: the plan is built by plan*.ts (pure) and printed by emit.ts (ts-morph).

/** What a generated file is. */
export type GeneratedFileKind = 'block' | 'eab' | 'runtime' | 'tsconfig' | 'index';

/** One generated file: text only; the CLI decides whether and where it is written. */
export interface GeneratedFile {
  /** Path relative to the output folder, `/` separators, never absolute, never with `..`. */
  path: string;
  content: string;
  kind: GeneratedFileKind;
  /** Canonical name of the action block for `block` and `eab` files. */
  block?: string;
}

/** Gen domain classes that the type map maps to TypeScript types. */
export type DomainClass = 'Text' | 'Number' | 'Decimal' | 'Date' | 'Time' | 'Timestamp' | 'Blob';

/** A type map (seeds/type-map.json shape). Every key is optional in an override file. */
export interface TypeMap {
  /** Domain class → TypeScript type expression. `Decimal` is used for Number with decimals (and Number > 15 digits). */
  types: Record<DomainClass, string>;
  /** Attribute → Gen domain, keyed `entity_or_workset.attribute` or `attribute` (lower case), e.g. `Number(15,2)`. */
  domains: Record<string, string>;
  /**
   * Naming rule: an attribute of unknown domain whose LAST `_`-separated word is one of these is money → Decimal.
   * Set to `[]` to switch the rule off.
   */
  moneyWords: string[];
}

/** A type-map file as read from disk: any subset of TypeMap. */
export interface TypeMapOverride {
  types?: Partial<Record<DomainClass, string>>;
  domains?: Record<string, string>;
  moneyWords?: string[];
}

/** Options of generateTypeScript(). */
export interface GenerateOptions {
  /** A type map file's content (parsed JSON), merged over the built-in default (seeds/type-map.json). */
  typeMap?: TypeMapOverride;
  /** Extra attribute domains, applied over the type map and over workspace.config.domains. */
  domains?: Record<string, string>;
  /**
   * Where blocks already live in the output folder (canonical name → relative path), from findTaggedPaths():
   * a block's module stays where it was first generated, even when its chain or a name collision changes.
   */
  pinnedPaths?: Record<string, string>;
  /** Renders the "original action diagram" comment; defaults to the canonical printer printActionBlock(). */
  printDiagram?: (block: import('../ast/nodes.js').ActionBlock) => string;
}

/** Where an attribute's TypeScript type came from. */
export type TypeSource = 'domain' | 'use' | 'name' | 'unknown';

/** The type decided for one attribute (`type.attribute`) of the estate. */
export interface AttributeType {
  /** `entity_or_workset.attribute`, lower case. */
  key: string;
  /** The TypeScript type written, `unknown` when undecided. */
  tsType: string;
  source: TypeSource;
  /** The Gen domain when known (`Number(15,2)`), or the evidence that decided it. */
  reason: string;
}

/** Counts of the attribute types written. `mapped` = from a domain; `inferred` = from use or the naming rule. */
export interface TypeStats {
  mapped: number;
  inferred: number;
  unknown: number;
  /** Of `inferred`, how many by the money naming rule (not by use). */
  inferredByName: number;
}

export interface GenerateStats {
  /** Action blocks and procedure steps that got a stub module. */
  blocks: number;
  /** External action blocks that got an adapter interface. */
  eabs: number;
  types: TypeStats;
}

/** The value of generateTypeScript(). */
export interface GenerateOutput {
  files: GeneratedFile[];
  stats: GenerateStats;
  /** Every attribute typed, sorted by key. */
  attributeTypes: AttributeType[];
}

// ---------------------------------------------------------------------------------------------------------
// The plain plan (built by plan*.ts, printed by emit.ts)
// ---------------------------------------------------------------------------------------------------------

/** A JSDoc comment: description lines plus tags. All text is already escaped for a comment. */
export interface DocPlan {
  description: string;
  tags: { tagName: string; text?: string }[];
}

/** A type: a TS type expression, or an object type printed over several lines. */
export type TypePlan = string | { kind: 'object'; members: MemberPlan[] };

/** A property of an interface or an object type. `todo` becomes a `// TODO(coolgen): ...` line above it. */
export interface MemberPlan {
  name: string;
  type: TypePlan;
  docs?: DocPlan;
  readonly?: boolean;
  todo?: string;
}

export interface MethodPlan {
  name: string;
  params: { name: string; type: string }[];
  returnType: string;
  docs?: DocPlan;
}

export type DeclarationPlan =
  | { kind: 'interface'; name: string; docs: DocPlan; members: MemberPlan[]; methods: MethodPlan[] }
  | { kind: 'typeAlias'; name: string; docs: DocPlan; type: string }
  | { kind: 'constObject'; name: string; docs: DocPlan; entries: { key: string; value: string; doc: string }[] }
  | {
      kind: 'function';
      name: string;
      docs: DocPlan;
      params: { name: string; type: string }[];
      returnType: string;
      /** Body statements, one per entry. */
      body: string[];
      /** A block comment printed above the JSDoc (the original action diagram); lines already escaped. */
      leadingComment?: string[];
    };

export interface ImportPlan {
  moduleSpecifier: string;
  names: string[];
  typeOnly: boolean;
}

/** One file of the plan: a module built from declarations, or a verbatim text (runtime, tsconfig). */
export interface FilePlan {
  path: string;
  kind: GeneratedFileKind;
  block?: string;
  /** `//` comment lines at the top of the module. */
  header: string[];
  imports: ImportPlan[];
  declarations: DeclarationPlan[];
  /** Whole-file text for files not built from declarations. */
  text?: string;
}
