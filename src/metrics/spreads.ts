/** Spreads of the report's section 四.4 (发行利差, in BP), with Excel's array arithmetic over ranges. */
import { arithmeticValue, describe } from "./coercion";
import { MetricError, type ResultCell, type ResultGrid } from "./errors";
import { shapeOf, type Cell, type Range, type Shape } from "./ranges";
import { requireSpillFits } from "./spill-limits";

/**
 * The cell of a range (of the given shape, read once by the caller) at (row, column) of a broadcast result, as
 * Excel's array arithmetic picks it: a single row or column repeats; a position beyond a longer range's edge is #N/A.
 */
function broadcastCell(range: Range, { rows, columns }: Shape, row: number, column: number): Cell | MetricError {
  const r = rows === 1 ? 0 : row;
  const c = columns === 1 ? 0 : column;
  if (r >= rows || c >= columns) return new MetricError("#N/A", "outsideRange");
  return range[r][c] ?? null;
}

function spreadCell(yieldCell: Cell | MetricError, benchmarkCell: Cell | MetricError): ResultCell {
  if (yieldCell instanceof MetricError) return yieldCell;
  if (benchmarkCell instanceof MetricError) return benchmarkCell;
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
  requireSpillFits(rows, columns);
  const grid: ResultGrid = [];
  for (let r = 0; r < rows; r++) {
    const row: ResultCell[] = [];
    for (let c = 0; c < columns; c++)
      row.push(spreadCell(broadcastCell(yields, a, r, c), broadcastCell(benchmarks, b, r, c)));
    grid.push(row);
  }
  return grid;
}
