/**
 * Excel.Worksheet and Excel.WorksheetCollection for the preview: add, getItem(…OrNullObject), the active sheet,
 * items/name, and per sheet its ranges (by address or indexes, the used range), tables, charts, comments, notes
 * and frozen rows.
 */
import { rectAddress, type CellRect } from "../../excel-rules/a1";
import { EXCEL_COLUMNS, EXCEL_ROWS } from "../../excel-rules/limits";
import { WorkbookError } from "../workbook/workbook-error";
import { ChartCollectionProxy } from "./chart";
import { NoteCollectionProxy } from "./notes";
import { ClientObjectProxy, ClientResult, itemPaths, WorkbookCollectionProxy, type ApiShape } from "./client-object";
import { RangeProxy } from "./range";
import type { PreviewRequestContext } from "./request-context";
import { rectOnSheet } from "./sheet-address";
import { TableCollectionProxy } from "./table";

/** The id Excel gives a worksheet: stable while it exists; the preview's carries its own number. */
function worksheetIdOf(sheetId: number): string {
  return `{preview-sheet-${sheetId}}`;
}

interface SelectionEvent {
  type: "WorksheetSelectionChanged";
  source: "Local";
  worksheetId: string;
  address: string;
}

interface SelectionEvents {
  add(handler: (event: SelectionEvent) => Promise<unknown> | void): {
    context: PreviewRequestContext;
    remove(): void;
  };
}

type WorksheetMembers =
  | "name"
  | "tabColor"
  | "activate"
  | "delete"
  | "getRange"
  | "getRangeByIndexes"
  | "getUsedRangeOrNullObject"
  | "getUsedRange"
  | "comments"
  | "notes"
  | "copy"
  | "visibility";

export class WorksheetProxy extends ClientObjectProxy<number> implements ApiShape<Excel.Worksheet, WorksheetMembers> {
  readonly tables: TableCollectionProxy;
  readonly charts: ChartCollectionProxy;
  readonly freezePanes: WorksheetFreezePanesProxy;
  readonly comments: NoteCollectionProxy;
  readonly notes: NoteCollectionProxy;

  private constructor(
    context: PreviewRequestContext,
    location: string,
    find: (() => number | null) | number,
    orNullObject: boolean,
  ) {
    super(context, "Worksheet");
    if (typeof find === "number") this.bindNow(find);
    else this.bindWhenSynced(location, find, orNullObject);
    this.tables = new TableCollectionProxy(context, () => this.target("Worksheet.tables"));
    this.charts = new ChartCollectionProxy(context, () => this.target("Worksheet.charts"));
    this.freezePanes = new WorksheetFreezePanesProxy(context, () => this.target("Worksheet.freezePanes"));
    this.comments = new NoteCollectionProxy(context, "comments", () => this.target("Worksheet.comments"));
    this.notes = new NoteCollectionProxy(context, "notes", () => this.target("Worksheet.notes"));
    Object.preventExtensions(this);
  }

  /** A worksheet whose id `find` gives at sync time (ItemNotFound, or a null object, when it gives null). */
  static locatedBy(context: PreviewRequestContext, location: string, find: () => number | null, orNullObject = false) {
    return new WorksheetProxy(context, location, find, orNullObject);
  }

  /** A worksheet already known at sync time (a collection's items). */
  static existing(context: PreviewRequestContext, id: number) {
    return new WorksheetProxy(context, "WorksheetCollection.items", id, false);
  }

  sheetId(location: string): number {
    return this.target(location);
  }

  protected scalarReaders() {
    const workbook = this.context.previewWorkbook;
    return {
      name: (id: number) => workbook.sheets.name(id),
      id: worksheetIdOf,
      position: (id: number) => workbook.sheets.list().findIndex((sheet) => sheet.id === id),
      visibility: () => "Visible",
      tabColor: (id: number) => workbook.sheets.tabColor(id),
    };
  }

  get tabColor(): string {
    return this.loadedValue("tabColor");
  }

  set tabColor(colour: string) {
    this.queueSet("tabColor", colour, (id) => this.context.previewWorkbook.sheets.setTabColor(id, colour));
  }

  delete(): void {
    this.queueCall("delete", (id) => this.context.previewWorkbook.deleteSheet(id));
  }

  get name(): string {
    return this.loadedValue("name");
  }

  set name(name: string) {
    this.queueSet("name", name, (id) => this.context.previewWorkbook.renameSheet(id, String(name)));
  }

  get id(): string {
    return this.loadedValue("id");
  }

  get position(): number {
    return this.loadedValue("position");
  }

  /** Every sheet of the preview is visible. */
  get visibility(): Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden" {
    return this.loadedValue("visibility");
  }

  /** Worksheet.copy: the copy, named as Excel names copies, placed where `positionType` says. */
  copy(positionType?: string, relativeTo?: Excel.Worksheet | WorksheetProxy): WorksheetProxy {
    const location = "Worksheet.copy";
    let createdId: number | null = null;
    this.context.enqueue(location, () => {
      const anchor = relativeTo === undefined ? undefined : (relativeTo as unknown as WorksheetProxy).sheetId(location);
      createdId = this.context.previewWorkbook.copySheet(this.target(location), positionType ?? "None", anchor).id;
    });
    return WorksheetProxy.locatedBy(this.context, location, () => createdId);
  }

  activate(): void {
    this.queueCall("activate", (id) => this.context.previewWorkbook.sheets.activate(id));
  }

  private range(location: string, rectOf: (sheetName: string) => CellRect): RangeProxy {
    return new RangeProxy(this.context, location, () => {
      const sheetId = this.target(location);
      return { sheetId, rect: rectOf(this.context.previewWorkbook.sheets.name(sheetId)) };
    });
  }

  /** The range at an address ("A1:C5", "B:B"); the whole sheet without one. */
  getRange(address?: string): RangeProxy {
    return this.range("Worksheet.getRange", (sheetName) =>
      address === undefined || address === ""
        ? { row: 0, column: 0, rowCount: EXCEL_ROWS, columnCount: EXCEL_COLUMNS }
        : rectOnSheet(address, sheetName),
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return this.range("Worksheet.getRangeByIndexes", () => {
      const rect = { row: startRow, column: startColumn, rowCount, columnCount };
      const valid =
        Object.values(rect).every(Number.isInteger) &&
        startRow >= 0 &&
        startColumn >= 0 &&
        rowCount >= 1 &&
        columnCount >= 1;
      if (!valid || startRow + rowCount > EXCEL_ROWS || startColumn + columnCount > EXCEL_COLUMNS) {
        throw new WorkbookError("InvalidArgument", "getRangeByIndexes: the range is outside the worksheet.");
      }
      return rect;
    });
  }

  /** The used range, or a null object on an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    const location = "Worksheet.getUsedRangeOrNullObject";
    return new RangeProxy(
      this.context,
      location,
      () => {
        const sheetId = this.target(location);
        const rect = this.context.previewWorkbook.usedRect(sheetId, valuesOnly === true);
        return rect ? { sheetId, rect } : null;
      },
      true,
    );
  }

  /** The used range; A1 on an empty sheet, as Excel returns. */
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return this.range("Worksheet.getUsedRange", () => {
      const rect = this.context.previewWorkbook.usedRect(this.target("Worksheet.getUsedRange"), valuesOnly === true);
      return rect ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 };
    });
  }
}

export class WorksheetFreezePanesProxy
  extends ClientObjectProxy<number>
  implements ApiShape<Excel.WorksheetFreezePanes, "freezeRows" | "unfreeze" | "getLocationOrNullObject">
{
  constructor(
    context: PreviewRequestContext,
    private readonly sheet: () => number,
  ) {
    super(context, "WorksheetFreezePanes");
    Object.preventExtensions(this);
  }

  protected target(): number {
    return this.sheet();
  }

  protected scalarReaders() {
    return {};
  }

  freezeRows(count?: number): void {
    this.queueCall("freezeRows", (id) => this.context.previewWorkbook.sheets.freezeRows(id, count ?? 1));
  }

  unfreeze(): void {
    this.queueCall("unfreeze", (id) => this.context.previewWorkbook.sheets.freezeRows(id, 0));
  }

  /** The frozen rows as whole rows (the preview freezes rows only), or a null object when none are frozen. */
  getLocationOrNullObject(): RangeProxy {
    const location = "WorksheetFreezePanes.getLocationOrNullObject";
    return new RangeProxy(
      this.context,
      location,
      () => {
        const sheetId = this.sheet();
        const rows = this.context.previewWorkbook.sheets.frozenRows(sheetId);
        return rows > 0 ? { sheetId, rect: { row: 0, column: 0, rowCount: rows, columnCount: EXCEL_COLUMNS } } : null;
      },
      true,
    );
  }
}

type CollectionMembers = "add" | "getItem" | "getItemOrNullObject" | "getActiveWorksheet" | "items" | "getCount";

export class WorksheetCollectionProxy
  extends WorkbookCollectionProxy
  implements ApiShape<Excel.WorksheetCollection, CollectionMembers>
{
  constructor(context: PreviewRequestContext) {
    super(context, "WorksheetCollection");
    Object.preventExtensions(this);
  }

  /** load("items/name"): one proxy per sheet, in tab order, with the requested properties loaded. */
  protected loadNow(paths: string[]): void {
    const childPaths = itemPaths(paths);
    if (!childPaths) return super.loadNow(paths);
    const items = this.context.previewWorkbook.sheets
      .list()
      .map((sheet) => WorksheetProxy.existing(this.context, sheet.id));
    for (const item of items) item.fillAtSync(childPaths);
    this.loaded.set("items", items);
  }

  get items(): WorksheetProxy[] {
    return this.loadedValue("items");
  }

  add(name?: string): WorksheetProxy {
    let createdId: number | null = null;
    this.context.enqueue("WorksheetCollection.add", () => {
      createdId = this.context.previewWorkbook.addSheet(name).id;
    });
    return WorksheetProxy.locatedBy(this.context, "WorksheetCollection.add", () => createdId);
  }

  getItem(key: string): WorksheetProxy {
    return WorksheetProxy.locatedBy(this.context, "WorksheetCollection.getItem", () => this.find(key));
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return WorksheetProxy.locatedBy(
      this.context,
      "WorksheetCollection.getItemOrNullObject",
      () => this.find(key),
      true,
    );
  }

  private find(key: string): number | null {
    const match = /^\{preview-sheet-(\d+)\}$/.exec(key);
    if (match && this.context.previewWorkbook.sheets.has(Number(match[1]))) return Number(match[1]);
    return this.context.previewWorkbook.sheets.byName(key)?.id ?? null;
  }

  /**
   * Excel's WorksheetCollection.onSelectionChanged (ExcelApi 1.9): a handler registered at the next sync, called after
   * every change of selection with the sheet's id and the selected range's address (without the sheet's name).
   */
  get onSelectionChanged(): SelectionEvents {
    return {
      add: (handler) => {
        let unsubscribe: (() => void) | null = null;
        this.context.enqueue("WorksheetCollection.onSelectionChanged.add", () => {
          unsubscribe = this.context.previewWorkbook.sheets.onSelection(({ sheetId, rect }) =>
            handler({
              type: "WorksheetSelectionChanged",
              source: "Local",
              worksheetId: worksheetIdOf(sheetId),
              address: rectAddress(rect),
            }),
          );
        });
        return {
          context: this.context,
          remove: () => this.context.enqueue("EventHandlerResult.remove", () => unsubscribe?.()),
        };
      },
    };
  }

  getActiveWorksheet(): WorksheetProxy {
    return WorksheetProxy.locatedBy(
      this.context,
      "WorksheetCollection.getActiveWorksheet",
      () => this.context.previewWorkbook.sheets.activeSheetId,
    );
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.context.enqueue("WorksheetCollection.getCount", () =>
      result.set(this.context.previewWorkbook.sheets.list().length),
    );
    return result;
  }
}
