// The lexer: built with ensureOptimizations (it throws when a token loses the first-char optimisation,
// style.md §8.2), keywords vs identifiers, multi-word keywords, case rules, and the committed CST types.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { generateCstDts } from '../../grammars/chevrotain.js';
import { createActionDiagramLexer, lexerConfig } from '../../grammars/lexer.js';
import { actionDiagramParser } from '../../grammars/parser.js';

const names = (text: string) => createActionDiagramLexer().tokenize(text).tokens.map((t) => `${t.tokenType.name}:${t.image}`);

describe('action-diagram lexer', () => {
  it('is built with ensureOptimizations and does not throw', () => {
    expect(lexerConfig.ensureOptimizations).toBe(true);
    expect(() => createActionDiagramLexer({ ensureOptimizations: true, positionTracking: 'onlyOffset' })).not.toThrow();
  });

  it('reads multi-word keywords as one token, longest first', () => {
    expect(names('IS GREATER OR EQUAL TO IS GREATER THAN IS NOT EQUAL TO IS NOT NULL READ EACH FOR  EACH')).toEqual([
      'IsGreaterOrEqualTo:IS GREATER OR EQUAL TO',
      'IsGreaterThan:IS GREATER THAN',
      'IsNotEqualTo:IS NOT EQUAL TO',
      'IsNotNull:IS NOT NULL',
      'ReadEach:READ EACH',
      'ForEach:FOR  EACH',
    ]);
    expect(names('WHICH IMPORTS: EXIT STATE IS FROM THE BEGINNING UNTIL FULL SORTED BY SUBSCRIPT OF LAST OF Work View')).toEqual([
      'WhichImports:WHICH IMPORTS:',
      'ExitStateIs:EXIT STATE IS',
      'FromTheBeginning:FROM THE BEGINNING',
      'UntilFull:UNTIL FULL',
      'SortedBy:SORTED BY',
      'SubscriptOf:SUBSCRIPT OF',
      'LastOf:LAST OF',
      'WorkView:Work View',
    ]);
  });

  it('keeps names that contain or look like keywords as identifiers', () => {
    expect(names('is_part_of setting case count command USER_ID USING USE 1099_locate_request_nf 100 0.21')).toEqual([
      'Identifier:is_part_of',
      'Identifier:setting',
      'Identifier:case',
      'Identifier:count',
      'Identifier:command',
      'UserId:USER_ID',
      'Using:USING',
      'Use:USE',
      'Identifier:1099_locate_request_nf',
      'NumberLiteral:100',
      'NumberLiteral:0.21',
    ]);
  });

  it('reads connectives in any case but single-word statement keywords only in upper case', () => {
    expect(names('MOVE a to b and c')).toEqual(['Move:MOVE', 'Identifier:a', 'To:to', 'Identifier:b', 'And:and', 'Identifier:c']);
    expect(names('move')).toEqual(['Identifier:move']);
  });

  it('reads strings with doubled quotes, and unterminated strings as their own token', () => {
    expect(names('"say ""hi""" "open')).toEqual(['StringLiteral:"say ""hi"""', 'UnterminatedString:"open']);
  });

  it('reports unknown characters as lexing errors', () => {
    const r = createActionDiagramLexer().tokenize('a @ b');
    expect(r.errors.map((e) => [e.offset, e.length])).toEqual([[2, 1]]);
  });
});

describe('grammar artefacts', () => {
  it('grammars/cst.generated.d.ts matches the parser (regenerate with npm run grammar:diagrams)', () => {
    const committed = readFileSync(new URL('../../grammars/cst.generated.d.ts', import.meta.url), 'utf8');
    const fresh = generateCstDts(actionDiagramParser.getGAstProductions(), { visitorInterfaceName: 'ActionDiagramCstVisitor' });
    expect(committed.endsWith(fresh)).toBe(true);
    expect(committed.startsWith('// generated — do not edit')).toBe(true);
  });
});
