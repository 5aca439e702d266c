/** Addresses given to the preview's Excel API on a known worksheet: parsed, and refused when they name another. */
import { parseAddress, type CellRect } from "../../excel-rules/a1";
import { sameName } from "../../excel-rules/names";
import { WorkbookError } from "../workbook/workbook-error";

/** A range address on a given sheet; a sheet prefix must name that sheet. */
export function rectOnSheet(address: string, sheetName: string): CellRect {
  const parsed = parseAddress(address);
  if (!parsed) throw new WorkbookError("InvalidArgument", `"${address}" is not a valid range address.`);
  if (parsed.sheetName !== undefined && !sameName(parsed.sheetName, sheetName)) {
    throw new WorkbookError("InvalidArgument", `"${address}" is not on the worksheet "${sheetName}".`);
  }
  return parsed.rect;
}
