/** Reading the analyst's ranges: which cells count as numbers, exactly as Excel's SUM and COUNT decide. */

export type Cell = unknown;
export type Range = Cell[][];

/** The numbers of a range in sheet order (row by row); blanks, text and booleans are skipped like SUM does. */
export function numbersOf(range: Range): number[] {
  const numbers: number[] = [];
  for (const row of range) {
    for (const cell of row) {
      if (typeof cell === "number" && Number.isFinite(cell)) numbers.push(cell);
    }
  }
  return numbers;
}

/** SUM over a range: numbers only. */
export function sumOf(range: Range): number {
  let total = 0;
  for (const row of range) {
    for (const cell of row) {
      if (typeof cell === "number" && Number.isFinite(cell)) total += cell;
    }
  }
  return total;
}
