// SARIF 2.1.0 reporter for diagnostics (`coolgen parse --format sarif`, CI code-scanning upload). Pure: data in,
// string out. One run, one rule per diagnostic code used, one result per diagnostic.
import type { Diagnostic, Severity, SourceSpan } from '../diagnostics/diagnostic.js';

/** SARIF 2.1.0 JSON schema URI written to `$schema`. */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** A rule description for the driver's rule list. */
export interface SarifRule {
  /** The diagnostic code, e.g. `parse/mismatched-token`. */
  id: string;
  /** One-line description; derived from the code when absent. */
  description?: string;
  helpUri?: string;
}

/** The tool that produced the diagnostics. */
export interface SarifTool {
  name: string;
  version: string;
  informationUri?: string;
  /** Extra or better-described rules; every code used gets a rule whether listed here or not. */
  rules?: SarifRule[];
}

/** Options of renderSarif. */
export interface SarifOptions {
  /** Absolute folder that relative URIs are taken from; absolute paths outside it become `file://` URIs. */
  baseDir?: string;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * Render diagnostics as a SARIF 2.1.0 log: `$schema`, `version`, one run whose `tool.driver` lists a rule for every
 * code used, and results with `ruleId` = code, `level` (error / warning / note), message and a physical location
 * (relative `/` URI, 1-based region with an exclusive end column as SARIF requires).
 */
export function renderSarif(diagnostics: readonly Diagnostic[], tool: SarifTool, options: SarifOptions = {}): string {
  const described = new Map((tool.rules ?? []).map((r) => [r.id, r]));
  const used = [...new Set([...(tool.rules ?? []).map((r) => r.id), ...diagnostics.map((d) => d.code)])].sort();
  const ruleIndex = new Map(used.map((id, i) => [id, i]));
  const rules = used.map((id) => {
    const rule = described.get(id);
    return {
      id,
      name: ruleName(id),
      shortDescription: { text: rule?.description ?? describeCode(id) },
      ...(rule?.helpUri ? { helpUri: rule.helpUri } : {}),
    };
  });
  const results = diagnostics.map((d) => {
    const file = d.file ?? d.span?.file;
    const result: Record<string, unknown> = {
      ruleId: d.code,
      ruleIndex: ruleIndex.get(d.code),
      level: LEVEL[d.severity],
      message: { text: d.message },
    };
    if (file !== undefined && file !== '') result.locations = [location(file, d.span, options)];
    if (d.related && d.related.length > 0) {
      result.relatedLocations = d.related.map((r, i) => ({ id: i, ...location(r.span.file, r.span, options), message: { text: r.message } }));
    }
    if (d.data) result.properties = { data: d.data };
    return result;
  });
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            semanticVersion: tool.version,
            ...(tool.informationUri ? { informationUri: tool.informationUri } : {}),
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function location(file: string, span: SourceSpan | undefined, options: SarifOptions): Record<string, unknown> {
  const physicalLocation: Record<string, unknown> = { artifactLocation: { uri: toUri(file, options.baseDir) } };
  if (span) {
    physicalLocation.region = {
      startLine: span.startLine,
      startColumn: span.startColumn,
      endLine: span.endLine,
      // Our endColumn is inclusive; SARIF's is the column after the region.
      endColumn: span.endColumn + 1,
    };
  }
  return { physicalLocation };
}

/** A file path as a SARIF artifact URI: relative with `/` separators, percent-encoded; absolute paths outside baseDir as `file://`. */
export function toUri(file: string, baseDir?: string): string {
  let path = file.replace(/\\/g, '/');
  if (baseDir !== undefined) {
    const base = baseDir.replace(/\\/g, '/').replace(/\/+$/, '');
    if (path.startsWith(`${base}/`)) path = path.slice(base.length + 1);
  }
  const encoded = path.split('/').map((segment) => (/^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment))).join('/');
  if (/^[A-Za-z]:\//.test(path)) return `file:///${encoded}`;
  if (path.startsWith('/')) return `file://${encoded}`;
  return encoded.replace(/^(\.\/)+/, '');
}

/** `parse/mismatched-token` → `ParseMismatchedToken` (SARIF rule names are identifiers). */
function ruleName(code: string): string {
  return code
    .split(/[/-]/)
    .filter((s) => s !== '')
    .map((s) => s.charAt(0).toUpperCase() + s.slice(1))
    .join('');
}

/** `parse/mismatched-token` → `parse: mismatched token`. */
function describeCode(code: string): string {
  const [phase, ...rest] = code.split('/');
  return `${phase ?? code}: ${rest.join('/').replace(/-/g, ' ')}`.trim();
}
