// The action-diagram grammar: one CstParser, rules as class fields, no embedded actions (style.md §8.4).
// It parses ONE logical unit at a time (a statement, a bracket clause or a view declaration); the line layer in
// src/syntax has already removed brackets, statement numbers and NOTE text, and joined continuation lines.
import type { CstNode } from 'chevrotain';
import { CstParser } from './chevrotain.js';
import * as T from './tokens.js';

/** The grammar. Entry rules: `statement`, `clause`, `viewDeclaration` (see action-diagram.ebnf.md). */
export class ActionDiagramParser extends CstParser {
  constructor() {
    super(T.allTokens, { recoveryEnabled: false, maxLookahead: 3 });
    this.performSelfAnalysis();
  }

  // ---- entry: one statement (reference §5) ----
  public statement = this.RULE('statement', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.setStatement) },
      { ALT: () => this.SUBRULE(this.moveStatement) },
      { ALT: () => this.SUBRULE(this.ifStatement) },
      { ALT: () => this.SUBRULE(this.caseOfStatement) },
      { ALT: () => this.SUBRULE(this.forStatement) },
      { ALT: () => this.SUBRULE(this.forEachStatement) },
      { ALT: () => this.SUBRULE(this.whileStatement) },
      { ALT: () => this.SUBRULE(this.repeatStatement) },
      { ALT: () => this.SUBRULE(this.readStatement) },
      { ALT: () => this.SUBRULE(this.readEachStatement) },
      { ALT: () => this.SUBRULE(this.createStatement) },
      { ALT: () => this.SUBRULE(this.updateStatement) },
      { ALT: () => this.SUBRULE(this.deleteStatement) },
      { ALT: () => this.SUBRULE(this.useStatement) },
      { ALT: () => this.SUBRULE(this.exitStateStatement) },
      { ALT: () => this.SUBRULE(this.commandStatement) },
      { ALT: () => this.SUBRULE(this.escapeStatement) },
      { ALT: () => this.SUBRULE(this.nextStatement) },
      { ALT: () => this.SUBRULE(this.associateStatement) },
      { ALT: () => this.SUBRULE(this.disassociateStatement) },
      { ALT: () => this.SUBRULE(this.transferStatement) },
      { ALT: () => this.SUBRULE(this.summarizeStatement) },
      { ALT: () => this.SUBRULE(this.makeStatement) },
      { ALT: () => this.SUBRULE(this.printerTerminalStatement) },
      { ALT: () => this.SUBRULE(this.externalStatement) },
    ]);
    this.OPTION(() => this.CONSUME(T.Dot));
  });

  // ---- SET / MOVE (reference §5.2, §5.3) ----
  public setStatement = this.RULE('setStatement', () => {
    this.CONSUME(T.Set);
    this.OR([
      { ALT: () => this.SUBRULE(this.subscriptOf) },
      { ALT: () => this.SUBRULE(this.reference) },
    ]);
    this.OPTION(() => this.OR2([{ ALT: () => this.CONSUME(T.Rounded) }, { ALT: () => this.CONSUME(T.NotRounded) }]));
    this.OR3([
      { ALT: () => { this.CONSUME(T.To); this.SUBRULE(this.expression); } },
      { ALT: () => { this.CONSUME(T.Using); this.CONSUME(T.Identifier); this.MANY(() => this.SUBRULE(this.useClause)); } },
    ]);
  });

  public moveStatement = this.RULE('moveStatement', () => {
    this.CONSUME(T.Move);
    this.SUBRULE(this.reference);
    this.CONSUME(T.To);
    this.SUBRULE2(this.reference);
  });

  // ---- conditions and loops: only the construct header; bodies come from the bracket structure (§5.4-§5.6) ----
  public ifStatement = this.RULE('ifStatement', () => {
    this.CONSUME(T.If);
    this.SUBRULE(this.expression);
  });

  public caseOfStatement = this.RULE('caseOfStatement', () => {
    this.CONSUME(T.CaseOf);
    this.SUBRULE(this.expression);
  });

  public forStatement = this.RULE('forStatement', () => {
    this.CONSUME(T.For);
    this.OR([
      { ALT: () => this.SUBRULE(this.subscriptOf) },
      { ALT: () => this.SUBRULE(this.reference) },
    ]);
    this.CONSUME(T.From);
    this.SUBRULE(this.expression, { LABEL: 'fromValue' });
    this.CONSUME(T.To);
    this.SUBRULE2(this.expression, { LABEL: 'toValue' });
    this.OPTION(() => {
      this.CONSUME(T.By);
      this.SUBRULE3(this.expression, { LABEL: 'byValue' });
    });
  });

  public forEachStatement = this.RULE('forEachStatement', () => {
    this.CONSUME(T.ForEach);
    this.CONSUME(T.Identifier);
    this.MANY(() => this.SUBRULE(this.targeting));
  });

  public whileStatement = this.RULE('whileStatement', () => {
    this.CONSUME(T.While);
    this.SUBRULE(this.expression);
    this.MANY(() => this.SUBRULE(this.targeting));
  });

  public repeatStatement = this.RULE('repeatStatement', () => {
    this.CONSUME(T.Repeat);
  });

  // ---- entity actions: READ / READ EACH / CREATE / UPDATE / DELETE (reference §5.10-§5.14) ----
  public readStatement = this.RULE('readStatement', () => {
    this.CONSUME(T.Read);
    this.SUBRULE(this.viewList);
    this.OPTION(() => this.SUBRULE(this.whereClause));
  });

  public readEachStatement = this.RULE('readEachStatement', () => {
    this.CONSUME(T.ReadEach);
    this.SUBRULE(this.viewList);
    this.MANY(() => this.OR([{ ALT: () => this.SUBRULE(this.targeting) }, { ALT: () => this.SUBRULE(this.sortedBy) }]));
    this.OPTION(() => this.SUBRULE(this.whereClause));
  });

  public createStatement = this.RULE('createStatement', () => {
    this.CONSUME(T.Create);
    this.SUBRULE(this.reference);
  });

  public updateStatement = this.RULE('updateStatement', () => {
    this.CONSUME(T.Update);
    this.SUBRULE(this.reference);
  });

  public deleteStatement = this.RULE('deleteStatement', () => {
    this.CONSUME(T.Delete);
    this.SUBRULE(this.reference);
  });

  /** One or more views: name groups separated by commas or juxtaposed; the symbol table splits a group. */
  private viewList = this.RULE('viewList', () => {
    this.SUBRULE(this.nameSequence);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.SUBRULE2(this.nameSequence);
    });
  });

  private whereClause = this.RULE('whereClause', () => {
    this.CONSUME(T.Where);
    this.SUBRULE(this.expression);
  });

  private targeting = this.RULE('targeting', () => {
    this.OPTION(() => this.CONSUME(T.And));
    this.CONSUME(T.Targeting);
    this.CONSUME(T.Identifier);
    this.OPTION2(() => this.CONSUME(T.FromTheBeginning));
    this.OPTION3(() => this.CONSUME(T.UntilFull));
  });

  private sortedBy = this.RULE('sortedBy', () => {
    this.CONSUME(T.SortedBy);
    this.SUBRULE(this.sortKey);
    this.MANY(() => {
      this.OPTION(() => this.CONSUME(T.Comma));
      this.SUBRULE2(this.sortKey);
    });
  });

  private sortKey = this.RULE('sortKey', () => {
    this.OPTION(() => this.OR([{ ALT: () => this.CONSUME(T.Ascending) }, { ALT: () => this.CONSUME(T.Descending) }]));
    this.SUBRULE(this.reference);
  });

  // ---- USE and view matching (reference §5.9) ----
  public useStatement = this.RULE('useStatement', () => {
    this.CONSUME(T.Use);
    this.OPTION(() => this.CONSUME(T.Identifier));
    this.MANY(() => this.SUBRULE(this.useClause));
  });

  private useClause = this.RULE('useClause', () => {
    this.OR([{ ALT: () => this.CONSUME(T.WhichImports) }, { ALT: () => this.CONSUME(T.WhichExports) }]);
    this.AT_LEAST_ONE(() => {
      this.OPTION(() => this.CONSUME(T.Comma));
      this.SUBRULE(this.viewMatch);
    });
  });

  private viewMatch = this.RULE('viewMatch', () => {
    this.SUBRULE(this.viewSide, { LABEL: 'caller' });
    this.OPTION(() => {
      this.OR([{ ALT: () => this.CONSUME(T.To) }, { ALT: () => this.CONSUME(T.From) }]);
      this.SUBRULE2(this.viewSide, { LABEL: 'callee' });
    });
  });

  private viewSide = this.RULE('viewSide', () => {
    this.OPTION(() => this.CONSUME(T.ViewKind));
    this.SUBRULE(this.nameSequence);
  });

  // ---- simple statements (reference §5.7, §5.8, §5.17) ----
  public exitStateStatement = this.RULE('exitStateStatement', () => {
    this.CONSUME(T.ExitStateIs);
    this.CONSUME(T.Identifier);
  });

  public commandStatement = this.RULE('commandStatement', () => {
    this.CONSUME(T.Command);
    this.CONSUME(T.Is);
    this.OR([
      { ALT: () => this.CONSUME(T.Identifier) },
      { ALT: () => this.CONSUME(T.StringLiteral) },
      { ALT: () => this.CONSUME(T.Keyword) },
    ]);
  });

  public escapeStatement = this.RULE('escapeStatement', () => {
    this.CONSUME(T.Escape);
  });

  public nextStatement = this.RULE('nextStatement', () => {
    this.CONSUME(T.Next);
  });

  public makeStatement = this.RULE('makeStatement', () => {
    this.CONSUME(T.Make);
    this.SUBRULE(this.reference);
  });

  public printerTerminalStatement = this.RULE('printerTerminalStatement', () => {
    this.CONSUME(T.PrinterTerminal);
    this.CONSUME(T.Is);
    this.SUBRULE(this.expression);
  });

  public externalStatement = this.RULE('externalStatement', () => {
    this.CONSUME(T.External);
  });

  // ---- relationship actions (reference §5.10, §5.15) ----
  public associateStatement = this.RULE('associateStatement', () => {
    this.CONSUME(T.Associate);
    this.OPTION(() => this.SUBRULE(this.reference, { LABEL: 'subject' }));
    this.CONSUME(T.With);
    this.SUBRULE2(this.reference, { LABEL: 'other' });
    this.SUBRULE(this.whichRelationship);
  });

  public disassociateStatement = this.RULE('disassociateStatement', () => {
    this.CONSUME(T.Disassociate);
    this.OPTION(() => this.SUBRULE(this.reference, { LABEL: 'subject' }));
    this.CONSUME(T.From);
    this.SUBRULE2(this.reference, { LABEL: 'other' });
    this.SUBRULE(this.whichRelationship);
  });

  public transferStatement = this.RULE('transferStatement', () => {
    this.CONSUME(T.Transfer);
    this.OPTION(() => this.SUBRULE(this.reference, { LABEL: 'subject' }));
    this.CONSUME(T.From);
    this.SUBRULE2(this.reference, { LABEL: 'other' });
    this.CONSUME(T.To);
    this.SUBRULE3(this.reference, { LABEL: 'target' });
    this.SUBRULE(this.whichRelationship);
  });

  private whichRelationship = this.RULE('whichRelationship', () => {
    this.CONSUME(T.Which);
    this.AT_LEAST_ONE(() => this.CONSUME(T.Identifier));
    this.CONSUME(T.It);
  });

  // ---- SUMMARIZE (reference §5.16) ----
  public summarizeStatement = this.RULE('summarizeStatement', () => {
    this.OR([{ ALT: () => this.CONSUME(T.Summarize) }, { ALT: () => this.CONSUME(T.SummarizeEach) }]);
    this.SUBRULE(this.viewList);
    this.AT_LEAST_ONE(() => this.SUBRULE(this.placing));
    this.OPTION(() => this.SUBRULE(this.whereClause));
  });

  private placing = this.RULE('placing', () => {
    this.CONSUME(T.Placing);
    this.CONSUME(T.Identifier);
    this.OPTION(() => {
      this.CONSUME(T.LParen);
      this.OPTION2(() => this.SUBRULE(this.expression));
      this.CONSUME(T.RParen);
    });
    this.CONSUME(T.Into);
    this.SUBRULE(this.reference);
  });

  // ---- entry: a bracket clause line: ELSE IF / ELSE / CASE / OTHERWISE / WHEN / UNTIL (§5.4, §5.5, §5.11) ----
  public clause = this.RULE('clause', () => {
    this.OR([
      { ALT: () => { this.CONSUME(T.ElseIf); this.SUBRULE(this.expression); } },
      { ALT: () => this.CONSUME(T.Else) },
      { ALT: () => this.SUBRULE(this.caseClause) },
      { ALT: () => this.CONSUME(T.Otherwise) },
      { ALT: () => this.SUBRULE(this.whenClause) },
      { ALT: () => { this.CONSUME(T.Until); this.SUBRULE2(this.expression); } },
    ]);
  });

  private caseClause = this.RULE('caseClause', () => {
    this.CONSUME(T.Case);
    this.SUBRULE(this.expression);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.SUBRULE2(this.expression);
    });
  });

  private whenClause = this.RULE('whenClause', () => {
    this.CONSUME(T.When);
    this.AT_LEAST_ONE(() => this.OR([{ ALT: () => this.CONSUME(T.Identifier) }, { ALT: () => this.CONSUME(T.Keyword) }]));
  });

  // ---- entry: one view declaration (reference §4) ----
  public viewDeclaration = this.RULE('viewDeclaration', () => {
    this.OR([
      {
        ALT: () => {
          this.OR2([{ ALT: () => this.CONSUME(T.EntityView) }, { ALT: () => this.CONSUME(T.WorkView) }]);
          this.AT_LEAST_ONE(() => this.CONSUME(T.Identifier));
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.GroupView);
          this.OPTION(() => this.SUBRULE(this.cardinality));
          this.CONSUME2(T.Identifier);
        },
      },
    ]);
    this.OPTION2(() => this.SUBRULE(this.qualifierList));
  });

  private cardinality = this.RULE('cardinality', () => {
    this.CONSUME(T.LParen);
    this.OPTION(() => this.CONSUME(T.NumberLiteral));
    this.OPTION2(() => this.CONSUME(T.Comma));
    this.OPTION3(() => this.CONSUME(T.Identifier));
    this.CONSUME(T.RParen);
  });

  private qualifierList = this.RULE('qualifierList', () => {
    this.CONSUME(T.LParen);
    this.SUBRULE(this.qualifier);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.SUBRULE2(this.qualifier);
    });
    this.CONSUME(T.RParen);
  });

  private qualifier = this.RULE('qualifier', () => {
    this.AT_LEAST_ONE(() =>
      this.OR([
        { ALT: () => this.CONSUME(T.Identifier) },
        { ALT: () => this.CONSUME(T.NumberLiteral) },
        { ALT: () => this.CONSUME(T.Keyword) },
      ]),
    );
  });

  // ---- expressions (reference §6) ----
  // Flat on purpose: an operand followed by operator tails. The visitor applies the precedence
  // OR < AND < NOT < comparison / IS NULL / relationship < + - < * / < ** < sign < date unit (see the EBNF);
  // a precedence ladder of rules would build a dozen CST nodes for every operand.
  public expression = this.RULE('expression', () => {
    this.SUBRULE(this.operand);
    this.MANY(() => this.SUBRULE(this.expressionTail));
  });

  /** An infix operator and its right operand, or a postfix test: IS [NOT] NULL, or the right side of a
   *  relationship condition `DESIRED a rel CURRENT b` (the relationship is the last name of the left side). */
  private expressionTail = this.RULE('expressionTail', () => {
    this.OR([
      { ALT: () => { this.CONSUME(T.BinaryOperator); this.SUBRULE(this.operand); } },
      { ALT: () => this.CONSUME(T.IsNull) },
      { ALT: () => this.CONSUME(T.IsNotNull) },
      { ALT: () => this.SUBRULE(this.qualifiedReference) },
    ]);
  });

  /** Prefix operators, one primary (kept inline: one CST node per operand), an optional date unit. */
  private operand = this.RULE('operand', () => {
    this.MANY(() => this.CONSUME(T.PrefixOperator));
    this.OR([
      { ALT: () => this.SUBRULE(this.parenExpression) },
      { ALT: () => this.CONSUME(T.StringLiteral) },
      { ALT: () => this.CONSUME(T.NumberLiteral) },
      { ALT: () => this.CONSUME(T.SpecialValue) },
      { ALT: () => this.SUBRULE(this.subscriptOf) },
      { ALT: () => this.SUBRULE(this.lastOf) },
      { GATE: () => this.LA(2).tokenType === T.LParen, ALT: () => this.SUBRULE(this.functionCall) },
      { ALT: () => this.SUBRULE(this.reference) },
    ]);
    this.OPTION(() => this.CONSUME(T.DateUnit));
  });

  private parenExpression = this.RULE('parenExpression', () => {
    this.CONSUME(T.LParen);
    this.SUBRULE(this.expression);
    this.CONSUME(T.RParen);
  });

  private functionCall = this.RULE('functionCall', () => {
    this.CONSUME(T.Identifier);
    this.CONSUME(T.LParen);
    this.OPTION(() => {
      this.SUBRULE(this.expression);
      this.MANY(() => {
        this.CONSUME(T.Comma);
        this.SUBRULE2(this.expression);
      });
    });
    this.CONSUME(T.RParen);
  });

  private subscriptOf = this.RULE('subscriptOf', () => {
    this.CONSUME(T.SubscriptOf);
    this.CONSUME(T.Identifier);
  });

  private lastOf = this.RULE('lastOf', () => {
    this.CONSUME(T.LastOf);
    this.CONSUME(T.Identifier);
  });

  /** An attribute or view reference: an optional qualifier and 1-3 names, split later with the view declarations. */
  private reference = this.RULE('reference', () => {
    this.OPTION(() => this.CONSUME(T.ViewQualifier));
    this.AT_LEAST_ONE(() => this.CONSUME(T.Identifier));
  });

  /** The right side of a relationship condition: a qualifier is required (`CURRENT taxpayer`). */
  private qualifiedReference = this.RULE('qualifiedReference', () => {
    this.CONSUME(T.ViewQualifier);
    this.AT_LEAST_ONE(() => this.CONSUME(T.Identifier));
  });

  private nameSequence = this.RULE('nameSequence', () => {
    this.AT_LEAST_ONE(() => this.CONSUME(T.Identifier));
  });
}

/** The shared parser instance, built once at module load. Reset per unit with `parser.input = tokens`. */
export const actionDiagramParser = new ActionDiagramParser();

/** The CST node type produced by every rule. */
export type { CstNode };
