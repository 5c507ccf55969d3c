// JSON reporter of `coolgen progress`: the ProgressReport as it is, plus the diagnostics of the run. Pure.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ProgressReport } from '../analysis/progress/types.js';

/** Render the progress report as 2-space JSON (the documented fields first, then the rest of the report). */
export function renderProgressJson(report: ProgressReport, diagnostics: readonly Diagnostic[] = []): string {
  return `${JSON.stringify({ ...report, diagnostics }, null, 2)}\n`;
}
