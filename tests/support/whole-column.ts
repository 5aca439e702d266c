/**
 * Every AMC.* function called on a whole column (A:A, 1,048,576 rows) as Excel passes it, the analyst's data in its
 * first rows and blank cells below (null or "", as hosts differ), and the same call on a column of values of the same
 * size: the pair that the rule "a call on a whole column costs at most 3× the same call on numbers" compares. A
 * function of single values is called once per cell of the column, as Excel calls it for a range. SPREADBP is
 * called as =AMC.SPREADBP(A2:A101,B:B): 100 yields against a whole column. Shared by `npm run bench` and the
 * million-cell fuzz suite.
 */
import { FUNCTION_METADATA, type FunctionMetadata } from "./function-metadata";
import { seededRandom } from "./seeded-random";

export const EXCEL_COLUMN_ROWS = 1_048_576;
/** How many rows of the column hold the analyst's data. */
export const DATA_ROWS = 100;

export type Blank = null | "";

/** What a column of each parameter holds. */
type Kind =
  "amounts" | "labels" | "tenors" | "dates" | "ratings" | "yields" | "names" | "provinces" | "metrics" | "datasets";

const KIND_OF: Record<string, Kind> = {
  labels: "labels",
  tenors: "tenors",
  issue_dates: "dates",
  maturity_dates: "dates",
  exercise_dates: "dates",
  ratings: "ratings",
  from_ratings: "ratings",
  to_ratings: "ratings",
  rating: "ratings",
  bond_yield: "yields",
  benchmark: "yields",
  rate: "yields",
  province: "provinces",
  metric: "metrics",
};

/** The single values typed beside the column (null: omitted). */
const SCALARS: Record<string, unknown> = { n: 5, label: "公司7", tenor: 3, start: 45292, end: 45657, months: 6 };
const BOUNDS = [[100], [300], [500]];

const RATINGS = ["AAA", "AA+", "AA", "AA-", "A+"];
const NAMES = ["浙商资产", "山东金资", "中原资产", "陕西金资"];
const PROVINCES = ["浙江", "山东省", "广东", "Zhejiang"];
const METRICS = ["net_financing", "amc_count", "sample_count"];
const DATASETS = ["roster", "net_financing", "maturities"];

function valueMaker(kind: Kind, random: () => number): (row: number) => unknown {
  const pick = (values: readonly unknown[]) => values[Math.floor(random() * values.length)];
  switch (kind) {
    case "amounts":
      return () => Math.round(random() * 100_000) / 100;
    case "labels":
      return (row) => `公司${row % 997}`;
    case "tenors":
      return () => pick([0.5, 1, 3, 5]);
    case "dates":
      return () => 43101 + Math.floor(random() * 6500);
    case "ratings":
      return () => pick(RATINGS);
    case "yields":
      return () => Math.round((0.018 + random() * 0.04) * 1e5) / 1e5;
    case "names":
      return () => pick(NAMES);
    case "provinces":
      return () => pick(PROVINCES);
    case "metrics":
      return () => pick(METRICS);
    case "datasets":
      return () => pick(DATASETS);
  }
}

/** A column of `rows` rows, one array per row as Excel passes a range, values in the first `filled` rows. */
function column(kind: Kind, rows: number, filled: number, blank: Blank): unknown[][] {
  const value = valueMaker(kind, seededRandom(rows + kind.length));
  const cells = new Array<unknown[]>(rows);
  for (let row = 0; row < rows; row++) cells[row] = [row < filled ? value(row) : blank];
  return cells;
}

/** The kind of the column a parameter gets (COMPANY's and DATASET's name differ). */
function kindOf(fn: FunctionMetadata, parameter: string): Kind {
  if (parameter === "name") return fn.id === "DATASET" ? "datasets" : "names";
  return KIND_OF[parameter] ?? "amounts";
}

export interface WholeColumnCase {
  id: string;
  /** A function of single values, which Excel calls once per cell of the column. */
  perCell: boolean;
  /** The arguments on a whole column: the analyst's first rows, then blanks. */
  wholeColumn(blank: Blank): unknown[];
  /** The same call on a column of values of the same size. */
  filled(): unknown[];
}

function arguments_(fn: FunctionMetadata, filledRows: (parameter: string, index: number) => number, blank: Blank) {
  const perCell = !fn.parameters.some((p) => p.dimensionality === "matrix");
  return fn.parameters.map((p, index) => {
    if (p.name === "bounds") return BOUNDS;
    const isColumn = p.dimensionality === "matrix" || (perCell && index === 0);
    if (!isColumn) return SCALARS[p.name] ?? null;
    const filled = filledRows(p.name, index);
    return column(kindOf(fn, p.name), fn.id === "SPREADBP" && index === 0 ? filled : EXCEL_COLUMN_ROWS, filled, blank);
  });
}

/** The pair of calls for every function. */
export const WHOLE_COLUMN_CASES: readonly WholeColumnCase[] = FUNCTION_METADATA.map((fn) => ({
  id: fn.id,
  perCell: !fn.parameters.some((p) => p.dimensionality === "matrix"),
  wholeColumn: (blank) => arguments_(fn, () => DATA_ROWS, blank),
  filled: () => arguments_(fn, () => EXCEL_COLUMN_ROWS, null),
}));

type Implementation = (...args: unknown[]) => unknown;

/**
 * Calls a function as Excel would for these arguments: once, or once per cell of the column for a function of
 * single values (its results in an array, errors as values). Never throws.
 */
export function callAsExcel(implementation: Implementation, perCell: boolean, args: unknown[]): unknown {
  if (!perCell) return outcome(implementation, args);
  const [cells, ...rest] = args as [unknown[][], ...unknown[]];
  const callArgs = [null, ...rest];
  const results = new Array<unknown>(cells.length);
  for (let row = 0; row < cells.length; row++) {
    callArgs[0] = cells[row][0];
    results[row] = outcome(implementation, callArgs);
  }
  return results;
}

function outcome(implementation: Implementation, args: unknown[]): unknown {
  try {
    return Reflect.apply(implementation, undefined, args);
  } catch (error) {
    return error;
  }
}
