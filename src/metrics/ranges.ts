/**
 * Reading the analyst's ranges: which cells count as numbers, exactly as Excel's SUM and COUNT decide, and the error
 * values among them.
 *
 * An error value in any cell of a range argument (#N/A, #REF! …) is the function's result, as SUM returns the first
 * error of its range. Every metric reads every cell of its range arguments through the readers below (or
 * `throwIfErrorValue`), which throw the first error value they meet: checking in the same loop as the arithmetic
 * costs next to nothing, where a separate pass over 100,000 rows would double the cost of a sum.
 */
import { MetricError, requireFinite, sharedError, type CellErrorValue } from "./errors";

export type Cell = unknown;
export type Range = readonly (readonly Cell[])[];

/**
 * An error value in a cell: Excel hands error cells to a custom function as error objects carrying the Excel code
 * (CustomFunctions.Error). The metrics know no Office types, so they recognise it by that code.
 */
export function isErrorValue(cell: Cell): cell is CellErrorValue {
  if (typeof cell !== "object" || cell === null) return false;
  const code = (cell as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("#");
}

/** Throws the cell when it holds an error value: that error is the result of whatever reads it. */
export function throwIfErrorValue(cell: Cell): void {
  if (isErrorValue(cell)) throw cell;
}

/** A blank cell: Excel passes blank cells of a range as null or "" depending on the host. */
export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || cell === "";
}

/** A number cell, as SUM counts it: text that looks like a number and booleans do not count. */
export function isNumber(cell: Cell): cell is number {
  return typeof cell === "number" && Number.isFinite(cell);
}

/*
 * Loops over cells are indexed `for` loops, here and in every metric: ranges reach 100,000 rows, and V8 runs
 * `for…of` over rows that mix numbers, text and blanks several times slower (and flat(), filter() or a closure per
 * cell slower still); `npm run bench` measures it.
 */

/** The numbers of a range in sheet order (row by row); blanks, text and booleans are skipped like SUM does. */
export function numbersOf(range: Range): number[] {
  const numbers: number[] = [];
  for (let r = 0; r < range.length; r++) {
    const row = range[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (isNumber(cell)) numbers.push(cell);
      else throwIfErrorValue(cell);
    }
  }
  return numbers;
}

/** SUM over a range: numbers only, added in sheet order; #NUM! when the total overflows, as SUM's does. */
export function sumOf(range: Range): number {
  // Every number added with one typeof test; a non-finite total (NaN or ±Infinity from a script's cells, which
  // SUM's rules leave out, or an overflow) is the rare case, added again the careful way.
  let total = 0;
  for (let r = 0; r < range.length; r++) {
    const row = range[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === "number") total += cell;
      else throwIfErrorValue(cell);
    }
  }
  return Number.isFinite(total) ? total : requireFinite(numbersOf(range).reduce((sum, number) => sum + number, 0));
}

/**
 * What stands in the way of reading a range as SUM reads it when it holds no number at all (blank, text, a range
 * without numbers), where SUM would quietly read 0: its first error value when it holds one (as SUM would return
 * it), else #VALUE! naming the argument; undefined when it holds a number. Stops at the first number, which is
 * nearly always the first cell.
 */
export function noNumberFailure(range: Range, argument: string): CellErrorValue | MetricError | undefined {
  let firstError: CellErrorValue | undefined;
  for (let r = 0; r < range.length; r++) {
    const row = range[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (isNumber(cell)) return undefined;
      if (firstError === undefined && isErrorValue(cell)) firstError = cell;
    }
  }
  return firstError ?? sharedError("#VALUE!", "noNumber", { argument });
}

export interface Shape {
  rows: number;
  columns: number;
}

/**
 * Rows × columns, the columns counted in the first row: Excel's ranges are rectangular, and a ragged array (from a
 * script) reads its missing cells as blanks. Not the widest row: that would read every row once more than the
 * arithmetic does.
 */
export function shapeOf(range: Range): Shape {
  return { rows: range.length, columns: range.length === 0 ? 0 : range[0].length };
}

function formatShape({ rows, columns }: Shape): string {
  return `${rows}×${columns}`;
}

/** Paired ranges are read position by position, so they must have the same shape; else #VALUE! naming both. */
export function requireSameShape(first: Range, firstName: string, second: Range, secondName: string): void {
  const a = shapeOf(first);
  const b = shapeOf(second);
  if (a.rows !== b.rows || a.columns !== b.columns) {
    throw new MetricError("#VALUE!", "shapeMismatch", {
      first: firstName,
      second: secondName,
      firstShape: formatShape(a),
      secondShape: formatShape(b),
    });
  }
}
