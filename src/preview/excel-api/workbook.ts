/** Excel.Workbook for the preview: its worksheets, its tables, its defined names and the selected range. */
import { ClientObjectProxy, type ApiShape } from "./client-object";
import { NamedItemCollectionProxy } from "./named-items";
import { RangeProxy } from "./range";
import type { PreviewRequestContext } from "./request-context";
import { TableCollectionProxy } from "./table";
import { WorksheetCollectionProxy } from "./worksheet";

export class WorkbookProxy
  extends ClientObjectProxy<null>
  implements ApiShape<Excel.Workbook, "worksheets" | "tables" | "names" | "getSelectedRange" | "getActiveCell">
{
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly names: NamedItemCollectionProxy;

  constructor(context: PreviewRequestContext) {
    super(context, "Workbook");
    this.bindNow(null);
    this.worksheets = new WorksheetCollectionProxy(context);
    this.tables = new TableCollectionProxy(context);
    this.names = new NamedItemCollectionProxy(context);
    Object.preventExtensions(this);
  }

  protected target(): null {
    return null;
  }

  protected scalarReaders() {
    return { name: () => "Preview.xlsx" };
  }

  get name(): string {
    return this.loadedValue("name");
  }

  getSelectedRange(): RangeProxy {
    return new RangeProxy(
      this.context,
      "Workbook.getSelectedRange",
      () => this.context.previewWorkbook.sheets.selection,
    );
  }

  getActiveCell(): RangeProxy {
    return new RangeProxy(this.context, "Workbook.getActiveCell", () => {
      const { sheetId, rect } = this.context.previewWorkbook.sheets.selection;
      return { sheetId, rect: { row: rect.row, column: rect.column, rowCount: 1, columnCount: 1 } };
    });
  }
}
