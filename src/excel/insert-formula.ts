/**
 * Writing a formula into the selected cell (the top-left cell of a larger selection), only when that cell is
 * empty, then selecting it: 2 syncs (read the cell, write it). An occupied cell is reported, not touched.
 */
import { firstOccupiedCell } from "./occupancy";

export type InsertFormulaResult =
  { status: "inserted"; address: string; formula: string } | { status: "occupied"; address: string };

export async function insertFormulaAtSelection(formula: string): Promise<InsertFormulaResult> {
  return Excel.run(async (context): Promise<InsertFormulaResult> => {
    const cell = context.workbook.getSelectedRange().getCell(0, 0);
    cell.load("address,formulas,values,rowIndex,columnIndex");
    await context.sync();
    if (firstOccupiedCell(cell.formulas, cell.values, cell.rowIndex, cell.columnIndex) !== null) {
      return { status: "occupied" as const, address: cell.address };
    }
    cell.formulas = [[formula]];
    cell.select();
    await context.sync();
    return { status: "inserted" as const, address: cell.address, formula };
  });
}
