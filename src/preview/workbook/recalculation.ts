/**
 * The workbook's formula engine: HyperFormula configured as Excel (its boolean constants, spills settled to their
 * real size), with what the engine cannot hold itself: formulas as written when the engine got a rewritten one
 * (structured references become A1 ranges, a card's fields `A2.Province` FIELDVALUE calls), the formatted numbers
 * and cards beside their cells, and AMC.* formulas left unbound, as Excel leaves them in a workbook opened before
 * the add-in's functions were registered.
 */
import { HyperFormula, type CellValue, type SimpleCellAddress } from "hyperformula";
import { EXCEL_BOOLEAN_NAMES, excelLikeConfig, settleSpills, type SpillTracker } from "../hyperformula-bridge";
import type { CellRect } from "../../excel-rules/a1";
import { callsAmcFunction } from "../../excel/amc-formula";
import type { RichValues, TypedValue } from "../rich-values";
import { rewriteFieldReferences } from "./field-references";

import { shiftedKey, shiftedKeys, type RowInsertion } from "./row-shift";
import { rewriteStructuredReferences, type TableGeometry } from "./structured-references";

/** What the engine evaluates for an AMC.* formula Excel could not bind: an unknown function, so #NAME?. */
const UNREGISTERED_FORMULA = "=AMC.FUNCTIONSNOTYETREGISTERED()";

/** A cell's content as the engine takes it: a formula or text (string), a number, a boolean, or nothing. */
export type EngineContent = string | number | boolean | null;

export interface CellChange {
  row: number;
  column: number;
  content: EngineContent;
}

interface SheetFormulas {
  name: () => string;
  /** Formulas as written, where they differ from what the engine got. */
  written: Map<string, string>;
  /** AMC.* formulas entered "before the add-in loaded": #NAME? until re-entered. */
  unregistered: Set<string>;
}

const cellKey = (row: number, column: number) => `${row}:${column}`;

export class Recalculation {
  readonly engine: HyperFormula;
  private readonly sheets = new Map<number, SheetFormulas>();

  constructor(
    private readonly spills?: SpillTracker,
    private readonly richValues?: RichValues,
  ) {
    this.engine = HyperFormula.buildEmpty(excelLikeConfig());
    for (const { name, expression } of EXCEL_BOOLEAN_NAMES) this.engine.addNamedExpression(name, expression);
  }

  /** Adds a sheet to the engine; `name` reads its current name when formulas are rewritten. */
  addSheet(engineName: string, name: () => string): number {
    const id = this.engine.getSheetId(this.engine.addSheet(engineName))!;
    this.sheets.set(id, { name, written: new Map(), unregistered: new Set() });
    return id;
  }

  renameSheet(sheetId: number, name: string): void {
    this.engine.renameSheet(sheetId, name);
  }

  removeSheet(sheetId: number): void {
    this.sheets.delete(sheetId);
    this.engine.removeSheet(sheetId);
  }

  /** Whole rows inserted: the engine moves the cells and adjusts every formula that refers to them, as Excel does. */
  insertRows(sheetId: number, insertion: RowInsertion): void {
    const sheet = this.sheets.get(sheetId)!;
    this.engine.addRows(sheetId, [insertion.at, insertion.count]);
    sheet.written = shiftedKeys(sheet.written, insertion);
    sheet.unregistered = new Set([...sheet.unregistered].map((key) => shiftedKey(key, insertion)));
    this.settle();
  }

  /**
   * The rectangle a formula's array result fills (Range.getSpillingToRange), or undefined when the cell holds no
   * formula or its result is one value: from the anchor, right and down over the cells its array fills.
   */
  spillRect(sheetId: number, row: number, column: number): CellRect | undefined {
    if (this.formula(sheetId, row, column) === undefined || !this.isSpilled(sheetId, row, column)) return undefined;
    const fills = (r: number, c: number) => this.isSpilled(sheetId, r, c) && this.formula(sheetId, r, c) === undefined;
    let columnCount = 1;
    while (fills(row, column + columnCount)) columnCount += 1;
    let rowCount = 1;
    while (fills(row + rowCount, column)) rowCount += 1;
    return { row, column, rowCount, columnCount };
  }

  private address(sheetId: number, row: number, column: number): SimpleCellAddress {
    return { sheet: sheetId, row, col: column };
  }

  value(sheetId: number, row: number, column: number): CellValue {
    return this.engine.getCellValue(this.address(sheetId, row, column));
  }

  values(sheetId: number, rect: CellRect): CellValue[][] {
    return this.engine.getRangeValues({
      start: this.address(sheetId, rect.row, rect.column),
      end: this.address(sheetId, rect.row + rect.rowCount - 1, rect.column + rect.columnCount - 1),
    });
  }

  /** The formatted number or card a function put in the cell, while the cell still computes to its value. */
  typedValue(sheetId: number, row: number, column: number): TypedValue | undefined {
    return this.richValues?.at(this.address(sheetId, row, column), this.value(sheetId, row, column));
  }

  /** The formula of a cell as it was written, or undefined when the cell holds none. */
  formula(sheetId: number, row: number, column: number): string | undefined {
    return (
      this.sheets.get(sheetId)?.written.get(cellKey(row, column)) ??
      this.engine.getCellFormula(this.address(sheetId, row, column))
    );
  }

  /** Whether the cell is part of a spilled array (its anchor included). */
  isSpilled(sheetId: number, row: number, column: number): boolean {
    return this.engine.isCellPartOfArray(this.address(sheetId, row, column));
  }

  /** What the engine holds for the cell, as typed (a quote-prefixed text keeps its quote). */
  serialized(sheetId: number, row: number, column: number): unknown {
    return this.engine.getCellSerialized(this.address(sheetId, row, column));
  }

  /** Whether the engine reads the cell's number as a date or a percentage (as Excel would format it when typed). */
  detailedType(sheetId: number, row: number, column: number): string {
    return this.engine.getCellValueDetailedType(this.address(sheetId, row, column));
  }

  /** Whether the cell holds an AMC.* formula left unbound (see simulateUnregisteredFunctions). */
  isUnregistered(sheetId: number, row: number, column: number): boolean {
    return this.sheets.get(sheetId)?.unregistered.has(cellKey(row, column)) ?? false;
  }

  /**
   * The cells of `rect` that hold something (a value, or a formula even when it shows nothing), as the smallest
   * rectangle around them; undefined when none does. Reads only the part of `rect` inside the sheet's content.
   */
  filledRectWithin(sheetId: number, rect: CellRect): CellRect | undefined {
    const { width, height } = this.engine.getSheetDimensions(sheetId);
    const rowEnd = Math.min(rect.row + rect.rowCount, height);
    const columnEnd = Math.min(rect.column + rect.columnCount, width);
    if (rowEnd <= rect.row || columnEnd <= rect.column) return undefined;
    const part = {
      row: rect.row,
      column: rect.column,
      rowCount: rowEnd - rect.row,
      columnCount: columnEnd - rect.column,
    };
    const range = {
      start: this.address(sheetId, part.row, part.column),
      end: this.address(sheetId, rowEnd - 1, columnEnd - 1),
    };
    const values = this.engine.getRangeValues(range);
    // A blank value may still be a formula's (="" shows nothing): asked only of the blank cells, few in used parts.
    const holdsFormula = (r: number, c: number) =>
      this.engine.doesCellHaveFormula(this.address(sheetId, part.row + r, part.column + c));
    let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
    for (let r = 0; r < part.rowCount; r++) {
      for (let c = 0; c < part.columnCount; c++) {
        const value = values[r][c];
        if ((value === null || value === "") && !holdsFormula(r, c)) continue;
        [top, bottom] = [Math.min(top, r), Math.max(bottom, r)];
        [left, right] = [Math.min(left, c), Math.max(right, c)];
      }
    }
    if (bottom < 0) return undefined;
    return {
      row: part.row + top,
      column: part.column + left,
      rowCount: bottom - top + 1,
      columnCount: right - left + 1,
    };
  }

  /**
   * What a sheet's cells hold as they would be entered again: formulas as written, constants as typed (a quote
   * prefix kept); cells an array spills into hold nothing of their own.
   */
  contents(sheetId: number): CellChange[] {
    return this.filledCells(sheetId).flatMap(({ row, column }) => {
      const formula = this.formula(sheetId, row, column);
      if (formula !== undefined) return [{ row, column, content: formula }];
      if (this.isSpilled(sheetId, row, column)) return [];
      return [{ row, column, content: this.serialized(sheetId, row, column) as EngineContent }];
    });
  }

  /** Every cell that holds something (a value, or a formula even when it shows nothing), row by row. */
  filledCells(sheetId: number): { row: number; column: number }[] {
    const filled = new Set<string>();
    const cells: { row: number; column: number }[] = [];
    const add = (row: number, column: number) => {
      if (filled.has(cellKey(row, column))) return;
      filled.add(cellKey(row, column));
      cells.push({ row, column });
    };
    this.engine.getSheetValues(sheetId).forEach((line, row) =>
      line.forEach((value, column) => {
        if (value !== null && value !== "") add(row, column);
      }),
    );
    this.engine.getSheetFormulas(sheetId).forEach((line, row) =>
      line.forEach((formula, column) => {
        if (formula !== undefined) add(row, column);
      }),
    );
    return cells;
  }

  /**
   * Sets cells as Excel does when they are written: a formula is bound afresh (an unbound AMC.* formula included)
   * and its structured references are resolved against `tables`; spills settle once, after all of them.
   */
  setCells(sheetId: number, changes: readonly CellChange[], tables: TableGeometry[]): void {
    const sheet = this.sheets.get(sheetId)!;
    this.engine.batch(() => {
      for (const { row, column, content } of changes) {
        sheet.written.delete(cellKey(row, column));
        sheet.unregistered.delete(cellKey(row, column));
        this.richValues?.forget(this.address(sheetId, row, column));
        const engineContent = typeof content === "string" ? this.bound(sheet, row, column, content, tables) : content;
        this.engine.setCellContents(this.address(sheetId, row, column), [[engineContent]]);
      }
    });
    this.settle();
  }

  private bound(sheet: SheetFormulas, row: number, column: number, content: string, tables: TableGeometry[]) {
    if (!content.startsWith("=")) return content;
    const rewritten = rewriteStructuredReferences(content, tables, { sheetName: sheet.name(), row, column });
    const fields = rewriteFieldReferences(rewritten.formula);
    if (rewritten.usesTables || fields.changed) sheet.written.set(cellKey(row, column), content);
    return fields.formula;
  }

  /** Formulas written with structured references before their table existed (or was renamed), resolved again. */
  rewriteTableFormulas(tables: TableGeometry[]): void {
    this.engine.batch(() => {
      for (const [sheetId, sheet] of this.sheets) {
        for (const [key, written] of sheet.written) {
          if (sheet.unregistered.has(key)) continue;
          const [row, column] = key.split(":").map(Number);
          const rewritten = rewriteStructuredReferences(written, tables, { sheetName: sheet.name(), row, column });
          const engineFormula = rewriteFieldReferences(rewritten.formula).formula;
          this.engine.setCellContents(this.address(sheetId, row, column), [[engineFormula]]);
        }
      }
    });
    this.settle();
  }

  private settle(): void {
    if (this.spills) settleSpills(this.engine, this.spills);
  }

  /**
   * Puts every AMC.* formula of the workbook in the state Excel leaves them in when a workbook is opened before the
   * add-in's functions are registered: each shows #NAME? (a recalculation does not help) until its formula is
   * re-entered. Returns how many cells it marked.
   */
  simulateUnregisteredFunctions(): number {
    let marked = 0;
    this.engine.batch(() => {
      for (const [sheetId, sheet] of this.sheets) {
        this.engine.getSheetFormulas(sheetId).forEach((line, row) =>
          line.forEach((formula, column) => {
            const key = cellKey(row, column);
            const written = sheet.written.get(key) ?? formula;
            if (formula === undefined || sheet.unregistered.has(key) || !callsAmcFunction(written)) return;
            sheet.written.set(key, written!);
            sheet.unregistered.add(key);
            this.engine.setCellContents(this.address(sheetId, row, column), [[UNREGISTERED_FORMULA]]);
            marked += 1;
          }),
        );
      }
    });
    this.settle();
    return marked;
  }
}
