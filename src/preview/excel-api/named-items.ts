/**
 * Excel.NamedItemCollection for the preview: the add-in reads the workbook's defined names so that no new table
 * takes one. The preview's workbook defines none (its grid has no Name Manager), so the collection has no items.
 */
import { ClientObjectProxy, type ApiShape } from "./client-object";
import type { PreviewRequestContext } from "./request-context";

export class NamedItemCollectionProxy
  extends ClientObjectProxy<null>
  implements ApiShape<Excel.NamedItemCollection, "items">
{
  constructor(context: PreviewRequestContext) {
    super(context, "NamedItemCollection");
    this.bindNow(null);
    Object.preventExtensions(this);
  }

  protected target(): null {
    return null;
  }

  protected scalarReaders() {
    return {};
  }

  protected loadNow(paths: string[]): void {
    const itemPaths = paths.filter((path) => path === "items" || path.startsWith("items/") || path === "*");
    if (itemPaths.length === 0) return super.loadNow(paths);
    this.loaded.set("items", []);
  }

  get items(): Excel.NamedItem[] {
    return this.loadedValue("items");
  }
}
