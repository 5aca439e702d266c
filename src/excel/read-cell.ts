/**
 * What the pane needs to explain the active cell, read in ONE `context.sync()`: the cell's formula, value and number
 * format; the names of the tables over it; and its surrounding region (Excel's current region: for a table the add-in
 * inserted, the table itself) with the region's first row and the cell's row in it, which give a table's header and
 * the cell's record, and the values of the cells a formula most often refers to (its row's label, its column's
 * header). Nothing is chained off an object that may be null: the region always exists and always holds the cell.
 */
import { parseAddress } from "../excel-rules/a1";

/** The block around the cell: where it starts, its first row, and the row of the cell within it. */
export interface RegionRead {
  address: string;
  row: number;
  column: number;
  /** The region's first row (a table's header row). */
  header: unknown[];
  /** The cell's row across the region. */
  cells: unknown[];
}

export interface CellRead {
  sheet: string;
  /** The cell's address on its sheet, `C3`. */
  address: string;
  row: number;
  column: number;
  formula: unknown;
  value: unknown;
  numberFormat: string;
  /** The names of the tables the cell is in (at most one in Excel). */
  tables: string[];
  region: RegionRead;
}

/** The sheet and the address as Range.address writes them together (`'My Sheet'!C3`). */
function splitAddress(address: string): { sheet: string; local: string } {
  const parsed = parseAddress(address);
  const bang = address.lastIndexOf("!");
  return { sheet: parsed?.sheetName ?? "", local: bang < 0 ? address : address.slice(bang + 1) };
}

/** Reads the active cell and its surroundings; see the module comment. */
export async function readActiveCell(): Promise<CellRead> {
  return Excel.run(async (context) => {
    const cell = context.workbook.getActiveCell();
    cell.load("address,rowIndex,columnIndex,formulas,values,numberFormat");
    const tables = cell.getTables(false);
    tables.load("items/name");
    const region = cell.getSurroundingRegion();
    region.load("address,rowIndex,columnIndex");
    const header = region.getRow(0);
    header.load("values");
    const row = cell.getEntireRow().getIntersection(region);
    row.load("values");
    await context.sync();
    const { sheet, local } = splitAddress(cell.address);
    return {
      sheet,
      address: local,
      row: cell.rowIndex,
      column: cell.columnIndex,
      formula: cell.formulas[0][0],
      value: cell.values[0][0],
      numberFormat: String(cell.numberFormat[0][0]),
      tables: tables.items.map((table) => table.name),
      region: {
        address: region.address,
        row: region.rowIndex,
        column: region.columnIndex,
        header: header.values[0],
        cells: row.values[0],
      },
    };
  });
}
