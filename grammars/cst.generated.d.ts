// generated — do not edit. Produced by scripts/gen-grammar-artifacts.ts from grammars/parser.ts
// (chevrotain generateCstDts). Regenerate with `npm run grammar:diagrams`.
import type { CstNode, ICstVisitor, IToken } from "chevrotain";

export interface StatementCstNode extends CstNode {
  name: "statement";
  children: StatementCstChildren;
}

export type StatementCstChildren = {
  setStatement?: SetStatementCstNode[];
  moveStatement?: MoveStatementCstNode[];
  ifStatement?: IfStatementCstNode[];
  caseOfStatement?: CaseOfStatementCstNode[];
  forStatement?: ForStatementCstNode[];
  forEachStatement?: ForEachStatementCstNode[];
  whileStatement?: WhileStatementCstNode[];
  repeatStatement?: RepeatStatementCstNode[];
  readStatement?: ReadStatementCstNode[];
  readEachStatement?: ReadEachStatementCstNode[];
  createStatement?: CreateStatementCstNode[];
  updateStatement?: UpdateStatementCstNode[];
  deleteStatement?: DeleteStatementCstNode[];
  useStatement?: UseStatementCstNode[];
  exitStateStatement?: ExitStateStatementCstNode[];
  commandStatement?: CommandStatementCstNode[];
  escapeStatement?: EscapeStatementCstNode[];
  nextStatement?: NextStatementCstNode[];
  associateStatement?: AssociateStatementCstNode[];
  disassociateStatement?: DisassociateStatementCstNode[];
  transferStatement?: TransferStatementCstNode[];
  summarizeStatement?: SummarizeStatementCstNode[];
  makeStatement?: MakeStatementCstNode[];
  printerTerminalStatement?: PrinterTerminalStatementCstNode[];
  externalStatement?: ExternalStatementCstNode[];
  Dot?: IToken[];
};

export interface SetStatementCstNode extends CstNode {
  name: "setStatement";
  children: SetStatementCstChildren;
}

export type SetStatementCstChildren = {
  Set: IToken[];
  subscriptOf?: SubscriptOfCstNode[];
  reference?: ReferenceCstNode[];
  Rounded?: IToken[];
  NotRounded?: IToken[];
  To?: IToken[];
  expression?: ExpressionCstNode[];
  Using?: IToken[];
  Identifier?: IToken[];
  useClause?: UseClauseCstNode[];
};

export interface MoveStatementCstNode extends CstNode {
  name: "moveStatement";
  children: MoveStatementCstChildren;
}

export type MoveStatementCstChildren = {
  Move: IToken[];
  reference: (ReferenceCstNode)[];
  To: IToken[];
};

export interface IfStatementCstNode extends CstNode {
  name: "ifStatement";
  children: IfStatementCstChildren;
}

export type IfStatementCstChildren = {
  If: IToken[];
  expression: ExpressionCstNode[];
};

export interface CaseOfStatementCstNode extends CstNode {
  name: "caseOfStatement";
  children: CaseOfStatementCstChildren;
}

export type CaseOfStatementCstChildren = {
  CaseOf: IToken[];
  expression: ExpressionCstNode[];
};

export interface ForStatementCstNode extends CstNode {
  name: "forStatement";
  children: ForStatementCstChildren;
}

export type ForStatementCstChildren = {
  For: IToken[];
  subscriptOf?: SubscriptOfCstNode[];
  reference?: ReferenceCstNode[];
  From: IToken[];
  fromValue: ExpressionCstNode[];
  To: IToken[];
  toValue: ExpressionCstNode[];
  By?: IToken[];
  byValue?: ExpressionCstNode[];
};

export interface ForEachStatementCstNode extends CstNode {
  name: "forEachStatement";
  children: ForEachStatementCstChildren;
}

export type ForEachStatementCstChildren = {
  ForEach: IToken[];
  Identifier: IToken[];
  targeting?: TargetingCstNode[];
};

export interface WhileStatementCstNode extends CstNode {
  name: "whileStatement";
  children: WhileStatementCstChildren;
}

export type WhileStatementCstChildren = {
  While: IToken[];
  expression: ExpressionCstNode[];
  targeting?: TargetingCstNode[];
};

export interface RepeatStatementCstNode extends CstNode {
  name: "repeatStatement";
  children: RepeatStatementCstChildren;
}

export type RepeatStatementCstChildren = {
  Repeat: IToken[];
};

export interface ReadStatementCstNode extends CstNode {
  name: "readStatement";
  children: ReadStatementCstChildren;
}

export type ReadStatementCstChildren = {
  Read: IToken[];
  viewList: ViewListCstNode[];
  whereClause?: WhereClauseCstNode[];
};

export interface ReadEachStatementCstNode extends CstNode {
  name: "readEachStatement";
  children: ReadEachStatementCstChildren;
}

export type ReadEachStatementCstChildren = {
  ReadEach: IToken[];
  viewList: ViewListCstNode[];
  targeting?: TargetingCstNode[];
  sortedBy?: SortedByCstNode[];
  whereClause?: WhereClauseCstNode[];
};

export interface CreateStatementCstNode extends CstNode {
  name: "createStatement";
  children: CreateStatementCstChildren;
}

export type CreateStatementCstChildren = {
  Create: IToken[];
  reference: ReferenceCstNode[];
};

export interface UpdateStatementCstNode extends CstNode {
  name: "updateStatement";
  children: UpdateStatementCstChildren;
}

export type UpdateStatementCstChildren = {
  Update: IToken[];
  reference: ReferenceCstNode[];
};

export interface DeleteStatementCstNode extends CstNode {
  name: "deleteStatement";
  children: DeleteStatementCstChildren;
}

export type DeleteStatementCstChildren = {
  Delete: IToken[];
  reference: ReferenceCstNode[];
};

export interface ViewListCstNode extends CstNode {
  name: "viewList";
  children: ViewListCstChildren;
}

export type ViewListCstChildren = {
  nameSequence: (NameSequenceCstNode)[];
  Comma?: IToken[];
};

export interface WhereClauseCstNode extends CstNode {
  name: "whereClause";
  children: WhereClauseCstChildren;
}

export type WhereClauseCstChildren = {
  Where: IToken[];
  expression: ExpressionCstNode[];
};

export interface TargetingCstNode extends CstNode {
  name: "targeting";
  children: TargetingCstChildren;
}

export type TargetingCstChildren = {
  And?: IToken[];
  Targeting: IToken[];
  Identifier: IToken[];
  FromTheBeginning?: IToken[];
  UntilFull?: IToken[];
};

export interface SortedByCstNode extends CstNode {
  name: "sortedBy";
  children: SortedByCstChildren;
}

export type SortedByCstChildren = {
  SortedBy: IToken[];
  sortKey: (SortKeyCstNode)[];
  Comma?: IToken[];
};

export interface SortKeyCstNode extends CstNode {
  name: "sortKey";
  children: SortKeyCstChildren;
}

export type SortKeyCstChildren = {
  Ascending?: IToken[];
  Descending?: IToken[];
  reference: ReferenceCstNode[];
};

export interface UseStatementCstNode extends CstNode {
  name: "useStatement";
  children: UseStatementCstChildren;
}

export type UseStatementCstChildren = {
  Use: IToken[];
  Identifier?: IToken[];
  useClause?: UseClauseCstNode[];
};

export interface UseClauseCstNode extends CstNode {
  name: "useClause";
  children: UseClauseCstChildren;
}

export type UseClauseCstChildren = {
  WhichImports?: IToken[];
  WhichExports?: IToken[];
  Comma?: IToken[];
  viewMatch: ViewMatchCstNode[];
};

export interface ViewMatchCstNode extends CstNode {
  name: "viewMatch";
  children: ViewMatchCstChildren;
}

export type ViewMatchCstChildren = {
  caller: ViewSideCstNode[];
  To?: IToken[];
  From?: IToken[];
  callee?: ViewSideCstNode[];
};

export interface ViewSideCstNode extends CstNode {
  name: "viewSide";
  children: ViewSideCstChildren;
}

export type ViewSideCstChildren = {
  ViewKind?: IToken[];
  nameSequence: NameSequenceCstNode[];
};

export interface ExitStateStatementCstNode extends CstNode {
  name: "exitStateStatement";
  children: ExitStateStatementCstChildren;
}

export type ExitStateStatementCstChildren = {
  ExitStateIs: IToken[];
  Identifier: IToken[];
};

export interface CommandStatementCstNode extends CstNode {
  name: "commandStatement";
  children: CommandStatementCstChildren;
}

export type CommandStatementCstChildren = {
  Command: IToken[];
  Is: IToken[];
  Identifier?: IToken[];
  StringLiteral?: IToken[];
  Keyword?: IToken[];
};

export interface EscapeStatementCstNode extends CstNode {
  name: "escapeStatement";
  children: EscapeStatementCstChildren;
}

export type EscapeStatementCstChildren = {
  Escape: IToken[];
};

export interface NextStatementCstNode extends CstNode {
  name: "nextStatement";
  children: NextStatementCstChildren;
}

export type NextStatementCstChildren = {
  Next: IToken[];
};

export interface MakeStatementCstNode extends CstNode {
  name: "makeStatement";
  children: MakeStatementCstChildren;
}

export type MakeStatementCstChildren = {
  Make: IToken[];
  reference: ReferenceCstNode[];
};

export interface PrinterTerminalStatementCstNode extends CstNode {
  name: "printerTerminalStatement";
  children: PrinterTerminalStatementCstChildren;
}

export type PrinterTerminalStatementCstChildren = {
  PrinterTerminal: IToken[];
  Is: IToken[];
  expression: ExpressionCstNode[];
};

export interface ExternalStatementCstNode extends CstNode {
  name: "externalStatement";
  children: ExternalStatementCstChildren;
}

export type ExternalStatementCstChildren = {
  External: IToken[];
};

export interface AssociateStatementCstNode extends CstNode {
  name: "associateStatement";
  children: AssociateStatementCstChildren;
}

export type AssociateStatementCstChildren = {
  Associate: IToken[];
  subject?: ReferenceCstNode[];
  With: IToken[];
  other: ReferenceCstNode[];
  whichRelationship: WhichRelationshipCstNode[];
};

export interface DisassociateStatementCstNode extends CstNode {
  name: "disassociateStatement";
  children: DisassociateStatementCstChildren;
}

export type DisassociateStatementCstChildren = {
  Disassociate: IToken[];
  subject?: ReferenceCstNode[];
  From: IToken[];
  other: ReferenceCstNode[];
  whichRelationship: WhichRelationshipCstNode[];
};

export interface TransferStatementCstNode extends CstNode {
  name: "transferStatement";
  children: TransferStatementCstChildren;
}

export type TransferStatementCstChildren = {
  Transfer: IToken[];
  subject?: ReferenceCstNode[];
  From: IToken[];
  other: ReferenceCstNode[];
  To: IToken[];
  target: ReferenceCstNode[];
  whichRelationship: WhichRelationshipCstNode[];
};

export interface WhichRelationshipCstNode extends CstNode {
  name: "whichRelationship";
  children: WhichRelationshipCstChildren;
}

export type WhichRelationshipCstChildren = {
  Which: IToken[];
  Identifier: IToken[];
  It: IToken[];
};

export interface SummarizeStatementCstNode extends CstNode {
  name: "summarizeStatement";
  children: SummarizeStatementCstChildren;
}

export type SummarizeStatementCstChildren = {
  Summarize?: IToken[];
  SummarizeEach?: IToken[];
  viewList: ViewListCstNode[];
  placing: PlacingCstNode[];
  whereClause?: WhereClauseCstNode[];
};

export interface PlacingCstNode extends CstNode {
  name: "placing";
  children: PlacingCstChildren;
}

export type PlacingCstChildren = {
  Placing: IToken[];
  Identifier: IToken[];
  LParen?: IToken[];
  expression?: ExpressionCstNode[];
  RParen?: IToken[];
  Into: IToken[];
  reference: ReferenceCstNode[];
};

export interface ClauseCstNode extends CstNode {
  name: "clause";
  children: ClauseCstChildren;
}

export type ClauseCstChildren = {
  ElseIf?: IToken[];
  expression?: (ExpressionCstNode)[];
  Else?: IToken[];
  caseClause?: CaseClauseCstNode[];
  Otherwise?: IToken[];
  whenClause?: WhenClauseCstNode[];
  Until?: IToken[];
};

export interface CaseClauseCstNode extends CstNode {
  name: "caseClause";
  children: CaseClauseCstChildren;
}

export type CaseClauseCstChildren = {
  Case: IToken[];
  expression: (ExpressionCstNode)[];
  Comma?: IToken[];
};

export interface WhenClauseCstNode extends CstNode {
  name: "whenClause";
  children: WhenClauseCstChildren;
}

export type WhenClauseCstChildren = {
  When: IToken[];
  Identifier?: IToken[];
  Keyword?: IToken[];
};

export interface ViewDeclarationCstNode extends CstNode {
  name: "viewDeclaration";
  children: ViewDeclarationCstChildren;
}

export type ViewDeclarationCstChildren = {
  EntityView?: IToken[];
  WorkView?: IToken[];
  Identifier?: (IToken)[];
  GroupView?: IToken[];
  cardinality?: CardinalityCstNode[];
  qualifierList?: QualifierListCstNode[];
};

export interface CardinalityCstNode extends CstNode {
  name: "cardinality";
  children: CardinalityCstChildren;
}

export type CardinalityCstChildren = {
  LParen: IToken[];
  NumberLiteral?: IToken[];
  Comma?: IToken[];
  Identifier?: IToken[];
  RParen: IToken[];
};

export interface QualifierListCstNode extends CstNode {
  name: "qualifierList";
  children: QualifierListCstChildren;
}

export type QualifierListCstChildren = {
  LParen: IToken[];
  qualifier: (QualifierCstNode)[];
  Comma?: IToken[];
  RParen: IToken[];
};

export interface QualifierCstNode extends CstNode {
  name: "qualifier";
  children: QualifierCstChildren;
}

export type QualifierCstChildren = {
  Identifier?: IToken[];
  NumberLiteral?: IToken[];
  Keyword?: IToken[];
};

export interface ExpressionCstNode extends CstNode {
  name: "expression";
  children: ExpressionCstChildren;
}

export type ExpressionCstChildren = {
  operand: OperandCstNode[];
  expressionTail?: ExpressionTailCstNode[];
};

export interface ExpressionTailCstNode extends CstNode {
  name: "expressionTail";
  children: ExpressionTailCstChildren;
}

export type ExpressionTailCstChildren = {
  BinaryOperator?: IToken[];
  operand?: OperandCstNode[];
  IsNull?: IToken[];
  IsNotNull?: IToken[];
  qualifiedReference?: QualifiedReferenceCstNode[];
};

export interface OperandCstNode extends CstNode {
  name: "operand";
  children: OperandCstChildren;
}

export type OperandCstChildren = {
  PrefixOperator?: IToken[];
  parenExpression?: ParenExpressionCstNode[];
  StringLiteral?: IToken[];
  NumberLiteral?: IToken[];
  SpecialValue?: IToken[];
  subscriptOf?: SubscriptOfCstNode[];
  lastOf?: LastOfCstNode[];
  functionCall?: FunctionCallCstNode[];
  reference?: ReferenceCstNode[];
  DateUnit?: IToken[];
};

export interface ParenExpressionCstNode extends CstNode {
  name: "parenExpression";
  children: ParenExpressionCstChildren;
}

export type ParenExpressionCstChildren = {
  LParen: IToken[];
  expression: ExpressionCstNode[];
  RParen: IToken[];
};

export interface FunctionCallCstNode extends CstNode {
  name: "functionCall";
  children: FunctionCallCstChildren;
}

export type FunctionCallCstChildren = {
  Identifier: IToken[];
  LParen: IToken[];
  expression?: (ExpressionCstNode)[];
  Comma?: IToken[];
  RParen: IToken[];
};

export interface SubscriptOfCstNode extends CstNode {
  name: "subscriptOf";
  children: SubscriptOfCstChildren;
}

export type SubscriptOfCstChildren = {
  SubscriptOf: IToken[];
  Identifier: IToken[];
};

export interface LastOfCstNode extends CstNode {
  name: "lastOf";
  children: LastOfCstChildren;
}

export type LastOfCstChildren = {
  LastOf: IToken[];
  Identifier: IToken[];
};

export interface ReferenceCstNode extends CstNode {
  name: "reference";
  children: ReferenceCstChildren;
}

export type ReferenceCstChildren = {
  ViewQualifier?: IToken[];
  Identifier: IToken[];
};

export interface QualifiedReferenceCstNode extends CstNode {
  name: "qualifiedReference";
  children: QualifiedReferenceCstChildren;
}

export type QualifiedReferenceCstChildren = {
  ViewQualifier: IToken[];
  Identifier: IToken[];
};

export interface NameSequenceCstNode extends CstNode {
  name: "nameSequence";
  children: NameSequenceCstChildren;
}

export type NameSequenceCstChildren = {
  Identifier: IToken[];
};

export interface ActionDiagramCstVisitor<IN, OUT> extends ICstVisitor<IN, OUT> {
  statement(children: StatementCstChildren, param?: IN): OUT;
  setStatement(children: SetStatementCstChildren, param?: IN): OUT;
  moveStatement(children: MoveStatementCstChildren, param?: IN): OUT;
  ifStatement(children: IfStatementCstChildren, param?: IN): OUT;
  caseOfStatement(children: CaseOfStatementCstChildren, param?: IN): OUT;
  forStatement(children: ForStatementCstChildren, param?: IN): OUT;
  forEachStatement(children: ForEachStatementCstChildren, param?: IN): OUT;
  whileStatement(children: WhileStatementCstChildren, param?: IN): OUT;
  repeatStatement(children: RepeatStatementCstChildren, param?: IN): OUT;
  readStatement(children: ReadStatementCstChildren, param?: IN): OUT;
  readEachStatement(children: ReadEachStatementCstChildren, param?: IN): OUT;
  createStatement(children: CreateStatementCstChildren, param?: IN): OUT;
  updateStatement(children: UpdateStatementCstChildren, param?: IN): OUT;
  deleteStatement(children: DeleteStatementCstChildren, param?: IN): OUT;
  viewList(children: ViewListCstChildren, param?: IN): OUT;
  whereClause(children: WhereClauseCstChildren, param?: IN): OUT;
  targeting(children: TargetingCstChildren, param?: IN): OUT;
  sortedBy(children: SortedByCstChildren, param?: IN): OUT;
  sortKey(children: SortKeyCstChildren, param?: IN): OUT;
  useStatement(children: UseStatementCstChildren, param?: IN): OUT;
  useClause(children: UseClauseCstChildren, param?: IN): OUT;
  viewMatch(children: ViewMatchCstChildren, param?: IN): OUT;
  viewSide(children: ViewSideCstChildren, param?: IN): OUT;
  exitStateStatement(children: ExitStateStatementCstChildren, param?: IN): OUT;
  commandStatement(children: CommandStatementCstChildren, param?: IN): OUT;
  escapeStatement(children: EscapeStatementCstChildren, param?: IN): OUT;
  nextStatement(children: NextStatementCstChildren, param?: IN): OUT;
  makeStatement(children: MakeStatementCstChildren, param?: IN): OUT;
  printerTerminalStatement(children: PrinterTerminalStatementCstChildren, param?: IN): OUT;
  externalStatement(children: ExternalStatementCstChildren, param?: IN): OUT;
  associateStatement(children: AssociateStatementCstChildren, param?: IN): OUT;
  disassociateStatement(children: DisassociateStatementCstChildren, param?: IN): OUT;
  transferStatement(children: TransferStatementCstChildren, param?: IN): OUT;
  whichRelationship(children: WhichRelationshipCstChildren, param?: IN): OUT;
  summarizeStatement(children: SummarizeStatementCstChildren, param?: IN): OUT;
  placing(children: PlacingCstChildren, param?: IN): OUT;
  clause(children: ClauseCstChildren, param?: IN): OUT;
  caseClause(children: CaseClauseCstChildren, param?: IN): OUT;
  whenClause(children: WhenClauseCstChildren, param?: IN): OUT;
  viewDeclaration(children: ViewDeclarationCstChildren, param?: IN): OUT;
  cardinality(children: CardinalityCstChildren, param?: IN): OUT;
  qualifierList(children: QualifierListCstChildren, param?: IN): OUT;
  qualifier(children: QualifierCstChildren, param?: IN): OUT;
  expression(children: ExpressionCstChildren, param?: IN): OUT;
  expressionTail(children: ExpressionTailCstChildren, param?: IN): OUT;
  operand(children: OperandCstChildren, param?: IN): OUT;
  parenExpression(children: ParenExpressionCstChildren, param?: IN): OUT;
  functionCall(children: FunctionCallCstChildren, param?: IN): OUT;
  subscriptOf(children: SubscriptOfCstChildren, param?: IN): OUT;
  lastOf(children: LastOfCstChildren, param?: IN): OUT;
  reference(children: ReferenceCstChildren, param?: IN): OUT;
  qualifiedReference(children: QualifiedReferenceCstChildren, param?: IN): OUT;
  nameSequence(children: NameSequenceCstChildren, param?: IN): OUT;
}
