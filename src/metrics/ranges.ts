/** Reading the analyst's ranges: which cells count as numbers, exactly as Excel's SUM and COUNT decide. */
import { MetricError } from "./errors";

export type Cell = unknown;
export type Range = readonly (readonly Cell[])[];

/** A blank cell: Excel passes blank cells of a range as null or "" depending on the host. */
export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || cell === "";
}

/** A number cell, as SUM counts it: text that looks like a number and booleans do not count. */
export function isNumber(cell: Cell): cell is number {
  return typeof cell === "number" && Number.isFinite(cell);
}

/** The cells of a range in sheet order (row by row). */
export function cellsOf(range: Range): Cell[] {
  return range.flat();
}

/** The numbers of a range in sheet order (row by row); blanks, text and booleans are skipped like SUM does. */
export function numbersOf(range: Range): number[] {
  return cellsOf(range).filter(isNumber);
}

/** SUM over a range: numbers only, added in sheet order. */
export function sumOf(range: Range): number {
  let total = 0;
  for (const row of range) {
    for (const cell of row) {
      if (isNumber(cell)) total += cell;
    }
  }
  return total;
}

/** COUNT over a range: how many cells hold a number. */
export function countOf(range: Range): number {
  return numbersOf(range).length;
}

export interface Shape {
  rows: number;
  columns: number;
}

export function shapeOf(range: Range): Shape {
  return { rows: range.length, columns: range.reduce((widest, row) => Math.max(widest, row.length), 0) };
}

export function formatShape({ rows, columns }: Shape): string {
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

/** The cells of two same-shaped ranges, paired position by position in sheet order. */
export function pairsOf(first: Range, second: Range): [Cell, Cell][] {
  const pairs: [Cell, Cell][] = [];
  first.forEach((row, r) => row.forEach((cell, c) => pairs.push([cell, second[r]?.[c] ?? null])));
  return pairs;
}
