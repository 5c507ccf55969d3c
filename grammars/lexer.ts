// The one action-diagram lexer, built once at module load and reused for every logical unit (style.md §8.1).
// Positions are offsets only: the syntax layer maps them back to original lines/columns through its segment map.
import type { ILexerConfig, Lexer as ChevrotainLexer } from 'chevrotain';
import { Lexer } from './chevrotain.js';
import { allTokens } from './tokens.js';

/** Lexer options used by the shared instance; `ensureOptimizations` proves every token keeps the first-char optimisation. */
export const lexerConfig: ILexerConfig = {
  positionTracking: 'onlyOffset',
  ensureOptimizations: true,
};

/** Build a lexer with the given options (tests use this to check `ensureOptimizations`). */
export function createActionDiagramLexer(config: ILexerConfig = lexerConfig): ChevrotainLexer {
  return new Lexer(allTokens, config);
}

/** The shared lexer instance. */
export const actionDiagramLexer: ChevrotainLexer = createActionDiagramLexer();
