/**
 * Writing a formula into a cell only when that cell, and the block its result will spill into, is free in every
 * part (see occupancy.ts), then selecting it: 2 syncs (read the block, write; one more read when the sheet has
 * comments or notes). An occupied block is reported with what occupies it, not touched. The cell is the selected
 * one (the top-left cell of a larger selection), or a cell chosen beforehand, as a formula builder's.
 */
import { EXCEL_COLUMNS, EXCEL_ROWS } from "../excel-rules/limits";
import type { Occupant } from "./occupancy";
import { blockPlace, loadBlock, occupantOf } from "./read-block";

export type InsertFormulaResult =
  | { status: "inserted"; address: string; formula: string }
  | { status: "occupied"; address: string; occupant: Occupant };

/** The rows and columns a formula's result fills from its cell: 1 × 1, or a spill's size. */
export interface ResultSize {
  rows: number;
  columns: number;
}

/** A cell by its worksheet's id and zero-based row and column. */
export interface CellTarget {
  sheetId: string;
  row: number;
  column: number;
}

const ONE_CELL: ResultSize = { rows: 1, columns: 1 };

/** The block from (row, column) of `size`, cut at the grid's edge (Excel shows #SPILL! beyond it, writing nothing). */
function blockAt(sheet: Excel.Worksheet, row: number, column: number, size: ResultSize): Excel.Range {
  const rows = Math.max(1, Math.min(size.rows, EXCEL_ROWS - row));
  const columns = Math.max(1, Math.min(size.columns, EXCEL_COLUMNS - column));
  return sheet.getRangeByIndexes(row, column, rows, columns);
}

interface Placement {
  sheet: Excel.Worksheet;
  /** The formula's cell. */
  cell: Excel.Range;
  /** What must be free: the cell, and the area its result spills into (the cell at its top left). */
  block: Excel.Range;
  /** Whether the sheet may not be the active one: a cell is selected only on the active sheet. */
  activate: boolean;
}

/** Reads the block and writes the formula into its cell only if all of it is free. */
async function writeIfFree(
  context: Excel.RequestContext,
  { sheet, cell, block, activate }: Placement,
  formula: string,
): Promise<InsertFormulaResult> {
  const read = loadBlock(sheet, block);
  await context.sync();
  const occupant = await occupantOf(context, read);
  const { address } = blockPlace(read);
  if (occupant) return { status: "occupied", address, occupant };
  cell.formulas = [[formula]];
  if (activate) sheet.activate();
  cell.select();
  await context.sync();
  return { status: "inserted", address: address.replace(/:.*$/, ""), formula };
}

export async function insertFormulaAtSelection(formula: string): Promise<InsertFormulaResult> {
  return Excel.run(async (context) => {
    const cell = context.workbook.getSelectedRange().getCell(0, 0);
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    return writeIfFree(context, { sheet, cell, block: cell, activate: false }, formula);
  });
}

/** Writes `formula` into `target` if the block of `size` from it is free: the cell and the area its result spills into. */
export async function insertFormulaInto(
  target: CellTarget,
  formula: string,
  size: ResultSize = ONE_CELL,
): Promise<InsertFormulaResult> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(target.sheetId);
    const cell = sheet.getRangeByIndexes(target.row, target.column, 1, 1);
    const block = blockAt(sheet, target.row, target.column, size);
    return writeIfFree(context, { sheet, cell, block, activate: true }, formula);
  });
}
