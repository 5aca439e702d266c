/**
 * Reading what every worksheet holds (its used range's formulas, and values when asked), for the checks that look
 * at the whole workbook. One sync when the names cache knows the sheets by id: the names and every known sheet's
 * used range are read together, and only sheets added since need a second sync. Without the cache (or when a known
 * sheet was deleted meanwhile, which fails that read): the names, then the used ranges.
 */
import { forgetWorkbookNames, knownWorkbookNames } from "./names-cache";
import { loadNames, namesRead } from "./workbook-names";

export interface SheetContents {
  name: string;
  id: string;
  /** Where the used range starts; 0, 0 with empty arrays for an empty sheet. */
  rowIndex: number;
  columnIndex: number;
  formulas: unknown[][];
  /** Only when read with `values: true`. */
  values?: unknown[][];
}

function loadUsedRange(context: Excel.RequestContext, sheetKey: string, withValues: boolean): Excel.Range {
  const range = context.workbook.worksheets.getItem(sheetKey).getUsedRangeOrNullObject(true);
  if (withValues) range.load("formulas,values,rowIndex,columnIndex");
  else range.load("formulas,rowIndex,columnIndex");
  return range;
}

function contentsOf(sheet: { name: string; id: string }, range: Excel.Range, withValues: boolean): SheetContents {
  if (range.isNullObject) {
    return { ...sheet, rowIndex: 0, columnIndex: 0, formulas: [], ...(withValues ? { values: [] } : {}) };
  }
  return {
    name: sheet.name,
    id: sheet.id,
    rowIndex: range.rowIndex,
    columnIndex: range.columnIndex,
    formulas: range.formulas,
    ...(withValues ? { values: range.values } : {}),
  };
}

/** Every worksheet's used range (valuesOnly), in tab order; the names read also refresh the names cache. */
export async function readAllSheets(
  context: Excel.RequestContext,
  options: { values: boolean },
): Promise<SheetContents[]> {
  const known = knownWorkbookNames()?.sheets;
  const knownIds = known?.every((sheet) => sheet.id) ? known.map((sheet) => sheet.id!) : [];
  const names = loadNames(context);
  const ranges = new Map(knownIds.map((id) => [id, loadUsedRange(context, id, options.values)]));
  try {
    await context.sync();
  } catch (error) {
    if (knownIds.length === 0) throw error;
    forgetWorkbookNames(); // a known sheet is gone: read the names first this time
    return readAllSheets(context, options);
  }
  const sheets = namesRead(names).sheets;
  const added = sheets.filter((sheet) => !ranges.has(sheet.id));
  if (added.length > 0) {
    for (const sheet of added) ranges.set(sheet.id, loadUsedRange(context, sheet.id, options.values));
    await context.sync();
  }
  return sheets.map((sheet) => contentsOf(sheet, ranges.get(sheet.id)!, options.values));
}
