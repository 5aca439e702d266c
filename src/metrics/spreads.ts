/** Spreads of the report's section 四.4 (发行利差, in BP), with Excel's array arithmetic over ranges. */
import { arithmeticValue, describe } from "./coercion";
import { MetricError, type ResultCell, type ResultGrid } from "./errors";
import { shapeOf, throwIfErrorValue, type Cell, type Range, type Shape } from "./ranges";

/**
 * The cell of a range at (row, column) of a broadcast result, as Excel's array arithmetic picks it: a single row
 * or column repeats; undefined beyond a longer range's edge (#N/A in that cell).
 */
function broadcastCell(range: Range, { rows, columns }: Shape, row: number, column: number): Cell | undefined {
  const r = rows === 1 ? 0 : row;
  const c = columns === 1 ? 0 : column;
  if (r >= rows || c >= columns) return undefined;
  const cell = range[r][c] ?? null;
  throwIfErrorValue(cell);
  return cell;
}

function spreadCell(yieldCell: Cell | undefined, benchmarkCell: Cell | undefined): ResultCell {
  if (yieldCell === undefined || benchmarkCell === undefined) return new MetricError("#N/A", "outsideRange");
  const y = arithmeticValue(yieldCell);
  if (y === undefined)
    return new MetricError("#VALUE!", "notANumber", { argument: "bond_yield", value: describe(yieldCell) });
  const b = arithmeticValue(benchmarkCell);
  if (b === undefined)
    return new MetricError("#VALUE!", "notANumber", { argument: "benchmark", value: describe(benchmarkCell) });
  return (y - b) * 10000;
}

/** ≡ (yield-benchmark)*10000, cell by cell with Excel's broadcasting (a single cell or row or column repeats). */
export function spreadBp(yields: Range, benchmarks: Range): ResultGrid {
  const a = shapeOf(yields);
  const b = shapeOf(benchmarks);
  const rows = Math.max(a.rows, b.rows);
  const columns = Math.max(a.columns, b.columns);
  // Arrays of their final length: push() would give each row room for 17 cells, garbage a 100,000-row spill pays for.
  const grid: ResultGrid = new Array<ResultCell[]>(rows);
  for (let r = 0; r < rows; r++) {
    const row = new Array<ResultCell>(columns);
    for (let c = 0; c < columns; c++)
      row[c] = spreadCell(broadcastCell(yields, a, r, c), broadcastCell(benchmarks, b, r, c));
    grid[r] = row;
  }
  return grid;
}
