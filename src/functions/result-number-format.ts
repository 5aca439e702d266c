/**
 * The number format Excel shows an AMC.* result in where it takes data types, for the task pane's formula builder to
 * show a result as the cell will read it (with formatCellValue of src/excel-rules/number-format.ts). It applies each
 * function's one format rule (the `format` of its declaration in declarations.ts) exactly as the function does:
 *
 *   resultNumberFormat("TOP5SHARE", [[[702.39], [262.96]]])             → "0.00%"
 *   resultNumberFormat("FIGURE", ["net_financing", "industry", "2024"]) → '#,##0.00" 亿元"' in Chinese Excel,
 *                                                                          '#,##0.00" CNY 100m"' in English
 *   resultNumberFormat("TOPN", [values, labels, 2])                     → [[null, null, null],
 *                                                                          [null, "#,##0.00", "0.00%"], …]
 *
 * Arguments are given as Excel passes them: ranges as 2-D arrays, an omitted optional as null. A single result has
 * one format, a spill one per cell of what the call returns (null for the header row, text and error cells). null
 * means the value shows as it is: text, a company card, a number in General. Where the call fails (arguments not
 * complete yet: the function throws or returns an Excel error), a single result has the format its declaration fixes, if it fixes one, and a spill none.
 */
import type { ExcelFunction } from "./declare";
import { typedExcelFunction } from "./declare";
import { DECLARATIONS, type FunctionId } from "./declarations";
import { isExcelError } from "./excel-errors";
import type { CellFormat } from "./result-formats";

const typedFunctions = new Map<FunctionId, ExcelFunction>();

function typedFunction(id: FunctionId): ExcelFunction {
  let made = typedFunctions.get(id);
  if (!made) typedFunctions.set(id, (made = typedExcelFunction(id, DECLARATIONS[id])));
  return made;
}

function formatOfValue(value: unknown): CellFormat {
  const typed = value as Partial<Excel.DoubleCellValue> | null;
  return typeof typed === "object" && typed?.type === "Double" ? (typed.numberFormat ?? null) : null;
}

/** What the declaration fixes for a single result whatever the arguments, or null. */
function declaredFormat(id: FunctionId): CellFormat {
  const { result, format } = DECLARATIONS[id];
  const single = result === "number" || result === "value";
  return single && typeof format === "string" ? format : null;
}

/** The format of the result of `id` over `args`, or of each cell of its spill (see the module's header). */
export function resultNumberFormat(id: FunctionId, args: readonly unknown[] = []): CellFormat | CellFormat[][] {
  let result: unknown;
  try {
    result = typedFunction(id)(...args);
  } catch {
    return declaredFormat(id);
  }
  if (isExcelError(result)) return declaredFormat(id);
  return Array.isArray(result) ? (result as unknown[][]).map((row) => row.map(formatOfValue)) : formatOfValue(result);
}
