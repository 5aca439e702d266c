/** Reading the names a workbook already uses (worksheets, tables), queued for the caller's one `context.sync()`. */

export interface LoadedNames {
  sheets: Excel.WorksheetCollection;
  tables: Excel.TableCollection;
}

/** Queues loading every worksheet and table name; read them with `sheetNames`/`tableNames` after the sync. */
export function loadNames(context: Excel.RequestContext): LoadedNames {
  const sheets = context.workbook.worksheets;
  const tables = context.workbook.tables;
  sheets.load("items/name");
  tables.load("items/name");
  return { sheets, tables };
}

export function sheetNames(names: LoadedNames): string[] {
  return names.sheets.items.map((sheet) => sheet.name);
}

export function tableNames(names: LoadedNames): string[] {
  return names.tables.items.map((table) => table.name);
}
