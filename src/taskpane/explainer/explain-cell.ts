/**
 * What the pane says about the active cell, from the one read of it (src/excel/read-cell.ts): for a cell of a table
 * the add-in inserted, the record it comes from (the printed figure it shows, or its derived formula and the figures
 * it uses, and the report's inconsistencies involving them); for a formula calling `AMC.*`, each call with the
 * ranges it reads and, for FIGURE, SOURCE and COMPANY, the figure or company its arguments resolve to, read as the
 * function reads them (a cell reference from the read where it has that cell, else named as what it depends on).
 * Anything else: nothing. Pure.
 */
import type { ColumnMeta } from "../../data/catalog";
import {
  getDataset,
  type DatasetId,
  type FigureRecord,
  type InconsistencyRecord,
  type RosterRecord,
} from "../../data/index";
import { findFigure } from "../../data/query/figures";
import { Failure } from "../../data/query/lookup-error";
import { findCompany } from "../../data/query/roster";
import { parseAddress, type CellRect } from "../../excel-rules/a1";
import { amcCalls } from "../../excel/amc-calls";
import type { CellRead } from "../../excel/read-cell";
import { DECLARATIONS, figureQuery, type FunctionId } from "../../functions/declarations";
import { FUNCTION_NAMESPACE } from "../../functions/namespace";
import { formatMessage } from "../../i18n/messages";
import { languageOf, type Locale } from "../../i18n/locale";
import { recordByKey } from "../../data/query/record-keys";
import { columnAt, readTableRow, type TableRowReader } from "./table-row";

type AnyRecord = Record<string, unknown>;

export interface RecordExplanation {
  kind: "record";
  address: string;
  dataset: DatasetId;
  table: string;
  key: string;
  record: AnyRecord;
  /** The catalog column of the cell, or null for a column the analyst added. */
  column: ColumnMeta | null;
  /** The printed figure the cell shows (a row of the figures table, or the source figure of a printed cell). */
  figure: FigureRecord | null;
  /** A derived cell: the formula the data derives it by, and the printed figures it uses. */
  derived: { formula: string; inputs: FigureRecord[] } | null;
  /** The row's company (roster) or inconsistency (inconsistencies), shown as they are. */
  company: RosterRecord | null;
  inconsistency: InconsistencyRecord | null;
  /** The report's inconsistencies involving the cell, when no figure of its own carries them. */
  inconsistencies: InconsistencyRecord[];
}

/** What an argument of a call is, as written. */
export type Argument =
  | { kind: "omitted" }
  | { kind: "value"; value: string | number | boolean }
  | { kind: "cell"; text: string; value: unknown }
  | { kind: "unread"; text: string };

export type Subject =
  | { kind: "figure"; figure: FigureRecord }
  | { kind: "company"; company: RosterRecord }
  /** It depends on cells the read did not cover (or on a calculation): named, not guessed. */
  | { kind: "dependsOn"; on: string[] }
  | { kind: "unresolved"; message: string };

export interface CallExplanation {
  /** The function id (`FIGURE`) and its name as written. */
  id: string;
  name: string;
  args: Argument[];
  /** The references among its arguments, as written: the ranges it reads. */
  ranges: string[];
  subject: Subject | null;
}

export interface FormulaExplanation {
  kind: "formula";
  address: string;
  formula: string;
  calls: CallExplanation[];
}

export type Explanation = RecordExplanation | FormulaExplanation;

const byId = <T extends { id: string }>(records: readonly T[], ids: readonly string[]) =>
  ids.flatMap((id) => records.filter((record) => record.id === id));

function inconsistenciesOf(figures: readonly FigureRecord[]): InconsistencyRecord[] {
  const ids = [...new Set(figures.flatMap((figure) => figure.inconsistencies))];
  return byId(getDataset("inconsistencies").records, ids);
}

/** The printed figure a cell of a table shows: one of the row's sources with the cell's value. */
function sourceFigure(record: AnyRecord, column: ColumnMeta): FigureRecord | null {
  const sources = Array.isArray(record.sources) ? (record.sources as string[]) : [];
  const value = record[column.id];
  if (typeof value !== "number") return null;
  return byId(getDataset("figures").records, sources).find((figure) => figure.value === value) ?? null;
}

function recordExplanation(read: CellRead, reader: TableRowReader): RecordExplanation | null {
  const table = read.tables[0];
  if (!table) return null;
  const found = reader({ name: table, header: read.region.header, cells: read.region.cells });
  if (!found) return null;
  const record = recordByKey(found.dataset, found.key);
  if (!record) return null;
  const column = columnAt(found.dataset, read.region.header, read.column - read.region.column);
  const figures = getDataset("figures").records;
  const figure =
    found.dataset === "figures" ? (record as unknown as FigureRecord) : column && sourceFigure(record, column);
  const formula = column && record[`${column.id}_derived`];
  const derived =
    typeof formula === "string" && formula !== ""
      ? { formula, inputs: byId(figures, (record.inputs as string[] | undefined) ?? []) }
      : null;
  const sourced = byId(figures, (record.sources as string[] | undefined) ?? []);
  return {
    kind: "record",
    address: read.address,
    dataset: found.dataset,
    table,
    key: found.key,
    record,
    column,
    figure,
    derived,
    company: found.dataset === "roster" ? (record as unknown as RosterRecord) : null,
    inconsistency: found.dataset === "inconsistencies" ? (record as unknown as InconsistencyRecord) : null,
    inconsistencies: figure ? [] : inconsistenciesOf(derived ? derived.inputs : sourced),
  };
}

const TEXT = /^"((?:[^"]|"")*)"$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A cell a reference names, on the sheet of the read; undefined for a range or another sheet. */
function referencedCell(text: string, read: CellRead): CellRect | undefined {
  const parsed = parseAddress(text);
  if (!parsed || (parsed.sheetName !== undefined && parsed.sheetName !== read.sheet)) return undefined;
  return parsed.rect.rowCount === 1 && parsed.rect.columnCount === 1 ? parsed.rect : undefined;
}

/** The value of a referenced cell the read covers: in the cell's row or the first row of its region. */
function valueFromRead(rect: CellRect, read: CellRead): { value: unknown } | undefined {
  const { region } = read;
  const offset = rect.column - region.column;
  if (offset < 0 || offset >= region.cells.length) return undefined;
  if (rect.row === read.row) return { value: region.cells[offset] };
  if (rect.row === region.row) return { value: region.header[offset] };
  return undefined;
}

function argumentOf(text: string, read: CellRead): Argument {
  if (text === "") return { kind: "omitted" };
  const quoted = TEXT.exec(text);
  if (quoted) return { kind: "value", value: quoted[1].replace(/""/g, '"') };
  if (NUMBER.test(text)) return { kind: "value", value: Number(text) };
  if (/^(true|false)$/i.test(text)) return { kind: "value", value: text.toUpperCase() === "TRUE" };
  const cell = referencedCell(text, read);
  const known = cell && valueFromRead(cell, read);
  return known ? { kind: "cell", text, value: known.value } : { kind: "unread", text };
}

const isReference = (text: string) => parseAddress(text) !== undefined || /^[\p{L}_][\p{L}\p{N}_.]*\[.*\]$/u.test(text);

/** The message of a failed look-up or of an argument the function refuses, in the pane's language. */
function failureMessage(error: unknown, locale: Locale): string {
  if (error instanceof Failure) return formatMessage(error.messageKey, locale, error.params);
  return error instanceof Error ? error.message : String(error);
}

/** The arguments as the function receives them: what the cell holds, null for an omitted one. */
function passed(args: Argument[]): unknown[] {
  return args.map((arg) => (arg.kind === "omitted" ? null : arg.kind === "unread" ? undefined : arg.value));
}

function subjectOf(id: string, args: Argument[], locale: Locale): Subject | null {
  if (id !== "FIGURE" && id !== "SOURCE" && id !== "COMPANY") return null;
  const unread = args.filter((arg) => arg.kind === "unread").map((arg) => (arg as { text: string }).text);
  if (unread.length > 0) return { kind: "dependsOn", on: unread };
  const parameters = DECLARATIONS[id as FunctionId].parameters;
  try {
    const values = parameters.map((parameter, i) => parameter.read(passed(args)[i] ?? null));
    if (id === "COMPANY") return { kind: "company", company: findCompany(values[0] as string) };
    const [metric, entity, period, edition] = values as [string, string | null, string | null, string | null];
    const query = { ...figureQuery(metric, entity, period, edition), language: languageOf(locale) };
    return { kind: "figure", figure: findFigure(query) };
  } catch (error) {
    return { kind: "unresolved", message: failureMessage(error, locale) };
  }
}

function callExplanation(name: string, texts: string[], read: CellRead, locale: Locale): CallExplanation {
  const id = name.slice(FUNCTION_NAMESPACE.length + 1).toUpperCase();
  const args = texts.map((text) => argumentOf(text, read));
  const ranges = texts.filter((text) => text !== "" && !TEXT.test(text) && isReference(text));
  return { id, name: `${FUNCTION_NAMESPACE}.${id}`, args, ranges, subject: subjectOf(id, args, locale) };
}

/** What to say about the cell read, or null when there is nothing to explain. */
export function explainCell(read: CellRead, locale: Locale, reader: TableRowReader = readTableRow): Explanation | null {
  const record = recordExplanation(read, reader);
  if (record) return record;
  if (typeof read.formula !== "string" || !read.formula.startsWith("=")) return null;
  const calls = amcCalls(read.formula);
  if (calls.length === 0) return null;
  return {
    kind: "formula",
    address: read.address,
    formula: read.formula,
    calls: calls.map((call) => callExplanation(call.name, call.args, read, locale)),
  };
}
