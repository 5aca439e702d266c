/** What typing in the grid or the formula bar does to the workbook: commit to the active cell, move, clear. */
import type { CellRect } from "../../excel-rules/a1";
import { EXCEL_COLUMNS, EXCEL_ROWS } from "../../excel-rules/limits";
import type { PreviewWorkbook } from "../workbook/workbook";

export function activeCell(workbook: PreviewWorkbook): { row: number; column: number } {
  const { rect } = workbook.sheets.selection;
  return { row: rect.row, column: rect.column };
}

/** Writes what the user typed; a leading "=" makes it a formula, as in Excel. */
export function commitToActiveCell(workbook: PreviewWorkbook, text: string): void {
  const { sheetId } = workbook.sheets.selection;
  const { row, column } = activeCell(workbook);
  workbook.cells.write(sheetId, { row, column, rowCount: 1, columnCount: 1 }, [[text]]);
}

export function clearSelection(workbook: PreviewWorkbook): void {
  const { sheetId, rect } = workbook.sheets.selection;
  workbook.cells.write(sheetId, rect, "");
}

function clamp(value: number, max: number): number {
  return Math.min(Math.max(value, 0), max - 1);
}

/** Moves the active cell (arrows, Enter, Tab); with `extend`, grows the selection from `anchor` instead. */
export function moveSelection(
  workbook: PreviewWorkbook,
  deltaRows: number,
  deltaColumns: number,
  anchor?: { row: number; column: number },
): void {
  const { sheetId, rect } = workbook.sheets.selection;
  if (!anchor) {
    const row = clamp(rect.row + deltaRows, EXCEL_ROWS);
    const column = clamp(rect.column + deltaColumns, EXCEL_COLUMNS);
    workbook.sheets.select(sheetId, { row, column, rowCount: 1, columnCount: 1 });
    return;
  }
  const far = {
    row: clamp((rect.row === anchor.row ? rect.row + rect.rowCount - 1 : rect.row) + deltaRows, EXCEL_ROWS),
    column: clamp(
      (rect.column === anchor.column ? rect.column + rect.columnCount - 1 : rect.column) + deltaColumns,
      EXCEL_COLUMNS,
    ),
  };
  workbook.sheets.select(sheetId, spanning(anchor, far));
}

export function spanning(a: { row: number; column: number }, b: { row: number; column: number }): CellRect {
  return {
    row: Math.min(a.row, b.row),
    column: Math.min(a.column, b.column),
    rowCount: Math.abs(a.row - b.row) + 1,
    columnCount: Math.abs(a.column - b.column) + 1,
  };
}
