// SARIF reporter of `coolgen progress`: regressions, a broken --max-debt, blockers and scan/ledger findings as
// SARIF results, for code-scanning upload in CI. Pure; built on the shared renderSarif.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { renderSarif, type SarifOptions } from './sarif.js';

/** Descriptions of the progress rules shown by SARIF viewers. */
const PROGRESS_RULES = [
  { id: 'progress/regression', description: 'A block is in a worse migration state than in the baseline (or appeared unmigrated).' },
  { id: 'progress/threshold-exceeded', description: 'The remaining technical debt is above --max-debt.' },
  { id: 'progress/blocker', description: 'A migrated block still calls a block that is legacy or stubbed.' },
  { id: 'progress/unknown-tag', description: 'A @coolgen tag names no block of the estate.' },
  { id: 'progress/duplicate-tag', description: 'A block name is tagged @coolgen more than once.' },
];

/** Render the diagnostics of a progress run as SARIF 2.1.0. */
export function renderProgressSarif(diagnostics: readonly Diagnostic[], version: string, options: SarifOptions = {}): string {
  return renderSarif(diagnostics, { name: 'coolgen-progress', version, informationUri: 'https://github.com/coolgen-toolkit/coolgen-toolkit', rules: PROGRESS_RULES }, options);
}
