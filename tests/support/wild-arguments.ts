/**
 * fast-check generators of every argument list Excel (or a careless caller) can hand an AMC.* function: ranges of
 * random shape (one cell, tall, wide, blocks, ragged, empty), paired ranges that mostly share a shape and sometimes
 * do not, cells of every kind (blank as null, "" or undefined, text, booleans, huge, tiny and negative-zero numbers,
 * 100,000-character text, numbers and dates written as text, invalid dates, error values, objects Excel never
 * sends), scalars where a range is expected and ranges where a scalar is, omitted optionals; each parameter also gets
 * values of its own domain (ratings, dates, criteria, names the bundled report knows and names it does not), so that
 * calls reach past argument checking into the metrics and lookups.
 */
import fc from "fast-check";
import { CATALOG } from "../../src/data/catalog";
import { DATASET_IDS, EDITIONS, LATEST_EDITION } from "../../src/data/index";
import { dateCell, numberCell, wordCell } from "./cell-generators";
import type { FunctionMetadata, ParameterMetadata } from "./function-metadata";

/** An error value in a cell (what Excel passes when a referenced cell shows #N/A): it may come back as it is. */
export const SHEET_ERROR = new CustomFunctions.Error("#N/A" as CustomFunctions.ErrorCode, "from the sheet");

export const EXTREME_NUMBERS = [
  0, -0, 1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324, -5e-324, 2.2250738585072014e-308,
  Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, 1e15, -1e15, 1e-15, 0.1, 1 / 3, -1,
]; // prettier-ignore

/** Excel never passes these, but a function must not turn them into NaN or Infinity either. */
const NON_FINITE = [Number.NaN, Infinity, -Infinity];

/** Longer than anything a cell holds (32,767 characters): pasted text, a pattern of wildcards, blanks. */
export const LONG_TEXTS = [
  "a".repeat(100_000),
  "浙".repeat(100_000),
  "*a".repeat(50_000),
  `*${"a".repeat(30_000)}b`,
  " ".repeat(100_000),
  "9".repeat(400),
];

const NUMERIC_TEXT = [
  "5",
  " 12.5 ",
  "-3",
  "1,000",
  "5%",
  "1e3",
  "1e309",
  "-1e309",
  "-0",
  ".5",
  "0x10",
  "１２",
  "1 000",
];

/** Dates as text: ISO and slashed, Excel's fictitious 1900-02-29, the edges of its calendar, and invalid ones. */
export const DATE_TEXTS = [
  "2025-11-30", "2025/6/30", "2024-02-29", "1900-02-29", "1900-01-01", "1900-03-01", "9999-12-31",
  "2025-02-29", "2025-02-30", "2025-13-01", "2025-00-10", "1899-12-31", "10000-01-01", "0000-01-01",
  "2025-11-30T00:00:00Z", "30/11/2025", "２０２５-１１-３０", "2025-11", "2025",
]; // prettier-ignore

/** Serial numbers around Excel's calendar: day 0, the leap-year bug (60), the last day (2958465) and beyond. */
export const DATE_SERIALS = [0, 1, 59, 60, 61, 45991, 45991.75, 2958465, 2958466, -1, 1e10];

const RATING_TEXTS = [
  "AAA", "AA+", "AA", "AA-", "A+", "A", "BBB-", "BB+", "B", "CCC", "CC", "C", "AA⁺", "AA＋", "aa +", "AA−",
  "NR", "—", "无评级", "AAA+", "A-1", "D", "AA+u", "",
]; // prettier-ignore

const CRITERIA = [
  ">100", "<1", ">=3", "<=0", "<>3", "=5", "<>", "=", "", "*", "?", "~*", "~", "浙*", "*资产", "*a*a*a*b",
  ">=2025-01-01", "TRUE", "<>FALSE", "n/a", ">abc", "<浙",
]; // prettier-ignore

const figures = EDITIONS[LATEST_EDITION].figures.records;
const roster = EDITIONS[LATEST_EDITION].roster.records;
const unique = <T>(items: T[]) => [...new Set(items)];

const COMPANY_NAMES = unique(roster.flatMap((c) => [c.full_name, c.short_name, ...c.aliases]));
const PROVINCES = unique(roster.flatMap((c) => [c.province, c.province.replace(/省|市|壮族自治区|自治区$/, "")]));
const DATASET_NAMES = [...DATASET_IDS, ...DATASET_IDS.flatMap((id) => [CATALOG[id].title.zh, CATALOG[id].title.en])];
const METRIC_NAMES = unique(figures.flatMap((f) => [f.metric, f.metric_zh, f.id]));
const ENTITIES = unique(figures.map((f) => f.entity));
const PERIODS = unique(figures.map((f) => f.period));

/** Names nothing in the bundled report is called: typos, other countries, the prototype's own keys. */
const UNKNOWN_NAMES = ["不存在资产", "net_financing_x", "Zhejiang AMC", "__proto__", "constructor", "toString"];

const oneOf = <T>(items: readonly T[]) => fc.constantFrom(...items);

/** Values of a parameter's own domain, by parameter name (functions.json's names). */
const NUMBERS = fc.oneof(numberCell, fc.integer({ min: -5, max: 40 }));
const DATES = fc.oneof(dateCell, oneOf(DATE_TEXTS), oneOf(DATE_SERIALS));
const RATINGS = oneOf(RATING_TEXTS);
const NAMES_AND_UNKNOWN = (names: readonly string[]) => fc.oneof(oneOf(names), oneOf(UNKNOWN_NAMES));

const DOMAIN: Record<string, fc.Arbitrary<unknown>> = {
  labels: fc.oneof(oneOf(COMPANY_NAMES), wordCell, fc.integer({ min: 0, max: 9 })),
  label: fc.oneof(oneOf(CRITERIA), oneOf(COMPANY_NAMES), fc.integer({ min: 0, max: 9 })),
  tenor: fc.oneof(oneOf(CRITERIA), oneOf([0.5, 1, 3, 5, "3", "3年"])),
  tenors: oneOf([0.25, 0.5, 0.75, 1, 2, 3, 5, 7, 10, "3", "3年", -1]),
  issue_dates: DATES,
  maturity_dates: DATES,
  exercise_dates: DATES,
  start: DATES,
  end: DATES,
  bounds: fc.integer({ min: -100, max: 1000 }),
  ratings: RATINGS,
  from_ratings: RATINGS,
  to_ratings: RATINGS,
  rating: RATINGS,
  bond_yield: fc.oneof(
    fc.integer({ min: 0, max: 800 }).map((bp) => bp / 10000),
    oneOf(["2.6%", "0.026"]),
  ),
  benchmark: fc.oneof(
    fc.integer({ min: 0, max: 800 }).map((bp) => bp / 10000),
    oneOf(["2.1%", "0.021"]),
  ),
  n: oneOf([1, 2, 3, 5, 10, 58, 0, -1, 2.5, "3", true, 1e308, 5e-324]),
  months: oneOf([1, 3, 6, 9, 12, 0, 13, -6, "6", 1e-300, 5e-324, 12.000000000000002]),
  from_year: fc.oneof(fc.integer({ min: 2015, max: 2035 }), oneOf([1900, 9999, 1899, 10000, 2024.5, 45991, "2025"])),
  to_year: fc.oneof(fc.integer({ min: 2015, max: 2035 }), oneOf([1900, 9999, 1899, 10000, 2024.5, 45991, "2025"])),
  headers: oneOf([true, false, 0, 1, "TRUE", "false", "yes", 2]),
  province: fc.oneof(NAMES_AND_UNKNOWN(PROVINCES), oneOf(["Zhejiang", "inner mongolia", "香港", "西藏自治区"])),
  name: fc.oneof(NAMES_AND_UNKNOWN(COMPANY_NAMES), oneOf(DATASET_NAMES)),
  field: NAMES_AND_UNKNOWN(["full_name", "short_name", "province", "seq", "aliases", "note", "简称", "序号"]),
  metric: NAMES_AND_UNKNOWN(METRIC_NAMES),
  entity: fc.oneof(NAMES_AND_UNKNOWN(ENTITIES), oneOf(COMPANY_NAMES), oneOf(["行业", "样本"])),
  period: fc.oneof(oneOf(PERIODS), fc.integer({ min: 2015, max: 2030 }), DATES),
  edition: oneOf(["report-2025-12", "2025-12", " REPORT-2025-12 ", "report-2099-01", "latest", "2025"]),
};

/** Any cell at all, whatever the parameter. */
export const wildCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.oneof(fc.integer({ min: -5, max: 40 }), fc.double(), oneOf(EXTREME_NUMBERS)) },
  { weight: 1, arbitrary: oneOf(NON_FINITE) },
  {
    weight: 4,
    arbitrary: fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.string({ unit: "grapheme", maxLength: 8 }),
      oneOf(NUMERIC_TEXT),
      oneOf(DATE_TEXTS),
      oneOf(UNKNOWN_NAMES),
    ),
  },
  { weight: 1, arbitrary: oneOf(LONG_TEXTS) },
  { weight: 2, arbitrary: fc.boolean() },
  { weight: 3, arbitrary: oneOf([null, "", undefined]) },
  { weight: 1, arbitrary: oneOf<unknown>([{}, new Date(0), new Date(Number.NaN), SHEET_ERROR, [[1]]]) },
);

const BLANK = oneOf([null, "", undefined]);

function cellsFor(parameter: ParameterMetadata): fc.Arbitrary<unknown> {
  const domain = DOMAIN[parameter.name] ?? NUMBERS;
  return fc.oneof({ weight: 3, arbitrary: domain }, { weight: 2, arbitrary: wildCell });
}

export interface GridShape {
  rows: number;
  columns: number;
}

/** One cell, a few cells, tall columns, wide rows, blocks. */
export const gridShape: fc.Arbitrary<GridShape> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ rows: fc.integer({ min: 1, max: 6 }), columns: fc.integer({ min: 1, max: 3 }) }),
  },
  { weight: 2, arbitrary: fc.record({ rows: fc.integer({ min: 7, max: 200 }), columns: fc.constant(1) }) },
  { weight: 1, arbitrary: fc.record({ rows: fc.constant(1), columns: fc.integer({ min: 4, max: 60 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({ rows: fc.integer({ min: 2, max: 30 }), columns: fc.integer({ min: 2, max: 30 }) }),
  },
);

function grid({ rows, columns }: GridShape, cells: fc.Arbitrary<unknown>): fc.Arbitrary<unknown[][]> {
  const row = fc.array(cells, { minLength: columns, maxLength: columns });
  return fc.array(row, { minLength: rows, maxLength: rows });
}

/** Ascending bounds, as DISTRIBUTION wants them (the generated cells alone are rarely ascending). */
const ascendingColumn = fc
  .uniqueArray(fc.integer({ min: -100, max: 1000 }), { minLength: 1, maxLength: 8 })
  .map((bounds) => [...bounds].sort((a, b) => a - b).map((bound) => [bound]));

const DEGENERATE_RANGES: unknown[] = [[], [[]], [[], []]];

/** A range argument: mostly the case's shared shape (so paired ranges match), sometimes anything else. */
function rangeArgument(parameter: ParameterMetadata, shared: GridShape): fc.Arbitrary<unknown> {
  const cells = cellsFor(parameter);
  return fc.oneof(
    { weight: 12, arbitrary: grid(shared, cells) },
    { weight: 2, arbitrary: gridShape.chain((own) => grid(own, cells)) },
    { weight: 1, arbitrary: grid(shared, BLANK) },
    { weight: 1, arbitrary: fc.array(fc.array(cells, { maxLength: 5 }), { minLength: 1, maxLength: 6 }) },
    { weight: 1, arbitrary: fc.array(cells, { minLength: 1, maxLength: 5 }) },
    { weight: 1, arbitrary: cells },
    { weight: 1, arbitrary: oneOf(DEGENERATE_RANGES) },
    { weight: parameter.name === "bounds" ? 6 : 0, arbitrary: ascendingColumn },
  );
}

/** A single-value argument: mostly one cell, sometimes a range or a 1-D array where Excel would pass one value. */
function scalarArgument(parameter: ParameterMetadata): fc.Arbitrary<unknown> {
  const cells = cellsFor(parameter);
  return fc.oneof(
    { weight: 12, arbitrary: cells },
    { weight: 1, arbitrary: gridShape.chain((own) => grid(own, cells)) },
    { weight: 1, arbitrary: fc.array(cells, { maxLength: 3 }) },
    { weight: 1, arbitrary: oneOf(DEGENERATE_RANGES) },
  );
}

function argument(parameter: ParameterMetadata, shared: GridShape): fc.Arbitrary<unknown> {
  const given = parameter.dimensionality === "matrix" ? rangeArgument(parameter, shared) : scalarArgument(parameter);
  if (!parameter.optional) return given;
  return fc.oneof({ weight: 4, arbitrary: given }, { weight: 1, arbitrary: oneOf([null, undefined]) });
}

function trailingOptionals(fn: FunctionMetadata): number {
  let count = 0;
  while (count < fn.parameters.length && fn.parameters[fn.parameters.length - 1 - count].optional) count++;
  return count;
}

/** Argument lists for one function; trailing optionals are sometimes left off (a host that passes fewer). */
export function argumentLists(fn: FunctionMetadata): fc.Arbitrary<unknown[]> {
  const dropped = fc.oneof(
    { weight: 4, arbitrary: fc.constant(0) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: trailingOptionals(fn) }) },
  );
  return gridShape.chain((shared) =>
    fc
      .tuple(fc.tuple(...fn.parameters.map((parameter) => argument(parameter, shared))), dropped)
      .map(([values, drop]) => values.slice(0, values.length - drop)),
  );
}

/** A copy of an argument list deep enough to tell whether a call changed the analyst's ranges. */
export function copyOfArguments(args: unknown[]): unknown[] {
  const copy = (value: unknown): unknown => (Array.isArray(value) ? value.map(copy) : value);
  return args.map(copy);
}

/**
 * An argument list as an Excel with data types may pass it: every number, text and boolean a data-typed cell value
 * (text alternately as an entity card whose text it is), blanks, errors and anything else as they were.
 */
export function withDataTypedCells(args: unknown[]): unknown[] {
  let count = 0;
  const typed = (cell: unknown): unknown => {
    if (typeof cell === "number") return { type: "Double", basicValue: cell, numberFormat: "0.00" };
    if (typeof cell === "boolean") return { type: "Boolean", basicValue: cell };
    if (typeof cell !== "string") return cell;
    count += 1;
    return count % 2 === 0 ? { type: "Entity", text: cell, properties: {} } : { type: "String", basicValue: cell };
  };
  // An argument, its rows and their cells; a cell that is itself an array (never from Excel) stays as it is.
  const row = (value: unknown) => (Array.isArray(value) ? value.map(typed) : typed(value));
  return args.map((arg) => (Array.isArray(arg) ? arg.map(row) : typed(arg)));
}
