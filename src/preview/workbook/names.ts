/** Excel's rules for worksheet and table names, so that the preview rejects what Excel would reject. */
import { parseAddress } from "./addresses";
import { WorkbookError } from "./workbook-error";

export const MAX_SHEET_NAME_LENGTH = 31;
export const MAX_TABLE_NAME_LENGTH = 255;

/** Throws InvalidArgument for a name Excel refuses for a worksheet (the duplicate check is the caller's). */
export function validateSheetName(name: string): void {
  const problem =
    name.trim() === ""
      ? "is blank"
      : name.length > MAX_SHEET_NAME_LENGTH
        ? `is longer than ${MAX_SHEET_NAME_LENGTH} characters`
        : /[\\/?*[\]:]/.test(name)
          ? "contains one of \\ / ? * [ ] :"
          : name.startsWith("'") || name.endsWith("'")
            ? "starts or ends with an apostrophe"
            : name.toLowerCase() === "history"
              ? 'is "History", which Excel reserves'
              : undefined;
  if (problem) throw new WorkbookError("InvalidArgument", `The worksheet name "${name}" ${problem}.`);
}

/** Throws for a table name Excel refuses: not a valid name, a cell reference, or already used. */
export function validateTableName(name: string, isTaken: (name: string) => boolean): void {
  const problem = !/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)
    ? "must start with a letter, _ or \\ and contain only letters, digits, _, . and \\"
    : name.length > MAX_TABLE_NAME_LENGTH
      ? `is longer than ${MAX_TABLE_NAME_LENGTH} characters`
      : parseAddress(name) !== undefined || /^(r|c|rc|r\d+c\d+)$/i.test(name)
        ? "looks like a cell reference"
        : undefined;
  if (problem) throw new WorkbookError("InvalidArgument", `The table name "${name}" ${problem}.`);
  if (isTaken(name)) throw new WorkbookError("ItemAlreadyExists", `The name "${name}" is already used.`);
}

/** Table1, Table2… the first one not taken, as Excel names new tables. */
export function defaultTableName(isTaken: (name: string) => boolean): string {
  for (let n = 1; ; n += 1) if (!isTaken(`Table${n}`)) return `Table${n}`;
}
