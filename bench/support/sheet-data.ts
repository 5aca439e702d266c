/**
 * Realistic analyst ranges for the benchmarks, as Excel passes them to a custom function: one array per row, blank
 * cells as null or "", a few text cells ("n/a", "—") in number columns, dates as serial numbers. Seeded, so every
 * run times the same data.
 */
import { seededRandom } from "../../tests/support/seeded-random";

export type Cell = number | string | boolean | null;
export type Column = Cell[][];

const TEXT_IN_NUMBERS = ["n/a", "—", "未披露"];
const RATINGS = ["AAA", "AAA", "AA+", "AA+", "AA+", "AA", "AA", "AA-", "A+", "NR"];
const TENORS = [0.5, 1, 2, 3, 3, 3, 5, 5, 7, 10];
/** 2018-01-01 and 2035-12-31 as Excel serial numbers. */
const FIRST_SERIAL = 43101;
const LAST_SERIAL = 49674;

/** A cell that is blank about `blankShare` of the time (alternating null and "", as hosts differ), else `value()`. */
function sometimesBlank(random: () => number, blankShare: number, value: () => Cell): Cell {
  const draw = random();
  if (draw < blankShare / 2) return null;
  if (draw < blankShare) return "";
  return value();
}

function column(rows: number, cell: () => Cell): Column {
  return Array.from({ length: rows }, () => [cell()]);
}

/** Amounts in 亿元 (0.5 to ~2,000, skewed like the industry's assets), 4% blank, 2% text. */
export function amounts(rows: number, seed: number): Column {
  const random = seededRandom(seed);
  return column(rows, () =>
    sometimesBlank(random, 0.04, () =>
      random() < 0.02
        ? TEXT_IN_NUMBERS[Math.floor(random() * TEXT_IN_NUMBERS.length)]
        : Math.round(Math.exp(random() * 8) * 100) / 100,
    ),
  );
}

/** Yields as decimals (1.8%–6%), 3% blank. */
export function yields(rows: number, seed: number): Column {
  const random = seededRandom(seed);
  return column(rows, () => sometimesBlank(random, 0.03, () => Math.round((0.018 + random() * 0.042) * 1e5) / 1e5));
}

/** Short names (公司0, 公司1, …), one per row, as a label column. */
export function labels(rows: number): Column {
  return Array.from({ length: rows }, (_, i) => [`公司${i}`]);
}

/** Date serials between 2018 and 2035, 3% blank. */
export function dates(rows: number, seed: number): Column {
  const random = seededRandom(seed);
  return column(rows, () =>
    sometimesBlank(random, 0.03, () => FIRST_SERIAL + Math.floor(random() * (LAST_SERIAL - FIRST_SERIAL))),
  );
}

/** Exercise (put/call) dates: blank for most bonds, a date serial for about a quarter. */
export function exerciseDates(rows: number, seed: number): Column {
  const random = seededRandom(seed);
  return column(rows, () =>
    random() < 0.25 ? FIRST_SERIAL + Math.floor(random() * (LAST_SERIAL - FIRST_SERIAL)) : random() < 0.5 ? "" : null,
  );
}

/** Tenors in years, 2% blank. */
export function tenors(rows: number, seed: number): Column {
  const random = seededRandom(seed);
  return column(rows, () => sometimesBlank(random, 0.02, () => TENORS[Math.floor(random() * TENORS.length)]));
}

/** Ratings as analysts paste them (mostly AAA–AA, some NR), 5% blank. */
export function ratings(rows: number, seed: number): Column {
  const random = seededRandom(seed);
  return column(rows, () => sometimesBlank(random, 0.05, () => RATINGS[Math.floor(random() * RATINGS.length)]));
}
