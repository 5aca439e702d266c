/**
 * fast-check generators of what analysts put in cells: numbers with ties, zeros and negatives (multiples of 1/4,
 * so that sums are exact and a total of 0 is really 0), plain and numeric-looking text, booleans, blank cells,
 * whole blank ranges; and the conversion to what Excel passes a custom function (blank as null or "").
 * Shared by the oracle tests, fuzzing and benchmarks.
 */
import fc from "fast-check";
import { isSheetError, type SheetCell, type SheetError, type SheetRange } from "./formula-oracle";

/** Fixed by default so a test run is reproducible; ORACLE_SEED=<n> explores other cases. */
export const ORACLE_SEED = Number(process.env.ORACLE_SEED ?? 20251231);
export const ORACLE_RUNS = Math.max(200, Number(process.env.ORACLE_RUNS ?? 200));

export const fastCheckOptions = (runs = ORACLE_RUNS) => ({ seed: ORACLE_SEED, numRuns: runs });

/** Small multiples of 1/4 (many ties, zeros, negatives), amounts in 亿元, and occasional large magnitudes. */
export const numberCell: fc.Arbitrary<number> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: -12, max: 40 }).map((k) => k / 4) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 120000 }).map((k) => k / 100) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 1e6, 123456.75, -2500) },
);

export const positiveNumberCell: fc.Arbitrary<number> = fc.integer({ min: 1, max: 400000 }).map((k) => k / 4);

/** Text an analyst may leave in a numeric column: words, dashes, and numbers typed as text. */
export const textCell: fc.Arbitrary<string> = fc.constantFrom(
  "n/a",
  "—",
  "浙商资产",
  "total",
  "TRUE",
  "5",
  "12.5",
  "-3",
  "0",
  " ",
  "AA+",
);

/** Text that does not read as a number (for criteria where Excel and HyperFormula read numeric text differently). */
export const wordCell: fc.Arbitrary<string> = fc.constantFrom("n/a", "—", "浙商资产", "total", "待定", " ", "x");

/** Error values, as a failed lookup or a division leaves them in an analyst's column. */
export const errorCell: fc.Arbitrary<SheetError> = fc
  .constantFrom<SheetError["sheetError"]>("#N/A", "#DIV/0!", "#VALUE!", "#NUM!")
  .map((sheetError) => ({ sheetError }));

export interface CellMix {
  number?: fc.Arbitrary<SheetCell>;
  text?: fc.Arbitrary<SheetCell>;
  numberWeight?: number;
  textWeight?: number;
  booleanWeight?: number;
  blankWeight?: number;
  /** Error values (#N/A, #DIV/0! …): none unless asked for. */
  errorWeight?: number;
}

/** One cell: mostly numbers, with text, booleans and blanks mixed in (weights adjustable). */
export function cell(mix: CellMix = {}): fc.Arbitrary<SheetCell> {
  const { number = numberCell, text = textCell, numberWeight = 8, textWeight = 1, booleanWeight = 1 } = mix;
  const { blankWeight = 2, errorWeight = 0 } = mix;
  return fc.oneof(
    { weight: numberWeight, arbitrary: number },
    { weight: textWeight, arbitrary: text },
    { weight: booleanWeight, arbitrary: fc.boolean() },
    { weight: blankWeight, arbitrary: fc.constant(null) },
    { weight: errorWeight, arbitrary: errorCell },
  );
}

export interface ShapeLimits {
  maxRows?: number;
  maxColumns?: number;
}

export interface Shape {
  rows: number;
  columns: number;
}

export function shape({ maxRows = 12, maxColumns = 1 }: ShapeLimits = {}): fc.Arbitrary<Shape> {
  return fc.record({ rows: fc.integer({ min: 1, max: maxRows }), columns: fc.integer({ min: 1, max: maxColumns }) });
}

/** A range of a given shape; one case in twelve is entirely blank. */
export function rangeOf({ rows, columns }: Shape, cells: fc.Arbitrary<SheetCell> = cell()): fc.Arbitrary<SheetRange> {
  const filled = fc.array(fc.array(cells, { minLength: columns, maxLength: columns }), {
    minLength: rows,
    maxLength: rows,
  });
  const blank = fc.constant(Array.from({ length: rows }, () => new Array<SheetCell>(columns).fill(null)));
  return fc.oneof({ weight: 11, arbitrary: filled }, { weight: 1, arbitrary: blank });
}

/** A range of random shape (columns only unless maxColumns > 1). */
export function range(limits: ShapeLimits = {}, cells?: fc.Arbitrary<SheetCell>): fc.Arbitrary<SheetRange> {
  return shape(limits).chain((s) => rangeOf(s, cells));
}

/** Several ranges of the same shape, for paired arguments (values + labels, amounts + dates …). */
export function pairedRanges<K extends string>(
  cellsByName: Record<K, fc.Arbitrary<SheetCell>>,
  limits: ShapeLimits = {},
): fc.Arbitrary<Record<K, SheetRange>> {
  return shape(limits).chain((s) => {
    const records = Object.fromEntries(
      Object.entries<fc.Arbitrary<SheetCell>>(cellsByName).map(([name, cells]) => [name, rangeOf(s, cells)]),
    );
    return fc.record(records) as unknown as fc.Arbitrary<Record<K, SheetRange>>;
  });
}

/** How this case's host passes blank cells: Excel passes null or "" depending on the host. */
export const blankStyle: fc.Arbitrary<null | ""> = fc.constantFrom(null, "");

/** A range as Excel passes it to a custom function: blank cells as null or "" (the host's choice). */
export function asArgument(range: SheetRange, blank: null | ""): unknown[][] {
  return range.map((row) => row.map((c) => asScalar(c, blank)));
}

/** A single value as Excel passes it: a blank cell as null or "", an error value as a CustomFunctions.Error. */
export function asScalar(value: SheetCell, blank: null | ""): unknown {
  if (value === null) return blank;
  if (isSheetError(value)) return new CustomFunctions.Error(value.sheetError as CustomFunctions.ErrorCode);
  return value;
}

/** Excel serial dates 2015–2035 (after 1900-03-01, where every engine agrees), some with a time of day. */
export const dateCell: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 42005, max: 49674 }) },
  { weight: 1, arbitrary: fc.integer({ min: 42005 * 4, max: 49674 * 4 }).map((k) => k / 4) },
);
