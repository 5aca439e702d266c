/**
 * Writing one figure of the report into the workbook as the figure picker asks: its `=AMC.FIGURE(...)` formula in
 * the selected cell with the figure's number format, and optionally its `=AMC.SOURCE(...)` in the cell to its right.
 * At the selection both cells are read in one read (every part of them, occupancy.ts) and written only when both are
 * free: 2 syncs (1 when occupied; one more read on a sheet with comments or notes). On a new worksheet: 1 sync with
 * the names cache (new-sheets.ts).
 */
import { cellAddress, quoteSheetName } from "../excel-rules/a1";
import { ExcelActionError, officeErrorCode } from "./action-errors";
import { uniqueSheetName } from "./names";
import { addSheetsInOneBatch } from "./new-sheets";
import type { Occupant } from "./occupancy";
import { blockPlace, loadBlock, occupantOf } from "./read-block";
import { sheetNames } from "./workbook-names";

/** What the picker writes: the figure's formula and number format, the source formula (or none), and a sheet title. */
export interface FigureCells {
  formula: string;
  numberFormat: string;
  source: string | null;
  /** The name a new worksheet takes when the figure goes on one (made unique and valid). */
  sheetTitle: string;
}

export type InsertFigureResult =
  | { status: "inserted"; sheet: string; address: string; sourceAddress: string | null }
  | { status: "occupied"; address: string; occupant: Occupant };

/** The cells' values as one row: the figure, then its source when asked. */
function formulasOf(cells: FigureCells): string[][] {
  return [cells.source === null ? [cells.formula] : [cells.formula, cells.source]];
}

/** Excel's InvalidArgument here means the selection has no cell to its right for the source (column XFD). */
function selectionError(error: unknown): unknown {
  if (officeErrorCode(error) !== "InvalidArgument") return error;
  return new ExcelActionError("selectionUnusable", "The selection has no room for the figure and its source.");
}

async function synced(context: Excel.RequestContext): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    throw selectionError(error);
  }
}

/** The sheet's name as an address carries it (`'My Sheet'!B2` → `My Sheet`). */
function sheetOf(address: string): string {
  const sheet = address.slice(0, address.lastIndexOf("!"));
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/** Writes the figure (and its source) at the selected cell when both cells are free; see the module comment. */
export async function insertFigureAtSelection(cells: FigureCells): Promise<InsertFigureResult> {
  return Excel.run(async (context): Promise<InsertFigureResult> => {
    const anchor = context.workbook.getSelectedRange().getCell(0, 0);
    const target = cells.source === null ? anchor : anchor.getResizedRange(0, 1);
    const read = loadBlock(context.workbook.worksheets.getActiveWorksheet(), target);
    await synced(context);
    const occupant = await occupantOf(context, read);
    const { address, row, column } = blockPlace(read);
    if (occupant) return { status: "occupied", address, occupant };
    anchor.numberFormat = [[cells.numberFormat]];
    target.formulas = formulasOf(cells);
    anchor.select();
    await synced(context);
    const sheet = sheetOf(address);
    const qualified = (col: number) => `${quoteSheetName(sheet)}!${cellAddress(row, col)}`;
    return {
      status: "inserted",
      sheet,
      address: qualified(column),
      sourceAddress: cells.source === null ? null : qualified(column + 1),
    };
  });
}

/** Writes the figure (and its source) at A1 of a new worksheet named after it, and selects it. */
export async function insertFigureOnNewSheet(cells: FigureCells): Promise<InsertFigureResult> {
  return Excel.run(async (context): Promise<InsertFigureResult> => {
    const chosen = await addSheetsInOneBatch(context, {
      choose: (inUse) => ({ sheets: [uniqueSheetName(cells.sheetTitle, sheetNames(inUse))], tables: [] }),
      queue: (_, { sheets }, addSheet) => {
        const sheet = addSheet(sheets[0]);
        const anchor = sheet.getRange("A1");
        anchor.numberFormat = [[cells.numberFormat]];
        sheet.getRangeByIndexes(0, 0, 1, formulasOf(cells)[0].length).formulas = formulasOf(cells);
        sheet.activate();
        anchor.select();
      },
    });
    const sheet = chosen.sheets[0];
    return {
      status: "inserted",
      sheet,
      address: `${quoteSheetName(sheet)}!A1`,
      sourceAddress: cells.source === null ? null : `${quoteSheetName(sheet)}!B1`,
    };
  });
}
