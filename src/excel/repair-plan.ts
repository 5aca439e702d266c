/**
 * What the repair re-enters, decided in pure code from the sheets' contents: the cells whose formula calls an
 * `AMC.*` function, grouped into rectangles of such cells (cell-blocks.ts), each written back with exactly the
 * formulas read. Also the counts the pane shows (cells showing `#NAME?` or `#BUSY!`).
 */
import { callsAmcFunction } from "./amc-formula";
import { cellBlocks, WRITE_BATCH_BYTES, type CellsBlock } from "./cell-blocks";
import type { SheetContents } from "./workbook-contents";

/** What one batch of repair writes may send. */
export const REPAIR_BATCH_BYTES = WRITE_BATCH_BYTES;

export interface AmcCell {
  row: number;
  col: number;
  formula: string;
  value?: unknown;
}

/** AMC formulas as read, in a rectangle of the sheet. */
export type FormulaBlock = CellsBlock<string>;

export interface SheetSummary {
  sheet: string;
  /** Cells calling AMC.* functions. */
  cells: number;
  /** Of those, the cells showing #NAME? and #BUSY!. */
  nameErrors: number;
  busy: number;
}

/** The cells of a sheet whose formula calls an AMC.* function, at their sheet positions, row by row. */
function amcCells(sheet: SheetContents): AmcCell[] {
  const cells: AmcCell[] = [];
  sheet.formulas.forEach((line, r) =>
    line.forEach((formula, c) => {
      if (!callsAmcFunction(formula)) return;
      const cell: AmcCell = { row: sheet.rowIndex + r, col: sheet.columnIndex + c, formula: formula as string };
      if (sheet.values) cell.value = sheet.values[r]?.[c];
      cells.push(cell);
    }),
  );
  return cells;
}

export function summarise(sheet: SheetContents): SheetSummary {
  const cells = amcCells(sheet);
  return {
    sheet: sheet.name,
    cells: cells.length,
    nameErrors: cells.filter((cell) => cell.value === "#NAME?").length,
    busy: cells.filter((cell) => cell.value === "#BUSY!").length,
  };
}

/** The rectangles to write: every cell calling an AMC.* function, with exactly the formula read. */
export function formulaBlocks(sheet: SheetContents): FormulaBlock[] {
  return cellBlocks(
    sheet,
    amcCells(sheet).map((cell) => ({ row: cell.row, col: cell.col, content: cell.formula })),
  );
}
