/**
 * Writing a formula into the selected cell (the top-left cell of a larger selection), only when that cell is free
 * in every part (see occupancy.ts), then selecting it: 2 syncs (read the cell, write it; one more read when the
 * sheet has comments or notes). An occupied cell is reported with what occupies it, not touched.
 */
import type { Occupant } from "./occupancy";
import { blockPlace, loadBlock, occupantOf } from "./read-block";

export type InsertFormulaResult =
  | { status: "inserted"; address: string; formula: string }
  | { status: "occupied"; address: string; occupant: Occupant };

export async function insertFormulaAtSelection(formula: string): Promise<InsertFormulaResult> {
  return Excel.run(async (context): Promise<InsertFormulaResult> => {
    const cell = context.workbook.getSelectedRange().getCell(0, 0);
    const read = loadBlock(context.workbook.worksheets.getActiveWorksheet(), cell);
    await context.sync();
    const occupant = await occupantOf(context, read);
    const { address } = blockPlace(read);
    if (occupant) return { status: "occupied", address, occupant };
    cell.formulas = [[formula]];
    cell.select();
    await context.sync();
    return { status: "inserted", address, formula };
  });
}
