/**
 * How large a spilled result may be: Excel's grid (1,048,576 rows × 16,384 columns), and at most five million
 * cells, Excel on the web's limit for one range, so that a broadcast (a column against a row) cannot build a
 * result no workbook could hold before it is even returned.
 */
import { EXCEL_COLUMNS, EXCEL_ROWS, EXCEL_WEB_RANGE_CELL_LIMIT as MAX_SPILL_CELLS } from "../excel-rules/limits";
import { MetricError } from "./errors";

/** #VALUE! naming the size unless a rows × columns result fits; checked before the result is built. */
export function requireSpillFits(rows: number, columns: number): void {
  if (rows <= EXCEL_ROWS && columns <= EXCEL_COLUMNS && rows * columns <= MAX_SPILL_CELLS) return;
  throw new MetricError("#VALUE!", "resultTooLarge", { shape: `${rows}×${columns}` });
}
