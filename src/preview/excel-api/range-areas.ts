/**
 * Excel.RangeAreas for the preview: the areas a Range method finds (merged areas, cells with data validation),
 * with their address as Excel writes it ("Sheet1!A1:B2,Sheet1!D4") and their count; a null object when there are
 * none, as the …OrNullObject methods give.
 */
import { qualifiedAddress, type CellRect } from "../../excel-rules/a1";
import { ClientObjectProxy, type ApiShape } from "./client-object";
import type { PreviewRequestContext } from "./request-context";

export interface AreasTarget {
  sheetId: number;
  areas: CellRect[];
}

export class RangeAreasProxy
  extends ClientObjectProxy<AreasTarget>
  implements ApiShape<Excel.RangeAreas, "address" | "areaCount" | "cellCount">
{
  /** Areas `find` gives when the sync runs; none makes a null object. */
  constructor(context: PreviewRequestContext, location: string, find: () => AreasTarget) {
    super(context, "RangeAreas");
    this.bindWhenSynced(
      location,
      () => {
        const found = find();
        return found.areas.length > 0 ? found : null;
      },
      true,
    );
    Object.preventExtensions(this);
  }

  protected scalarReaders() {
    const workbook = this.context.previewWorkbook;
    return {
      address: ({ sheetId, areas }: AreasTarget) =>
        areas.map((area) => qualifiedAddress(workbook.sheets.name(sheetId), area)).join(","),
      areaCount: ({ areas }: AreasTarget) => areas.length,
      cellCount: ({ areas }: AreasTarget) => areas.reduce((sum, area) => sum + area.rowCount * area.columnCount, 0),
    };
  }

  get address(): string {
    return this.loadedValue("address");
  }

  get areaCount(): number {
    return this.loadedValue("areaCount");
  }

  get cellCount(): number {
    return this.loadedValue("cellCount");
  }
}
