/**
 * A worksheet's comments (Excel.CommentCollection, threaded comments) and notes (Excel.NoteCollection) for the
 * preview: add one to a cell, count them, get one by position and the cell it is on (getLocation), read its
 * content, delete it.
 */
import { parseAddress, type CellRect } from "../../excel-rules/a1";
import type { NoteKind } from "../workbook/cell-properties";
import { WorkbookError } from "../workbook/workbook-error";
import { ClientObjectProxy, ClientResult, type ApiShape } from "./client-object";
import { RangeProxy } from "./range";
import type { PreviewRequestContext } from "./request-context";
import { rectOnSheet } from "./sheet-address";

interface NoteTarget {
  sheetId: number;
  id: number;
}

const TYPE_NAMES: Record<NoteKind, { item: string; collection: string }> = {
  comments: { item: "Comment", collection: "CommentCollection" },
  notes: { item: "Note", collection: "NoteCollection" },
};

export class NoteProxy
  extends ClientObjectProxy<NoteTarget>
  implements ApiShape<Excel.Note, "content" | "getLocation" | "delete">
{
  constructor(
    context: PreviewRequestContext,
    private readonly kind: NoteKind,
    location: string,
    find: () => NoteTarget | null,
  ) {
    super(context, TYPE_NAMES[kind].item);
    this.bindWhenSynced(location, find, false);
    Object.preventExtensions(this);
  }

  protected scalarReaders() {
    return {
      content: ({ sheetId, id }: NoteTarget) =>
        this.context.previewWorkbook.properties.note(sheetId, this.kind, id).content,
    };
  }

  get content(): string {
    return this.loadedValue("content");
  }

  /** The cell the comment or note is on. */
  getLocation(): RangeProxy {
    const location = `${this.typeName}.getLocation`;
    return new RangeProxy(this.context, location, () => {
      const { sheetId, id } = this.target(location);
      const { row, column } = this.context.previewWorkbook.properties.note(sheetId, this.kind, id);
      return { sheetId, rect: { row, column, rowCount: 1, columnCount: 1 } };
    });
  }

  delete(): void {
    this.queueCall("delete", ({ sheetId, id }) =>
      this.context.previewWorkbook.properties.deleteNote(sheetId, this.kind, id),
    );
  }
}

export class NoteCollectionProxy
  extends ClientObjectProxy<number>
  implements ApiShape<Excel.NoteCollection, "add" | "getCount" | "getItemAt">
{
  constructor(
    context: PreviewRequestContext,
    private readonly kind: NoteKind,
    private readonly sheet: () => number,
  ) {
    super(context, TYPE_NAMES[kind].collection);
    this.bindNow(0);
    Object.preventExtensions(this);
  }

  protected target(): number {
    return this.sheet();
  }

  protected scalarReaders() {
    return {};
  }

  private cellOf(cellAddress: unknown, sheetId: number): CellRect {
    if (cellAddress instanceof RangeProxy) {
      const target = cellAddress.resolve(`${this.typeName}.add`);
      if (target.sheetId !== sheetId) throw new WorkbookError("InvalidArgument", "The cell is on another worksheet.");
      return target.rect;
    }
    if (typeof cellAddress !== "string" || !parseAddress(cellAddress)) {
      throw new WorkbookError("InvalidArgument", `${this.typeName}.add needs a cell address or a Range.`);
    }
    return rectOnSheet(cellAddress, this.context.previewWorkbook.sheets.name(sheetId));
  }

  add(cellAddress: unknown, content: unknown): NoteProxy {
    let created: NoteTarget | null = null;
    this.context.enqueue(`${this.typeName}.add`, () => {
      const sheetId = this.target();
      const cell = this.cellOf(cellAddress, sheetId);
      created = {
        sheetId,
        id: this.context.previewWorkbook.properties.addNote(sheetId, this.kind, cell, String(content)).id,
      };
    });
    return new NoteProxy(this.context, this.kind, `${this.typeName}.add`, () => created);
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.context.enqueue(`${this.typeName}.getCount`, () =>
      result.set(this.context.previewWorkbook.properties.notes(this.target(), this.kind).length),
    );
    return result;
  }

  getItemAt(index: number): NoteProxy {
    const location = `${this.typeName}.getItemAt`;
    return new NoteProxy(this.context, this.kind, location, () => {
      const sheetId = this.target();
      const note = this.context.previewWorkbook.properties.notes(sheetId, this.kind)[index];
      return note ? { sheetId, id: note.id } : null;
    });
  }
}
