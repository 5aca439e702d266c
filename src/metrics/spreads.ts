/** Spreads of the report's section 四.4 (发行利差, in BP), with Excel's array arithmetic over ranges. */
import { arithmeticValue, describe } from "./coercion";
import { MetricError, sharedError, type CellErrorValue, type ResultGrid } from "./errors";
import { isErrorValue, shapeOf, type Cell, type Range, type Shape } from "./ranges";
import { requireSpillFits } from "./spill-limits";

/** A number for the arithmetic, or the error its result cell shows. */
type Operand = number | MetricError | CellErrorValue;

/** Row `row` of a range with more than one row; undefined beyond its last row (#N/A in those cells of the result). */
function rowAt(range: Range, { rows }: Shape, row: number): readonly Cell[] | undefined {
  return row < rows ? range[row] : undefined;
}

/**
 * The cell of a row at a column of the result, as Excel's array arithmetic picks it (a single column repeats), as a
 * number for the arithmetic, or the error its result cell shows (#N/A beyond a narrower range's edge). Kept to the
 * common case, a finite number, so that it is inlined in the loops; the rest is `otherOperand`.
 */
function operand(row: readonly Cell[] | undefined, shape: Shape, column: number, argument: string): Operand {
  const c = shape.columns === 1 ? 0 : column;
  const cell = row !== undefined && c < shape.columns ? row[c] : undefined;
  return typeof cell === "number" && Number.isFinite(cell)
    ? cell
    : otherOperand(row, cell, c < shape.columns, argument);
}

let outsideRange: MetricError | undefined;

function otherOperand(row: readonly Cell[] | undefined, cell: Cell, inRange: boolean, argument: string): Operand {
  // One error object for every cell beyond a range's edge: a yield column against a whole column has a million.
  if (row === undefined || !inRange) return (outsideRange ??= new MetricError("#N/A", "outsideRange"));
  if (isErrorValue(cell)) return cell; // its result cell shows it, as in Excel's array arithmetic
  const value = arithmeticValue(cell ?? null);
  return value === undefined ? sharedError("#VALUE!", "notANumber", { argument, value: describe(cell) }) : value;
}

/** The operands of a range that has a single row, which repeats down every row of the result: converted once. */
function repeatedRow(range: Range, shape: Shape, columns: number, argument: string): Operand[] | null {
  if (shape.rows !== 1) return null;
  // A loop, not Array.from({ length }): Array.from on an array-like costs more than a 58-row spread itself.
  const operands = new Array<Operand>(columns);
  for (let c = 0; c < columns; c++) operands[c] = operand(range[0], shape, c, argument);
  return operands;
}

/** A spread cell as the caller wants it: a number, or the caller's form of the error (identity by default). */
type ErrorCell<E> = (error: MetricError | CellErrorValue) => E;
const asItIs: ErrorCell<MetricError | CellErrorValue> = (error) => error;

/**
 * ≡ (yield-benchmark)*10000, cell by cell with Excel's broadcasting (a single cell or row or column repeats). Every
 * cell is a finite number or an error made by `errorCell`, so that the functions layer can hand its Excel errors in
 * and return the grid as it is: a second pass over a 100,000-row spill would cost as much as computing it.
 */
export function spreadBp(yields: Range, benchmarks: Range): ResultGrid;
export function spreadBp<E>(yields: Range, benchmarks: Range, errorCell: ErrorCell<E>): (number | E)[][];
export function spreadBp<E>(
  yields: Range,
  benchmarks: Range,
  errorCell: ErrorCell<E | MetricError | CellErrorValue> = asItIs,
): (number | E | MetricError | CellErrorValue)[][] {
  const a = shapeOf(yields);
  const b = shapeOf(benchmarks);
  const rows = Math.max(a.rows, b.rows);
  const columns = Math.max(a.columns, b.columns);
  requireSpillFits(rows, columns);
  const yieldRow = repeatedRow(yields, a, columns, "bond_yield");
  const benchmarkRow = repeatedRow(benchmarks, b, columns, "benchmark");
  // Arrays of their final length: push() would give each row room for 17 cells, garbage a 100,000-row spill pays for.
  const grid = new Array<(number | E | MetricError | CellErrorValue)[]>(rows);
  for (let r = 0; r < rows; r++) {
    const yieldCells = yieldRow ? undefined : rowAt(yields, a, r);
    const benchmarkCells = benchmarkRow ? undefined : rowAt(benchmarks, b, r);
    const row = new Array<number | E | MetricError | CellErrorValue>(columns);
    for (let c = 0; c < columns; c++) {
      const y = yieldRow ? yieldRow[c] : operand(yieldCells, a, c, "bond_yield");
      const benchmark = benchmarkRow ? benchmarkRow[c] : operand(benchmarkCells, b, c, "benchmark");
      if (typeof y === "number" && typeof benchmark === "number") {
        const spread = (y - benchmark) * 10000;
        row[c] = Number.isFinite(spread) ? spread : errorCell(sharedError("#NUM!", "numberTooLarge"));
      } else {
        row[c] = errorCell(typeof y !== "number" ? y : (benchmark as Exclude<Operand, number>));
      }
    }
    grid[r] = row;
  }
  return grid;
}
