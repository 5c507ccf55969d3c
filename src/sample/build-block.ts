// Builds the ActionBlock AST of one planned block: its views, the purpose and release-history NOTEs, the first
// EXIT STATE, then the archetype or hand-written statements. Deterministic per block (its own seed), so blocks
// can be built in any order, one at a time.
import type { ActionBlock, Statement } from '../ast/nodes.js';
import { actionBlock, empty, exitState, external, note } from './ast-factory.js';
import { chainByKey } from './chains.js';
import { formatDutchDate, fromDay } from './eras.js';
import { RELEASE_REASONS } from './body-rates.js';
import { okExitState, pendingCalls, type BodyContext } from './body-kit.js';
import { wrapNote } from './body-fragments.js';
import { archetypeStatements } from './body-archetypes.js';
import { specialStatements } from './body-special.js';
import { createRng, mixSeed, type Rng } from './prng.js';
import { createViewKit, deriveInterface } from './views.js';
import type { PlannedBlock, SamplePlan } from './plan-types.js';

function purposeNote(block: PlannedBlock, rng: Rng): Statement {
  const lines = wrapNote(block.purpose);
  if (rng.chance(0.5)) lines.push(...wrapNote(`Keten ${block.domain}${block.businessSystem ? `, systeem ${block.businessSystem}` : ''}.`));
  return note(lines);
}

function historyNote(block: PlannedBlock, rng: Rng): Statement {
  const span = Math.max(0, block.headerDay - block.firstDay);
  const entries = Math.min(6, 1 + rng.int(0, Math.floor(span / 700)));
  const days = [block.firstDay];
  for (let i = 1; i < entries; i++) days.push(rng.int(block.firstDay + 1, Math.max(block.firstDay + 1, block.headerDay)));
  days.sort((x, y) => x - y);
  let major = 1;
  let minor = 0;
  let previous = '';
  const lines = ['RELEASE HISTORY'];
  days.forEach((day, i) => {
    if (i > 0) {
      if (rng.chance(0.2)) {
        major++;
        minor = 0;
      } else minor++;
    }
    const year = fromDay(day).year;
    const reasons = RELEASE_REASONS.filter((r) => r.from <= year && r.text !== previous && (!r.chains || r.chains.includes(block.chain)));
    const text = i === 0 ? 'Eerste versie' : (rng.pick(reasons.length > 0 ? reasons : RELEASE_REASONS)).text;
    previous = text;
    lines.push(`${String(major).padStart(2, '0')}_${String(minor).padStart(2, '0')} ${formatDutchDate(day)} ${text}`);
  });
  return note(lines);
}

/** Build the AST of block `index` of the plan. */
export function buildSampleBlock(plan: SamplePlan, index: number): ActionBlock {
  const block = plan.blocks[index];
  if (!block) throw new Error(`sample: no block ${index}`);
  const kit = createViewKit(deriveInterface(block, plan.seed));
  if (block.kind === 'external') return actionBlock(block.name, block.date, block.time, kit.sections, [external()]);
  const rng = createRng(mixSeed(plan.seed, index, 0xb0d7));
  const ctx: BodyContext = { rng, plan, block, chain: chainByKey(block.chain), kit, ok: okExitState(block), pending: pendingCalls(plan, block) };
  const statements: Statement[] = [purposeNote(block, rng), historyNote(block, rng)];
  if (rng.chance(0.35)) statements.push(empty());
  statements.push(exitState(ctx.ok));
  statements.push(...(block.special !== null ? specialStatements(ctx) : archetypeStatements(ctx)));
  return actionBlock(block.name, block.date, block.time, kit.sections, statements);
}

/** Counting per reference §16/§17 (every statement one; CASE, OTHERWISE, ELSE IF and WHEN lines none) and a
 * cyclomatic complexity (1 + IF, ELSE IF, CASE, loops, extra WHEN clauses) — used for the sample's history figures. */
export function countStatements(statements: readonly Statement[]): { statements: number; complexity: number } {
  let count = 0;
  let decisions = 0;
  const visit = (list: readonly Statement[]): void => {
    for (const s of list) {
      count++;
      switch (s.kind) {
        case 'If':
          decisions += 1 + s.elseIfs.length;
          visit(s.then);
          for (const e of s.elseIfs) visit(e.body);
          if (s.else) visit(s.else);
          break;
        case 'Case':
          decisions += s.cases.length;
          for (const c of s.cases) visit(c.body);
          if (s.otherwise) visit(s.otherwise);
          break;
        case 'For': case 'ForEach': case 'While': case 'Repeat': case 'ReadEach':
          decisions++;
          visit(s.body);
          break;
        case 'Read': case 'Create': case 'Update': case 'Delete':
          decisions += Math.max(0, s.whens.length - 1);
          if (s.kind === 'Create' || s.kind === 'Update') visit(s.actions);
          for (const w of s.whens) visit(w.body);
          break;
        default:
          break;
      }
    }
  };
  visit(statements);
  return { statements: count, complexity: 1 + decisions };
}
