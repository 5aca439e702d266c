/**
 * The workbook's Excel tables: added over a range whose first row holds the headers (blank headers become Column1,
 * Column2 …, as Excel fills them), never overlapping another table, named as Excel requires (unique among tables
 * sheets and defined names); formulas with structured references follow their tables' names and geometry.
 */
import { containsCell, isInsideGrid, rectsOverlap, type CellRect } from "../../excel-rules/a1";
import { EXCEL_ROWS } from "../../excel-rules/limits";
import { sameName } from "../../excel-rules/names";
import type { ExcelValue } from "./cells";
import { defaultTableName, validateTableName } from "./names";
import type { TableGeometry } from "./structured-references";
import { shiftedRect, type RowInsertion } from "./row-shift";
import { WorkbookError } from "./workbook-error";

export interface TableInfo {
  id: number;
  name: string;
  sheetId: number;
  /** Header row included. */
  rect: CellRect;
  style: string;
  showBandedRows: boolean;
}

/** What tables need to know of the rest of the workbook. */
export interface TablesContext {
  checkSheet(sheetId: number): void;
  sheetName(sheetId: number): string;
  /** Whether a sheet or a defined name has the name already (Excel keeps table names apart from both). */
  isNameTaken(name: string): boolean;
  readValues(sheetId: number, rect: CellRect): ExcelValue[][];
  writeContents(sheetId: number, rect: CellRect, contents: unknown[][]): void;
  /** Resolves structured references again, now that tables changed. */
  tablesChanged(): void;
  newId(): number;
  batch<T>(change: () => T): T;
  changed(): void;
}

export class Tables {
  private readonly states = new Map<number, TableInfo>();

  constructor(private readonly context: TablesContext) {}

  list(): TableInfo[] {
    return [...this.states.values()].map((table) => ({ ...table, rect: { ...table.rect } }));
  }

  get(id: number): TableInfo {
    const table = this.states.get(id);
    if (!table) throw new WorkbookError("ItemNotFound", `The table (id ${id}) no longer exists.`);
    return table;
  }

  byName(name: string): TableInfo | undefined {
    return [...this.states.values()].find((table) => sameName(table.name, name));
  }

  /** The table whose area holds the cell, if any. */
  at(sheetId: number, row: number, column: number): TableInfo | undefined {
    for (const table of this.states.values()) {
      if (table.sheetId === sheetId && containsCell(table.rect, row, column)) return table;
    }
    return undefined;
  }

  /** The tables a formula's structured references can name, with their header texts. */
  geometries(): TableGeometry[] {
    return [...this.states.values()].map((table) => ({
      name: table.name,
      sheetName: this.context.sheetName(table.sheetId),
      rect: table.rect,
      headers: this.context.readValues(table.sheetId, { ...table.rect, rowCount: 1 })[0].map(String),
    }));
  }

  /** Tables.add(address, true): the first row holds the headers; blank headers become Column1, Column2… */
  add(sheetId: number, rect: CellRect, hasHeaders: boolean): TableInfo {
    this.context.checkSheet(sheetId);
    if (!hasHeaders) throw new WorkbookError("NotImplemented", "The preview supports tables.add(address, true) only.");
    if (rect.rowCount >= EXCEL_ROWS || !isInsideGrid(rect)) {
      throw new WorkbookError("InvalidArgument", "A table needs a range inside the worksheet.");
    }
    for (const table of this.states.values()) {
      if (table.sheetId === sheetId && rectsOverlap(table.rect, rect)) {
        throw new WorkbookError("InvalidOperation", `The range overlaps the table "${table.name}".`);
      }
    }
    const table: TableInfo = {
      id: this.context.newId(),
      name: defaultTableName((name) => this.byName(name) !== undefined),
      sheetId,
      rect: { ...rect },
      style: "TableStyleMedium2",
      showBandedRows: true,
    };
    this.context.batch(() => {
      this.fillBlankHeaders(sheetId, rect);
      this.states.set(table.id, table);
      this.context.tablesChanged();
      this.context.changed();
    });
    return { ...table };
  }

  private fillBlankHeaders(sheetId: number, rect: CellRect): void {
    const header = { ...rect, rowCount: 1 };
    const names = this.context.readValues(sheetId, header)[0];
    if (names.every((name) => name !== "")) return;
    this.context.writeContents(sheetId, header, [names.map((name, i) => (name === "" ? `Column${i + 1}` : null))]);
  }

  update(id: number, patch: Partial<Pick<TableInfo, "name" | "style" | "showBandedRows">>): void {
    const table = this.get(id);
    if (patch.name !== undefined && !sameName(patch.name, table.name)) {
      validateTableName(patch.name, (name) => this.byName(name) !== undefined || this.context.isNameTaken(name));
    }
    this.context.batch(() => {
      Object.assign(table, patch);
      if (patch.name !== undefined) this.context.tablesChanged();
      this.context.changed();
    });
  }

  /** Worksheet.copy: each table of the source gets a twin on the copy, named `<name>_2` (or the next free number). */
  copySheet(from: number, to: number): void {
    for (const table of [...this.states.values()].filter((candidate) => candidate.sheetId === from)) {
      let n = 2;
      while (this.byName(`${table.name}_${n}`) || this.context.isNameTaken(`${table.name}_${n}`)) n += 1;
      const twin = {
        ...table,
        id: this.context.newId(),
        name: `${table.name}_${n}`,
        sheetId: to,
        rect: { ...table.rect },
      };
      this.states.set(twin.id, twin);
    }
    this.context.tablesChanged();
  }

  /** Whole rows inserted: the sheet's tables move down, or grow when the insertion cuts through them. */
  insertRows(sheetId: number, insertion: RowInsertion): void {
    for (const table of this.states.values()) {
      if (table.sheetId === sheetId) table.rect = shiftedRect(table.rect, insertion);
    }
    this.context.tablesChanged();
  }

  /** A deleted sheet takes its tables with it. */
  removeSheet(sheetId: number): void {
    for (const table of [...this.states.values()]) if (table.sheetId === sheetId) this.states.delete(table.id);
  }
}
