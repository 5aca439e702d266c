/**
 * Excel.Range for the preview: values, formulas and number formats read and written as 2-D arrays, the range's
 * address and size, navigation (getCell, getResizedRange, getOffsetRange), select(), what else its cells carry
 * (merged areas, data validation, the tables over them, their properties cell by cell), the column outline (group,
 * hide and show a group's details, columnHidden), and the format members the add-in uses (font bold/italic/color,
 * fill color, borders, column width, wrap, autofit).
 */
import { isInsideGrid, qualifiedAddress, rectsOverlap, type CellRect } from "../../excel-rules/a1";
import { EXCEL_COLUMNS } from "../../excel-rules/limits";
import { surroundingRegion } from "../workbook/regions";
import { BORDER_INDEX_NAMES, type BorderLine } from "../workbook/formats";
import { validationRule } from "../workbook/cell-properties";
import { WorkbookError } from "../workbook/workbook-error";
import { cellProperties } from "./cell-properties";
import { ClientObjectProxy, ClientResult, PartProxy, type ApiShape } from "./client-object";
import { RangeAreasProxy } from "./range-areas";
import { rectOnSheet } from "./sheet-address";
import type { PreviewRequestContext, RangeTarget, ScopedTables } from "./request-context";

type RangeMembers =
  | "values"
  | "valueTypes"
  | "formulas"
  | "numberFormat"
  | "address"
  | "rowIndex"
  | "columnIndex"
  | "rowCount"
  | "columnCount"
  | "select"
  | "getCell"
  | "getResizedRange"
  | "getOffsetRange"
  | "merge"
  | "unmerge"
  | "getMergedAreasOrNullObject"
  | "getUsedRangeOrNullObject"
  | "getSpecialCellsOrNullObject"
  | "getTables"
  | "getCellProperties"
  | "group"
  | "hideGroupDetails"
  | "showGroupDetails"
  | "columnHidden"
  | "getSurroundingRegion"
  | "getEntireRow"
  | "getIntersection"
  | "insert"
  | "getSpillingToRangeOrNullObject";

function copy2d(value: unknown): unknown {
  return Array.isArray(value) ? value.map((row) => (Array.isArray(row) ? [...row] : row)) : value;
}

function assertInteger(name: string, value: number): void {
  if (!Number.isInteger(value)) throw new WorkbookError("InvalidArgument", `${name} must be an integer.`);
}

function shifted(
  rect: CellRect,
  rows: number,
  columns: number,
  rowCount = rect.rowCount,
  columnCount = rect.columnCount,
) {
  const result = { row: rect.row + rows, column: rect.column + columns, rowCount, columnCount };
  if (!isInsideGrid(result)) {
    throw new WorkbookError("InvalidArgument", "The resulting range is outside the worksheet.");
  }
  return result;
}

export class RangeProxy extends ClientObjectProxy<RangeTarget> implements ApiShape<Excel.Range, RangeMembers> {
  /** Finds its target when the sync runs `locate` (in queue order, like Excel). */
  constructor(
    context: PreviewRequestContext,
    location: string,
    locate: () => RangeTarget | null,
    orNullObject = false,
  ) {
    super(context, "Range");
    this.bindWhenSynced(location, locate, orNullObject);
    this.format = new RangeFormatProxy(context, this);
    this.dataValidation = new DataValidationProxy(context, this);
    Object.preventExtensions(this);
  }

  readonly format: RangeFormatProxy;
  readonly dataValidation: DataValidationProxy;

  /** The target at sync time, for proxies built on this one. */
  resolve(location: string): RangeTarget {
    return this.target(location);
  }

  protected scalarReaders() {
    const workbook = this.context.previewWorkbook;
    return {
      values: ({ sheetId, rect }: RangeTarget) => workbook.cells.readValues(sheetId, rect),
      valueTypes: ({ sheetId, rect }: RangeTarget) => workbook.cells.readValueTypes(sheetId, rect),
      formulas: ({ sheetId, rect }: RangeTarget) => workbook.cells.readFormulas(sheetId, rect),
      numberFormat: ({ sheetId, rect }: RangeTarget) => workbook.formats.readNumberFormats(sheetId, rect),
      text: ({ sheetId, rect }: RangeTarget) =>
        Array.from({ length: rect.rowCount }, (_, r) =>
          Array.from(
            { length: rect.columnCount },
            (__, c) => workbook.cellView(sheetId, rect.row + r, rect.column + c).text,
          ),
        ),
      address: ({ sheetId, rect }: RangeTarget) => qualifiedAddress(workbook.sheets.name(sheetId), rect),
      addressLocal: ({ sheetId, rect }: RangeTarget) => qualifiedAddress(workbook.sheets.name(sheetId), rect),
      rowIndex: ({ rect }: RangeTarget) => rect.row,
      columnIndex: ({ rect }: RangeTarget) => rect.column,
      rowCount: ({ rect }: RangeTarget) => rect.rowCount,
      columnCount: ({ rect }: RangeTarget) => rect.columnCount,
      cellCount: ({ rect }: RangeTarget) => rect.rowCount * rect.columnCount,
      columnHidden: ({ sheetId, rect }: RangeTarget) => {
        const hidden = Array.from({ length: Math.min(rect.columnCount, EXCEL_COLUMNS) }, (_, c) =>
          workbook.outline.isHidden(sheetId, rect.column + c),
        );
        return hidden.every((one) => one === hidden[0]) ? hidden[0] : null;
      },
    };
  }

  protected navigation(name: string) {
    if (name === "format") return this.format as ClientObjectProxy<unknown>;
    if (name === "dataValidation") return this.dataValidation as ClientObjectProxy<unknown>;
    return undefined;
  }

  get values(): unknown[][] {
    return this.loadedValue("values");
  }

  set values(values: unknown[][]) {
    this.queueGridWrite("values", values, (sheetId, rect, grid) =>
      this.context.previewWorkbook.cells.write(sheetId, rect, grid),
    );
  }

  get valueTypes(): Excel.RangeValueType[][] {
    return this.loadedValue("valueTypes");
  }

  get formulas(): unknown[][] {
    return this.loadedValue("formulas");
  }

  set formulas(formulas: unknown[][]) {
    this.queueGridWrite("formulas", formulas, (sheetId, rect, grid) =>
      this.context.previewWorkbook.cells.write(sheetId, rect, grid),
    );
  }

  get numberFormat(): unknown[][] {
    return this.loadedValue("numberFormat");
  }

  set numberFormat(formats: unknown[][]) {
    this.queueGridWrite("numberFormat", formats, (sheetId, rect, grid) =>
      this.context.previewWorkbook.formats.writeNumberFormats(sheetId, rect, grid),
    );
  }

  /** A 2-D write, copied now (the caller may reuse its array) and counted in the sync's payload. */
  private queueGridWrite(name: string, grid: unknown, write: (sheetId: number, rect: CellRect, grid: unknown) => void) {
    const written = copy2d(grid);
    this.queueSet(name, written, ({ sheetId, rect }) => write(sheetId, rect, written), written);
  }

  get text(): string[][] {
    return this.loadedValue("text");
  }

  get address(): string {
    return this.loadedValue("address");
  }

  get addressLocal(): string {
    return this.loadedValue("addressLocal");
  }

  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }

  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }

  get rowCount(): number {
    return this.loadedValue("rowCount");
  }

  get columnCount(): number {
    return this.loadedValue("columnCount");
  }

  get cellCount(): number {
    return this.loadedValue("cellCount");
  }

  select(): void {
    this.queueCall("select", ({ sheetId, rect }) => this.context.previewWorkbook.sheets.select(sheetId, rect));
  }

  /** Merges the range into one cell (each row into one cell when `across`); the other cells' contents go. */
  merge(across?: boolean): void {
    this.queueCall("merge", ({ sheetId, rect }) => {
      const rows = across
        ? Array.from({ length: rect.rowCount }, (_, r) => ({ ...rect, row: rect.row + r, rowCount: 1 }))
        : [rect];
      for (const row of rows) this.context.previewWorkbook.properties.merge(sheetId, row);
    });
  }

  unmerge(): void {
    this.queueCall("unmerge", ({ sheetId, rect }) => this.context.previewWorkbook.properties.unmerge(sheetId, rect));
  }

  /** The merged areas that overlap the range (whole, as Excel gives them), or a null object. */
  /** The used part of the range (values and formulas only with valuesOnly), or a null object when none is used. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    const location = "Range.getUsedRangeOrNullObject";
    return new RangeProxy(
      this.context,
      location,
      () => {
        const { sheetId, rect } = this.target(location);
        const used = this.context.previewWorkbook.usedRectWithin(sheetId, rect, valuesOnly === true);
        return used ? { sheetId, rect: used } : null;
      },
      true,
    );
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    const location = "Range.getMergedAreasOrNullObject";
    return new RangeAreasProxy(this.context, location, () => {
      const { sheetId, rect } = this.target(location);
      return { sheetId, areas: this.context.previewWorkbook.properties.mergedAreas(sheetId, rect) };
    });
  }

  /** The cells of the range with a data validation rule ("DataValidations", the one type the preview knows). */
  getSpecialCellsOrNullObject(cellType: string): RangeAreasProxy {
    const location = "Range.getSpecialCellsOrNullObject";
    return new RangeAreasProxy(this.context, location, () => {
      if (cellType !== "DataValidations") {
        throw new WorkbookError("NotImplemented", `The preview finds only "DataValidations" special cells.`);
      }
      const { sheetId, rect } = this.target(location);
      const cells = this.context.previewWorkbook.properties.validatedCells(sheetId, rect);
      return { sheetId, areas: cells.map(({ row, column }) => ({ row, column, rowCount: 1, columnCount: 1 })) };
    });
  }

  /** The tables that overlap the range (with `fullyContained`, only those wholly inside it). */
  getTables(fullyContained?: boolean): ScopedTables {
    return this.context.proxies.tablesOf(
      this.context,
      "Range.getTables",
      () => this.target("Range.getTables"),
      fullyContained === true,
    );
  }

  /** Excel.Range.getCellProperties: the requested properties of every cell, as a 2-D array. */
  getCellProperties(options: Excel.CellPropertiesLoadOptions): ClientResult<Excel.CellProperties[][]> {
    const result = new ClientResult<Excel.CellProperties[][]>();
    this.context.enqueue("Range.getCellProperties", () => {
      const { sheetId, rect } = this.target("Range.getCellProperties");
      result.set(cellProperties(this.context.previewWorkbook, sheetId, rect, options));
    });
    return result;
  }

  /** Range.insert("Down") over whole rows (the one kind the preview inserts); the inserted rows are returned. */
  insert(shift: string): RangeProxy {
    this.queueCall("insert", ({ sheetId, rect }) => {
      if (shift !== "Down" || rect.column !== 0 || rect.columnCount !== EXCEL_COLUMNS) {
        throw new WorkbookError("NotImplemented", 'The preview inserts whole rows only (insert("Down") over 1:n).');
      }
      this.context.previewWorkbook.insertRows(sheetId, { at: rect.row, count: rect.rowCount });
    });
    return this.derived("insert", (rect) => rect);
  }

  /** The range a one-cell formula's array result fills, or a null object when it fills only its cell. */
  getSpillingToRangeOrNullObject(): RangeProxy {
    const location = "Range.getSpillingToRangeOrNullObject";
    return new RangeProxy(
      this.context,
      location,
      () => {
        const { sheetId, rect } = this.target(location);
        if (rect.rowCount !== 1 || rect.columnCount !== 1) return null;
        const spill = this.context.previewWorkbook.recalculation.spillRect(sheetId, rect.row, rect.column);
        return spill ? { sheetId, rect: spill } : null;
      },
      true,
    );
  }

  private derived(method: string, rectOf: (rect: CellRect) => CellRect): RangeProxy {
    return new RangeProxy(this.context, `Range.${method}`, () => {
      const { sheetId, rect } = this.target(`Range.${method}`);
      return { sheetId, rect: rectOf(rect) };
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this.derived("getCell", (rect) => {
      assertInteger("row", row);
      assertInteger("column", column);
      return shifted(rect, row, column, 1, 1);
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derived("getResizedRange", (rect) => {
      assertInteger("deltaRows", deltaRows);
      assertInteger("deltaColumns", deltaColumns);
      return shifted(rect, 0, 0, rect.rowCount + deltaRows, rect.columnCount + deltaColumns);
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derived("getOffsetRange", (rect) => {
      assertInteger("rowOffset", rowOffset);
      assertInteger("columnOffset", columnOffset);
      return shifted(rect, rowOffset, columnOffset);
    });
  }

  /** Excel's outline: only columns in the preview ("ByRows" fails, as any member the preview lacks). */
  private outlineCall(method: string, groupOption: unknown, apply: (target: RangeTarget) => void): void {
    this.queueCall(method, (target) => {
      if (groupOption !== "ByColumns") {
        throw new WorkbookError("NotImplemented", `The preview's outline groups columns only, not "${groupOption}".`);
      }
      apply(target);
    });
  }

  group(groupOption: Excel.GroupOption | "ByRows" | "ByColumns"): void {
    this.outlineCall("group", groupOption, ({ sheetId, rect }) =>
      this.context.previewWorkbook.outline.group(sheetId, rect),
    );
  }

  hideGroupDetails(groupOption: Excel.GroupOption | "ByRows" | "ByColumns"): void {
    this.outlineCall("hideGroupDetails", groupOption, ({ sheetId, rect }) =>
      this.context.previewWorkbook.outline.setGroupDetailsHidden(sheetId, rect, true),
    );
  }

  showGroupDetails(groupOption: Excel.GroupOption | "ByRows" | "ByColumns"): void {
    this.outlineCall("showGroupDetails", groupOption, ({ sheetId, rect }) =>
      this.context.previewWorkbook.outline.setGroupDetailsHidden(sheetId, rect, false),
    );
  }

  get columnHidden(): boolean {
    return this.loadedValue("columnHidden");
  }

  set columnHidden(hidden: boolean) {
    this.queueSet("columnHidden", hidden, ({ sheetId, rect }) =>
      this.context.previewWorkbook.outline.setHidden(
        sheetId,
        Array.from({ length: rect.columnCount }, (_, c) => rect.column + c),
        hidden,
      ),
    );
  }

  getRow(row: number): RangeProxy {
    return this.derived("getRow", (rect) => shifted(rect, row, 0, 1, rect.columnCount));
  }

  getColumn(column: number): RangeProxy {
    return this.derived("getColumn", (rect) => shifted(rect, 0, column, rect.rowCount, 1));
  }

  /** Excel's current region around the range's top-left cell: bounded by blank rows and columns. */
  getSurroundingRegion(): RangeProxy {
    const location = "Range.getSurroundingRegion";
    return new RangeProxy(this.context, location, () => {
      const { sheetId, rect } = this.target(location);
      return {
        sheetId,
        rect: surroundingRegion(rect, this.context.previewWorkbook.recalculation.filledCells(sheetId)),
      };
    });
  }

  getEntireRow(): RangeProxy {
    return this.derived("getEntireRow", (rect) => ({ ...rect, column: 0, columnCount: EXCEL_COLUMNS }));
  }

  /** The cells this range shares with `other` (a range of the same sheet, or its address); Excel fails when none. */
  getIntersection(other: Excel.Range | string): RangeProxy {
    const location = "Range.getIntersection";
    return new RangeProxy(this.context, location, () => {
      const { sheetId, rect } = this.target(location);
      const otherTarget =
        typeof other === "string"
          ? { sheetId, rect: rectOnSheet(other, this.context.previewWorkbook.sheets.name(sheetId)) }
          : (other as unknown as RangeProxy).resolve(location);
      const otherRect = otherTarget.rect;
      if (otherTarget.sheetId !== sheetId || !rectsOverlap(rect, otherRect)) {
        throw new WorkbookError("InvalidArgument", "The ranges do not intersect.");
      }
      const row = Math.max(rect.row, otherRect.row);
      const column = Math.max(rect.column, otherRect.column);
      const rowEnd = Math.min(rect.row + rect.rowCount, otherRect.row + otherRect.rowCount);
      const columnEnd = Math.min(rect.column + rect.columnCount, otherRect.column + otherRect.columnCount);
      return { sheetId, rect: { row, column, rowCount: rowEnd - row, columnCount: columnEnd - column } };
    });
  }
}

type FormatMembers = "columnWidth" | "wrapText" | "autofitColumns";

export class RangeFormatProxy extends PartProxy<RangeTarget> implements ApiShape<Excel.RangeFormat, FormatMembers> {
  readonly font: RangeFontProxy;
  readonly fill: RangeFillProxy;
  readonly borders: RangeBorderCollectionProxy;

  constructor(context: PreviewRequestContext, range: RangeProxy) {
    super(context, "RangeFormat", range);
    this.font = new RangeFontProxy(context, range);
    this.fill = new RangeFillProxy(context, range);
    this.borders = new RangeBorderCollectionProxy(context, range);
    Object.preventExtensions(this);
  }

  protected scalarReaders() {
    const workbook = this.context.previewWorkbook;
    return {
      columnWidth: ({ sheetId, rect }: RangeTarget) => {
        const widths = Array.from({ length: Math.min(rect.columnCount, EXCEL_COLUMNS) }, (_, c) =>
          workbook.formats.columnWidth(sheetId, rect.column + c),
        );
        return widths.every((width) => width === widths[0]) ? widths[0] : null;
      },
      wrapText: ({ sheetId, rect }: RangeTarget) => workbook.formats.read(sheetId, rect, "wrapText", false),
    };
  }

  protected navigation(name: string) {
    if (name === "font") return this.font as ClientObjectProxy<unknown>;
    if (name === "fill") return this.fill as ClientObjectProxy<unknown>;
    return undefined;
  }

  get columnWidth(): number {
    return this.loadedValue("columnWidth");
  }

  set columnWidth(points: number) {
    this.queueSet("columnWidth", points, ({ sheetId, rect }) =>
      this.context.previewWorkbook.formats.setColumnWidth(sheetId, rect, points),
    );
  }

  get wrapText(): boolean {
    return this.loadedValue("wrapText");
  }

  set wrapText(wrap: boolean) {
    this.queueSet("wrapText", wrap, ({ sheetId, rect }) =>
      this.context.previewWorkbook.formats.apply(sheetId, rect, { wrapText: wrap }),
    );
  }

  autofitColumns(): void {
    this.queueCall("autofitColumns", ({ sheetId, rect }) =>
      this.context.previewWorkbook.formats.autofitColumns(sheetId, rect),
    );
  }

  /** Row heights are fixed in the preview; accepted so that code written for Excel runs. */
  autofitRows(): void {
    this.queueCall("autofitRows", () => undefined);
  }
}

type FontMembers = "bold" | "italic" | "color";

export class RangeFontProxy extends PartProxy<RangeTarget> implements ApiShape<Excel.RangeFont, FontMembers> {
  constructor(context: PreviewRequestContext, range: RangeProxy) {
    super(context, "RangeFont", range);
    Object.preventExtensions(this);
  }

  protected scalarReaders() {
    const workbook = this.context.previewWorkbook;
    return {
      bold: ({ sheetId, rect }: RangeTarget) => workbook.formats.read(sheetId, rect, "bold", false),
      italic: ({ sheetId, rect }: RangeTarget) => workbook.formats.read(sheetId, rect, "italic", false),
      color: ({ sheetId, rect }: RangeTarget) => workbook.formats.read(sheetId, rect, "fontColor", "#000000"),
    };
  }

  private setFormat(name: string, patch: Record<string, unknown>, value: unknown) {
    this.queueSet(name, value, ({ sheetId, rect }) => this.context.previewWorkbook.formats.apply(sheetId, rect, patch));
  }

  get bold(): boolean {
    return this.loadedValue("bold");
  }

  set bold(bold: boolean) {
    this.setFormat("bold", { bold }, bold);
  }

  get italic(): boolean {
    return this.loadedValue("italic");
  }

  set italic(italic: boolean) {
    this.setFormat("italic", { italic }, italic);
  }

  get color(): string {
    return this.loadedValue("color");
  }

  set color(color: string) {
    this.setFormat("color", { fontColor: color }, color);
  }
}

export class RangeFillProxy extends PartProxy<RangeTarget> implements ApiShape<Excel.RangeFill, "color" | "clear"> {
  constructor(context: PreviewRequestContext, range: RangeProxy) {
    super(context, "RangeFill", range);
    Object.preventExtensions(this);
  }

  protected scalarReaders() {
    return {
      color: ({ sheetId, rect }: RangeTarget) =>
        this.context.previewWorkbook.formats.read(sheetId, rect, "fill", "#FFFFFF"),
    };
  }

  get color(): string {
    return this.loadedValue("color");
  }

  set color(color: string) {
    this.queueSet("color", color, ({ sheetId, rect }) =>
      this.context.previewWorkbook.formats.apply(sheetId, rect, { fill: color }),
    );
  }

  clear(): void {
    this.queueCall("clear", ({ sheetId, rect }) =>
      this.context.previewWorkbook.formats.apply(sheetId, rect, { fill: undefined }),
    );
  }
}

/** Range.format.borders: one RangeBorder per Excel.BorderIndex ("EdgeTop", "InsideHorizontal" …). */
export class RangeBorderCollectionProxy
  extends PartProxy<RangeTarget>
  implements ApiShape<Excel.RangeBorderCollection, "getItem">
{
  constructor(
    context: PreviewRequestContext,
    private readonly range: RangeProxy,
  ) {
    super(context, "RangeBorderCollection", range);
    Object.preventExtensions(this);
  }

  protected scalarReaders() {
    return {};
  }

  getItem(index: string): RangeBorderProxy {
    if (!BORDER_INDEX_NAMES.includes(index)) {
      throw new WorkbookError("InvalidArgument", `"${index}" is not an Excel.BorderIndex.`);
    }
    return new RangeBorderProxy(this.context, this.range, index);
  }
}

export class RangeBorderProxy
  extends PartProxy<RangeTarget>
  implements ApiShape<Excel.RangeBorder, "style" | "color" | "weight">
{
  constructor(
    context: PreviewRequestContext,
    range: RangeProxy,
    private readonly index: string,
  ) {
    super(context, "RangeBorder", range);
    Object.preventExtensions(this);
  }

  protected scalarReaders() {
    const read =
      (property: keyof BorderLine) =>
      ({ sheetId, rect }: RangeTarget) =>
        this.context.previewWorkbook.formats.readBorder(sheetId, rect, this.index, property);
    return { style: read("style"), color: read("color"), weight: read("weight"), sideIndex: () => this.index };
  }

  private setLine(name: keyof BorderLine, value: string): void {
    this.queueSet(name, value, ({ sheetId, rect }) =>
      this.context.previewWorkbook.formats.setBorder(sheetId, rect, this.index, { [name]: String(value) }),
    );
  }

  get style(): Excel.RangeBorder["style"] {
    return this.loadedValue("style");
  }

  set style(style: Excel.RangeBorder["style"]) {
    this.setLine("style", style);
  }

  get color(): string {
    return this.loadedValue("color");
  }

  set color(color: string) {
    this.setLine("color", color);
  }

  get weight(): Excel.RangeBorder["weight"] {
    return this.loadedValue("weight");
  }

  set weight(weight: Excel.RangeBorder["weight"]) {
    this.setLine("weight", weight);
  }
}

/** Range.dataValidation: the rule its cells follow (set, cleared) and its type over the range. */
export class DataValidationProxy
  extends PartProxy<RangeTarget>
  implements ApiShape<Excel.DataValidation, "rule" | "type" | "clear">
{
  constructor(context: PreviewRequestContext, range: RangeProxy) {
    super(context, "DataValidation", range);
    Object.preventExtensions(this);
  }

  protected scalarReaders() {
    return {
      type: ({ sheetId, rect }: RangeTarget) => this.context.previewWorkbook.properties.validationType(sheetId, rect),
    };
  }

  get type(): Excel.DataValidation["type"] {
    return this.loadedValue("type");
  }

  get rule(): Excel.DataValidationRule {
    return this.loadedValue("rule");
  }

  set rule(rule: Excel.DataValidationRule) {
    this.queueSet("rule", rule, ({ sheetId, rect }) =>
      this.context.previewWorkbook.properties.setValidation(sheetId, rect, validationRule(rule)),
    );
  }

  clear(): void {
    this.queueCall("clear", ({ sheetId, rect }) =>
      this.context.previewWorkbook.properties.clearValidation(sheetId, rect),
    );
  }
}
