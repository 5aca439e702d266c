/**
 * An in-memory Excel workbook behind the part of the Excel JavaScript API the add-in uses, for jest. It keeps
 * Office.js's batch semantics so tests catch what mocks that answer at once would not: every write and method
 * call is queued and applied at `context.sync()`; a property can only be read after `load` and a sync; an
 * `Excel.run` that ends with queued work fails; invalid or duplicate sheet and table names, overlapping tables and
 * mis-shaped arrays fail the sync like Excel does. It counts syncs and records the payload of each one.
 * Its name rules are written from Excel's documentation independently of src/excel/names.ts.
 */

import { forgetWorkbookNames } from "../../src/excel/names-cache";

export type Scalar = string | number | boolean;

export interface FakeCell {
  value: Scalar;
  /** The formula text (`=…`), or "" for a constant. */
  formula: string;
  /** A cell filled by another cell's spilling array: its formula reads "" but its value is not empty. */
  spilled?: boolean;
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fillColor?: string;
  wrap?: boolean;
}

export interface FakeBlock {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface FakeTable extends FakeBlock {
  name: string;
  sheet: FakeSheet;
  style: string;
  showBandedRows: boolean;
}

export interface FakeSeries {
  name: string;
  values: FakeBlock | null;
  xValues: FakeBlock | null;
}

export interface FakeChart {
  name: string;
  type: string;
  seriesBy: string;
  title: string;
  categoryAxisTitle: string | null;
  valueAxisTitle: string | null;
  legendVisible: boolean;
  position: { from: string; to: string | null } | null;
  series: FakeSeries[];
}

let nextSheetId = 1;

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  charts: FakeChart[] = [];
  frozenRows = 0;
  columnWidths = new Map<number, number>();
  autofitted = new Set<number>();
  /** Excel's worksheet id: a GUID-like string that survives renames. */
  readonly id = `{FAKE-SHEET-${nextSheetId++}}`;
  tabColor = "";
  constructor(public name: string) {}

  /** The smallest block holding every cell with a value or formula (formats ignored), or null for an empty sheet. */
  usedBlock(): FakeBlock | null {
    const keys = [...this.cells]
      .filter(([, cell]) => cell.formula !== "" || (cell.value !== "" && cell.value !== null))
      .map(([key]) => key.split(",").map(Number));
    if (keys.length === 0) return null;
    const rows = keys.map(([row]) => row);
    const cols = keys.map(([, col]) => col);
    const row = Math.min(...rows);
    const col = Math.min(...cols);
    return { row, col, rows: Math.max(...rows) - row + 1, cols: Math.max(...cols) - col + 1 };
  }

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  /** Sets a cell as a user would: `=…` is a formula, anything else a constant. */
  set(row: number, col: number, input: Scalar): void {
    const isFormula = typeof input === "string" && input.startsWith("=");
    this.cells.set(`${row},${col}`, { value: isFormula ? 0 : input, formula: isFormula ? (input as string) : "" });
  }
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

// ---- addresses (independent of src/excel/addresses.ts) ----

export function letters(col: number): string {
  let out = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

function a1(row: number, col: number): string {
  return `${letters(col)}${row + 1}`;
}

export function blockAddress(block: FakeBlock): string {
  const first = a1(block.row, block.col);
  return block.rows === 1 && block.cols === 1
    ? first
    : `${first}:${a1(block.row + block.rows - 1, block.col + block.cols - 1)}`;
}

function parseCell(text: string): { row: number; col: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(text.trim());
  if (!match) throw new FakeExcelError("InvalidArgument", `not a cell address: ${text}`);
  const col = [...match[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, col };
}

export function parseBlock(address: string): FakeBlock {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [first, last = first] = local.split(":");
  const a = parseCell(first);
  const b = parseCell(last);
  return {
    row: Math.min(a.row, b.row),
    col: Math.min(a.col, b.col),
    rows: Math.abs(b.row - a.row) + 1,
    cols: Math.abs(b.col - a.col) + 1,
  };
}

function qualifiedAddress(sheet: FakeSheet, block: FakeBlock): string {
  const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet.name) ? sheet.name : `'${sheet.name.replace(/'/g, "''")}'`;
  return `${name}!${blockAddress(block)}`;
}

function overlaps(a: FakeBlock, b: FakeBlock): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

function checkInGrid(block: FakeBlock): void {
  if (block.row < 0 || block.col < 0 || block.rows < 1 || block.cols < 1) {
    throw new FakeExcelError("InvalidArgument", `block ${JSON.stringify(block)} is empty or negative`);
  }
  if (block.row + block.rows > MAX_ROWS || block.col + block.cols > MAX_COLUMNS) {
    throw new FakeExcelError("InvalidArgument", `block ${JSON.stringify(block)} leaves the grid`);
  }
}

// ---- Excel's naming rules, from its documentation ----

function sheetNameProblem(name: string, sheets: FakeSheet[], except?: FakeSheet): string | null {
  if (typeof name !== "string" || name.length === 0 || name.length > 31) return "1 to 31 characters";
  if (/[:\\/?*[\]]/.test(name)) return "no : \\ / ? * [ ]";
  if (name.startsWith("'") || name.endsWith("'")) return "no apostrophe first or last";
  if (name.toLowerCase() === "history") return "History is reserved";
  if (sheets.some((s) => s !== except && s.name.toLowerCase() === name.toLowerCase())) return "taken";
  return null;
}

function tableNameProblem(name: string, tables: FakeTable[], except?: FakeTable): string | null {
  if (name.length === 0 || name.length > 255) return "1 to 255 characters";
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return "letters, digits, _ and . only, not first a digit";
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(name) && parseCell(name).col < MAX_COLUMNS) return "reads as an A1 reference";
  if (/^[RrCc]$/.test(name) || /^[Rr][0-9]*[Cc][0-9]*$/.test(name)) return "reads as an R1C1 reference";
  if (tables.some((t) => t !== except && t.name.toLowerCase() === name.toLowerCase())) return "taken";
  return null;
}

// ---- the workbook ----

type Op = () => void;

export interface SyncRecord {
  /** Cells whose values, formulas or formats were set, and the bytes of the JSON those arrays take. */
  cellsWritten: number;
  payloadBytes: number;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  /** Names the workbook defines (Formulas > Name Manager), which a table's name may not repeat. */
  definedNames: string[] = [];
  active!: FakeSheet;
  selection!: { sheet: FakeSheet; block: FakeBlock };
  syncs: SyncRecord[] = [];
  private queue: Op[] = [];
  private pendingRecord: SyncRecord = { cellsWritten: 0, payloadBytes: 0 };

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const name of sheetNames) this.sheets.push(new FakeSheet(name));
    this.active = this.sheets[0];
    this.selection = { sheet: this.active, block: { row: 0, col: 0, rows: 1, cols: 1 } };
  }

  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}; sheets: ${this.sheets.map((s) => s.name).join(", ")}`);
    return found;
  }

  select(sheetName: string, address: string): void {
    this.active = this.sheet(sheetName);
    this.selection = { sheet: this.active, block: parseBlock(address) };
  }

  /** Adds a table as a user would (header cells filled), for collision tests. */
  addUserTable(sheetName: string, address: string, name: string): void {
    const sheet = this.sheet(sheetName);
    const block = parseBlock(address);
    for (let c = 0; c < block.cols; c++) sheet.set(block.row, block.col + c, `Column${c + 1}`);
    this.tables.push({ ...block, name, sheet, style: "TableStyleLight1", showBandedRows: true });
  }

  /** A deep copy of every sheet's cells, for before/after comparisons. */
  snapshot(): Map<string, Map<string, FakeCell>> {
    return new Map(this.sheets.map((s) => [s.name, new Map([...s.cells].map(([k, c]) => [k, { ...c }]))]));
  }

  enqueue(op: Op, cells = 0, payload: unknown = null): void {
    this.queue.push(op);
    this.pendingRecord.cellsWritten += cells;
    if (payload !== null) this.pendingRecord.payloadBytes += Buffer.byteLength(JSON.stringify(payload));
  }

  get pending(): number {
    return this.queue.length;
  }

  flush(): void {
    const queue = this.queue;
    const record = this.pendingRecord;
    this.queue = [];
    this.pendingRecord = { cellsWritten: 0, payloadBytes: 0 };
    this.syncs.push(record);
    for (const op of queue) op();
  }

  addSheet(name: string): FakeSheet {
    const problem = sheetNameProblem(name, this.sheets);
    if (problem)
      throw new FakeExcelError(
        problem.startsWith("taken") ? "ItemAlreadyExists" : "InvalidArgument",
        `sheet "${name}": ${problem}`,
      );
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Worksheet.delete(): the sheet and its tables go; Excel refuses to delete the last sheet. */
  deleteSheet(sheet: FakeSheet): void {
    if (!this.sheets.includes(sheet)) throw new FakeExcelError("ItemNotFound", `sheet ${sheet.name} was deleted`);
    if (this.sheets.length === 1) throw new FakeExcelError("InvalidOperation", "cannot delete the last sheet");
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.tables = this.tables.filter((t) => t.sheet !== sheet);
    if (this.active === sheet) this.active = this.sheets[0];
    if (this.selection.sheet === sheet)
      this.selection = { sheet: this.active, block: { row: 0, col: 0, rows: 1, cols: 1 } };
  }

  addTable(sheet: FakeSheet, block: FakeBlock): FakeTable {
    checkInGrid(block);
    const clash = this.tables.find((t) => t.sheet === sheet && overlaps(t, block));
    if (clash) throw new FakeExcelError("InvalidArgument", `table overlaps ${clash.name}`);
    for (let c = 0; c < block.cols; c++) {
      if (!sheet.cell(block.row, block.col + c)) sheet.set(block.row, block.col + c, `Column${c + 1}`);
    }
    let n = this.tables.length + 1;
    while (this.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
    const table: FakeTable = { ...block, name: `Table${n}`, sheet, style: "TableStyleMedium2", showBandedRows: false };
    this.tables.push(table);
    return table;
  }

  renameTable(table: FakeTable, name: string): void {
    const taken = this.definedNames.some((defined) => defined.toLowerCase() === name.toLowerCase());
    const problem = taken ? "taken by a defined name" : tableNameProblem(name, this.tables, table);
    if (problem)
      throw new FakeExcelError(
        problem.startsWith("taken") ? "ItemAlreadyExists" : "InvalidArgument",
        `table "${name}": ${problem}`,
      );
    table.name = name;
  }

  renameSheet(sheet: FakeSheet, name: string): void {
    const problem = sheetNameProblem(name, this.sheets, sheet);
    if (problem) throw new FakeExcelError("InvalidArgument", `sheet "${name}": ${problem}`);
    sheet.name = name;
  }
}

// ---- proxies: what the code under test holds ----

function notLoaded(what: string): never {
  throw new FakeExcelError("PropertyNotLoaded", `${what} was read before load() and context.sync()`);
}

function propertyNames(properties?: string | string[]): string[] {
  return (Array.isArray(properties) ? properties : (properties ?? "").split(",")).map((p) => p.trim()).filter(Boolean);
}

/** A proxy whose target is resolved when its queued operations run, with loaded scalar properties. */
abstract class Proxy<T> {
  protected loaded = new Map<string, unknown>();
  constructor(
    protected wb: FakeWorkbook,
    protected resolve: () => T,
  ) {}

  protected abstract read(property: string, target: T): unknown;

  load(properties?: string | string[]): this {
    const names = propertyNames(properties);
    this.wb.enqueue(() => {
      const target = this.resolve();
      for (const name of names) this.loaded.set(name, this.read(name, target));
    });
    return this;
  }

  protected get<V>(property: string): V {
    if (!this.loaded.has(property)) notLoaded(property);
    return this.loaded.get(property) as V;
  }
}

interface RangeTarget {
  sheet: FakeSheet;
  block: FakeBlock;
}

function shapeOf(name: string, array: unknown, block: FakeBlock): unknown[][] {
  if (
    !Array.isArray(array) ||
    array.length !== block.rows ||
    array.some((r) => !Array.isArray(r) || r.length !== block.cols)
  ) {
    throw new FakeExcelError("InvalidArgument", `${name} must be a ${block.rows}×${block.cols} array`);
  }
  return array as unknown[][];
}

/** What a cell becomes when a value is written with `values` (Excel parses text like typed input). */
function cellFromValue(input: unknown, previous: FakeCell | undefined): FakeCell {
  const base = { ...(previous ?? { value: "", formula: "" }), spilled: false };
  if (typeof input === "string" && input.startsWith("'")) return { ...base, value: input.slice(1), formula: "" };
  if (typeof input === "string" && /^[=+\-@]/.test(input) && previous?.numberFormat !== "@") {
    return { ...base, value: 0, formula: input.startsWith("=") ? input : `=${input}` };
  }
  if (input === null || input === undefined || input === "") return { ...base, value: "", formula: "" };
  if (typeof input === "object") throw new FakeExcelError("InvalidArgument", `cannot write ${String(input)} to a cell`);
  return { ...base, value: input as Scalar, formula: "" };
}

export class FakeRange extends Proxy<RangeTarget> {
  constructor(wb: FakeWorkbook, resolve: () => RangeTarget) {
    super(wb, resolve);
  }

  protected read(property: string, { sheet, block }: RangeTarget): unknown {
    const grid = <V>(f: (cell: FakeCell | undefined) => V) =>
      Array.from({ length: block.rows }, (_, r) =>
        Array.from({ length: block.cols }, (_, c) => f(sheet.cell(block.row + r, block.col + c))),
      );
    switch (property) {
      case "values":
        return grid((cell) => cell?.value ?? "");
      case "formulas":
        return grid((cell) => (cell?.spilled ? "" : cell?.formula || cell?.value) ?? "");
      case "numberFormat":
        return grid((cell) => cell?.numberFormat ?? "General");
      case "address":
        return qualifiedAddress(sheet, block);
      case "rowIndex":
        return block.row;
      case "columnIndex":
        return block.col;
      case "rowCount":
        return block.rows;
      case "columnCount":
        return block.cols;
      default:
        throw new FakeExcelError("InvalidArgument", `the fake cannot load Range.${property}`);
    }
  }

  get values(): Scalar[][] {
    return this.get("values");
  }
  get formulas(): Scalar[][] {
    return this.get("formulas");
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }

  private eachCell(target: RangeTarget, f: (cell: FakeCell, r: number, c: number) => FakeCell): void {
    const { sheet, block } = target;
    for (let r = 0; r < block.rows; r++) {
      for (let c = 0; c < block.cols; c++) {
        const key = `${block.row + r},${block.col + c}`;
        sheet.cells.set(key, f(sheet.cells.get(key) ?? { value: "", formula: "" }, r, c));
      }
    }
  }

  private writeArray(name: string, array: unknown, write: (cell: FakeCell, input: unknown) => FakeCell): void {
    const cells = Array.isArray(array)
      ? array.reduce((n: number, row: unknown[]) => n + (Array.isArray(row) ? row.length : 1), 0)
      : 1;
    this.wb.enqueue(
      () => {
        const target = this.resolve();
        checkInGrid(target.block);
        const grid = shapeOf(name, array, target.block);
        this.eachCell(target, (cell, r, c) => write(cell, grid[r][c]));
      },
      cells,
      array,
    );
  }

  set values(array: unknown) {
    this.writeArray("values", array, (cell, input) => cellFromValue(input, cell));
  }
  set formulas(array: unknown) {
    this.writeArray("formulas", array, (cell, input) =>
      typeof input === "string" && input.startsWith("=")
        ? { ...cell, spilled: false, value: 0, formula: input }
        : cellFromValue(input, cell),
    );
  }
  set numberFormat(array: unknown) {
    this.writeArray("numberFormat", array, (cell, input) => ({ ...cell, numberFormat: String(input) }));
  }

  get format() {
    const setAll = (patch: (cell: FakeCell) => FakeCell) => this.wb.enqueue(() => this.eachCell(this.resolve(), patch));
    const columns = (f: (sheet: FakeSheet, col: number) => void) =>
      this.wb.enqueue(() => {
        const { sheet, block } = this.resolve();
        for (let c = 0; c < block.cols; c++) f(sheet, block.col + c);
      });
    return {
      font: {
        set bold(v: boolean) {
          setAll((cell) => ({ ...cell, bold: v }));
        },
        set italic(v: boolean) {
          setAll((cell) => ({ ...cell, italic: v }));
        },
        set color(v: string) {
          setAll((cell) => ({ ...cell, fontColor: v }));
        },
      },
      fill: {
        set color(v: string) {
          setAll((cell) => ({ ...cell, fillColor: v }));
        },
      },
      set wrapText(v: boolean) {
        setAll((cell) => ({ ...cell, wrap: v }));
      },
      set columnWidth(v: number) {
        columns((sheet, col) => sheet.columnWidths.set(col, v));
      },
      autofitColumns: () => columns((sheet, col) => sheet.autofitted.add(col)),
    };
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.wb, () => this.resolve().sheet);
  }

  private derived(f: (block: FakeBlock) => FakeBlock): FakeRange {
    return new FakeRange(this.wb, () => {
      const { sheet, block } = this.resolve();
      const next = f(block);
      checkInGrid(next);
      return { sheet, block: next };
    });
  }

  getCell(row: number, col: number): FakeRange {
    return this.derived((b) => ({ row: b.row + row, col: b.col + col, rows: 1, cols: 1 }));
  }
  getResizedRange(deltaRows: number, deltaCols: number): FakeRange {
    return this.derived((b) => ({ ...b, rows: b.rows + deltaRows, cols: b.cols + deltaCols }));
  }
  getOffsetRange(rows: number, cols: number): FakeRange {
    return this.derived((b) => ({ ...b, row: b.row + rows, col: b.col + cols }));
  }

  select(): void {
    this.wb.enqueue(() => {
      const target = this.resolve();
      if (target.sheet !== this.wb.active)
        throw new FakeExcelError("InvalidOperation", "select() on a sheet that is not active");
      this.wb.selection = target;
    });
  }
}

/** getUsedRangeOrNullObject(true): a range, or a null object whose isNullObject is known after the sync. */
export class FakeUsedRange extends FakeRange {
  private nullObject: boolean | undefined;
  constructor(wb: FakeWorkbook, sheet: () => FakeSheet) {
    let target: RangeTarget | null = null;
    super(wb, () => target ?? notLoaded("a used range before its sync"));
    wb.enqueue(() => {
      const resolved = sheet();
      const block = resolved.usedBlock();
      target = block ? { sheet: resolved, block } : null;
      this.nullObject = target === null;
    });
  }
  get isNullObject(): boolean {
    if (this.nullObject === undefined) notLoaded("isNullObject");
    return this.nullObject;
  }
  /** A null object loads nothing: reading its properties then fails as unloaded. */
  load(properties?: string | string[]): this {
    const names = propertyNames(properties);
    this.wb.enqueue(() => {
      if (this.nullObject) return;
      const target = this.resolve();
      for (const name of names) this.loaded.set(name, this.read(name, target));
    });
    return this;
  }
}

class FakeTableProxy extends Proxy<FakeTable> {
  protected read(property: string, table: FakeTable): unknown {
    if (property === "name") return table.name;
    throw new FakeExcelError("InvalidArgument", `the fake cannot load Table.${property}`);
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.wb.enqueue(() => this.wb.renameTable(this.resolve(), v));
  }
  set style(v: string) {
    this.wb.enqueue(() => (this.resolve().style = v));
  }
  set showBandedRows(v: boolean) {
    this.wb.enqueue(() => (this.resolve().showBandedRows = v));
  }
  private part(f: (t: FakeTable) => FakeBlock): FakeRange {
    return new FakeRange(this.wb, () => {
      const table = this.resolve();
      return { sheet: table.sheet, block: f(table) };
    });
  }
  getRange(): FakeRange {
    return this.part((t) => t);
  }
  getHeaderRowRange(): FakeRange {
    return this.part((t) => ({ ...t, rows: 1 }));
  }
  getDataBodyRange(): FakeRange {
    return this.part((t) => ({ ...t, row: t.row + 1, rows: t.rows - 1 }));
  }
}

class FakeTableCollection extends Proxy<FakeTable[]> {
  constructor(
    wb: FakeWorkbook,
    private sheet: (() => FakeSheet) | null,
  ) {
    super(wb, () => (sheet ? wb.tables.filter((t) => t.sheet === sheet()) : wb.tables));
  }
  protected read(property: string, tables: FakeTable[]): unknown {
    if (property !== "items/name" && property !== "items")
      throw new FakeExcelError("InvalidArgument", `cannot load tables.${property}`);
    return tables.map((t) => {
      const proxy = new FakeTableProxy(this.wb, () => t);
      (proxy as unknown as { loaded: Map<string, unknown> }).loaded.set("name", t.name);
      return proxy;
    });
  }
  get items(): FakeTableProxy[] {
    return this.get("items/name");
  }
  load(properties?: string | string[]): this {
    return super.load(properties === "items" ? "items/name" : properties);
  }
  add(address: string, hasHeaders: boolean): FakeTableProxy {
    if (!this.sheet) throw new Error("the fake adds tables through worksheet.tables only");
    if (hasHeaders !== true) throw new Error("the add-in always adds tables with headers");
    let created: FakeTable | null = null;
    const sheetOf = this.sheet;
    this.wb.enqueue(() => (created = this.wb.addTable(sheetOf(), parseBlock(address))));
    return new FakeTableProxy(this.wb, () => created ?? notLoaded("a table used before the sync that adds it"));
  }
  getItemOrNullObject(name: string): FakeTableProxy & { isNullObject: boolean } {
    let found: FakeTable | undefined;
    const proxy = new FakeTableProxy(
      this.wb,
      () => found ?? notLoaded(`table ${name} (a null object)`),
    ) as FakeTableProxy & { isNullObject: boolean };
    let resolved = false;
    this.wb.enqueue(() => {
      found = this.resolve().find((t) => t.name.toLowerCase() === name.toLowerCase());
      resolved = true;
    });
    Object.defineProperty(proxy, "isNullObject", { get: () => (resolved ? !found : notLoaded("isNullObject")) });
    return proxy;
  }
}

class FakeChartSeries {
  constructor(
    private wb: FakeWorkbook,
    private resolve: () => FakeSeries,
    private sheet: () => FakeSheet,
  ) {}
  set name(v: string) {
    this.wb.enqueue(() => (this.resolve().name = v));
  }
  private blockOf(range: FakeRange): FakeBlock {
    const target = (range as unknown as { resolve: () => RangeTarget }).resolve();
    if (target.sheet !== this.sheet()) throw new FakeExcelError("InvalidArgument", "series data on another sheet");
    return target.block;
  }
  setValues(range: FakeRange): void {
    this.wb.enqueue(() => (this.resolve().values = this.blockOf(range)));
  }
  setXAxisValues(range: FakeRange): void {
    this.wb.enqueue(() => (this.resolve().xValues = this.blockOf(range)));
  }
}

class FakeChartProxy {
  constructor(
    private wb: FakeWorkbook,
    private resolve: () => FakeChart,
    private sheet: () => FakeSheet,
  ) {}
  private setter<K extends keyof FakeChart>(key: K, check?: (chart: FakeChart) => void) {
    return (v: FakeChart[K]) =>
      this.wb.enqueue(() => {
        const chart = this.resolve();
        check?.(chart);
        chart[key] = v;
      });
  }
  set name(v: string) {
    this.setter("name")(v);
  }
  get title() {
    const setTitle = this.setter("title");
    return {
      set text(v: string) {
        setTitle(v);
      },
    };
  }
  get legend() {
    const setVisible = this.setter("legendVisible");
    return {
      set visible(v: boolean) {
        setVisible(v);
      },
    };
  }
  get axes() {
    const noPie = (chart: FakeChart) => {
      if (chart.type === "Pie") throw new FakeExcelError("GeneralException", "a pie chart has no axes");
    };
    const axis = (key: "categoryAxisTitle" | "valueAxisTitle") => {
      const setText = this.setter(key, noPie);
      return {
        title: {
          set text(v: string) {
            setText(v);
          },
        },
      };
    };
    return { categoryAxis: axis("categoryAxisTitle"), valueAxis: axis("valueAxisTitle") };
  }
  get series() {
    return {
      getItemAt: (index: number) =>
        new FakeChartSeries(this.wb, () => this.resolve().series[index] ?? notLoaded(`series ${index}`), this.sheet),
      add: (name: string) => {
        let created: FakeSeries | null = null;
        this.wb.enqueue(() => {
          created = { name, values: null, xValues: null };
          this.resolve().series.push(created);
        });
        return new FakeChartSeries(this.wb, () => created ?? notLoaded("a series before its sync"), this.sheet);
      },
    };
  }
  setPosition(from: string, to?: string): void {
    this.wb.enqueue(() => {
      parseCell(from);
      if (to) parseCell(to);
      this.resolve().position = { from, to: to ?? null };
    });
  }
}

export class FakeWorksheet extends Proxy<FakeSheet> {
  protected read(property: string, sheet: FakeSheet): unknown {
    if (property === "name") return sheet.name;
    if (property === "id") return sheet.id;
    if (property === "tabColor") return sheet.tabColor;
    throw new FakeExcelError("InvalidArgument", `the fake cannot load Worksheet.${property}`);
  }
  get name(): string {
    return this.get("name");
  }
  get id(): string {
    return this.get("id");
  }
  get tabColor(): string {
    return this.get("tabColor");
  }
  set tabColor(v: string) {
    if (v !== "" && !/^#[0-9A-F]{6}$/i.test(v)) throw new FakeExcelError("InvalidArgument", `tab colour ${v}`);
    this.wb.enqueue(() => (this.resolve().tabColor = v.toUpperCase()));
  }
  delete(): void {
    this.wb.enqueue(() => this.wb.deleteSheet(this.resolve()));
  }
  /** The used range (values and formulas; formats ignored, as with valuesOnly), or a null object. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeUsedRange {
    if (valuesOnly !== true) throw new Error("the add-in reads used ranges with valuesOnly = true");
    return new FakeUsedRange(this.wb, () => this.resolve());
  }
  set name(v: string) {
    this.wb.enqueue(() => this.wb.renameSheet(this.resolve(), v));
  }
  activate(): void {
    this.wb.enqueue(() => (this.wb.active = this.resolve()));
  }
  getRange(address: string): FakeRange {
    return new FakeRange(this.wb, () => ({ sheet: this.resolve(), block: parseBlock(address) }));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.wb, () => {
      const block = { row, col, rows, cols };
      checkInGrid(block);
      return { sheet: this.resolve(), block };
    });
  }
  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.wb, () => this.resolve());
  }
  get freezePanes() {
    return { freezeRows: (n: number) => this.wb.enqueue(() => (this.resolve().frozenRows = n)) };
  }
  get charts() {
    return {
      add: (type: string, source: FakeRange, seriesBy: string) => {
        let created: FakeChart | null = null;
        this.wb.enqueue(() => {
          const sheet = this.resolve();
          const target = (source as unknown as { resolve: () => RangeTarget }).resolve();
          if (target.sheet !== sheet) throw new FakeExcelError("InvalidArgument", "chart data on another sheet");
          created = {
            name: `Chart ${sheet.charts.length + 1}`,
            type,
            seriesBy,
            title: "",
            categoryAxisTitle: null,
            valueAxisTitle: null,
            legendVisible: true,
            position: null,
            series: Array.from({ length: target.block.cols }, (_, c) => ({
              name: `Series${c + 1}`,
              values: { ...target.block, col: target.block.col + c, cols: 1 },
              xValues: null,
            })),
          };
          sheet.charts.push(created);
        });
        return new FakeChartProxy(
          this.wb,
          () => created ?? notLoaded("a chart before its sync"),
          () => this.resolve(),
        );
      },
    };
  }
}

const SHEET_ITEM_PROPERTIES = ["name", "id", "tabColor"];

class FakeWorksheetCollection extends Proxy<FakeSheet[]> {
  protected read(): unknown {
    throw new FakeExcelError("InvalidArgument", "worksheets load only items/name, items/id, items/tabColor");
  }
  /** load("items/name,items/id,…"): one proxy per sheet with those properties loaded. */
  load(properties?: string | string[]): this {
    const wanted = propertyNames(properties).map((p) => p.replace(/^items\//, ""));
    const unknown = wanted.filter((p) => !SHEET_ITEM_PROPERTIES.includes(p));
    if (unknown.length > 0) throw new FakeExcelError("InvalidArgument", `cannot load worksheets ${unknown.join(",")}`);
    this.wb.enqueue(() => {
      const items = this.resolve().map((sheet) => {
        const proxy = new FakeWorksheet(this.wb, () => sheet);
        const loaded = (proxy as unknown as { loaded: Map<string, unknown> }).loaded;
        for (const property of wanted)
          loaded.set(property, property === "name" ? sheet.name : property === "id" ? sheet.id : sheet.tabColor);
        return proxy;
      });
      this.loaded.set("items", items);
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    return this.get("items");
  }
  add(name: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.wb.enqueue(() => (created = this.wb.addSheet(name)));
    return new FakeWorksheet(this.wb, () => created ?? notLoaded("a sheet before the sync that adds it"));
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.wb, () => {
      const found = this.wb.sheets.find((s) => s.id === name || s.name.toLowerCase() === name.toLowerCase());
      if (!found) throw new FakeExcelError("ItemNotFound", `no sheet ${name}`);
      return found;
    });
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.wb, () => this.wb.active);
  }
}

/** workbook.names: load("items/name") → items with their names. */
class FakeNamedItemCollection extends Proxy<string[]> {
  constructor(wb: FakeWorkbook) {
    super(wb, () => wb.definedNames);
  }
  protected read(property: string, names: string[]): unknown {
    if (property !== "items/name") throw new FakeExcelError("InvalidArgument", `cannot load names.${property}`);
    return names.map((name) => ({ name }));
  }
  get items(): { name: string }[] {
    return this.get("items/name");
  }
}

export class FakeContext {
  readonly workbook: {
    worksheets: FakeWorksheetCollection;
    tables: FakeTableCollection;
    names: FakeNamedItemCollection;
    getSelectedRange(): FakeRange;
  };
  constructor(private wb: FakeWorkbook) {
    this.workbook = {
      worksheets: new FakeWorksheetCollection(wb, () => wb.sheets),
      tables: new FakeTableCollection(wb, null),
      names: new FakeNamedItemCollection(wb),
      getSelectedRange: () => new FakeRange(wb, () => wb.selection),
    };
  }
  async sync(): Promise<void> {
    this.wb.flush();
  }
}

/** Installs `Excel.run` over `wb` as the global the add-in calls; returns a function that removes it. */
export function installFakeExcel(wb: FakeWorkbook): () => void {
  forgetWorkbookNames(); // another workbook: what the add-in knew of the last one's names no longer holds
  const global = globalThis as unknown as { Excel?: unknown };
  const previous = global.Excel;
  global.Excel = {
    run: async <T>(work: (context: FakeContext) => Promise<T>): Promise<T> => {
      const context = new FakeContext(wb);
      const result = await work(context);
      if (wb.pending > 0) throw new Error(`Excel.run ended with ${wb.pending} queued operations never synced`);
      return result;
    },
  };
  return () => {
    global.Excel = previous;
  };
}

/**
 * For a jest file: a fresh workbook (one empty `Sheet1`) installed as `Excel` before each test and removed after;
 * returns a getter for the current workbook.
 */
export function freshWorkbookPerTest(sheetNames: string[] = ["Sheet1"]): () => FakeWorkbook {
  let wb = new FakeWorkbook(sheetNames);
  let uninstall = () => {};
  beforeEach(() => {
    wb = new FakeWorkbook(sheetNames);
    uninstall = installFakeExcel(wb);
  });
  afterEach(() => uninstall());
  return () => wb;
}
