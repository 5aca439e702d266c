/** A1 addresses from zero-based row and column indexes, and sheet names quoted for use in formulas. Pure. */

import { EXCEL_COLUMNS as EXCEL_MAX_COLUMNS, EXCEL_ROWS as EXCEL_MAX_ROWS } from "../metrics/spill-limits";

export { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS };

/** Column letters of a zero-based column index: 0 → A, 25 → Z, 26 → AA, 16383 → XFD. */
export function columnLetters(columnIndex: number): string {
  if (!Number.isInteger(columnIndex) || columnIndex < 0 || columnIndex >= EXCEL_MAX_COLUMNS) {
    throw new RangeError(`column index ${columnIndex} is outside Excel's grid`);
  }
  let letters = "";
  for (let n = columnIndex + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** `B3` for row 2, column 1 (zero-based); `$B$3` when absolute. */
export function cellAddress(rowIndex: number, columnIndex: number, absolute = false): string {
  if (!Number.isInteger(rowIndex) || rowIndex < 0 || rowIndex >= EXCEL_MAX_ROWS) {
    throw new RangeError(`row index ${rowIndex} is outside Excel's grid`);
  }
  const dollar = absolute ? "$" : "";
  return `${dollar}${columnLetters(columnIndex)}${dollar}${rowIndex + 1}`;
}

/** `A1:C10` for the block of `rowCount` × `columnCount` cells whose top-left cell is (rowIndex, columnIndex). */
export function rangeAddress(
  rowIndex: number,
  columnIndex: number,
  rowCount: number,
  columnCount: number,
  absolute = false,
): string {
  const first = cellAddress(rowIndex, columnIndex, absolute);
  if (rowCount === 1 && columnCount === 1) return first;
  return `${first}:${cellAddress(rowIndex + rowCount - 1, columnIndex + columnCount - 1, absolute)}`;
}

/** A sheet name as formulas write it: always quoted, apostrophes doubled (`'AMC 模型'`, `'Bob''s'`). */
export function quoteSheetName(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** `'Sheet'!$A$1:$A$10`: an absolute reference to a block on a named sheet. */
export function sheetRangeReference(
  sheetName: string,
  rowIndex: number,
  columnIndex: number,
  rowCount: number,
  columnCount: number,
): string {
  return `${quoteSheetName(sheetName)}!${rangeAddress(rowIndex, columnIndex, rowCount, columnCount, true)}`;
}

/** Whether a block starting at (rowIndex, columnIndex) of the given size fits in Excel's grid. */
export function fitsInGrid(rowIndex: number, columnIndex: number, rowCount: number, columnCount: number): boolean {
  return rowIndex + rowCount <= EXCEL_MAX_ROWS && columnIndex + columnCount <= EXCEL_MAX_COLUMNS;
}
