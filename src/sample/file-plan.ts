// Which block goes into which file: most into generated COBOL modules `<chain>/<SOURCE>.cbl` (some holding two
// listings), some into toolset prints `<chain>/prints/<name>.txt` (some holding several blocks), EABs always in a
// module of their own. Also source names, banners (product line by era) and the listing header dates.
import { chainByKey, type SampleChain } from './chains.js';
import { ERAS, formatBannerDate, formatUsDate, fromDay, randomDayIn, randomTime } from './eras.js';
import type { Rng } from './prng.js';
import type { PlannedBlock, PlannedFile, SamplePlan } from './plan-types.js';

const FIRST_RELEASE_YEAR = 1996;

function sourceLetter(b: PlannedBlock): string {
  if (b.kind === 'external') return 'X';
  if (b.kind === 'procedure-step') return 'P';
  const bs = b.businessSystem ?? '';
  const map: Record<string, string> = {
    'IH-AANGIFTE': 'A', 'IH-AANSLAG': 'S', 'IH-PARTNER': 'R', 'VPB-HEFFING': 'H', 'VPB-FISCALE-EENHEID': 'F',
    'LH-LOONAANGIFTE': 'L', 'LH-LOONHEFFING': 'H', 'CAB-ALGEMEEN': 'B', 'SI-BASISREGISTRATIES': 'S', 'FN-VERANTWOORDING': 'F',
  };
  return map[bs] ?? 'G';
}

function datesForModule(rng: Rng, members: PlannedBlock[], file: PlannedFile, chain: SampleChain): void {
  const era = rng.weighted(ERAS.map((e) => [e, e.weight] as const));
  const genDay = randomDayIn(rng, era.from, era.to);
  file.banner = {
    generator: era.generator,
    copyright: era.copyright,
    date: formatBannerDate(genDay),
    time: randomTime(rng, true),
    user: rng.pick(chain.users),
    options: [...era.options],
  };
  for (const b of members) setHeader(rng, b, genDay - rng.int(0, 45));
}

function setHeader(rng: Rng, b: PlannedBlock, headerDay: number): void {
  b.headerDay = headerDay;
  b.date = formatUsDate(headerDay);
  b.time = randomTime(rng);
  const headerYear = fromDay(headerDay).year;
  const firstYear = rng.int(Math.max(FIRST_RELEASE_YEAR, headerYear - 14), headerYear);
  b.firstDay = Math.min(headerDay, randomDayIn(rng, firstYear, firstYear));
}

/** Assign every block to a file, and give modules their source names and banners. */
export function assignFiles(plan: SamplePlan, rng: Rng): void {
  const counters = new Map<string, number>();
  const sourceName = (prefix: string): string => {
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    return `${prefix}${String(n).padStart(5, '0')}`;
  };
  const chains = ['IH', 'VPB', 'LH', 'SHARED'] as const;
  for (const chainKey of chains) {
    const chain = chainByKey(chainKey);
    const queue = plan.blocks.filter((b) => b.chain === chainKey);
    for (let i = 0; i < queue.length; ) {
      const first = queue[i] as PlannedBlock;
      const take = (count: number, allowExternal: boolean): PlannedBlock[] => {
        const out = [first];
        while (out.length < count && i + out.length < queue.length) {
          const nextBlock = queue[i + out.length] as PlannedBlock;
          if (!allowExternal && nextBlock.kind === 'external') break;
          out.push(nextBlock);
        }
        return out;
      };
      let members: PlannedBlock[];
      let file: PlannedFile;
      if (first.kind !== 'external' && rng.chance(0.2)) {
        members = take(rng.chance(0.35) ? rng.int(2, 4) : 1, false);
        file = { path: `${chain.dir}/prints/${first.name.toLowerCase()}.txt`, format: 'print', chain: chainKey, blocks: [], sourceName: null, banner: null };
        const printDay = randomDayIn(rng, 2014, 2024);
        for (const b of members) setHeader(rng, b, printDay - rng.int(0, 400));
      } else {
        members = first.kind === 'external' ? [first] : take(rng.chance(0.12) ? 2 : 1, false);
        const name = sourceName(`${chain.sourcePrefix}${sourceLetter(first)}`);
        file = { path: `${chain.dir}/${name}.cbl`, format: 'cobol', chain: chainKey, blocks: [], sourceName: name, banner: null };
        datesForModule(rng, members, file, chain);
      }
      const fileIndex = plan.files.length;
      for (const b of members) {
        b.file = fileIndex;
        file.blocks.push(b.index);
      }
      plan.files.push(file);
      i += members.length;
    }
  }
}
