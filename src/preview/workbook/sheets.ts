/**
 * The workbook's worksheets as Excel keeps them beside their cells: names (validated and unique as Excel requires),
 * tab order, tab colours, frozen rows, the active sheet and the selection.
 */
import type { CellRect } from "../../excel-rules/a1";
import { sameName } from "../../excel-rules/names";
import type { ChangeNotifier } from "./changes";
import { validateSheetName } from "./names";
import { WorkbookError } from "./workbook-error";

export interface SheetInfo {
  id: number;
  name: string;
}

export interface Selection {
  sheetId: number;
  rect: CellRect;
}

interface SheetState extends SheetInfo {
  /** "" for Excel's automatic colour, else #RRGGBB. */
  tabColor: string;
  frozenRows: number;
}

const FIRST_CELL: CellRect = { row: 0, column: 0, rowCount: 1, columnCount: 1 };

export class SheetList {
  private readonly states = new Map<number, SheetState>();
  private order: number[] = [];
  private activeId = -1;
  private selectionState: Selection = { sheetId: -1, rect: FIRST_CELL };
  private readonly selectionListeners = new Set<(selection: Selection) => void>();

  constructor(private readonly changes: ChangeNotifier) {}

  list(): SheetInfo[] {
    return this.order.map((id) => ({ id, name: this.require(id).name }));
  }

  byName(name: string): SheetInfo | undefined {
    const id = this.order.find((candidate) => sameName(this.require(candidate).name, name));
    return id === undefined ? undefined : { id, name: this.require(id).name };
  }

  has(id: number): boolean {
    return this.states.has(id);
  }

  name(id: number): string {
    return this.require(id).name;
  }

  /** The sheet's state; ItemNotFound once it is deleted, as Excel reports a stale worksheet. */
  private require(id: number): SheetState {
    const state = this.states.get(id);
    if (!state) throw new WorkbookError("ItemNotFound", `The worksheet (id ${id}) no longer exists.`);
    return state;
  }

  /** Throws unless `id` is a sheet of the workbook. */
  check(id: number): void {
    this.require(id);
  }

  /** The name a new sheet gets: `name` when Excel accepts it and no sheet has it, else a failure as Excel's. */
  checkNewName(name: string): void {
    validateSheetName(name);
    if (this.byName(name)) throw new WorkbookError("ItemAlreadyExists", `A worksheet named "${name}" already exists.`);
  }

  /** The next free "SheetN", as Excel names a sheet added without a name. */
  nextFreeName(): string {
    for (let n = this.order.length + 1; ; n += 1) {
      if (!this.byName(`Sheet${n}`)) return `Sheet${n}`;
    }
  }

  /** The name Excel gives a copy of a sheet: "Model (2)", or the next free number, within 31 characters. */
  copyName(source: string): string {
    for (let n = 2; ; n += 1) {
      const suffix = ` (${n})`;
      const name = `${source.slice(0, 31 - suffix.length)}${suffix}`;
      if (!this.byName(name)) return name;
    }
  }

  /** Worksheet.copy: the copy takes the source's tab colour and frozen rows. */
  copyState(from: number, to: number): void {
    const source = this.require(from);
    Object.assign(this.require(to), { tabColor: source.tabColor, frozenRows: source.frozenRows });
    this.changes.changed();
  }

  /** Moves a sheet in the tab order, as Worksheet.copy's position type places the copy. */
  place(id: number, position: string, relativeTo?: number): void {
    this.order = this.order.filter((other) => other !== id);
    const anchor = relativeTo === undefined ? -1 : this.order.indexOf(relativeTo);
    if ((position === "Before" || position === "After") && anchor < 0) {
      throw new WorkbookError("InvalidArgument", `Worksheet.copy("${position}") needs the sheet to place it by.`);
    }
    const index = { Before: anchor, After: anchor + 1, End: this.order.length }[position] ?? 0;
    this.order.splice(index, 0, id);
    this.changes.changed();
  }

  /** Appends a sheet the engine already made; the first one becomes active. */
  append(id: number, name: string): void {
    this.states.set(id, { id, name, tabColor: "", frozenRows: 0 });
    this.order.push(id);
    if (this.activeId < 0) this.activate(id);
    this.changes.changed();
  }

  /** Worksheet.name = …: a name Excel accepts that no other sheet has. */
  rename(id: number, name: string): void {
    const state = this.require(id);
    validateSheetName(name);
    const other = this.byName(name);
    if (other && other.id !== id)
      throw new WorkbookError("ItemAlreadyExists", `A worksheet named "${name}" already exists.`);
    state.name = name;
    this.changes.changed();
  }

  /** Removes a sheet; Excel refuses to remove the last one. */
  remove(id: number): void {
    this.require(id);
    if (this.order.length === 1) {
      throw new WorkbookError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    }
    this.order = this.order.filter((other) => other !== id);
    this.states.delete(id);
    if (this.activeId === id) this.activate(this.order[0]);
    this.changes.changed();
  }

  tabColor(id: number): string {
    return this.require(id).tabColor;
  }

  setTabColor(id: number, colour: string): void {
    if (colour !== "" && !/^#?[0-9a-f]{6}$/i.test(colour)) {
      throw new WorkbookError("InvalidArgument", `"${colour}" is not a colour (#RRGGBB, or "" for automatic).`);
    }
    this.require(id).tabColor = colour === "" ? "" : `#${colour.replace(/^#/, "").toUpperCase()}`;
    this.changes.changed();
  }

  frozenRows(id: number): number {
    return this.require(id).frozenRows;
  }

  freezeRows(id: number, count: number): void {
    if (!Number.isInteger(count) || count < 0 || count > 1000) {
      throw new WorkbookError("InvalidArgument", "freezeRows needs a row count between 0 and 1000.");
    }
    this.require(id).frozenRows = count;
    this.changes.changed();
  }

  get activeSheetId(): number {
    return this.activeId;
  }

  activate(id: number): void {
    this.require(id);
    if (this.activeId === id) return;
    this.activeId = id;
    this.selectionState = { sheetId: id, rect: FIRST_CELL };
    this.changes.changed();
    this.selectionChanged();
  }

  get selection(): Selection {
    return this.selectionState;
  }

  /** Selects a range and activates its sheet, as Range.select() does. */
  select(id: number, rect: CellRect): void {
    this.require(id);
    this.activeId = id;
    this.selectionState = { sheetId: id, rect: { ...rect } };
    this.changes.changed();
    this.selectionChanged();
  }

  /** Calls `listener` after each change of selection, as Excel raises onSelectionChanged; returns the unsubscribe. */
  onSelection(listener: (selection: Selection) => void): () => void {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }

  /** Excel raises the event after the change, asynchronously: listeners run in a later task, with the new selection. */
  private selectionChanged(): void {
    const selection = { sheetId: this.selectionState.sheetId, rect: { ...this.selectionState.rect } };
    for (const listener of [...this.selectionListeners]) setTimeout(() => listener(selection), 0);
  }
}
