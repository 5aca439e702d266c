/**
 * Excel.Table and Excel.TableCollection for the preview (a workbook's or a worksheet's tables): add, lookups,
 * items/name, and per table its name, style, banded rows and header/body/whole ranges.
 */
import { containsCell, parseAddress, rectsOverlap, type CellRect } from "../../excel-rules/a1";
import { WorkbookError } from "../workbook/workbook-error";
import { ClientObjectProxy, ClientResult, itemPaths, type ApiShape } from "./client-object";
import { RangeProxy } from "./range";
import type { PreviewRequestContext, RangeTarget } from "./request-context";

type TableMembers = "name" | "style" | "showBandedRows" | "getHeaderRowRange" | "getDataBodyRange" | "getRange";

export class TableProxy extends ClientObjectProxy<number> implements ApiShape<Excel.Table, TableMembers> {
  constructor(
    context: PreviewRequestContext,
    location: string,
    find: (() => number | null) | number,
    orNullObject = false,
  ) {
    super(context, "Table");
    if (typeof find === "number") this.bindNow(find);
    else this.bindWhenSynced(location, find, orNullObject);
    Object.preventExtensions(this);
  }

  protected scalarReaders() {
    const workbook = this.context.previewWorkbook;
    return {
      name: (id: number) => workbook.tables.get(id).name,
      id: (id: number) => String(id),
      style: (id: number) => workbook.tables.get(id).style,
      showBandedRows: (id: number) => workbook.tables.get(id).showBandedRows,
      showHeaders: () => true,
      showTotals: () => false,
    };
  }

  get name(): string {
    return this.loadedValue("name");
  }

  set name(name: string) {
    this.queueSet("name", name, (id) => this.context.previewWorkbook.tables.update(id, { name }));
  }

  get style(): string {
    return this.loadedValue("style");
  }

  set style(style: string) {
    this.queueSet("style", style, (id) => this.context.previewWorkbook.tables.update(id, { style }));
  }

  get showBandedRows(): boolean {
    return this.loadedValue("showBandedRows");
  }

  set showBandedRows(banded: boolean) {
    this.queueSet("showBandedRows", banded, (id) =>
      this.context.previewWorkbook.tables.update(id, { showBandedRows: banded }),
    );
  }

  private part(method: string, rectOf: (rect: CellRect) => CellRect | null): RangeProxy {
    const location = `Table.${method}`;
    return new RangeProxy(this.context, location, () => {
      const table = this.context.previewWorkbook.tables.get(this.target(location));
      const rect = rectOf(table.rect);
      if (!rect) throw new WorkbookError("ItemNotFound", `The table "${table.name}" has no data rows.`);
      return { sheetId: table.sheetId, rect };
    });
  }

  getHeaderRowRange(): RangeProxy {
    return this.part("getHeaderRowRange", (rect) => ({ ...rect, rowCount: 1 }));
  }

  getDataBodyRange(): RangeProxy {
    return this.part("getDataBodyRange", (rect) =>
      rect.rowCount > 1 ? { ...rect, row: rect.row + 1, rowCount: rect.rowCount - 1 } : null,
    );
  }

  getRange(): RangeProxy {
    return this.part("getRange", (rect) => rect);
  }
}

type CollectionMembers = "add" | "getItem" | "getItemOrNullObject" | "items" | "getCount";

export class TableCollectionProxy
  extends ClientObjectProxy<number | null>
  implements ApiShape<Excel.TableCollection, CollectionMembers>
{
  /** `sheet` gives the worksheet's id at sync time; without it, the workbook's tables. */
  constructor(
    context: PreviewRequestContext,
    private readonly sheet?: () => number,
  ) {
    super(context, "TableCollection");
    this.bindNow(null);
    Object.preventExtensions(this);
  }

  protected target(): number | null {
    return this.sheet ? this.sheet() : null;
  }

  protected scalarReaders() {
    return {};
  }

  private tablesInScope() {
    const sheetId = this.target();
    return this.context.previewWorkbook.tables.list().filter((table) => sheetId === null || table.sheetId === sheetId);
  }

  protected loadNow(paths: string[]): void {
    const childPaths = itemPaths(paths);
    if (!childPaths) return super.loadNow(paths);
    const items = this.tablesInScope().map((table) => new TableProxy(this.context, "TableCollection.items", table.id));
    for (const item of items) item.fillAtSync(childPaths);
    this.loaded.set("items", items);
  }

  get items(): TableProxy[] {
    return this.loadedValue("items");
  }

  /** A table over `address` (the first row holds the headers); on the workbook, the address names its sheet. */
  add(address: unknown, hasHeaders: boolean): TableProxy {
    let created: number | null = null;
    this.context.enqueue("TableCollection.add", () => {
      const { sheetId, rect } = this.tableArea(address);
      created = this.context.previewWorkbook.tables.add(sheetId, rect, hasHeaders).id;
    });
    return new TableProxy(this.context, "TableCollection.add", () => created);
  }

  private tableArea(address: unknown): { sheetId: number; rect: CellRect } {
    if (address instanceof RangeProxy) return address.resolve("TableCollection.add");
    if (typeof address !== "string")
      throw new WorkbookError("InvalidArgument", "tables.add needs an address or a Range.");
    const parsed = parseAddress(address);
    if (!parsed) throw new WorkbookError("InvalidArgument", `"${address}" is not a valid range address.`);
    const workbook = this.context.previewWorkbook;
    const named = parsed.sheetName === undefined ? undefined : workbook.sheets.byName(parsed.sheetName);
    if (parsed.sheetName !== undefined && !named)
      throw new WorkbookError("ItemNotFound", `No worksheet "${parsed.sheetName}".`);
    const sheetId = this.target() ?? named?.id ?? workbook.sheets.activeSheetId;
    if (named && named.id !== sheetId)
      throw new WorkbookError("InvalidArgument", `"${address}" is on another worksheet.`);
    return { sheetId, rect: parsed.rect };
  }

  private find(key: string): number | null {
    const table =
      this.context.previewWorkbook.tables.byName(key) ??
      this.context.previewWorkbook.tables.list().find((t) => String(t.id) === key);
    if (!table) return null;
    const sheetId = this.target();
    return sheetId === null || table.sheetId === sheetId ? table.id : null;
  }

  getItem(key: string): TableProxy {
    return new TableProxy(this.context, "TableCollection.getItem", () => this.find(key));
  }

  getItemOrNullObject(key: string): TableProxy {
    return new TableProxy(this.context, "TableCollection.getItemOrNullObject", () => this.find(key), true);
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.context.enqueue("TableCollection.getCount", () => result.set(this.tablesInScope().length));
    return result;
  }
}

/** Range.getTables(fullyContained): the tables that overlap the range, or only those wholly inside it. */
export class TableScopedCollectionProxy
  extends ClientObjectProxy<RangeTarget>
  implements ApiShape<Excel.TableScopedCollection, "items" | "getCount">
{
  constructor(
    context: PreviewRequestContext,
    location: string,
    range: () => RangeTarget,
    private readonly fullyContained: boolean,
  ) {
    super(context, "TableScopedCollection");
    this.bindWhenSynced(location, range, false);
    Object.preventExtensions(this);
  }

  protected scalarReaders() {
    return {};
  }

  private tablesInScope() {
    const { sheetId, rect } = this.target("TableScopedCollection");
    const inScope = (table: CellRect) =>
      this.fullyContained
        ? containsCell(rect, table.row, table.column) &&
          containsCell(rect, table.row + table.rowCount - 1, table.column + table.columnCount - 1)
        : rectsOverlap(rect, table);
    return this.context.previewWorkbook.tables
      .list()
      .filter((table) => table.sheetId === sheetId && inScope(table.rect));
  }

  protected loadNow(paths: string[]): void {
    const childPaths = itemPaths(paths);
    if (!childPaths) return super.loadNow(paths);
    const items = this.tablesInScope().map(
      (table) => new TableProxy(this.context, "TableScopedCollection.items", table.id),
    );
    for (const item of items) item.fillAtSync(childPaths);
    this.loaded.set("items", items);
  }

  get items(): TableProxy[] {
    return this.loadedValue("items");
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.context.enqueue("TableScopedCollection.getCount", () => result.set(this.tablesInScope().length));
    return result;
  }
}
