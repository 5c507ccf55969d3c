// The analyses as JSON (`coolgen analyze --format json`, `coolgen impact --format json`): the result objects as
// they are, 2-space indented. Pure.
import type { AnalysisResult, ImpactResult } from '../analysis/analysis-types.js';

/** Render an AnalysisResult as JSON text ending in a newline. */
export function renderAnalysisJson(result: AnalysisResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** Render an ImpactResult as JSON text ending in a newline. */
export function renderImpactJson(impact: ImpactResult): string {
  return `${JSON.stringify(impact, null, 2)}\n`;
}
