/**
 * What Excel keeps on cells besides their contents and formats: merged areas, data validation rules, comments
 * (threaded) and notes. Merging keeps the top-left cell's contents and clears the others', as Excel does; a
 * validation rule set on a range replaces the rules its cells had; a cell holds at most one comment and one note.
 */
import { containsCell, rectsOverlap, type CellRect } from "../../excel-rules/a1";
import { assertReadable } from "./cells";
import { shiftedKeys, shiftedRect, shiftedRow, type RowInsertion } from "./row-shift";
import { WorkbookError } from "./workbook-error";

/** A data validation rule as Excel.DataValidationRule sets it: its one criterion, kept as given. */
export interface ValidationRule {
  /** Excel.DataValidationType of the criterion: "WholeNumber", "Decimal", "List", "Date", "Time", "TextLength", "Custom". */
  type: string;
  criterion: unknown;
}

/** A comment or a note on a cell. */
export interface CellNote {
  id: number;
  row: number;
  column: number;
  content: string;
}

export type NoteKind = "comments" | "notes";

interface SheetProperties {
  merged: CellRect[];
  validation: Map<string, ValidationRule>;
  comments: CellNote[];
  notes: CellNote[];
}

/** What cell properties need to know of the rest of the workbook. */
export interface CellPropertiesContext {
  checkSheet(sheetId: number): void;
  clearContents(sheetId: number, row: number, column: number): void;
  newId(): number;
  changed(): void;
}

const cellKey = (row: number, column: number) => `${row}:${column}`;

const VALIDATION_TYPES: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

function* cellsOf(rect: CellRect): Generator<[number, number]> {
  for (let row = rect.row; row < rect.row + rect.rowCount; row += 1) {
    for (let column = rect.column; column < rect.column + rect.columnCount; column += 1) yield [row, column];
  }
}

/** The one criterion of an Excel.DataValidationRule object, with its type; InvalidArgument for anything else. */
export function validationRule(rule: unknown): ValidationRule {
  const entries = typeof rule === "object" && rule !== null ? Object.entries(rule) : [];
  if (entries.length !== 1 || !(entries[0][0] in VALIDATION_TYPES)) {
    throw new WorkbookError("InvalidArgument", "A data validation rule sets exactly one criterion.");
  }
  return { type: VALIDATION_TYPES[entries[0][0]], criterion: entries[0][1] };
}

export class CellProperties {
  private readonly sheets = new Map<number, SheetProperties>();

  constructor(private readonly context: CellPropertiesContext) {}

  addSheet(sheetId: number): void {
    this.sheets.set(sheetId, { merged: [], validation: new Map(), comments: [], notes: [] });
  }

  removeSheet(sheetId: number): void {
    this.sheets.delete(sheetId);
  }

  /** Worksheet.copy: merged areas, validation rules, comments and notes (as new ones) go with the copy. */
  copySheet(from: number, to: number): void {
    const source = this.of(from);
    const copyNote = (note: CellNote): CellNote => ({ ...note, id: this.context.newId() });
    this.sheets.set(to, {
      merged: source.merged.map((area) => ({ ...area })),
      validation: new Map(source.validation),
      comments: source.comments.map(copyNote),
      notes: source.notes.map(copyNote),
    });
  }

  /** Whole rows inserted: what sits below moves down, merged areas cut through grow. */
  insertRows(sheetId: number, insertion: RowInsertion): void {
    const sheet = this.of(sheetId);
    const moveNote = (note: CellNote): CellNote => ({ ...note, row: shiftedRow(note.row, insertion) });
    this.sheets.set(sheetId, {
      merged: sheet.merged.map((area) => shiftedRect(area, insertion)),
      validation: shiftedKeys(sheet.validation, insertion),
      comments: sheet.comments.map(moveNote),
      notes: sheet.notes.map(moveNote),
    });
  }

  private of(sheetId: number): SheetProperties {
    this.context.checkSheet(sheetId);
    return this.sheets.get(sheetId)!;
  }

  /** The merged areas that overlap the rectangle, whole. */
  mergedAreas(sheetId: number, rect: CellRect): CellRect[] {
    return this.of(sheetId).merged.filter((area) => rectsOverlap(area, rect));
  }

  /** Range.merge(): one area over the rectangle (absorbing merged areas inside it); the other cells are cleared. */
  merge(sheetId: number, rect: CellRect): void {
    assertReadable(rect);
    const sheet = this.of(sheetId);
    const partial = sheet.merged.find((area) => rectsOverlap(area, rect) && !this.inside(area, rect));
    if (partial) throw new WorkbookError("InvalidOperation", "Cannot merge over part of a merged area.");
    sheet.merged = [...sheet.merged.filter((area) => !rectsOverlap(area, rect)), { ...rect }];
    for (const [row, column] of cellsOf(rect)) {
      if (row !== rect.row || column !== rect.column) this.context.clearContents(sheetId, row, column);
    }
    this.context.changed();
  }

  private inside(inner: CellRect, outer: CellRect): boolean {
    return (
      containsCell(outer, inner.row, inner.column) &&
      containsCell(outer, inner.row + inner.rowCount - 1, inner.column + inner.columnCount - 1)
    );
  }

  /** Range.unmerge(): the merged areas overlapping the rectangle are split back into cells. */
  unmerge(sheetId: number, rect: CellRect): void {
    const sheet = this.of(sheetId);
    sheet.merged = sheet.merged.filter((area) => !rectsOverlap(area, rect));
    this.context.changed();
  }

  /** DataValidation.rule = …: every cell of the range gets the rule. */
  setValidation(sheetId: number, rect: CellRect, rule: ValidationRule): void {
    assertReadable(rect);
    const validation = this.of(sheetId).validation;
    for (const [row, column] of cellsOf(rect)) validation.set(cellKey(row, column), rule);
    this.context.changed();
  }

  /** DataValidation.clear(). */
  clearValidation(sheetId: number, rect: CellRect): void {
    const validation = this.of(sheetId).validation;
    for (const [row, column] of cellsOf(rect)) validation.delete(cellKey(row, column));
    this.context.changed();
  }

  /** DataValidation.type over a range: "None", the one type all cells share, "MixedCriteria" or "Inconsistent". */
  validationType(sheetId: number, rect: CellRect): string {
    const validation = this.of(sheetId).validation;
    const rules = new Set<ValidationRule | undefined>();
    for (const [row, column] of cellsOf(rect)) rules.add(validation.get(cellKey(row, column)));
    if (rules.size === 1) return [...rules][0]?.type ?? "None";
    return rules.has(undefined) ? "MixedCriteria" : "Inconsistent";
  }

  /** The cells of the rectangle that carry a validation rule, row by row. */
  validatedCells(sheetId: number, rect: CellRect): { row: number; column: number }[] {
    const validation = this.of(sheetId).validation;
    const cells: { row: number; column: number }[] = [];
    for (const [key] of validation) {
      const [row, column] = key.split(":").map(Number);
      if (containsCell(rect, row, column)) cells.push({ row, column });
    }
    return cells.sort((a, b) => a.row - b.row || a.column - b.column);
  }

  /** A sheet's comments or notes, in the order they were added. */
  notes(sheetId: number, kind: NoteKind): CellNote[] {
    return [...this.of(sheetId)[kind]];
  }

  /** Comments.add / Notes.add on one cell; a cell holds at most one of each. */
  addNote(sheetId: number, kind: NoteKind, cell: CellRect, content: string): CellNote {
    if (cell.rowCount !== 1 || cell.columnCount !== 1) {
      throw new WorkbookError("InvalidArgument", `A ${kind === "notes" ? "note" : "comment"} goes on one cell.`);
    }
    const list = this.of(sheetId)[kind];
    if (list.some((note) => note.row === cell.row && note.column === cell.column)) {
      throw new WorkbookError("InvalidOperation", `The cell already has a ${kind === "notes" ? "note" : "comment"}.`);
    }
    const note: CellNote = { id: this.context.newId(), row: cell.row, column: cell.column, content: String(content) };
    list.push(note);
    this.context.changed();
    return note;
  }

  note(sheetId: number, kind: NoteKind, id: number): CellNote {
    const note = this.of(sheetId)[kind].find((candidate) => candidate.id === id);
    if (!note)
      throw new WorkbookError("ItemNotFound", `The ${kind === "notes" ? "note" : "comment"} no longer exists.`);
    return note;
  }

  deleteNote(sheetId: number, kind: NoteKind, id: number): void {
    const sheet = this.of(sheetId);
    sheet[kind] = sheet[kind].filter((note) => note.id !== id);
    this.context.changed();
  }
}
