/**
 * Where a formula being built will go, read as Excel's own function dialog takes it when it opens: the selected
 * range's top-left cell on the active worksheet, with every sheet's name and id (a selection event names its sheet
 * by id only). One `Excel.run`, one sync.
 */

export interface SheetIdentity {
  id: string;
  name: string;
}

export interface FormulaTarget {
  sheet: SheetIdentity;
  /** Zero-based, on `sheet`. */
  row: number;
  column: number;
  sheets: SheetIdentity[];
}

export async function readFormulaTarget(): Promise<FormulaTarget> {
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const active = worksheets.getActiveWorksheet().load("name,id");
    const selected = context.workbook.getSelectedRange().load("rowIndex,columnIndex");
    worksheets.load("items/name,items/id");
    await context.sync();
    return {
      sheet: { id: active.id, name: active.name },
      row: selected.rowIndex,
      column: selected.columnIndex,
      sheets: worksheets.items.map((sheet) => ({ id: sheet.id, name: sheet.name })),
    };
  });
}
