/** Excel's rules for worksheet and table names, applied as Excel does: a name it refuses fails the operation. */
import { sheetNameProblem, tableNameProblem } from "../../excel-rules/names";
import { WorkbookError } from "./workbook-error";

/** Throws InvalidArgument for a name Excel refuses for a worksheet (the duplicate check is the caller's). */
export function validateSheetName(name: string): void {
  const problem = sheetNameProblem(name);
  if (problem) throw new WorkbookError("InvalidArgument", `The worksheet name "${name}" ${problem}.`);
}

/** Throws for a table name Excel refuses: not a valid name (InvalidArgument) or already used (ItemAlreadyExists). */
export function validateTableName(name: string, isTaken: (name: string) => boolean): void {
  const problem = tableNameProblem(name);
  if (problem) throw new WorkbookError("InvalidArgument", `The table name "${name}" ${problem}.`);
  if (isTaken(name)) throw new WorkbookError("ItemAlreadyExists", `The name "${name}" is already used.`);
}

/** Table1, Table2… the first one not taken, as Excel names new tables. */
export function defaultTableName(isTaken: (name: string) => boolean): string {
  for (let n = 1; ; n += 1) if (!isTaken(`Table${n}`)) return `Table${n}`;
}
