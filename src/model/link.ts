// Linking by canonical UPPER_CASE name: `USE cab_x` → block `CAB_X`. Unresolved targets and names defined
// twice become diagnostics; unresolved targets also stay in the inventory (resolved: false) with their callers.
//
// Severity: an unresolved USE is a WARNING. Estate exports often lack some modules (other business systems,
// EAB stubs), the target still appears in the inventory, and the CLI exits 1 only for real input errors.
// A duplicate name is an ERROR: calls to it cannot be linked unambiguously.
import type { SourceSpan } from '../diagnostics/diagnostic.js';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { DiagnosticCodes } from '../diagnostics/codes.js';
import type { UnresolvedTarget } from './inventory-types.js';
import type { CallSite } from './metrics.js';

/** What linking needs to know of one block. */
export interface LinkableBlock {
  /** Canonical (UPPER_CASE) name. */
  name: string;
  file: string;
  line: number;
  span: SourceSpan;
  callSites: readonly CallSite[];
}

/** The result of linking: unresolved targets (sorted by name) and the link diagnostics. */
export interface LinkResult {
  unresolvedTargets: UnresolvedTarget[];
  diagnostics: Diagnostic[];
}

function byPlace(a: LinkableBlock, b: LinkableBlock): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line;
}

function duplicateDiagnostic(name: string, places: LinkableBlock[]): Diagnostic {
  const [first, second] = places as [LinkableBlock, LinkableBlock];
  const where = places.map((p) => `${p.file}:${p.line}`).join(', ');
  return createDiagnostic(
    DiagnosticCodes.linkDuplicateBlock,
    'error',
    'link',
    `Action block ${name} is defined ${places.length} times: ${where}`,
    second.span,
    {
      related: places.filter((p) => p !== second).map((p) => ({ message: `${name} ${p === first ? 'first ' : 'also '}defined here`, span: p.span })),
      data: { block: name, places: places.map((p) => ({ file: p.file, line: p.line })) },
    },
  );
}

/**
 * Link every call site to a defined block by canonical name. Each unresolved call site gets a
 * `link/unresolved-use` warning at the USE / SET USING; each name defined more than once gets one
 * `link/duplicate-block` error at its second definition, listing every place (message and related spans).
 */
export function linkBlocks(blocks: readonly LinkableBlock[]): LinkResult {
  const defined = new Map<string, LinkableBlock[]>();
  for (const b of blocks) {
    const list = defined.get(b.name);
    if (list) list.push(b);
    else defined.set(b.name, [b]);
  }
  const diagnostics: Diagnostic[] = [];
  for (const [name, places] of defined) {
    if (places.length > 1) diagnostics.push(duplicateDiagnostic(name, [...places].sort(byPlace)));
  }
  const callers = new Map<string, Set<string>>();
  for (const b of blocks) {
    for (const site of b.callSites) {
      if (defined.has(site.name)) continue;
      const set = callers.get(site.name) ?? new Set<string>();
      set.add(b.name);
      callers.set(site.name, set);
      diagnostics.push(
        createDiagnostic(
          DiagnosticCodes.linkUnresolvedUse,
          'warning',
          'link',
          `${b.name} uses ${site.name}, which no action block in the workspace defines`,
          site.span,
          { data: { caller: b.name, target: site.name } },
        ),
      );
    }
  }
  const unresolvedTargets: UnresolvedTarget[] = [...callers.keys()]
    .sort()
    .map((name) => ({ name, resolved: false as const, callers: [...(callers.get(name) as Set<string>)].sort() }));
  return { unresolvedTargets, diagnostics };
}
