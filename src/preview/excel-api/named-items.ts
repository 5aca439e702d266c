/**
 * Excel.NamedItemCollection for the preview: the names the workbook defines. The add-in reads them so that no new
 * table takes one; `add(name, reference)` defines one, as Formulas > Name Manager does.
 */
import type { DefinedName } from "../workbook/defined-names";
import { ClientObjectProxy, itemPaths, WorkbookCollectionProxy, type ApiShape } from "./client-object";
import type { PreviewRequestContext } from "./request-context";

export class NamedItemProxy
  extends ClientObjectProxy<DefinedName>
  implements ApiShape<Excel.NamedItem, "name" | "formula">
{
  /** A name `find` gives when the sync runs, or one already known (a collection's items). */
  constructor(context: PreviewRequestContext, location: string, find: (() => DefinedName | null) | DefinedName) {
    super(context, "NamedItem");
    if (typeof find === "function") this.bindWhenSynced(location, find, false);
    else this.bindNow(find);
    Object.preventExtensions(this);
  }

  protected scalarReaders() {
    return { name: ({ name }: DefinedName) => name, formula: ({ formula }: DefinedName) => formula };
  }

  get name(): string {
    return this.loadedValue("name");
  }

  get formula(): string {
    return this.loadedValue("formula");
  }
}

export class NamedItemCollectionProxy
  extends WorkbookCollectionProxy
  implements ApiShape<Excel.NamedItemCollection, "items" | "add">
{
  constructor(context: PreviewRequestContext) {
    super(context, "NamedItemCollection");
    Object.preventExtensions(this);
  }

  protected loadNow(paths: string[]): void {
    const childPaths = itemPaths(paths);
    if (!childPaths) return super.loadNow(paths);
    const items = this.context.previewWorkbook.names
      .list()
      .map((name) => new NamedItemProxy(this.context, "NamedItemCollection.items", name));
    for (const item of items) item.fillAtSync(childPaths);
    this.loaded.set("items", items);
  }

  get items(): NamedItemProxy[] {
    return this.loadedValue("items");
  }

  add(name: string, reference: unknown): NamedItemProxy {
    let created: DefinedName | null = null;
    this.context.enqueue("NamedItemCollection.add", () => {
      created = this.context.previewWorkbook.names.add(String(name), String(reference));
    });
    return new NamedItemProxy(this.context, "NamedItemCollection.add", () => created);
  }
}
