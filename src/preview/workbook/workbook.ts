/**
 * The preview's workbook: what the preview's Excel API (src/preview/excel-api) and its grid work on. It is made of
 * parts, one concern each: the sheets (names, order, activation, selection), the cells' contents over the formula
 * engine (recalculation.ts), their formats, the column outline, their other properties (merged areas, data validation, comments and
 * notes), tables, charts and defined names; this class wires them together, adds and deletes
 * sheets across all of them, and gives what the grid draws. It tells its subscribers when anything changes.
 */
import { DetailedCellError } from "hyperformula";
import { intersectRect, unionRect, type CellRect } from "../../excel-rules/a1";
import { excelError, type SpillTracker } from "../hyperformula-bridge";
import type { RichValues, TypedValue } from "../rich-values";
import { ChangeNotifier } from "./changes";
import { CellProperties } from "./cell-properties";
import { Cells, type ExcelValue } from "./cells";
import { Charts } from "./charts";
import { DefinedNames } from "./defined-names";
import { CellFormats, type CellFormat } from "./formats";
import { ColumnOutline } from "./outline";
import { formatCellValue } from "../../excel-rules/number-format";
import { Recalculation } from "./recalculation";
import type { RowInsertion } from "./row-shift";
import { SheetList, type SheetInfo } from "./sheets";
import { Tables } from "./tables";

/** Everything the grid needs to draw one cell. */
export interface CellView {
  text: string;
  value: ExcelValue;
  formula?: string;
  error?: { code: string; message: string };
  format: CellFormat;
  /** True for the cells a spilled array fills (the anchor included). */
  spilled: boolean;
  /** The number format the text is shown in: the cell's own, or the one its formatted value carries. */
  numberFormat: string;
  /** True when that format came with the value (a function's formatted result), not from the cell. */
  formatFromValue: boolean;
  /** The card the cell holds (an entity a function returned), shown beside its text. */
  card?: Excel.EntityCellValue;
}

const UNREGISTERED_MESSAGE =
  "Preview simulation: this AMC.* formula was entered before the add-in's functions were registered, so Excel " +
  "shows #NAME? until the formula is re-entered (edit the cell and press Enter, or use the task pane's Repair).";

export class PreviewWorkbook {
  readonly changes = new ChangeNotifier();
  readonly recalculation: Recalculation;
  readonly sheets: SheetList;
  readonly cells: Cells;
  readonly formats: CellFormats;
  readonly outline: ColumnOutline;
  readonly properties: CellProperties;
  readonly tables: Tables;
  readonly charts: Charts;
  readonly names: DefinedNames;
  private nextObjectId = 1;

  constructor(spills?: SpillTracker, richValues?: RichValues) {
    this.recalculation = new Recalculation(spills, richValues);
    this.sheets = new SheetList(this.changes);
    const checkSheet = (sheetId: number) => this.sheets.check(sheetId);
    const changed = () => this.changes.changed();
    const newId = () => this.nextObjectId++;
    const readValues = (sheetId: number, rect: CellRect) => this.cells.readValues(sheetId, rect);
    this.cells = new Cells(this.recalculation, {
      checkSheet,
      isTextFormatted: (sheetId, row, column) => this.formats.isTextFormatted(sheetId, row, column),
      tableGeometries: () => this.tables.geometries(),
      changed,
    });
    this.formats = new CellFormats({
      checkSheet,
      valueType: (sheetId, row, column) => this.recalculation.detailedType(sheetId, row, column),
      contentRows: (sheetId) => {
        const used = this.cells.usedContentRect(sheetId);
        return used ? used.row + used.rowCount : 0;
      },
      shownText: (sheetId, row, column) => this.cellView(sheetId, row, column).text,
      showsCardIcon: (sheetId, row, column) => this.cellView(sheetId, row, column).card !== undefined,
      changed,
    });
    this.outline = new ColumnOutline({ checkSheet, changed });
    this.tables = new Tables({
      checkSheet,
      sheetName: (sheetId) => this.sheets.name(sheetId),
      isNameTaken: (name) => this.sheets.byName(name) !== undefined || this.names.has(name),
      readValues,
      writeContents: (sheetId, rect, contents) => this.cells.write(sheetId, rect, contents),
      tablesChanged: () => this.recalculation.rewriteTableFormulas(this.tables.geometries()),
      newId,
      batch: (change) => this.changes.batch(change),
      changed,
    });
    this.properties = new CellProperties({
      checkSheet,
      clearContents: (sheetId, row, column) =>
        this.cells.write(sheetId, { row, column, rowCount: 1, columnCount: 1 }, [[""]]),
      newId,
      changed,
    });
    this.charts = new Charts({ checkSheet, readValues, newId, changed });
    this.names = new DefinedNames({
      engine: this.recalculation.engine,
      isTableName: (name) => this.tables.byName(name) !== undefined,
      changed,
    });
    this.addSheet("Sheet1");
  }

  get version(): number {
    return this.changes.version;
  }

  subscribe(listener: () => void): () => void {
    return this.changes.subscribe(listener);
  }

  /** Runs `change` and tells subscribers once, after it. */
  batch<T>(change: () => T): T {
    return this.changes.batch(change);
  }

  /** Adds a sheet at the end; without a name, the next free "SheetN". */
  addSheet(name?: string): SheetInfo {
    const chosen = name ?? this.sheets.nextFreeName();
    this.sheets.checkNewName(chosen);
    const id = this.recalculation.addSheet(chosen, () => this.sheets.name(id));
    this.formats.addSheet(id);
    this.outline.addSheet(id);
    this.properties.addSheet(id);
    this.sheets.append(id, chosen);
    return { id, name: chosen };
  }

  /** Worksheet.name = …: formulas that name the sheet follow it, as in Excel. */
  renameSheet(sheetId: number, name: string): void {
    this.batch(() => {
      this.sheets.rename(sheetId, name);
      this.recalculation.renameSheet(sheetId, name);
      this.recalculation.rewriteTableFormulas(this.tables.geometries());
    });
  }

  /**
   * Worksheet.copy(position, relativeTo): a new sheet named as Excel names copies ("Model (2)") with everything
   * the source holds: contents (a formula as written, so a reference without a sheet name reads the copy's own
   * cells), formats and widths, merged areas, validation, comments and notes, tables, charts, tab colour, frozen rows.
   */
  copySheet(sourceId: number, position = "None", relativeTo?: number): SheetInfo {
    return this.batch(() => {
      const copy = this.addSheet(this.sheets.copyName(this.sheets.name(sourceId)));
      this.formats.copySheet(sourceId, copy.id);
      this.properties.copySheet(sourceId, copy.id);
      this.recalculation.setCells(copy.id, this.recalculation.contents(sourceId), this.tables.geometries());
      this.tables.copySheet(sourceId, copy.id);
      this.charts.copySheet(sourceId, copy.id);
      this.sheets.copyState(sourceId, copy.id);
      this.sheets.place(copy.id, position, relativeTo);
      return copy;
    });
  }

  /** Range.insert("Down") over whole rows: everything at or below `at` moves down, and formulas follow. */
  insertRows(sheetId: number, insertion: RowInsertion): void {
    this.batch(() => {
      this.recalculation.insertRows(sheetId, insertion);
      this.formats.insertRows(sheetId, insertion);
      this.properties.insertRows(sheetId, insertion);
      this.tables.insertRows(sheetId, insertion);
      this.charts.insertRows(sheetId, insertion);
      this.changes.changed();
    });
  }

  /** Worksheet.delete(): the sheet, its tables and charts go; Excel refuses to delete the last sheet. */
  deleteSheet(sheetId: number): void {
    this.batch(() => {
      this.sheets.remove(sheetId);
      this.tables.removeSheet(sheetId);
      this.charts.removeSheet(sheetId);
      this.formats.removeSheet(sheetId);
      this.outline.removeSheet(sheetId);
      this.properties.removeSheet(sheetId);
      this.recalculation.removeSheet(sheetId);
    });
  }

  /** The used range, as getUsedRange(valuesOnly) sees it; undefined for an empty sheet. */
  usedRect(sheetId: number, valuesOnly = false): CellRect | undefined {
    let used = this.cells.usedContentRect(sheetId);
    if (valuesOnly) return used;
    const include = (rect: CellRect) => (used = used ? unionRect(used, rect) : rect);
    for (const { row, column } of this.formats.formattedCells(sheetId)) {
      include({ row, column, rowCount: 1, columnCount: 1 });
    }
    for (const table of this.tables.list()) if (table.sheetId === sheetId) include(table.rect);
    return used;
  }

  /** The used part of a range, as Range.getUsedRange(valuesOnly) sees it; undefined when none of it is used. */
  usedRectWithin(sheetId: number, within: CellRect, valuesOnly = false): CellRect | undefined {
    let used = this.recalculation.filledRectWithin(sheetId, within);
    if (valuesOnly) return used;
    const include = (rect: CellRect) => {
      const part = intersectRect(rect, within);
      if (part) used = used ? unionRect(used, part) : part;
    };
    for (const { row, column } of this.formats.formattedCells(sheetId)) {
      include({ row, column, rowCount: 1, columnCount: 1 });
    }
    for (const table of this.tables.list()) if (table.sheetId === sheetId) include(table.rect);
    return used;
  }

  /**
   * Dev only: puts every AMC.* formula in the state Excel leaves it in when a workbook is opened before the add-in's
   * functions are registered (#NAME? until re-entered). Returns how many cells it marked.
   */
  simulateUnregisteredFunctions(): number {
    return this.batch(() => {
      const marked = this.recalculation.simulateUnregisteredFunctions();
      this.changes.changed();
      return marked;
    });
  }

  /**
   * The number format a cell shows its value in: the one the analyst set on the cell, else the one its formatted
   * value carries (a function's result where Excel takes data types), else the one Excel applies to what was typed.
   */
  shownNumberFormat(sheetId: number, row: number, column: number, typed?: TypedValue): string {
    const set = this.formats.formatAt(sheetId, row, column).numberFormat;
    if (set) return set;
    if (typed?.type === "Double" && typed.numberFormat) return typed.numberFormat;
    return this.formats.numberFormatAt(sheetId, row, column);
  }

  /** What the grid draws for one cell: its text under its number format, its card, or its error with the message. */
  cellView(sheetId: number, row: number, column: number): CellView {
    this.sheets.check(sheetId);
    const raw = this.recalculation.value(sheetId, row, column);
    const format = this.formats.formatAt(sheetId, row, column);
    const formula = this.recalculation.formula(sheetId, row, column);
    const spilled = this.recalculation.isSpilled(sheetId, row, column);
    if (raw instanceof DetailedCellError) {
      const unregistered = this.recalculation.isUnregistered(sheetId, row, column);
      const error = unregistered ? { code: raw.value, message: UNREGISTERED_MESSAGE } : excelError(raw);
      const numberFormat = this.formats.numberFormatAt(sheetId, row, column);
      return {
        text: error.code,
        value: error.code,
        formula,
        error,
        format,
        spilled,
        numberFormat,
        formatFromValue: false,
      };
    }
    const value = raw === null ? "" : raw;
    const typed = this.recalculation.typedValue(sheetId, row, column);
    const numberFormat = this.shownNumberFormat(sheetId, row, column, typed);
    const text = formatCellValue(raw, numberFormat);
    const card = typed?.type === "Entity" ? typed : undefined;
    const formatFromValue = typed?.type === "Double" && !format.numberFormat && numberFormat === typed.numberFormat;
    return { text, value, formula, format, spilled, numberFormat, formatFromValue, ...(card ? { card } : {}) };
  }
}
