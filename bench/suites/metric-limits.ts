/**
 * The limit each metric function is measured against: a minimal hand-written loop doing the same arithmetic on the
 * same plain 2-D arrays Excel passes (rows of cells, any number of columns), with only the checks this data needs
 * (typeof for numbers, a Map for ratings). No argument checks, no error values, no messages, no spill headers:
 * what no implementation of the function can beat.
 */

type Grid = readonly (readonly unknown[])[];
type Result = unknown[][];

const SCALE = ["AAA", "AA+", "AA", "AA-", "A+", "A", "A-", "BBB+", "BBB", "BBB-", "BB+", "BB", "BB-", "B+", "B", "B-",
  "CCC", "CC", "C"]; // prettier-ignore
const RANK = new Map(SCALE.map((rating, i) => [rating, i + 1]));
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

export function sum(grid: Grid): number {
  let total = 0;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (typeof value === "number") total += value;
    }
  }
  return total;
}

interface Ranked {
  value: number;
  label: unknown;
}

/** The n largest numbers (with their labels) kept in a small descending buffer; ties keep sheet order. */
function largest(values: Grid, labels: Grid | null, n: number): { top: Ranked[]; total: number } {
  const top: Ranked[] = [];
  let total = 0;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (typeof value !== "number") continue;
      total += value;
      if (top.length === n && value <= top[n - 1].value) continue;
      let at = top.length;
      while (at > 0 && top[at - 1].value < value) at--;
      top.splice(at, 0, { value, label: labels ? labels[r][c] : null });
      if (top.length > n) top.pop();
    }
  }
  return { top, total };
}

export function top5share(values: Grid, n: number): number {
  const { top, total } = largest(values, null, n);
  let sumTop = 0;
  for (const entry of top) sumTop += entry.value;
  return sumTop / total;
}

export function topn(values: Grid, labels: Grid, n: number): Result {
  const { top, total } = largest(values, labels, n);
  return top.map(({ value, label }) => [label, value, value / total]);
}

export function share(values: Grid, labels: Grid, label: string): number {
  const lower = label.toLowerCase();
  let matched = 0;
  let total = 0;
  for (let r = 0; r < values.length; r++) {
    for (let c = 0; c < values[r].length; c++) {
      const value = values[r][c];
      if (typeof value !== "number") continue;
      total += value;
      const cell = labels[r][c];
      if (
        typeof cell === "string" &&
        (cell === label || (cell.length === label.length && cell.toLowerCase() === lower))
      )
        matched += value;
    }
  }
  return matched / total;
}

export function hhi(values: Grid): number {
  const total = sum(values);
  let index = 0;
  for (let r = 0; r < values.length; r++) {
    for (let c = 0; c < values[r].length; c++) {
      const value = values[r][c];
      if (typeof value !== "number") continue;
      const weight = value / total;
      index += weight * weight;
    }
  }
  return index * 10000;
}

export function growthrate(current: Grid, prior: Grid): number {
  return sum(current) / sum(prior) - 1;
}

/** ANNUALIZE of one cell, as Excel calls it for each cell of a range: blank → 0. */
export function annualizeCell(rate: unknown, months: number): number {
  return ((typeof rate === "number" ? rate : 0) * 12) / months;
}

export function returnOnAverage(profit: Grid, begin: Grid, end: Grid, months: number): number {
  return ((sum(profit) / ((sum(begin) + sum(end)) / 2)) * 12) / months;
}

export function ratio(numerator: Grid, denominator: Grid): number {
  return sum(numerator) / sum(denominator);
}

export function netfinancing(issued: Grid, repaid: Grid): number {
  return sum(issued) - sum(repaid);
}

export function bondflows(amounts: Grid, issued: Grid, matured: Grid, start: number, end: number): Result {
  let issuedTotal = 0;
  let maturedTotal = 0;
  for (let r = 0; r < amounts.length; r++) {
    for (let c = 0; c < amounts[r].length; c++) {
      const amount = amounts[r][c];
      if (typeof amount !== "number") continue;
      const issue = issued[r][c];
      const maturity = matured[r][c];
      if (typeof issue === "number" && issue >= start && issue <= end) issuedTotal += amount;
      if (typeof maturity === "number" && maturity >= start && maturity <= end) maturedTotal += amount;
    }
  }
  return [[issuedTotal, maturedTotal, issuedTotal - maturedTotal]];
}

function yearOf(serial: number): number {
  return new Date(EXCEL_EPOCH + Math.floor(serial) * MS_PER_DAY).getUTCFullYear();
}

export function maturityprofile(amounts: Grid, maturities: Grid, exercises: Grid): Result {
  const byYear = new Map<number, number>();
  let total = 0;
  let first = Infinity;
  let last = -Infinity;
  for (let r = 0; r < amounts.length; r++) {
    for (let c = 0; c < amounts[r].length; c++) {
      const amount = amounts[r][c];
      if (typeof amount !== "number") continue;
      total += amount;
      const exercise = exercises[r][c];
      const maturity = maturities[r][c];
      const due = typeof exercise === "number" ? exercise : typeof maturity === "number" ? maturity : null;
      if (due === null) continue;
      const year = yearOf(due);
      byYear.set(year, (byYear.get(year) ?? 0) + amount);
      if (year < first) first = year;
      if (year > last) last = year;
    }
  }
  const rows: Result = [];
  for (let year = first; year <= last; year++) {
    const due = byYear.get(year) ?? 0;
    rows.push([year, due, due / total]);
  }
  return rows;
}

export function termshare(tenors: Grid, amounts: Grid, tenor: number): number {
  let matched = 0;
  let total = 0;
  for (let r = 0; r < amounts.length; r++) {
    for (let c = 0; c < amounts[r].length; c++) {
      const amount = amounts[r][c];
      if (typeof amount !== "number") continue;
      total += amount;
      if (tenors[r][c] === tenor) matched += amount;
    }
  }
  return matched / total;
}

export function issuancesplit(amounts: Grid, tenors: Grid): Result {
  let shortTerm = 0;
  let longTerm = 0;
  for (let r = 0; r < amounts.length; r++) {
    for (let c = 0; c < amounts[r].length; c++) {
      const amount = amounts[r][c];
      const tenor = tenors[r][c];
      if (typeof amount !== "number" || typeof tenor !== "number") continue;
      if (tenor < 1) shortTerm += amount;
      else longTerm += amount;
    }
  }
  return [[shortTerm, longTerm]];
}

export function distribution(values: Grid, bounds: number[]): Result {
  const counts = new Array<number>(bounds.length + 1).fill(0);
  let count = 0;
  for (let r = 0; r < values.length; r++) {
    for (let c = 0; c < values[r].length; c++) {
      const value = values[r][c];
      if (typeof value !== "number") continue;
      count++;
      let bucket = 0;
      while (bucket < bounds.length && value > bounds[bucket]) bucket++;
      counts[bucket]++;
    }
  }
  const labels = [`≤${bounds[0]}`, ...bounds.slice(1).map((upper, i) => `${bounds[i]}–${upper}`), `>${bounds.at(-1)}`];
  return counts.map((n, i) => [labels[i], n, n / count]);
}

/** The rank of each rated cell, counted per rank; unrated cells (blank, NR) are skipped. */
function rankCounts(ratings: Grid): { counts: number[]; rated: number } {
  const counts = new Array<number>(SCALE.length + 1).fill(0);
  let rated = 0;
  for (let r = 0; r < ratings.length; r++) {
    for (let c = 0; c < ratings[r].length; c++) {
      const rank = RANK.get(ratings[r][c] as string);
      if (rank === undefined) continue;
      counts[rank]++;
      rated++;
    }
  }
  return { counts, rated };
}

export function ratingdist(ratings: Grid): Result {
  const { counts, rated } = rankCounts(ratings);
  const rows: Result = [];
  for (let rank = 1; rank <= SCALE.length; rank++) {
    if (counts[rank] > 0) rows.push([SCALE[rank - 1], counts[rank], counts[rank] / rated]);
  }
  return rows;
}

/** RATINGRANK of one cell, as Excel calls it for each cell of a range. */
export function ratingrankCell(rating: unknown): number {
  return RANK.get(rating as string)!;
}

export function lowerrating(ratings: Grid): string {
  let lowest = 0;
  for (let r = 0; r < ratings.length; r++) {
    for (let c = 0; c < ratings[r].length; c++) {
      const rank = RANK.get(ratings[r][c] as string);
      if (rank !== undefined && rank > lowest) lowest = rank;
    }
  }
  return SCALE[lowest - 1];
}

export function migration(from: Grid, to: Grid): Result {
  let upgrades = 0;
  let unchanged = 0;
  let downgrades = 0;
  for (let r = 0; r < from.length; r++) {
    for (let c = 0; c < from[r].length; c++) {
      const before = RANK.get(from[r][c] as string);
      const after = RANK.get(to[r][c] as string);
      if (before === undefined || after === undefined) continue;
      if (before > after) upgrades++;
      else if (before < after) downgrades++;
      else unchanged++;
    }
  }
  return [[upgrades, unchanged, downgrades]];
}

/** (yield - benchmark) * 10000 per cell, a blank yield as 0, the benchmark one cell for all. */
export function spreadbp(yields: Grid, benchmark: number): Result {
  const out = new Array<number[]>(yields.length);
  for (let r = 0; r < yields.length; r++) {
    const row = yields[r];
    const spreads = new Array<number>(row.length);
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      spreads[c] = ((typeof value === "number" ? value : 0) - benchmark) * 10000;
    }
    out[r] = spreads;
  }
  return out;
}
