/**
 * Excel's current region (Range.getSurroundingRegion, Ctrl+Shift+8): the block around a cell bounded by blank rows
 * and columns, grown while any cell next to it (diagonals included) holds something. Pure, over the filled cells.
 */
import { EXCEL_COLUMNS, EXCEL_ROWS } from "../../excel-rules/limits";
import type { CellRect } from "../../excel-rules/a1";

const keyOf = (row: number, column: number) => row * EXCEL_COLUMNS + column;

/** Whether any cell of the ring just outside `rect` (within the grid) is filled. */
function ringFilled(rect: CellRect, filled: ReadonlySet<number>): CellRect | null {
  const top = Math.max(0, rect.row - 1);
  const left = Math.max(0, rect.column - 1);
  const bottom = Math.min(EXCEL_ROWS - 1, rect.row + rect.rowCount);
  const right = Math.min(EXCEL_COLUMNS - 1, rect.column + rect.columnCount);
  let grown: CellRect | null = null;
  for (let row = top; row <= bottom; row++) {
    for (let column = left; column <= right; column++) {
      const inside =
        row >= rect.row &&
        row < rect.row + rect.rowCount &&
        column >= rect.column &&
        column < rect.column + rect.columnCount;
      if (inside || !filled.has(keyOf(row, column))) continue;
      const base = grown ?? rect;
      const r0 = Math.min(base.row, row);
      const c0 = Math.min(base.column, column);
      const r1 = Math.max(base.row + base.rowCount - 1, row);
      const c1 = Math.max(base.column + base.columnCount - 1, column);
      grown = { row: r0, column: c0, rowCount: r1 - r0 + 1, columnCount: c1 - c0 + 1 };
    }
  }
  return grown;
}

/** The current region around the top-left cell of `rect`, given the sheet's filled cells. */
export function surroundingRegion(rect: CellRect, cells: readonly { row: number; column: number }[]): CellRect {
  const filled = new Set(cells.map(({ row, column }) => keyOf(row, column)));
  let region: CellRect = { row: rect.row, column: rect.column, rowCount: 1, columnCount: 1 };
  for (let grown = ringFilled(region, filled); grown; grown = ringFilled(region, filled)) region = grown;
  return region;
}
