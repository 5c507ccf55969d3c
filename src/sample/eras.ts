// Generator product lines across the eras of a long-lived Gen estate (reference §1), and the calendar helpers
// the sample generator uses for banner dates, listing header dates and release histories. UTC day numbers only.
import type { Rng } from './prng.js';

/** One product line with the copyright line that goes with it and the years it generated code in this estate. */
export interface GeneratorEra {
  generator: string;
  copyright: string;
  from: number;
  to: number;
  /** Generation option lines printed in the banner (older releases print fewer). */
  options: readonly string[];
  weight: number;
}

const BASE_OPTIONS = [
  'DEBUG TRACE OPTION NOT SELECTED',
  'DATA MODELING CONSTRAINT ENFORCEMENT NOT SELECTED',
  'OPTIMIZED IMPORT VIEW INITIALIZATION SELECTED',
];
const HIGH_PERF = 'HIGH PERFORMANCE VIEW PASSING SELECTED';
const LAST_NUM = 'LAST-STATEMENT-NUM EXECUTION SELECTED';
const DEFAULTS = 'ENFORCE DEFAULT VALUES WITH DBMS NOT SELECTED';
const INIT_NULL = 'INIT UNSPECIFIED OPTIONAL FIELDS TO NULL NOT SELECTED';

/** The product lines of reference §1 that this estate was generated with (the IEF era is older than the estate). */
export const ERAS: readonly GeneratorEra[] = [
  { generator: 'COOL:GEN', copyright: 'COPYRIGHT 1998, STERLING SOFTWARE, INC.', from: 1998, to: 2001, options: [...BASE_OPTIONS], weight: 8 },
  { generator: 'COOL:GEN', copyright: 'COPYRIGHT 2002, COMPUTER ASSOCIATES INTERNATIONAL, INC.', from: 2002, to: 2003, options: [...BASE_OPTIONS, HIGH_PERF], weight: 6 },
  { generator: 'ADVANTAGE(TM) GEN 6.5', copyright: 'COPYRIGHT 2004 COMPUTER ASSOCIATES INTERNATIONAL, INC.', from: 2004, to: 2009, options: [...BASE_OPTIONS, HIGH_PERF, LAST_NUM], weight: 18 },
  {
    generator: 'ALLFUSION(R) GEN R7.6',
    copyright: 'COPYRIGHT (C) 2009 CA.  ALL RIGHTS RESERVED.',
    from: 2009,
    to: 2011,
    options: [...BASE_OPTIONS, HIGH_PERF, LAST_NUM, DEFAULTS, 'DYNAMIC LINK (Z/OS) PROPERTY SET TO "Yes"'],
    weight: 14,
  },
  {
    generator: 'CA GEN R8',
    copyright: 'COPYRIGHT (C) 2013 CA. ALL RIGHTS RESERVED.',
    from: 2012,
    to: 2017,
    options: [...BASE_OPTIONS, HIGH_PERF, LAST_NUM, DEFAULTS, INIT_NULL, 'DYNAMIC LINK (Z/OS) USED BUS SYS DEFAULT OF "Yes"'],
    weight: 30,
  },
  {
    generator: 'CA GEN 8.5',
    copyright: 'COPYRIGHT (C) 2016 CA TECHNOLOGIES. ALL RIGHTS RESERVED.',
    from: 2016,
    to: 2023,
    options: [...BASE_OPTIONS, HIGH_PERF, LAST_NUM, DEFAULTS, INIT_NULL, 'DYNAMIC LINK (Z/OS) USED BUS SYS DEFAULT OF "Yes"'],
    weight: 24,
  },
];

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a calendar date. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Year, month, day of a day number. */
export function fromDay(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const p2 = (n: number): string => String(n).padStart(2, '0');

/** `MM/DD/YYYY` (listing header). */
export function formatUsDate(day: number): string {
  const d = fromDay(day);
  return `${p2(d.month)}/${p2(d.day)}/${d.year}`;
}
/** `YYYY/MM/DD` (banner). */
export function formatBannerDate(day: number): string {
  const d = fromDay(day);
  return `${d.year}/${p2(d.month)}/${p2(d.day)}`;
}
/** `DD-MM-YYYY` (release history in NOTEs). */
export function formatDutchDate(day: number): string {
  const d = fromDay(day);
  return `${p2(d.day)}-${p2(d.month)}-${d.year}`;
}
/** `YYYY-MM-DD`. */
export function formatIsoDate(day: number): string {
  const d = fromDay(day);
  return `${d.year}-${p2(d.month)}-${p2(d.day)}`;
}

/** A random working-hours time `HH:MM` (and seconds when asked). */
export function randomTime(rng: Rng, seconds = false): string {
  const t = `${p2(rng.int(7, 18))}:${p2(rng.int(0, 59))}`;
  return seconds ? `${t}:${p2(rng.int(0, 59))}` : t;
}

/** A random day within a year range (inclusive). */
export function randomDayIn(rng: Rng, fromYear: number, toYear: number): number {
  return rng.int(dayNumber(fromYear, 1, 2), dayNumber(toYear, 12, 22));
}

/** The last day of a month. */
export function lastDayOfMonth(year: number, month: number): number {
  return dayNumber(year, month + 1, 1) - 1;
}
