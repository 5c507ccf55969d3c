// The shape of coolgen.config.json: chains (domains), business systems, entry points, type map overrides,
// personal-data patterns and progress settings. Validated in config.ts; every key is optional.

/** One rule assigning blocks to a chain. The first matching rule wins; rules are tried in order. */
export interface ChainRule {
  chain: string;
  /** Match when the canonical block name starts with this prefix (case-insensitive). */
  prefix?: string;
  /** Match when the canonical block name matches this regular expression (case-insensitive). */
  regex?: string;
  /** Match when the file path (relative, `/` separators) matches this glob. */
  glob?: string;
  /** Optional business system for matched blocks. */
  businessSystem?: string;
}

export interface CoolgenConfig {
  /** Chain rules; when absent the built-in defaults apply (IH_, VPB_, LH_). */
  chains?: ChainRule[];
  /** Name of the chain for blocks no rule matches (default `unclassified`). */
  defaultChain?: string;
  /** Globs of files to read, relative to each input folder (default `**\/*.{cbl,cob,txt,ad}`). */
  include?: string[];
  exclude?: string[];
  /** Blocks that are procedure steps (names or regexes `/.../`). */
  procedureSteps?: string[];
  /** Entry points for the unreferenced-block analysis (names or regexes `/.../`). */
  entryPoints?: string[];
  /** Substrings of attribute names that suggest personal data. */
  personalData?: string[];
  /** Path of a type map (Gen domain → TS type), relative to the config file. */
  typeMap?: string;
  /** Attribute domains: `entity_or_workset.attribute` or `attribute` → Gen domain, e.g. `Number(15,2)`. */
  domains?: Record<string, string>;
  progress?: {
    targetDate?: string;
    backYearsUntil?: string;
    /** Glob(s) of test files whose reference to a function makes it `verified`. */
    testGlobs?: string[];
    maxDebtPct?: number;
    /** How a test must reference a function to make it `verified` (the CLI's --verify-rule overrides it). */
    verifyRule?: 'import-or-reference' | 'import' | 'import-and-call';
  };
  /** Number of files above which parsing runs on a worker pool (default 64). */
  workerThreshold?: number;
}

/** The configuration after validation and defaults, with the file it came from. */
export interface ResolvedConfig extends Required<Pick<CoolgenConfig, 'chains' | 'defaultChain' | 'include' | 'exclude' | 'procedureSteps' | 'entryPoints' | 'personalData' | 'domains' | 'workerThreshold'>> {
  /** The config file, or null for the built-in defaults. */
  source: string | null;
  typeMap: string | null;
  progress: Required<NonNullable<CoolgenConfig['progress']>>;
}
