/**
 * Reading the names a workbook already uses (worksheets with their ids, tables), queued for the caller's one
 * `context.sync()`; after the sync, `namesRead` gives them and puts them in the names cache.
 */
import { rememberWorkbookNames, type SheetRef, type WorkbookNames } from "./names-cache";

export interface LoadedNames {
  sheets: Excel.WorksheetCollection;
  tables: Excel.TableCollection;
  withTabColors: boolean;
}

export interface SheetRead extends SheetRef {
  id: string;
  /** Loaded only when asked (`loadNames(context, { tabColors: true })`): how new sheets are told apart. */
  tabColor?: string;
}

export interface NamesRead extends WorkbookNames {
  sheets: SheetRead[];
}

/** Queues loading every worksheet's name and id (and tab colour when asked) and every table name. */
export function loadNames(context: Excel.RequestContext, options: { tabColors?: boolean } = {}): LoadedNames {
  const sheets = context.workbook.worksheets;
  const tables = context.workbook.tables;
  sheets.load(options.tabColors ? "items/name,items/id,items/tabColor" : "items/name,items/id");
  tables.load("items/name");
  return { sheets, tables, withTabColors: options.tabColors === true };
}

/** The names loaded by `loadNames`, once synced; they also become what the names cache knows. */
export function namesRead(loaded: LoadedNames): NamesRead {
  const names: NamesRead = {
    sheets: loaded.sheets.items.map((sheet) => ({
      name: sheet.name,
      id: sheet.id,
      ...(loaded.withTabColors ? { tabColor: sheet.tabColor } : {}),
    })),
    tables: loaded.tables.items.map((table) => table.name),
  };
  rememberWorkbookNames({ sheets: names.sheets.map(({ name, id }) => ({ name, id })), tables: names.tables });
  return names;
}

export function sheetNames(names: WorkbookNames): string[] {
  return names.sheets.map((sheet) => sheet.name);
}
