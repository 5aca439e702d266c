/**
 * Excel.NamedItemCollection for the preview: the add-in reads the workbook's defined names so that no new table
 * takes one. The preview's workbook defines none (its grid has no Name Manager), so the collection has no items.
 */
import { itemPaths, WorkbookCollectionProxy, type ApiShape } from "./client-object";
import type { PreviewRequestContext } from "./request-context";

export class NamedItemCollectionProxy
  extends WorkbookCollectionProxy
  implements ApiShape<Excel.NamedItemCollection, "items">
{
  constructor(context: PreviewRequestContext) {
    super(context, "NamedItemCollection");
    Object.preventExtensions(this);
  }

  protected loadNow(paths: string[]): void {
    if (!itemPaths(paths)) return super.loadNow(paths);
    this.loaded.set("items", []);
  }

  get items(): Excel.NamedItem[] {
    return this.loadedValue("items");
  }
}
