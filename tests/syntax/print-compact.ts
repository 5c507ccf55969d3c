// Test helper: prints a ParsedFile as compact, reviewable text (no spans) for fixture snapshots. References show
// how they were split: [view|type|attr @section] when resolved, [words ?] when not.
import type * as A from '../../src/ast/nodes.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

/** Options: `neutral` drops statement numbers and lines, so the three renderings of one block compare equal. */
export interface CompactOptions {
  neutral?: boolean;
}

/** The whole file: rendering, blocks, views and statements. */
export function printFile(f: A.ParsedFile, o: CompactOptions = {}): string {
  const out: string[] = [];
  if (!o.neutral) out.push(`rendering ${f.rendering}`);
  for (const b of f.blocks) printBlock(b, out, o);
  return out.join('\n') + '\n';
}

function printBlock(b: A.ActionBlock, out: string[], o: CompactOptions): void {
  const head = [`BLOCK ${b.name}`, b.nameValid ? '' : 'INVALID-NAME', o.neutral ? '' : `date=${b.date} time=${b.time} line=${b.line}`];
  if (!b.hasProcedureSection) head.push('no-procedure-section');
  out.push(head.filter((s) => s).join(' '));
  for (const sec of ['imports', 'exports', 'locals', 'entityActions'] as const) {
    if (b.views[sec].length === 0) continue;
    out.push(`  ${sec}:`);
    for (const v of b.views[sec]) printView(v, '    ', out);
  }
  out.push('  statements:');
  printStatements(b.statements, '    ', out, o);
}

function printView(v: A.View, ind: string, out: string[]): void {
  const q = v.qualifiers.length ? ` (${v.qualifiers.join(', ')})` : '';
  const attrs = v.attributes.length ? ` [${v.attributes.join(', ')}]` : '';
  if (v.kind === 'group') {
    out.push(`${ind}group ${v.name} card=${v.cardinality}${v.indexing ? ' ' + v.indexing : ''}${q}${attrs}`);
    for (const m of v.members) printView(m, ind + '  ', out);
  } else out.push(`${ind}${v.kind} ${v.name ?? '-'} ${v.type}${q}${attrs}`);
}

/** A reference as [view|type|attr @section] or [words ?]. */
export function ref(r: A.Reference): string {
  const q = r.qualifier ? `${r.qualifier} ` : '';
  if (!r.resolved) return `[${q}${r.words.join(' ')} ?]`;
  return `[${q}${r.view ?? '-'}|${r.type ?? '-'}|${r.attribute ?? '-'} @${r.section}]`;
}

/** An expression as an s-expression. */
export function expr(e: A.Expression | null): string {
  if (e === null) return 'null';
  switch (e.kind) {
    case 'Reference':
      return ref(e);
    case 'String':
      return JSON.stringify(e.value);
    case 'Number':
      return e.text;
    case 'Special':
      return e.name;
    case 'Name':
      return `name:${e.name}`;
    case 'Call':
      return `${e.name}(${e.args.map(expr).join(', ')})`;
    case 'Binary':
      return `(${e.op} ${expr(e.left)} ${expr(e.right)})`;
    case 'Unary':
      return `(${e.op}u ${expr(e.operand)})`;
    case 'DateUnit':
      return `(${e.unit} ${expr(e.value)})`;
    case 'SubscriptOf':
      return `(SUBSCRIPT OF ${e.group})`;
    case 'LastOf':
      return `(LAST OF ${e.group})`;
    case 'Paren':
      return `(paren ${expr(e.inner)})`;
    case 'Comparison':
      return `(${e.op} ${expr(e.left)} ${expr(e.right)})`;
    case 'Logical':
      return `(${e.op} ${expr(e.left)} ${expr(e.right)})`;
    case 'Not':
      return `(NOT ${expr(e.operand)})`;
    case 'IsNull':
      return `(${e.negated ? 'IS NOT NULL' : 'IS NULL'} ${expr(e.operand)})`;
    case 'Relationship':
      return `(REL ${e.relationship} ${ref(e.left)} ${ref(e.right)})`;
  }
}

function side(s: A.ViewMatchSide): string {
  return `${s.viewKind ?? ''}${s.viewKind ? ' ' : ''}${s.words.join(' ')}{${s.view ?? '-'}|${s.type ?? '-'}}`;
}

function matches(label: string, ms: A.ViewMatch[]): string {
  if (ms.length === 0) return '';
  return ` ${label}: ${ms.map((m) => (m.callee ? `${side(m.caller)} ${label === 'EXPORTS' ? 'FROM' : 'TO'} ${side(m.callee)}` : side(m.caller))).join('; ')}`;
}

function targeting(ts: A.Targeting[]): string {
  return ts.map((t) => ` TARGETING ${t.group}${t.fromTheBeginning ? ' FROM THE BEGINNING' : ''}${t.untilFull ? ' UNTIL FULL' : ''}`).join('');
}

function head(s: A.Statement): string {
  switch (s.kind) {
    case 'Note':
      return `Note ${JSON.stringify(s.lines)}`;
    case 'Empty':
    case 'External':
      return s.kind;
    case 'Set': {
      const target = s.target.kind === 'SubscriptOf' ? expr(s.target) : ref(s.target);
      const r = s.rounded ? ' ROUNDED' : s.notRounded ? ' NOT ROUNDED' : '';
      return s.using !== null ? `Set ${target}${r} USING ${s.using}${matches('IMPORTS', s.imports)}` : `Set ${target}${r} TO ${expr(s.value)}`;
    }
    case 'Move':
      return `Move ${ref(s.from)} TO ${ref(s.to)}`;
    case 'If':
      return `If ${expr(s.condition)}`;
    case 'Case':
      return `Case OF ${expr(s.subject)}`;
    case 'For':
      return `For ${s.variable.kind === 'SubscriptOf' ? expr(s.variable) : ref(s.variable)} FROM ${expr(s.from)} TO ${expr(s.to)}${s.by ? ' BY ' + expr(s.by) : ''}`;
    case 'ForEach':
      return `ForEach ${s.group}${targeting(s.targeting)}`;
    case 'While':
      return `While ${expr(s.condition)}${targeting(s.targeting)}`;
    case 'Repeat':
      return `Repeat UNTIL ${expr(s.until)}`;
    case 'Read':
      return `Read ${s.views.map(ref).join(' ')}${s.where ? ' WHERE ' + expr(s.where) : ''}`;
    case 'ReadEach':
      return `ReadEach ${s.views.map(ref).join(' ')}${targeting(s.targeting)}${s.sortedBy.map((k) => ` SORTED BY ${k.direction} ${ref(k.key)}`).join('')}${s.where ? ' WHERE ' + expr(s.where) : ''}`;
    case 'Create':
    case 'Update':
    case 'Delete':
      return `${s.kind} ${ref(s.view)}`;
    case 'Use':
      return `Use ${s.target ?? '<missing>'}${matches('IMPORTS', s.imports)}${matches('EXPORTS', s.exports)}`;
    case 'ExitState':
      return `ExitState ${s.name}`;
    case 'Command':
      return `Command ${s.value}`;
    case 'Escape':
    case 'Next':
      return `${s.kind} level=${s.level}`;
    case 'Associate':
      return `Associate ${s.view ? ref(s.view) : 'IT'} WITH ${ref(s.with)} WHICH ${s.relationship}`;
    case 'Disassociate':
      return `Disassociate ${s.view ? ref(s.view) : 'IT'} FROM ${ref(s.from)} WHICH ${s.relationship}`;
    case 'Transfer':
      return `Transfer ${s.view ? ref(s.view) : 'IT'} FROM ${ref(s.from)} TO ${ref(s.to)} WHICH ${s.relationship}`;
    case 'Summarize':
      return `Summarize${s.each ? ' EACH' : ''} ${s.views.map(ref).join(' ')}${s.placing.map((p) => ` PLACING ${p.fn}${p.arg ? '(' + expr(p.arg) + ')' : ''} INTO ${ref(p.into)}`).join('')}${s.where ? ' WHERE ' + expr(s.where) : ''}`;
    case 'Make':
      return `Make ${ref(s.target)} ${s.properties.join(' ')}`;
    case 'PrinterTerminal':
      return `PrinterTerminal ${expr(s.value)}`;
    case 'Unknown':
      return `Unknown[${s.reason}] ${s.keyword ?? '-'} ${JSON.stringify(s.text)}`;
  }
}

function printStatements(list: A.Statement[], ind: string, out: string[], o: CompactOptions): void {
  for (const s of list) {
    const pos = o.neutral ? '' : `${s.number === null ? '' : '#' + s.number + ' '}L${s.line} `;
    out.push(`${ind}${pos}${head(s)}`);
    const sub = ind + '    ';
    const clause = (label: string, body: A.Statement[]): void => {
      out.push(`${ind}  ${label}`);
      printStatements(body, sub, out, o);
    };
    switch (s.kind) {
      case 'If':
        clause('THEN', s.then);
        for (const c of s.elseIfs) clause(`ELSE IF ${expr(c.condition)}`, c.body);
        if (s.else) clause('ELSE', s.else);
        break;
      case 'Case':
        for (const c of s.cases) clause(`CASE ${c.values.map(expr).join(', ')}`, c.body);
        if (s.otherwise) clause('OTHERWISE', s.otherwise);
        break;
      case 'Create':
      case 'Update':
        if (s.actions.length) clause('ACTIONS', s.actions);
        for (const w of s.whens) clause(`WHEN ${w.condition}`, w.body);
        break;
      case 'Read':
      case 'Delete':
        for (const w of s.whens) clause(`WHEN ${w.condition}`, w.body);
        break;
      case 'For':
      case 'ForEach':
      case 'While':
      case 'Repeat':
      case 'ReadEach':
        clause('DO', s.body);
        break;
      case 'Unknown':
        if (s.body.length) clause('BODY', s.body);
        break;
      default:
        break;
    }
  }
}

/** Diagnostics, one per line: severity code line:col-endLine:endCol message. */
export function printDiagnostics(ds: readonly Diagnostic[]): string {
  return ds.map((d) => `${d.severity} ${d.code} ${d.span ? `${d.span.startLine}:${d.span.startColumn}-${d.span.endLine}:${d.span.endColumn}` : '-'} ${d.message}`).join('\n') + '\n';
}
