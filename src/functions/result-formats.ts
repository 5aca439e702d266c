/**
 * The number formats of the functions' results where Excel takes data types: the formats an analyst would choose
 * (shares and ratios as percentages, amounts with thousands separators, counts as whole numbers, spreads in BP),
 * the kinds of rule a declaration gives (one format, one per spill column, or one worked out from the arguments),
 * and how a rule turns a result's numbers into formatted numbers. Text, booleans and errors stay as they are.
 */
import { formattedNumber } from "./cell-values";

/** A cell's number format (an Excel format code), or null for a value shown as it is (General). */
export type CellFormat = string | null;

/** The format of each cell of a spill, by its row and column in what the function returns (header row included). */
export type SpillFormat = (row: number, column: number) => CellFormat;

/**
 * How a declaration says what its result looks like: one format for every number of the result, one per column of
 * a spill, or a function of the read arguments (the same the computation takes) giving either.
 */
export type FormatRule =
  | CellFormat
  | readonly CellFormat[]
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  | ((...args: any[]) => CellFormat | SpillFormat);

/** The formats the declarations use, by what the number is. */
export const FORMATS = {
  /** Shares, ratios, growth and return rates: 0.5058 shows 50.58%. */
  percent: "0.00%",
  /** Amounts in the analyst's own unit (亿元 in the report): 1,128.45. */
  amount: "#,##0.00",
  /** Counts, ranks, years and index points: 58, 2026. */
  whole: "0",
  /** Spreads in basis points: 35.00 BP. */
  basisPoints: '0.00" BP"',
} as const;

/** A spill's format, one per column (the header row, text, takes none). */
export const columns = (...formats: CellFormat[]): readonly CellFormat[] => formats;

/** The rule worked out for one call: the format of each cell of its result. */
export function spillFormatOf(rule: FormatRule, args: readonly unknown[]): SpillFormat {
  if (typeof rule === "function") {
    const resolved = rule(...args);
    return typeof resolved === "function" ? resolved : () => resolved;
  }
  if (rule === null || typeof rule === "string") return () => rule;
  return (_row, column) => rule[column] ?? null;
}

/** One value under its format: a number becomes a formatted number; anything else, or no format, stays as it is. */
export function formattedValue(value: unknown, format: CellFormat): unknown {
  return typeof value === "number" && format ? formattedNumber(value, format) : value;
}

/** Every number of a spill under its cell's format, in new rows (a spill may be a shared, frozen result). */
export function formattedSpill(rows: readonly (readonly unknown[])[], formatOf: SpillFormat): unknown[][] {
  const formatted = new Array<unknown[]>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const out = new Array<unknown>(row.length);
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      out[c] = typeof cell === "number" ? formattedValue(cell, formatOf(r, c)) : cell;
    }
    formatted[r] = out;
  }
  return formatted;
}
