/**
 * Reading the names a workbook already uses (worksheets with their ids, tables, defined names), queued for the
 * caller's one `context.sync()`; after the sync, `namesRead` gives them and puts them in the names cache.
 */
import { rememberWorkbookNames, type SheetRef, type WorkbookNames } from "./names-cache";

export interface LoadedNames {
  sheets: Excel.WorksheetCollection;
  tables: Excel.TableCollection;
  definedNames: Excel.NamedItemCollection;
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

/**
 * Queues loading every worksheet's name and id (and tab colour when asked), every table name and every name the
 * workbook defines (Formulas > Name Manager): a table's name is a defined name too, so Excel refuses one taken.
 */
export function loadNames(context: Excel.RequestContext, options: { tabColors?: boolean } = {}): LoadedNames {
  const sheets = context.workbook.worksheets;
  sheets.load(options.tabColors ? "items/name,items/id,items/tabColor" : "items/name,items/id");
  return { sheets, ...loadTableNames(context), withTabColors: options.tabColors === true };
}

/** Queues loading the names a new table cannot take: the tables' and the workbook's defined names. */
export function loadTableNames(context: Excel.RequestContext): Pick<LoadedNames, "tables" | "definedNames"> {
  const tables = context.workbook.tables;
  const definedNames = context.workbook.names;
  tables.load("items/name");
  definedNames.load("items/name");
  return { tables, definedNames };
}

/** The names loaded by `loadTableNames`, once synced. */
export function tableNamesRead({ tables, definedNames }: Pick<LoadedNames, "tables" | "definedNames">): string[] {
  return [...tables.items.map((table) => table.name), ...definedNames.items.map((item) => item.name)];
}

/** The names loaded by `loadNames`, once synced; they also become what the names cache knows. */
export function namesRead(loaded: LoadedNames): NamesRead {
  const names: NamesRead = {
    sheets: loaded.sheets.items.map((sheet) => ({
      name: sheet.name,
      id: sheet.id,
      ...(loaded.withTabColors ? { tabColor: sheet.tabColor } : {}),
    })),
    tables: tableNamesRead(loaded),
  };
  rememberWorkbookNames({ sheets: names.sheets.map(({ name, id }) => ({ name, id })), tables: names.tables });
  return names;
}

export function sheetNames(names: WorkbookNames): string[] {
  return names.sheets.map((sheet) => sheet.name);
}
