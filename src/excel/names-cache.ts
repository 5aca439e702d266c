/**
 * The worksheet and table names the pane last saw in the workbook: filled by the read the pane makes when it opens
 * (`scanWorkbook`), by every read of the names, and by every successful action with what it created. Actions that
 * add sheets choose unique names from it without a round-trip of their own; when it turns out stale (the analyst
 * added a sheet or table meanwhile) the action refreshes it and retries (`new-sheets.ts`). One workbook per pane,
 * so one cache per loaded module.
 */
import { nameKey } from "../excel-rules/names";

export interface SheetRef {
  name: string;
  /** Excel's worksheet id, when it was loaded: it survives a rename. */
  id?: string;
}

export interface WorkbookNames {
  sheets: readonly SheetRef[];
  /** The names a new table cannot take: every table's, and every name the workbook defines. */
  tables: readonly string[];
}

let known: WorkbookNames | null = null;

/** The names last seen, or null when the pane has not read them yet (or forgot them). */
export function knownWorkbookNames(): WorkbookNames | null {
  return known;
}

/** Replaces what is known with names just read from the workbook. */
export function rememberWorkbookNames(names: WorkbookNames): void {
  known = { sheets: names.sheets.map((sheet) => ({ ...sheet })), tables: [...names.tables] };
}

/** Adds what an action created (no-op when nothing is known: the next action reads the names anyway). */
export function rememberCreated(created: WorkbookNames): void {
  if (!known) return;
  const sheetKeys = new Set(known.sheets.map((sheet) => nameKey(sheet.name)));
  const tableKeys = new Set(known.tables.map(nameKey));
  known = {
    sheets: [...known.sheets, ...created.sheets.filter((sheet) => !sheetKeys.has(nameKey(sheet.name)))],
    tables: [...known.tables, ...created.tables.filter((table) => !tableKeys.has(nameKey(table)))],
  };
}

/** Replaces the table names only (an insert at the selection reads them fresh). */
export function rememberTableNames(tables: readonly string[]): void {
  if (known) known = { ...known, tables: [...tables] };
}

/** Forgets everything (another workbook, or a read showed the names no longer hold). */
export function forgetWorkbookNames(): void {
  known = null;
}
