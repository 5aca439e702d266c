/**
 * Every metric function, called as Excel calls it (through what CustomFunctions.associate registered) on 58-row and
 * 100,000-row ranges, against the limit: a minimal loop doing the same arithmetic on the same arrays
 * (metric-limits.ts). Before timing, each pair is checked to return the same figures, so a baseline cannot be
 * fast by doing less. Goals: ≤ 2× at 58 rows, ≤ 1.5× at 100,000 rows.
 */
import type { LoadedFunctions } from "../support/registered-functions";
import { atMost, makeRow, type Goal, type Row } from "../support/report";
import * as data from "../support/sheet-data";
import { compare, type TimingOptions } from "../support/timing";
import * as limit from "./metric-limits";

type Implementation = (...args: unknown[]) => unknown;

interface MetricCase {
  id: string;
  /** The arguments Excel passes for a sheet of `rows` rows. */
  args(rows: number): unknown[];
  /** The same result computed by the limit loop, from the same arguments. */
  limit(args: unknown[]): unknown;
  /**
   * For the scalar functions (ANNUALIZE, RATINGRANK): over a range Excel calls them once per cell of the first
   * argument and spills the results, so both ours and the limit (a minimal function of one cell) are timed as that
   * many calls, made the same way.
   */
  limitPerCell?: Implementation;
  /** Header rows ours puts above the figures (spills default to headers on). */
  headerRows?: number;
}

type C = data.Column;

const BOUNDS = [100, 300, 500, 1000];
const START_2024 = 45292;
const END_2024 = 45657;

/** Ratings without blanks or NR, for RATINGRANK: an unrated cell is an error there, and errors are not timed here. */
function ratedOnly(rows: number, seed: number): C {
  return data
    .ratings(rows * 2, seed)
    .filter(([rating]) => typeof rating === "string" && rating !== "" && rating !== "NR")
    .slice(0, rows);
}

export const METRIC_CASES: MetricCase[] = [
  { id: "TOP5SHARE", args: (n) => [data.amounts(n, 1), 5], limit: ([v, k]) => limit.top5share(v as C, k as number) },
  {
    id: "TOPN",
    args: (n) => [data.amounts(n, 1), data.labels(n), 5],
    limit: ([v, l, k]) => limit.topn(v as C, l as C, k as number),
    headerRows: 1,
  },
  {
    id: "SHARE",
    args: (n) => [data.amounts(n, 1), data.labels(n), "公司7"],
    limit: ([v, l, label]) => limit.share(v as C, l as C, label as string),
  },
  { id: "HHI", args: (n) => [data.amounts(n, 1)], limit: ([v]) => limit.hhi(v as C) },
  {
    id: "GROWTHRATE",
    args: (n) => [data.amounts(n, 2), data.amounts(n, 3)],
    limit: ([a, b]) => limit.growthrate(a as C, b as C),
  },
  {
    id: "ANNUALIZE",
    args: (n) => [data.yields(n, 4), 6],
    limit: (args) => perCell(limit.annualizeCell as Implementation, args)(),
    limitPerCell: limit.annualizeCell as Implementation,
  },
  {
    id: "ROA",
    args: (n) => [data.amounts(n, 5), data.amounts(n, 6), data.amounts(n, 7), 6],
    limit: ([p, b, e, m]) => limit.returnOnAverage(p as C, b as C, e as C, m as number),
  },
  {
    id: "ROE",
    args: (n) => [data.amounts(n, 8), data.amounts(n, 9), data.amounts(n, 10), 12],
    limit: ([p, b, e, m]) => limit.returnOnAverage(p as C, b as C, e as C, m as number),
  },
  {
    id: "DEBTRATIO",
    args: (n) => [data.amounts(n, 11), data.amounts(n, 12)],
    limit: ([a, b]) => limit.ratio(a as C, b as C),
  },
  {
    id: "CASHCOVER",
    args: (n) => [data.amounts(n, 13), data.amounts(n, 14)],
    limit: ([a, b]) => limit.ratio(a as C, b as C),
  },
  {
    id: "NETFINANCING",
    args: (n) => [data.amounts(n, 15), data.amounts(n, 16)],
    limit: ([a, b]) => limit.netfinancing(a as C, b as C),
  },
  {
    id: "BONDFLOWS",
    args: (n) => [data.amounts(n, 17), data.dates(n, 18), data.dates(n, 19), START_2024, END_2024],
    limit: ([a, i, m, s, e]) => limit.bondflows(a as C, i as C, m as C, s as number, e as number),
    headerRows: 1,
  },
  {
    id: "MATURITYPROFILE",
    args: (n) => [data.amounts(n, 20), data.dates(n, 21), data.exerciseDates(n, 22)],
    limit: ([a, m, x]) => limit.maturityprofile(a as C, m as C, x as C),
    headerRows: 1,
  },
  {
    id: "TERMSHARE",
    args: (n) => [data.tenors(n, 23), data.amounts(n, 24), 3],
    limit: ([t, a, tenor]) => limit.termshare(t as C, a as C, tenor as number),
  },
  {
    id: "ISSUANCESPLIT",
    args: (n) => [data.amounts(n, 25), data.tenors(n, 26)],
    limit: ([a, t]) => limit.issuancesplit(a as C, t as C),
    headerRows: 1,
  },
  {
    id: "DISTRIBUTION",
    args: (n) => [data.amounts(n, 27), BOUNDS.map((bound) => [bound])],
    limit: ([v]) => limit.distribution(v as C, BOUNDS),
    headerRows: 1,
  },
  { id: "RATINGDIST", args: (n) => [data.ratings(n, 28)], limit: ([r]) => limit.ratingdist(r as C), headerRows: 1 },
  {
    id: "RATINGRANK",
    args: (n) => [ratedOnly(n, 29)],
    limit: (args) => perCell(limit.ratingrankCell as Implementation, args)(),
    limitPerCell: limit.ratingrankCell as Implementation,
  },
  { id: "LOWERRATING", args: (n) => [data.ratings(n, 30)], limit: ([r]) => limit.lowerrating(r as C) },
  {
    id: "MIGRATION",
    args: (n) => [data.ratings(n, 31), data.ratings(n, 32)],
    limit: ([a, b]) => limit.migration(a as C, b as C),
    headerRows: 1,
  },
  {
    id: "SPREADBP",
    args: (n) => [data.yields(n, 33), [[0.0259]]],
    limit: ([y, b]) => limit.spreadbp(y as C, (b as number[][])[0][0]),
  },
];

/**
 * One call per cell of the first argument (a range), the other arguments as they are: how Excel calls a function of
 * single values over a range. Calls go through Reflect.apply (Function.prototype.apply), as Excel's runtime makes them.
 */
function perCell(implementation: Implementation, args: unknown[]): () => unknown[] {
  const [cells] = args as [C];
  const callArgs = [...args];
  return () => {
    const out = new Array<unknown>(cells.length);
    for (let i = 0; i < cells.length; i++) {
      callArgs[0] = cells[i][0];
      out[i] = Reflect.apply(implementation, undefined, callArgs);
    }
    return out;
  };
}

/** The two sides of a case, each a call of the whole range. */
function sides(implementation: Implementation, metricCase: MetricCase, args: unknown[]) {
  if (metricCase.limitPerCell) {
    return { ours: perCell(implementation, args), baseline: perCell(metricCase.limitPerCell, args) };
  }
  return { ours: () => Reflect.apply(implementation, undefined, args), baseline: () => metricCase.limit(args) };
}

function flatten(value: unknown): unknown[] {
  return Array.isArray(value) ? value.flatMap(flatten) : [value];
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  return a === b;
}

/** Throws unless ours and the limit return the same figures (ours' header row aside). */
function checkSameResult(metricCase: MetricCase, ours: unknown, expected: unknown): void {
  const rows = Array.isArray(ours) && metricCase.headerRows ? ours.slice(metricCase.headerRows) : ours;
  const a = flatten(rows);
  const b = flatten(expected);
  const mismatch = a.length !== b.length ? -1 : a.findIndex((value, i) => !same(value, b[i]));
  if (a.length !== b.length || mismatch >= 0) {
    throw new Error(
      `${metricCase.id}: ours and the limit loop disagree (at ${mismatch}): ` +
        `${JSON.stringify(a.slice(0, 8))} vs ${JSON.stringify(b.slice(0, 8))}`,
    );
  }
}

export const SIZES: { rows: number; goal: Goal }[] = [
  { rows: 58, goal: atMost(2) },
  { rows: 100_000, goal: atMost(1.5) },
];

export function metricRows(loaded: LoadedFunctions, timing: TimingOptions, only?: RegExp): Row[] {
  const rows: Row[] = [];
  for (const { rows: size, goal } of SIZES) {
    for (const metricCase of METRIC_CASES) {
      if (only && !only.test(metricCase.id)) continue;
      const implementation = loaded.registry.get(metricCase.id);
      if (!implementation) throw new Error(`${metricCase.id} was not associated`);
      const args = metricCase.args(size);
      const { ours, baseline } = sides(implementation, metricCase, args);
      checkSameResult(metricCase, ours(), metricCase.limit(args));
      const measured = compare(ours, baseline, timing);
      rows.push(
        makeRow(
          `${metricCase.id} ${size.toLocaleString("en-US")} rows`,
          {
            unit: "ns",
            ours: measured.oursNs,
            baseline: measured.baselineNs,
            ratio: measured.ratio,
            wallRatio: measured.wallRatio,
            baselineName: "limit loop",
          },
          goal,
        ),
      );
    }
  }
  return rows;
}
