/**
 * A real formula engine as the judge of "≡ Excel": lays the analyst's ranges out on a HyperFormula sheet exactly as
 * Excel would hold them (numbers, text, booleans, truly blank cells), evaluates the Excel formula of the spec, and
 * compares its result with what our custom function returned: the same number (to 1e-9) or the same error code.
 *
 * HyperFormula is configured like Excel: array arithmetic on, no smart rounding, Excel's 1900 date system (with its
 * fictitious 1900-02-29). Text cells are written with a leading apostrophe so that "5" or "TRUE" stays text.
 *
 * Usage:
 *   const sheet = new OracleSheet({ values: [[1], ["x"], [null]] });
 *   oracle.evaluate(sheet, `=SUM(${sheet.ref("values")})`)   // → 1
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { cellAddress } from "../../src/excel-rules/a1";

/** An error value in a cell (#N/A from a failed lookup, #DIV/0! …), written on the sheet by a formula that gives it. */
export interface SheetError {
  sheetError: "#N/A" | "#DIV/0!" | "#VALUE!" | "#NUM!";
}

/** What an Excel cell holds: a number, text, a boolean, an error value, or nothing (null). */
export type SheetCell = number | string | boolean | null | SheetError;
export type SheetRange = SheetCell[][];

/** A cell holding a formula, for helper columns. */
export interface FormulaCell {
  formula: string;
}

export interface OracleError {
  error: string;
}
export type OracleValue = number | string | boolean | null | OracleError;
/** A formula's result: one value, or the rows it spilled. */
export type OracleResult = OracleValue | OracleValue[][];

export const HYPERFORMULA_CONFIG = {
  licenseKey: "gpl-v3",
  useArrayArithmetic: true,
  smartRounding: false,
  leapYear1900: true,
  nullDate: { year: 1899, month: 12, day: 31 },
} as const;

const DATA_SHEET = "Data";
const OUT_SHEET = "Out";

function address(row: number, column: number): string {
  return `${DATA_SHEET}!${cellAddress(row, column, true)}`;
}

/** How HyperFormula must receive a cell so that it holds what Excel would: text never parsed as a number. */
const FORMULA_OF_ERROR: Record<SheetError["sheetError"], string> = {
  "#N/A": "=NA()",
  "#DIV/0!": "=1/0",
  "#VALUE!": '="a"+1',
  "#NUM!": "=SQRT(-1)",
};

export const isSheetError = (cell: unknown): cell is SheetError =>
  typeof cell === "object" && cell !== null && "sheetError" in cell;

export function rawContent(cell: SheetCell | FormulaCell): RawCellContent {
  if (cell === null) return null;
  if (typeof cell === "string") return `'${cell}`;
  if (isSheetError(cell)) return FORMULA_OF_ERROR[cell.sheetError];
  if (typeof cell === "object") return cell.formula;
  return cell;
}

interface Placed {
  column: number;
  rows: number;
  columns: number;
}

/** Named ranges laid out side by side (one empty column between them) on the data sheet. */
export class OracleSheet {
  private readonly placed = new Map<string, Placed>();
  private readonly grid: RawCellContent[][] = [];
  private nextColumn = 0;

  constructor(ranges: Record<string, SheetRange> = {}) {
    for (const [name, cells] of Object.entries(ranges)) this.add(name, cells);
  }

  /** Places a range (data, or formulas for helper columns) and returns its reference. */
  add(name: string, cells: (SheetCell | FormulaCell)[][]): string {
    const columns = cells.reduce((widest, row) => Math.max(widest, row.length), 0);
    this.placed.set(name, { column: this.nextColumn, rows: cells.length, columns });
    cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        while (this.grid.length <= r) this.grid.push([]);
        this.grid[r][this.nextColumn + c] = rawContent(cell);
      }),
    );
    this.nextColumn += columns + 1;
    return this.ref(name);
  }

  private at(name: string): Placed {
    const placed = this.placed.get(name);
    if (!placed) throw new Error(`no range named ${name}`);
    return placed;
  }

  /** The absolute reference of a whole range, e.g. Data!$A$1:$A$7. */
  ref(name: string): string {
    const { column, rows, columns } = this.at(name);
    return `${address(0, column)}:${address(rows - 1, column + columns - 1).replace(`${DATA_SHEET}!`, "")}`;
  }

  /** The absolute reference of one cell of a range. */
  cell(name: string, row: number, column = 0): string {
    return address(row, this.at(name).column + column);
  }

  /** The reference of the first rows of a one-column range (rows ≥ 1). */
  head(name: string, rows: number): string {
    const { column } = this.at(name);
    return `${address(0, column)}:${address(rows - 1, column).replace(`${DATA_SHEET}!`, "")}`;
  }

  rowsOf(name: string): number {
    return this.at(name).rows;
  }

  content(): RawCellContent[][] {
    return this.grid.map((row) => Array.from({ length: row.length }, (_, c) => row[c] ?? null));
  }
}

function oracleValue(value: unknown): OracleValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  const error = (value as { value?: unknown }).value;
  return { error: typeof error === "string" ? error : String(value) };
}

/** One HyperFormula engine, reused: each evaluation replaces both sheets' content (about 1 ms). */
export class FormulaOracle {
  private readonly engine = HyperFormula.buildFromSheets({ [DATA_SHEET]: [], [OUT_SHEET]: [] }, HYPERFORMULA_CONFIG);
  private readonly dataId = this.engine.getSheetId(DATA_SHEET)!;
  private readonly outId = this.engine.getSheetId(OUT_SHEET)!;

  /** The value of a formula over the sheet: the value itself, or all rows it spilled. */
  evaluate(sheet: OracleSheet, formula: string): OracleResult {
    this.engine.batch(() => {
      this.engine.setSheetContent(this.dataId, sheet.content());
      this.engine.setSheetContent(this.outId, [[formula]]);
    });
    const values = this.engine.getSheetValues(this.outId).map((row) => row.map(oracleValue));
    return values.length === 1 && values[0].length === 1 ? values[0][0] : values;
  }

  /** A grid of scalar formulas over the same sheet, evaluated at once: their values in the same grid. */
  evaluateGrid(sheet: OracleSheet, formulas: string[][]): OracleValue[][] {
    this.engine.batch(() => {
      this.engine.setSheetContent(this.dataId, sheet.content());
      this.engine.setSheetContent(this.outId, formulas);
    });
    const values = this.engine.getSheetValues(this.outId);
    return formulas.map((row, r) => row.map((_, c) => oracleValue(values[r]?.[c])));
  }

  destroy(): void {
    this.engine.destroy();
  }
}

export const isOracleError = (value: unknown): value is OracleError =>
  typeof value === "object" && value !== null && "error" in value;

/** The error code of what our function returned or threw, if it is a CustomFunctions.Error. */
export function errorCodeOf(value: unknown): string | undefined {
  return value instanceof CustomFunctions.Error ? value.code : undefined;
}

const TOLERANCE = 1e-9;

/** Equal numbers to 1e-9 relative (absolute below 1), or the same error code, or the same text/boolean. */
export function sameValue(ours: unknown, expected: OracleValue): boolean {
  if (isOracleError(expected)) return errorCodeOf(ours) === expected.error;
  if (typeof expected === "number") {
    return (
      typeof ours === "number" &&
      Math.abs(ours - expected) <= TOLERANCE * Math.max(1, Math.abs(ours), Math.abs(expected))
    );
  }
  if (expected === null) return ours === "" || ours === null;
  return ours === expected;
}

/** A readable form of a value for failure messages. */
export function show(value: unknown): string {
  if (value instanceof CustomFunctions.Error) return `Error(${value.code})`;
  return JSON.stringify(value);
}

/**
 * Asserts that our result equals the oracle's: a scalar against a scalar, or a spill (our rows) against the rows
 * the formula spilled. The message shows both and the case that produced them.
 */
export function expectSameResult(ours: unknown, expected: OracleResult, context: unknown): void {
  const describeCase = () => `ours ${show(ours)} vs Excel formula ${show(expected)} for ${JSON.stringify(context)}`;
  if (!Array.isArray(expected)) {
    if (!sameValue(ours, expected)) throw new Error(describeCase());
    return;
  }
  if (!Array.isArray(ours) || ours.length !== expected.length) throw new Error(describeCase());
  expected.forEach((row, r) => {
    const ourRow = (ours as unknown[][])[r];
    if (!Array.isArray(ourRow) || ourRow.length !== row.length) throw new Error(describeCase());
    row.forEach((value, c) => {
      if (!sameValue(ourRow[c], value)) throw new Error(`cell (${r},${c}): ${describeCase()}`);
    });
  });
}
