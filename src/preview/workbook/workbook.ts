/**
 * The preview's workbook: sheets whose cells HyperFormula computes, plus what Excel keeps beside the values
 * (number formats, fonts and fills, column widths, frozen rows, tables, charts, the selection). The Excel
 * JavaScript API of src/preview/excel-api and the grid both work on it; it tells its subscribers when it changes.
 * Rules follow Excel's: sheet and table names are validated as Excel does, `null` in a 2-D write leaves a cell
 * as it is, a string starting with "=" is a formula.
 */
import { DetailedCellError, HyperFormula, type SimpleCellAddress } from "hyperformula";
import { EXCEL_BOOLEAN_NAMES, excelLikeConfig, settleSpills, type SpillTracker } from "../hyperformula-bridge";
import { cellAddress, containsCell, isInsideGrid, rectsOverlap, unionRect, type CellRect } from "../../excel-rules/a1";
import { EXCEL_ROWS, EXCEL_WEB_RANGE_CELL_LIMIT } from "../../excel-rules/limits";
import { sameName } from "../../excel-rules/names";
import { formatCellValue } from "./number-format";
import { rewriteStructuredReferences, type TableGeometry } from "./structured-references";
import { seriesOfSource } from "./chart-series";
import { WorkbookError } from "./workbook-error";
import { defaultTableName, validateSheetName, validateTableName } from "./names";
import { callsAmcFunction } from "../../excel/amc-formula";

/** A cell value as the Excel API returns it: "" for blank, the error text ("#DIV/0!") for errors. */
export type ExcelValue = number | string | boolean;

export interface CellFormat {
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fill?: string;
  wrapText?: boolean;
}

export interface SheetInfo {
  id: number;
  name: string;
}

export interface TableInfo {
  id: number;
  name: string;
  sheetId: number;
  /** Header row included. */
  rect: CellRect;
  style: string;
  showBandedRows: boolean;
}

/** One series of a chart: the cells of its values and, optionally, of its categories (X values). */
export interface ChartSeriesInfo {
  name: string;
  values?: { sheetId: number; rect: CellRect };
  categories?: { sheetId: number; rect: CellRect };
}

export interface ChartInfo {
  id: number;
  name: string;
  sheetId: number;
  type: string;
  source: CellRect;
  seriesBy: string;
  series: ChartSeriesInfo[];
  title: string;
  categoryAxisTitle: string;
  valueAxisTitle: string;
  legendVisible: boolean;
  /** The cells the chart covers; undefined until setPosition (it then sits right of the used range). */
  position?: CellRect;
}

export interface Selection {
  sheetId: number;
  rect: CellRect;
}

/** Everything the grid needs to draw one cell. */
export interface CellView {
  text: string;
  value: ExcelValue;
  formula?: string;
  error?: { code: string; message: string };
  format: CellFormat;
  /** True for the cells a spilled array fills (the anchor included). */
  spilled: boolean;
}

export const DEFAULT_COLUMN_WIDTH_POINTS = 48;
const MIN_AUTOFIT_POINTS = 24;
const MAX_AUTOFIT_POINTS = 400;

interface SheetState extends SheetInfo {
  formats: Map<string, CellFormat>;
  columnWidths: Map<number, number>;
  frozenRows: number;
  /** Formulas as written, where they differ from what the engine got (structured references rewritten). */
  writtenFormulas: Map<string, string>;
  /** "" for Excel's automatic colour, else #RRGGBB. */
  tabColor: string;
  /** AMC.* formulas entered "before the add-in loaded" (see simulateUnregisteredFunctions): #NAME? until re-entered. */
  unregistered: Set<string>;
}

/** What the engine evaluates for an AMC.* formula Excel could not bind: an unknown function, so #NAME?. */
const UNREGISTERED_FORMULA = "=AMC.FUNCTIONSNOTYETREGISTERED()";
const UNREGISTERED_MESSAGE =
  "Preview simulation: this AMC.* formula was entered before the add-in's functions were registered, so Excel " +
  "shows #NAME? until the formula is re-entered (edit the cell and press Enter, or use the task pane's Repair).";

type Listener = () => void;

const cellKey = (row: number, column: number) => `${row}:${column}`;

function* cellsOf(rect: CellRect): Generator<[number, number]> {
  for (let row = rect.row; row < rect.row + rect.rowCount; row += 1) {
    for (let column = rect.column; column < rect.column + rect.columnCount; column += 1) yield [row, column];
  }
}

/** Width in points that shows a text in Calibri 11: CJK characters count double. */
function textWidthPoints(text: string): number {
  let units = 0;
  for (const character of text) units += character.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return Math.round((units * 7 + 12) * 0.75);
}

export class PreviewWorkbook {
  readonly engine: HyperFormula;
  private readonly sheetStates = new Map<number, SheetState>();
  private sheetOrder: number[] = [];
  private readonly tableStates = new Map<number, TableInfo>();
  private readonly chartStates = new Map<number, ChartInfo>();
  private nextObjectId = 1;
  private activeId: number;
  private selectionState: Selection;
  private readonly listeners = new Set<Listener>();
  private changeVersion = 0;
  private quietDepth = 0;
  private changedWhileQuiet = false;

  constructor(private readonly spills?: SpillTracker) {
    this.engine = HyperFormula.buildEmpty(excelLikeConfig());
    for (const { name, expression } of EXCEL_BOOLEAN_NAMES) this.engine.addNamedExpression(name, expression);
    const first = this.addSheet("Sheet1");
    this.activeId = first.id;
    this.selectionState = { sheetId: first.id, rect: { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
  }

  // ------------------------------------------------------------------------------------------------------------
  // Change notification
  // ------------------------------------------------------------------------------------------------------------

  get version(): number {
    return this.changeVersion;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Runs `change` and tells subscribers once, after it (nested calls tell once, at the end of the outermost). */
  batch<T>(change: () => T): T {
    this.quietDepth += 1;
    try {
      return change();
    } finally {
      this.quietDepth -= 1;
      if (this.quietDepth === 0 && this.changedWhileQuiet) {
        this.changedWhileQuiet = false;
        this.notify();
      }
    }
  }

  private changed(): void {
    this.changeVersion += 1;
    if (this.quietDepth > 0) this.changedWhileQuiet = true;
    else this.notify();
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  // ------------------------------------------------------------------------------------------------------------
  // Sheets, activation, selection
  // ------------------------------------------------------------------------------------------------------------

  sheets(): SheetInfo[] {
    return this.sheetOrder.map((id) => ({ id, name: this.sheet(id).name }));
  }

  sheetByName(name: string): SheetInfo | undefined {
    const id = this.sheetOrder.find((candidate) => sameName(this.sheet(candidate).name, name));
    return id === undefined ? undefined : { id, name: this.sheet(id).name };
  }

  sheetName(id: number): string {
    return this.sheet(id).name;
  }

  hasSheet(id: number): boolean {
    return this.sheetStates.has(id);
  }

  private sheet(id: number): SheetState {
    const state = this.sheetStates.get(id);
    if (!state) throw new WorkbookError("ItemNotFound", `The worksheet (id ${id}) no longer exists.`);
    return state;
  }

  /** Adds a sheet at the end; without a name, the next free "SheetN". */
  addSheet(name?: string): SheetInfo {
    const chosen = name ?? this.nextSheetName();
    validateSheetName(chosen);
    if (this.sheetByName(chosen)) {
      throw new WorkbookError("ItemAlreadyExists", `A worksheet named "${chosen}" already exists.`);
    }
    const engineName = this.engine.addSheet(chosen);
    const id = this.engine.getSheetId(engineName)!;
    this.sheetStates.set(id, {
      id,
      name: chosen,
      formats: new Map(),
      columnWidths: new Map(),
      frozenRows: 0,
      writtenFormulas: new Map(),
      tabColor: "",
      unregistered: new Set(),
    });
    this.sheetOrder.push(id);
    this.changed();
    return { id, name: chosen };
  }

  private nextSheetName(): string {
    for (let n = this.sheetOrder.length + 1; ; n += 1) {
      if (!this.sheetByName(`Sheet${n}`)) return `Sheet${n}`;
    }
  }

  /** Worksheet.delete(): the sheet, its tables and charts go; Excel refuses to delete the last sheet. */
  deleteSheet(sheetId: number): void {
    this.sheet(sheetId);
    if (this.sheetOrder.length === 1) {
      throw new WorkbookError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    }
    this.batch(() => {
      for (const table of [...this.tableStates.values()])
        if (table.sheetId === sheetId) this.tableStates.delete(table.id);
      for (const chart of [...this.chartStates.values()])
        if (chart.sheetId === sheetId) this.chartStates.delete(chart.id);
      this.sheetOrder = this.sheetOrder.filter((id) => id !== sheetId);
      this.sheetStates.delete(sheetId);
      this.engine.removeSheet(sheetId);
      if (this.activeId === sheetId) this.activate(this.sheetOrder[0]);
      this.changed();
    });
  }

  tabColor(sheetId: number): string {
    return this.sheet(sheetId).tabColor;
  }

  setTabColor(sheetId: number, colour: string): void {
    if (colour !== "" && !/^#?[0-9a-f]{6}$/i.test(colour)) {
      throw new WorkbookError("InvalidArgument", `"${colour}" is not a colour (#RRGGBB, or "" for automatic).`);
    }
    this.sheet(sheetId).tabColor = colour === "" ? "" : `#${colour.replace(/^#/, "").toUpperCase()}`;
    this.changed();
  }

  get activeSheetId(): number {
    return this.activeId;
  }

  activate(sheetId: number): void {
    this.sheet(sheetId);
    if (this.activeId === sheetId) return;
    this.activeId = sheetId;
    this.selectionState = { sheetId, rect: { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
    this.changed();
  }

  get selection(): Selection {
    return this.selectionState;
  }

  /** Selects a range and activates its sheet, as Range.select() does. */
  select(sheetId: number, rect: CellRect): void {
    this.sheet(sheetId);
    this.activeId = sheetId;
    this.selectionState = { sheetId, rect: { ...rect } };
    this.changed();
  }

  // ------------------------------------------------------------------------------------------------------------
  // Cell contents
  // ------------------------------------------------------------------------------------------------------------

  private address(sheetId: number, row: number, column: number): SimpleCellAddress {
    return { sheet: sheetId, row, col: column };
  }

  private assertReadable(rect: CellRect): void {
    if (!isInsideGrid(rect)) throw new WorkbookError("InvalidArgument", "The range is outside the worksheet.");
    if (rect.rowCount * rect.columnCount > EXCEL_WEB_RANGE_CELL_LIMIT) {
      throw new WorkbookError("ResponsePayloadSizeLimitExceeded", "The range is too large to read or write at once.");
    }
  }

  /** Values as Range.values returns them. */
  readValues(sheetId: number, rect: CellRect): ExcelValue[][] {
    this.sheet(sheetId);
    this.assertReadable(rect);
    const values = this.engine.getRangeValues({
      start: this.address(sheetId, rect.row, rect.column),
      end: this.address(sheetId, rect.row + rect.rowCount - 1, rect.column + rect.columnCount - 1),
    });
    return values.map((row) => row.map(toExcelValue));
  }

  /** Formulas as Range.formulas returns them: the formula as written, else the value. */
  readFormulas(sheetId: number, rect: CellRect): ExcelValue[][] {
    const state = this.sheet(sheetId);
    this.assertReadable(rect);
    return this.rows(rect, (row, column) => {
      const written = state.writtenFormulas.get(cellKey(row, column));
      if (written !== undefined) return written;
      const address = this.address(sheetId, row, column);
      const formula = this.engine.getCellFormula(address);
      if (formula !== undefined) return formula;
      if (this.engine.isCellPartOfArray(address)) return ""; // filled by another cell's spill, as Excel reports
      // A quote-prefixed text reads with its quote, as Excel's formula bar shows it; but not the quote the preview
      // adds to keep text in a text-formatted ("@") cell, which is not part of what was written.
      const serialized = this.engine.getCellSerialized(address);
      const textCell = state.formats.get(cellKey(row, column))?.numberFormat === "@";
      if (typeof serialized === "string" && serialized.startsWith("'") && !textCell) return serialized;
      return toExcelValue(this.engine.getCellValue(address));
    });
  }

  private rows<T>(rect: CellRect, read: (row: number, column: number) => T): T[][] {
    return Array.from({ length: rect.rowCount }, (_, r) =>
      Array.from({ length: rect.columnCount }, (__, c) => read(rect.row + r, rect.column + c)),
    );
  }

  /**
   * Writes values or formulas (both mean the same to Excel: a string starting with "=" is a formula), a 2-D
   * array of the range's size or a single value for every cell; `null` leaves a cell unchanged.
   */
  writeContents(sheetId: number, rect: CellRect, contents: unknown): void {
    const state = this.sheet(sheetId);
    this.assertReadable(rect);
    const rows = fitToRect(contents, rect, "values");
    const tables = this.tableGeometries();
    const changes: { row: number; column: number; content: unknown }[] = [];
    rows.forEach((cells, r) =>
      cells.forEach((content, c) => {
        if (content !== null) changes.push({ row: rect.row + r, column: rect.column + c, content });
      }),
    );
    this.batch(() => {
      this.engine.batch(() => {
        for (const { row, column, content } of changes) {
          const engineContent = this.engineContent(state, row, column, content, tables);
          this.engine.setCellContents(this.address(sheetId, row, column), [[engineContent as never]]);
        }
      });
      this.settle();
      this.changed();
    });
  }

  private engineContent(state: SheetState, row: number, column: number, content: unknown, tables: TableGeometry[]) {
    state.writtenFormulas.delete(cellKey(row, column));
    state.unregistered.delete(cellKey(row, column)); // re-entering a formula binds it again, as in Excel
    if (content === "" || content === undefined) return null;
    if (typeof content === "number" || typeof content === "boolean") return content;
    if (typeof content !== "string") {
      throw new WorkbookError("InvalidArgument", `Cannot write ${Object.prototype.toString.call(content)} to a cell.`);
    }
    // A text-formatted cell ("@") keeps what is written as text, "2024" and "=x" included, as Excel does.
    if (state.formats.get(cellKey(row, column))?.numberFormat === "@" && !content.startsWith("'")) return `'${content}`;
    if (!content.startsWith("=")) return content;
    const rewritten = rewriteStructuredReferences(content, tables, { sheetName: state.name, row, column });
    if (rewritten.usesTables) state.writtenFormulas.set(cellKey(row, column), content);
    return rewritten.formula;
  }

  /** Formulas written with structured references before their table existed, now that tables changed. */
  private rewriteTableFormulas(): void {
    const tables = this.tableGeometries();
    this.engine.batch(() => {
      for (const state of this.sheetStates.values()) {
        for (const [key, written] of state.writtenFormulas) {
          if (state.unregistered.has(key)) continue;
          const [row, column] = key.split(":").map(Number);
          const rewritten = rewriteStructuredReferences(written, tables, { sheetName: state.name, row, column });
          this.engine.setCellContents(this.address(state.id, row, column), [[rewritten.formula]]);
        }
      }
    });
    this.settle();
  }

  private settle(): void {
    if (this.spills) settleSpills(this.engine, this.spills);
  }

  /** The used range, as getUsedRange(valuesOnly) sees it; undefined for an empty sheet. */
  usedRect(sheetId: number, valuesOnly = false): CellRect | undefined {
    const state = this.sheet(sheetId);
    let used: CellRect | undefined;
    const include = (rect: CellRect) => (used = used ? unionRect(used, rect) : rect);
    this.engine.getSheetValues(sheetId).forEach((cells, row) =>
      cells.forEach((value, column) => {
        if (value !== null && value !== "") include({ row, column, rowCount: 1, columnCount: 1 });
      }),
    );
    // A formula counts even when it shows nothing (="").
    this.engine.getSheetFormulas(sheetId).forEach((cells, row) =>
      cells.forEach((formula, column) => {
        if (formula !== undefined) include({ row, column, rowCount: 1, columnCount: 1 });
      }),
    );
    if (!valuesOnly) {
      for (const key of state.formats.keys()) {
        const [row, column] = key.split(":").map(Number);
        include({ row, column, rowCount: 1, columnCount: 1 });
      }
      for (const table of this.tableStates.values()) if (table.sheetId === sheetId) include(table.rect);
    }
    return used;
  }

  isEmpty(sheetId: number, rect: CellRect): boolean {
    return this.readFormulas(sheetId, rect).every((row) => row.every((cell) => cell === ""));
  }

  // ------------------------------------------------------------------------------------------------------------
  // Formats
  // ------------------------------------------------------------------------------------------------------------

  /** The number format Excel reports: the one set, or the one Excel would have applied for a typed date/percent. */
  numberFormatAt(sheetId: number, row: number, column: number): string {
    const set = this.sheet(sheetId).formats.get(cellKey(row, column))?.numberFormat;
    if (set) return set;
    const type = this.engine.getCellValueDetailedType(this.address(sheetId, row, column));
    if (type === "NUMBER_DATE") return "yyyy-mm-dd";
    if (type === "NUMBER_PERCENT") return "0%";
    return "General";
  }

  readNumberFormats(sheetId: number, rect: CellRect): string[][] {
    this.assertReadable(rect);
    return this.rows(rect, (row, column) => this.numberFormatAt(sheetId, row, column));
  }

  writeNumberFormats(sheetId: number, rect: CellRect, formats: unknown): void {
    this.assertReadable(rect);
    const rows = fitToRect(formats, rect, "numberFormat");
    this.updateFormats(sheetId, rect, (row, column) => {
      const format = rows[row - rect.row][column - rect.column];
      if (format === null) return undefined;
      if (typeof format !== "string") throw new WorkbookError("InvalidArgument", "A number format must be a string.");
      return { numberFormat: format };
    });
  }

  /** Sets one format property on every cell of the range (Range.format.font.bold = true, and so on). */
  applyFormat(sheetId: number, rect: CellRect, patch: CellFormat): void {
    this.assertReadable(rect);
    this.updateFormats(sheetId, rect, () => patch);
  }

  private updateFormats(
    sheetId: number,
    rect: CellRect,
    patchAt: (row: number, column: number) => CellFormat | undefined,
  ) {
    const state = this.sheet(sheetId);
    const bounded = this.boundedToContent(sheetId, rect);
    for (const [row, column] of cellsOf(bounded)) {
      const patch = patchAt(row, column);
      if (!patch) continue;
      const key = cellKey(row, column);
      state.formats.set(key, { ...state.formats.get(key), ...patch });
    }
    this.changed();
  }

  /** Whole-column formats apply to the rows that exist so far (the preview keeps formats per cell). */
  private boundedToContent(sheetId: number, rect: CellRect): CellRect {
    if (rect.rowCount < EXCEL_ROWS) return rect;
    const used = this.usedRect(sheetId, true);
    const rowCount = used ? used.row + used.rowCount : 1;
    return { ...rect, row: 0, rowCount };
  }

  /** One format property over a range: its value when every cell agrees, else null (as Excel reports). */
  readFormat<K extends keyof CellFormat>(sheetId: number, rect: CellRect, property: K, fallback: CellFormat[K]) {
    const state = this.sheet(sheetId);
    let result: CellFormat[K] | null | undefined;
    for (const [row, column] of cellsOf(this.boundedToContent(sheetId, rect))) {
      const value = state.formats.get(cellKey(row, column))?.[property] ?? fallback;
      if (result === undefined) result = value;
      else if (result !== value) return null;
    }
    return result ?? fallback;
  }

  formatAt(sheetId: number, row: number, column: number): CellFormat {
    return this.sheet(sheetId).formats.get(cellKey(row, column)) ?? {};
  }

  columnWidth(sheetId: number, column: number): number {
    return this.sheet(sheetId).columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH_POINTS;
  }

  setColumnWidth(sheetId: number, rect: CellRect, points: number): void {
    if (!Number.isFinite(points) || points < 0 || points > 255 * 7.5) {
      throw new WorkbookError("InvalidArgument", "The column width is out of range.");
    }
    const state = this.sheet(sheetId);
    for (let column = rect.column; column < rect.column + rect.columnCount; column += 1) {
      state.columnWidths.set(column, points);
    }
    this.changed();
  }

  /** Widths that fit the text shown in the range's columns (over the whole used range for whole columns). */
  autofitColumns(sheetId: number, rect: CellRect): void {
    const state = this.sheet(sheetId);
    const bounded = this.boundedToContent(sheetId, rect);
    for (let column = bounded.column; column < bounded.column + bounded.columnCount; column += 1) {
      let widest = MIN_AUTOFIT_POINTS;
      for (let row = bounded.row; row < bounded.row + bounded.rowCount; row += 1) {
        widest = Math.max(widest, textWidthPoints(this.cellView(sheetId, row, column).text));
      }
      state.columnWidths.set(column, Math.min(widest, MAX_AUTOFIT_POINTS));
    }
    this.changed();
  }

  frozenRows(sheetId: number): number {
    return this.sheet(sheetId).frozenRows;
  }

  freezeRows(sheetId: number, count: number): void {
    if (!Number.isInteger(count) || count < 0 || count > 1000) {
      throw new WorkbookError("InvalidArgument", "freezeRows needs a row count between 0 and 1000.");
    }
    this.sheet(sheetId).frozenRows = count;
    this.changed();
  }

  // ------------------------------------------------------------------------------------------------------------
  // Tables
  // ------------------------------------------------------------------------------------------------------------

  tables(): TableInfo[] {
    return [...this.tableStates.values()].map((table) => ({ ...table, rect: { ...table.rect } }));
  }

  table(id: number): TableInfo {
    const table = this.tableStates.get(id);
    if (!table) throw new WorkbookError("ItemNotFound", `The table (id ${id}) no longer exists.`);
    return table;
  }

  tableByName(name: string): TableInfo | undefined {
    return [...this.tableStates.values()].find((table) => sameName(table.name, name));
  }

  private tableGeometries(): TableGeometry[] {
    return [...this.tableStates.values()].map((table) => ({
      name: table.name,
      sheetName: this.sheet(table.sheetId).name,
      rect: table.rect,
      headers: this.readValues(table.sheetId, { ...table.rect, rowCount: 1 })[0].map(String),
    }));
  }

  /** Tables.add(address, true): the first row holds the headers; blank headers become Column1, Column2… */
  addTable(sheetId: number, rect: CellRect, hasHeaders: boolean): TableInfo {
    this.sheet(sheetId);
    if (!hasHeaders) {
      throw new WorkbookError("NotImplemented", "The preview supports tables.add(address, true) only.");
    }
    if (rect.rowCount < 1 || rect.rowCount >= EXCEL_ROWS || !isInsideGrid(rect)) {
      throw new WorkbookError("InvalidArgument", "A table needs a range inside the worksheet.");
    }
    for (const table of this.tableStates.values()) {
      if (table.sheetId === sheetId && rectsOverlap(table.rect, rect)) {
        throw new WorkbookError("InvalidOperation", `The range overlaps the table "${table.name}".`);
      }
    }
    const table: TableInfo = {
      id: this.nextObjectId++,
      name: defaultTableName((name) => this.tableByName(name) !== undefined),
      sheetId,
      rect: { ...rect },
      style: "TableStyleMedium2",
      showBandedRows: true,
    };
    this.batch(() => {
      this.fillBlankHeaders(sheetId, rect);
      this.tableStates.set(table.id, table);
      this.rewriteTableFormulas();
      this.changed();
    });
    return { ...table };
  }

  private fillBlankHeaders(sheetId: number, rect: CellRect): void {
    const header = { ...rect, rowCount: 1 };
    const names = this.readValues(sheetId, header)[0];
    if (names.every((name) => name !== "")) return;
    this.writeContents(sheetId, header, [names.map((name, i) => (name === "" ? `Column${i + 1}` : null))]);
  }

  updateTable(id: number, patch: Partial<Pick<TableInfo, "name" | "style" | "showBandedRows">>): void {
    const table = this.table(id);
    if (patch.name !== undefined && !sameName(patch.name, table.name)) {
      validateTableName(
        patch.name,
        (name) => this.tableByName(name) !== undefined || this.sheetByName(name) !== undefined,
      );
    }
    this.batch(() => {
      Object.assign(table, patch);
      if (patch.name !== undefined) this.rewriteTableFormulas();
      this.changed();
    });
  }

  /** The table whose area holds the cell, if any (for drawing header and band styles). */
  tableAt(sheetId: number, row: number, column: number): TableInfo | undefined {
    for (const table of this.tableStates.values()) {
      if (table.sheetId === sheetId && containsCell(table.rect, row, column)) return table;
    }
    return undefined;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Charts
  // ------------------------------------------------------------------------------------------------------------

  charts(sheetId?: number): ChartInfo[] {
    return [...this.chartStates.values()].filter((chart) => sheetId === undefined || chart.sheetId === sheetId);
  }

  chart(id: number): ChartInfo {
    const chart = this.chartStates.get(id);
    if (!chart) throw new WorkbookError("ItemNotFound", `The chart (id ${id}) no longer exists.`);
    return chart;
  }

  /** A chart over a source range; its series are fixed from that range now, as Excel writes series formulas. */
  addChart(sheetId: number, type: string, source: { sheetId: number; rect: CellRect }, seriesBy: string): ChartInfo {
    this.sheet(sheetId);
    const sourceValues = this.readValues(source.sheetId, source.rect);
    const series = seriesOfSource(sourceValues, source.rect, seriesBy).map(({ name, values, categories }) => ({
      name,
      values: { sheetId: source.sheetId, rect: values },
      ...(categories ? { categories: { sheetId: source.sheetId, rect: categories } } : {}),
    }));
    const chart: ChartInfo = {
      id: this.nextObjectId++,
      name: `Chart ${this.charts(sheetId).length + 1}`,
      sheetId,
      type,
      source: { ...source.rect },
      seriesBy,
      series,
      title: "",
      categoryAxisTitle: "",
      valueAxisTitle: "",
      legendVisible: true,
    };
    this.chartStates.set(chart.id, chart);
    this.changed();
    return chart;
  }

  updateChart(id: number, patch: Partial<Omit<ChartInfo, "id" | "sheetId" | "source" | "series">>): void {
    Object.assign(this.chart(id), patch);
    this.changed();
  }

  chartSeries(id: number, index: number): ChartSeriesInfo {
    const series = this.chart(id).series[index];
    if (!series) throw new WorkbookError("ItemNotFound", `The chart has no series at index ${index}.`);
    return series;
  }

  /** Series.add(name): a new, empty series at the end; returns its index. */
  addChartSeries(id: number, name?: string): number {
    const chart = this.chart(id);
    chart.series.push({ name: name ?? `Series${chart.series.length + 1}` });
    this.changed();
    return chart.series.length - 1;
  }

  updateChartSeries(id: number, index: number, patch: Partial<ChartSeriesInfo>): void {
    Object.assign(this.chartSeries(id, index), patch);
    this.changed();
  }

  // ------------------------------------------------------------------------------------------------------------
  // Excel's "not yet registered" state (dev only)
  // ------------------------------------------------------------------------------------------------------------

  /**
   * Puts every AMC.* formula of the workbook in the state Excel leaves them in when a workbook is opened before the
   * add-in's functions are registered: each shows #NAME? (a recalculation does not help) until its formula is
   * re-entered, by typing it again or writing it through Range.formulas/values. Returns how many cells it marked.
   */
  simulateUnregisteredFunctions(): number {
    let marked = 0;
    this.batch(() => {
      this.engine.batch(() => {
        for (const state of this.sheetStates.values()) {
          this.engine.getSheetFormulas(state.id).forEach((cells, row) =>
            cells.forEach((formula, column) => {
              const key = cellKey(row, column);
              const written = state.writtenFormulas.get(key) ?? formula;
              if (formula === undefined || state.unregistered.has(key) || !callsAmcFunction(written)) return;
              state.writtenFormulas.set(key, written!);
              state.unregistered.add(key);
              this.engine.setCellContents(this.address(state.id, row, column), [[UNREGISTERED_FORMULA]]);
              marked += 1;
            }),
          );
        }
      });
      this.settle();
      this.changed();
    });
    return marked;
  }

  // ------------------------------------------------------------------------------------------------------------
  // What the grid draws
  // ------------------------------------------------------------------------------------------------------------

  cellView(sheetId: number, row: number, column: number): CellView {
    const state = this.sheet(sheetId);
    const address = this.address(sheetId, row, column);
    const raw = this.engine.getCellValue(address);
    const format = state.formats.get(cellKey(row, column)) ?? {};
    const formula = state.writtenFormulas.get(cellKey(row, column)) ?? this.engine.getCellFormula(address);
    const spilled = this.engine.isCellPartOfArray(address);
    if (raw instanceof DetailedCellError) {
      const unregistered = state.unregistered.has(cellKey(row, column));
      return {
        text: raw.value,
        value: raw.value,
        formula,
        error: { code: raw.value, message: unregistered ? UNREGISTERED_MESSAGE : raw.message },
        format,
        spilled,
      };
    }
    const value = raw === null ? "" : raw;
    const text = formatCellValue(raw, this.numberFormatAt(sheetId, row, column));
    return { text, value, formula, format, spilled };
  }

  /** "A1" of a cell, for messages and the name box. */
  static cellName(row: number, column: number): string {
    return cellAddress(row, column);
  }
}

function toExcelValue(value: unknown): ExcelValue {
  if (value instanceof DetailedCellError) return value.value;
  if (value === null || value === undefined) return "";
  return value as ExcelValue;
}

/** A 2-D write of the range's size, or one value for all its cells (as Excel accepts for a single value). */
function fitToRect(contents: unknown, rect: CellRect, property: string): unknown[][] {
  if (!Array.isArray(contents))
    return Array.from({ length: rect.rowCount }, () => Array(rect.columnCount).fill(contents));
  const fits =
    contents.length === rect.rowCount && contents.every((row) => Array.isArray(row) && row.length === rect.columnCount);
  if (!fits) {
    throw new WorkbookError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${property}).`,
    );
  }
  return contents as unknown[][];
}
