/**
 * Excel's current region (Range.getSurroundingRegion, Ctrl+Shift+8): the block around a cell bounded by blank rows
 * and columns, grown while any cell next to it (diagonals included) holds something. Pure, over the filled cells.
 */
import { EXCEL_COLUMNS, EXCEL_ROWS } from "../../excel-rules/limits";
import type { CellRect } from "../../excel-rules/a1";

const keyOf = (row: number, column: number) => row * EXCEL_COLUMNS + column;

/** The cells of the ring just outside `rect`, within the grid: the rows above and below, the columns either side. */
function* ring(rect: CellRect): Generator<[number, number]> {
  const top = rect.row - 1;
  const bottom = rect.row + rect.rowCount;
  const left = Math.max(0, rect.column - 1);
  const right = Math.min(EXCEL_COLUMNS - 1, rect.column + rect.columnCount);
  for (let column = left; column <= right; column++) {
    if (top >= 0) yield [top, column];
    if (bottom < EXCEL_ROWS) yield [bottom, column];
  }
  for (let row = rect.row; row < rect.row + rect.rowCount; row++) {
    if (rect.column - 1 >= 0) yield [row, rect.column - 1];
    if (right > rect.column + rect.columnCount - 1) yield [row, right];
  }
}

/** `rect` grown to hold every filled cell of the ring around it, or null when none is filled. */
function grownOver(rect: CellRect, filled: ReadonlySet<number>): CellRect | null {
  let [r0, c0, r1, c1] = [rect.row, rect.column, rect.row + rect.rowCount - 1, rect.column + rect.columnCount - 1];
  let grew = false;
  for (const [row, column] of ring(rect)) {
    if (!filled.has(keyOf(row, column))) continue;
    grew = true;
    [r0, c0, r1, c1] = [Math.min(r0, row), Math.min(c0, column), Math.max(r1, row), Math.max(c1, column)];
  }
  return grew ? { row: r0, column: c0, rowCount: r1 - r0 + 1, columnCount: c1 - c0 + 1 } : null;
}

/** The current region around the top-left cell of `rect`, given the sheet's filled cells. */
export function surroundingRegion(rect: CellRect, cells: readonly { row: number; column: number }[]): CellRect {
  const filled = new Set(cells.map(({ row, column }) => keyOf(row, column)));
  let region: CellRect = { row: rect.row, column: rect.column, rowCount: 1, columnCount: 1 };
  for (let grown = grownOver(region, filled); grown; grown = grownOver(region, filled)) region = grown;
  return region;
}
