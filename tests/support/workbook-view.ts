/**
 * What tests read and set in the preview's workbook directly, as an analyst would see and type it: a sheet's cells
 * with everything each one carries (value, formula, number format, font, fill, borders, merged area, validation,
 * comment, note), selections by address, and snapshots of a whole workbook for before/after comparisons.
 */
import { parseAddress, type CellRect } from "../../src/excel-rules/a1";
import { EXCEL_COLUMNS, EXCEL_ROWS } from "../../src/excel-rules/limits";
import type { CellFormat } from "../../src/preview/workbook/formats";
import type { PreviewWorkbook } from "../../src/preview/workbook/workbook";

export type Scalar = string | number | boolean;

/** A cell as a test compares it: what it holds and everything it carries. */
export interface CellState extends CellFormat {
  value: Scalar;
  /** The formula text (`=…`), or "" for a constant or a cell filled by another cell's spill. */
  formula: string;
  /** Filled by a spilled array (the anchor included). */
  spilled: boolean;
  numberFormat: string;
  merged?: string;
  validation?: string;
  comment?: string;
  note?: string;
}

const WHOLE_SHEET: CellRect = { row: 0, column: 0, rowCount: EXCEL_ROWS, columnCount: EXCEL_COLUMNS };
const key = (row: number, column: number) => `${row},${column}`;

export function rectOf(address: string): CellRect {
  const parsed = parseAddress(address);
  if (!parsed) throw new Error(`not an address: ${address}`);
  return parsed.rect;
}

export class SheetView {
  constructor(
    readonly workbook: PreviewWorkbook,
    readonly id: number,
  ) {}

  get name(): string {
    return this.workbook.sheets.name(this.id);
  }

  /** Enters `input` into a cell as an analyst types it: `=…` is a formula, anything else a constant. */
  set(row: number, column: number, input: Scalar): this {
    this.workbook.cells.write(this.id, { row, column, rowCount: 1, columnCount: 1 }, [[input]]);
    return this;
  }

  /** Everything the cell holds and carries; undefined for a cell that holds and carries nothing. */
  cell(row: number, column: number): CellState | undefined {
    const state = this.state(row, column);
    const { value, formula, spilled, numberFormat, ...carried } = state;
    const bare = value === "" && formula === "" && !spilled && numberFormat === "General";
    return bare && Object.keys(carried).length === 0 ? undefined : state;
  }

  private state(row: number, column: number): CellState {
    const view = this.workbook.cellView(this.id, row, column);
    const properties = this.workbook.properties;
    const here: CellRect = { row, column, rowCount: 1, columnCount: 1 };
    const noteOn = (kind: "comments" | "notes") =>
      properties.notes(this.id, kind).find((note) => note.row === row && note.column === column)?.content;
    const merged = properties.mergedAreas(this.id, here)[0];
    const validation = properties.validationType(this.id, here);
    const state: CellState = {
      ...view.format,
      value: view.value,
      formula: this.workbook.recalculation.formula(this.id, row, column) ?? "",
      spilled: view.spilled,
      numberFormat: this.workbook.formats.numberFormatAt(this.id, row, column),
      merged: merged && `${merged.row},${merged.column},${merged.rowCount},${merged.columnCount}`,
      validation: validation === "None" ? undefined : validation,
      comment: noteOn("comments"),
      note: noteOn("notes"),
    };
    return Object.fromEntries(Object.entries(state).filter(([, part]) => part !== undefined)) as CellState;
  }

  /** Every cell that holds or carries something, by "row,column". */
  cells(): Map<string, CellState> {
    const places = new Map<string, [number, number]>();
    const add = (row: number, column: number) => places.set(key(row, column), [row, column]);
    for (const { row, column } of this.workbook.recalculation.filledCells(this.id)) add(row, column);
    for (const { row, column } of this.workbook.formats.formattedCells(this.id)) add(row, column);
    const properties = this.workbook.properties;
    for (const { row, column } of properties.validatedCells(this.id, WHOLE_SHEET)) add(row, column);
    for (const note of [...properties.notes(this.id, "comments"), ...properties.notes(this.id, "notes")]) {
      add(note.row, note.column);
    }
    for (const area of properties.mergedAreas(this.id, WHOLE_SHEET)) add(area.row, area.column);
    const cells = new Map<string, CellState>();
    for (const [place, [row, column]] of [...places].sort()) {
      const state = this.cell(row, column);
      if (state) cells.set(place, state);
    }
    return cells;
  }

  /** The row and column of the first cell holding `value` in the sheet, row by row. */
  find(value: Scalar): { row: number; column: number } | undefined {
    for (const [place, state] of this.cells()) {
      if (state.value === value) {
        const [row, column] = place.split(",").map(Number);
        return { row, column };
      }
    }
    return undefined;
  }
}

/** A sheet of the workbook by name (any case). */
export function sheetNamed(workbook: PreviewWorkbook, name: string): SheetView {
  const sheet = workbook.sheets.byName(name);
  if (!sheet)
    throw new Error(
      `no sheet ${name}; sheets: ${workbook.sheets
        .list()
        .map((s) => s.name)
        .join(", ")}`,
    );
  return new SheetView(workbook, sheet.id);
}

/** The workbook's sheets in tab order. */
export function sheetViews(workbook: PreviewWorkbook): SheetView[] {
  return workbook.sheets.list().map((sheet) => new SheetView(workbook, sheet.id));
}

/** Selects `address` on the sheet and activates it, as the analyst's click would. */
export function select(workbook: PreviewWorkbook, sheetName: string, address: string): void {
  workbook.sheets.select(sheetNamed(workbook, sheetName).id, rectOf(address));
}

/** Adds a table over `address` as an analyst would (headers typed first), named `name`. */
export function addUserTable(workbook: PreviewWorkbook, sheetName: string, address: string, name: string): void {
  const sheet = sheetNamed(workbook, sheetName);
  const rect = rectOf(address);
  for (let c = 0; c < rect.columnCount; c++) sheet.set(rect.row, rect.column + c, `Column${c + 1}`);
  const table = workbook.tables.add(sheet.id, rect, true);
  workbook.tables.update(table.id, { name, style: "TableStyleLight1" });
}

/** Everything the workbook holds, for before/after comparisons: sheets, their cells, tables, charts and names. */
export function snapshot(workbook: PreviewWorkbook) {
  return {
    sheets: sheetViews(workbook).map((sheet) => ({
      name: sheet.name,
      tabColor: workbook.sheets.tabColor(sheet.id),
      frozenRows: workbook.sheets.frozenRows(sheet.id),
      cells: sheet.cells(),
      columnWidths: Array.from({ length: 64 }, (_, column) => workbook.formats.columnWidth(sheet.id, column)),
      outline: Array.from({ length: 64 }, (_, column) => ({
        level: workbook.outline.level(sheet.id, column),
        hidden: workbook.outline.isHidden(sheet.id, column),
      })),
    })),
    tables: workbook.tables.list(),
    charts: workbook.charts
      .list()
      .map((chart) => ({ ...chart, series: chart.series.map((series) => ({ ...series })) })),
    names: workbook.names.list(),
  };
}

export type WorkbookSnapshot = ReturnType<typeof snapshot>;
