// The reading of a common view declaration (`Entity View name type (q, q)`, `Group View name`) straight from
// its tokens, skipping the parser: exactly what the `viewDeclaration` rule and its visitor give for these token
// sequences. Anything else (cardinality, odd tokens, a malformed list) returns null and goes to the parser.
import type { IToken } from 'chevrotain';
import { tokenMatcher } from '../../grammars/chevrotain.js';
import { Comma, EntityView, GroupView, Identifier, Keyword, LParen, NumberLiteral, RParen, WorkView } from '../../grammars/tokens.js';
import type { ViewHead } from './build-clauses.js';
import { img } from './build-context.js';

/** The head of `EntityView|WorkView Identifier+ [qualifiers]` or `GroupView Identifier`, else null. */
export function quickViewHead(tokens: IToken[]): ViewHead | null {
  const n = tokens.length;
  if (n < 2) return null;
  const type = (tokens[0] as IToken).tokenType;
  const group = type === GroupView;
  if (group ? n !== 2 : type !== EntityView && type !== WorkView) return null;
  const words: string[] = [];
  let i = 1;
  while (i < n && (tokens[i] as IToken).tokenType === Identifier) words.push(img(tokens[i++] as IToken));
  if (words.length === 0) return null;
  const qualifiers = i < n ? readQualifiers(tokens, i) : [];
  if (qualifiers === null) return null;
  return { kind: group ? 'group' : type === WorkView ? 'work' : 'entity', words, qualifiers, cardinality: null, indexing: null };
}

/** `( q , q … )` up to the last token, each q one or more identifier/number/keyword images joined by a space. */
function readQualifiers(tokens: IToken[], from: number): string[] | null {
  const n = tokens.length;
  if ((tokens[from] as IToken).tokenType !== LParen || (tokens[n - 1] as IToken).tokenType !== RParen) return null;
  const out: string[] = [];
  let parts: string[] = [];
  for (let i = from + 1; i < n; i++) {
    const t = tokens[i] as IToken;
    const tt = t.tokenType;
    if (tt === Comma || i === n - 1) {
      if (parts.length === 0) return null;
      out.push(parts.join(' '));
      parts = [];
    } else if (tt === Identifier || tt === NumberLiteral || tokenMatcher(t, Keyword)) parts.push(img(t));
    else return null;
  }
  return out;
}
