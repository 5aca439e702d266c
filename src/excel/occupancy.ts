/**
 * Which cells are empty. A cell is empty when its formula is "" (no value, no formula) and its value is "" (which
 * also catches cells filled by another cell's spilling array). Pure.
 */
import { cellAddress } from "../excel-rules/a1";

export function isEmptyCell(formula: unknown, value: unknown): boolean {
  return formula === "" && (value === "" || value === undefined || value === null);
}

/** The address of the first non-empty cell of a block read at (rowIndex, columnIndex), or null when all are empty. */
export function firstOccupiedCell(
  formulas: unknown[][],
  values: unknown[][],
  rowIndex: number,
  columnIndex: number,
): string | null {
  for (let r = 0; r < formulas.length; r++) {
    for (let c = 0; c < formulas[r].length; c++) {
      if (!isEmptyCell(formulas[r][c], values[r]?.[c])) return cellAddress(rowIndex + r, columnIndex + c);
    }
  }
  return null;
}
