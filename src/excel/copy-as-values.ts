/**
 * Copies sheets for readers without the add-in: each chosen sheet is copied (Worksheet.copy: formats, widths,
 * merged cells, tables, charts come along) next to itself under a new name, every AMC.* result in the copy
 * becomes its value (spilled results in full), and so does every other formula that reaches outside its sheet
 * (copy-plan.ts says why); a note at the top says from which sheet, when and from which data. The originals are
 * never written. Nothing is copied while an AMC.* cell of a chosen sheet shows #NAME? or #BUSY!, since that is not
 * its result.
 *
 * Syncs: 1 read (names, the chosen sheets' contents, their frozen panes), 1 read of the spill ranges of the formulas
 * that become values (none when there are none), 1 batch (copies, values, notes); one more write per further 4 MB
 * of values, and the stale-names path of new-sheets.ts when a name was taken meanwhile.
 */
import type { Locale } from "../i18n/locale";
import { translate } from "../i18n/ui";
import { LATEST_EDITION } from "../data/ids";
import { EXCEL_COLUMNS, EXCEL_ROWS } from "../excel-rules/limits";
import { writeBatches, type CellsBlock } from "./cell-blocks";
import {
  copySheetName,
  copyTime,
  decideCopy,
  NOTE_ROWS,
  valueBlocks,
  type CopiedCell,
  type CopySource,
  type ResultArea,
  type SheetCopyDecision,
} from "./copy-plan";
import { addSheetsInOneBatch } from "./new-sheets";
import { loadNames, namesRead, sheetNames } from "./workbook-names";

export interface WorksheetList {
  /** The visible worksheets, in tab order. */
  sheets: { id: string; name: string }[];
  activeId: string;
}

export interface CopyAsValuesOptions {
  /** The ids of the sheets to copy, in any order (copies are made in tab order); the active sheet when omitted. */
  sheetIds?: readonly string[];
  locale: Locale;
  /** When the copy is made, for its note (now by default). */
  now?: Date;
  /** Bytes one write batch may carry; the default keeps under Excel on the web's 5 MB request limit. */
  batchBytes?: number;
}

export interface SheetCopy {
  sheet: string;
  copy: string;
  /** AMC.* cells that became values (a spill counts once). */
  amcCells: number;
  /** Other formulas that became values: they reach outside their sheet, or change on their own. */
  frozenFormulas: number;
  keptFormulas: number;
}

export type CopyAsValuesResult =
  { status: "copied"; copies: SheetCopy[] } | { status: "stuck"; sheets: { sheet: string; cells: number }[] };

/** The visible worksheets and the active one: the sheets the pane offers to copy. 1 sync. */
export async function listWorksheets(): Promise<WorksheetList> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/id,items/visibility");
    const active = sheets.getActiveWorksheet();
    active.load("id");
    await context.sync();
    return {
      sheets: sheets.items
        .filter((sheet) => sheet.visibility === "Visible")
        .map((sheet) => ({ id: sheet.id, name: sheet.name })),
      activeId: active.id,
    };
  });
}

interface SourceRead {
  sheet: Excel.Worksheet;
  usedRange: Excel.Range;
  frozen: Excel.Range;
}

interface Source {
  worksheet: Excel.Worksheet;
  contents: CopySource;
  tabColor: string;
  /** Frozen rows, and columns when rows are frozen too (0 when none). */
  frozenRows: number;
  frozenColumns: number;
  decision: SheetCopyDecision;
}

function queueSourceRead(context: Excel.RequestContext, id: string | null): SourceRead {
  const sheet =
    id === null ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItem(id);
  sheet.load("name,id,tabColor,position");
  const usedRange = sheet.getUsedRangeOrNullObject(true);
  usedRange.load("formulas,values,numberFormat,rowIndex,columnIndex");
  const frozen = sheet.freezePanes.getLocationOrNullObject();
  frozen.load("rowCount,columnCount");
  return { sheet, usedRange, frozen };
}

function sourceOf({ sheet, usedRange, frozen }: SourceRead): Source {
  const contents: CopySource = usedRange.isNullObject
    ? { name: sheet.name, id: sheet.id, rowIndex: 0, columnIndex: 0, formulas: [], values: [], numberFormats: [] }
    : {
        name: sheet.name,
        id: sheet.id,
        rowIndex: usedRange.rowIndex,
        columnIndex: usedRange.columnIndex,
        formulas: usedRange.formulas,
        values: usedRange.values,
        numberFormats: usedRange.numberFormat,
      };
  return {
    worksheet: sheet,
    contents,
    tabColor: sheet.tabColor,
    ...frozenPanes(frozen),
    decision: decideCopy(contents),
  };
}

/**
 * The frozen rows (and columns, when rows are frozen too) the copy must freeze again below its note; frozen columns
 * alone stay as the copy has them, since rows inserted above do not move them.
 */
function frozenPanes(frozen: Excel.Range): { frozenRows: number; frozenColumns: number } {
  if (frozen.isNullObject || frozen.rowCount === EXCEL_ROWS) return { frozenRows: 0, frozenColumns: 0 };
  return {
    frozenRows: frozen.rowCount,
    frozenColumns: frozen.columnCount === EXCEL_COLUMNS ? 0 : frozen.columnCount,
  };
}

/** Read 1: the names in use and every chosen sheet, in tab order. */
async function readSources(context: Excel.RequestContext, ids: readonly string[] | undefined): Promise<Source[]> {
  const names = loadNames(context);
  const reads = (ids ?? [null]).map((id) => queueSourceRead(context, id));
  await context.sync();
  namesRead(names);
  const positions = new Map(reads.map((read) => [read, read.sheet.position]));
  return reads.sort((a, b) => positions.get(a)! - positions.get(b)!).map(sourceOf);
}

/** Read 2: where each converted formula's result lies (its spill range, or the cell itself). */
async function readResultAreas(context: Excel.RequestContext, sources: Source[]): Promise<ResultArea[][]> {
  const spills = sources.map((source) =>
    source.decision.converted.map((cell) => {
      const spill = source.worksheet.getRangeByIndexes(cell.row, cell.col, 1, 1).getSpillingToRangeOrNullObject();
      spill.load("rowIndex,columnIndex,rowCount,columnCount");
      return { cell, spill };
    }),
  );
  if (spills.some((list) => list.length > 0)) await context.sync();
  return spills.map((list) =>
    list.map(({ cell, spill }) =>
      spill.isNullObject
        ? { row: cell.row, col: cell.col, rows: 1, cols: 1 }
        : { row: spill.rowIndex, col: spill.columnIndex, rows: spill.rowCount, cols: spill.columnCount },
    ),
  );
}

function noteLines(locale: Locale, source: string, now: Date): string[] {
  const edition = translate(locale, "copy.edition", { id: LATEST_EDITION });
  return [
    translate(locale, "copy.note.title", { sheet: source, time: copyTime(now), edition }),
    translate(locale, "copy.note.body"),
  ];
}

/** Number formats first, then values (so text stays text); null leaves a cell's part as it is. */
function queueValues(sheet: Excel.Worksheet, block: CellsBlock<CopiedCell>): void {
  const range = sheet.getRangeByIndexes(block.row, block.col, block.cells.length, block.cells[0].length);
  range.numberFormat = block.cells.map((line) => line.map((cell) => cell.numberFormat)) as string[][];
  range.values = block.cells.map((line) => line.map((cell) => cell.value)) as (string | number | boolean)[][];
}

/** The note rows above the copy's contents (inserted after every value is written, so positions hold until then). */
function queueNote(copy: Excel.Worksheet, source: Source, lines: string[]): void {
  copy.getRangeByIndexes(0, 0, NOTE_ROWS, EXCEL_COLUMNS).insert("Down");
  const [title, body] = lines.map((_, i) => copy.getRangeByIndexes(i, 0, 1, 1));
  title.values = [[lines[0]]];
  title.format.font.bold = true;
  body.values = [[lines[1]]];
  body.format.font.italic = true;
  body.format.font.color = "#595959";
  if (source.frozenRows > 0 && source.frozenColumns > 0) {
    copy.freezePanes.freezeAt(copy.getRangeByIndexes(0, 0, source.frozenRows + NOTE_ROWS, source.frozenColumns));
  } else if (source.frozenRows > 0) {
    copy.freezePanes.freezeRows(source.frozenRows + NOTE_ROWS);
  }
}

function stuckSheets(sources: Source[]): { sheet: string; cells: number }[] {
  return sources
    .filter((source) => source.decision.stuckCells > 0)
    .map((source) => ({ sheet: source.contents.name, cells: source.decision.stuckCells }));
}

/** Copies the chosen sheets with values; see the module comment. */
export async function copyAsValues(options: CopyAsValuesOptions): Promise<CopyAsValuesResult> {
  const now = options.now ?? new Date();
  const suffix = translate(options.locale, "copy.sheetSuffix");
  return Excel.run(async (context): Promise<CopyAsValuesResult> => {
    const sources = await readSources(context, options.sheetIds);
    const stuck = stuckSheets(sources);
    if (stuck.length > 0) return { status: "stuck", sheets: stuck };
    const areas = await readResultAreas(context, sources);
    const blocks = sources.map((source, i) => valueBlocks(source.contents, areas[i]));
    const [firstBatch = [], ...laterBatches] = writeBatches(blocks.flat(), options.batchBytes);
    const copies = new Map<string, Excel.Worksheet>();
    const chosen = await addSheetsInOneBatch(context, {
      choose: (inUse) => {
        const taken = sheetNames(inUse);
        const sheets = sources.map((source) => {
          const name = copySheetName(source.contents.name, suffix, taken);
          taken.push(name);
          return name;
        });
        return { sheets, tables: [] };
      },
      queue: (_, { sheets }, addSheet) => {
        sources.forEach((source, i) => {
          const copy = addSheet(sheets[i], { copyOf: source.worksheet, tabColor: source.tabColor });
          copies.set(source.contents.id, copy);
        });
        for (const block of firstBatch) queueValues(copies.get(block.sheetId)!, block);
        if (laterBatches.length === 0) queueNotes(sources, copies, options.locale, now);
      },
    });
    if (laterBatches.length > 0) await writeLaterBatches(context, laterBatches, sources, copies, options.locale, now);
    return { status: "copied", copies: sources.map((source, i) => sheetCopy(source, chosen.sheets[i])) };
  });
}

function queueNotes(sources: Source[], copies: Map<string, Excel.Worksheet>, locale: Locale, now: Date): void {
  for (const source of sources) {
    queueNote(copies.get(source.contents.id)!, source, noteLines(locale, source.contents.name, now));
  }
  copies.get(sources[0].contents.id)?.activate();
}

/** Values past the first request's 4 MB, then the notes; on any failure the half-made copies are deleted. */
async function writeLaterBatches(
  context: Excel.RequestContext,
  batches: CellsBlock<CopiedCell>[][],
  sources: Source[],
  copies: Map<string, Excel.Worksheet>,
  locale: Locale,
  now: Date,
): Promise<void> {
  try {
    for (const [i, batch] of batches.entries()) {
      for (const block of batch) queueValues(copies.get(block.sheetId)!, block);
      if (i === batches.length - 1) queueNotes(sources, copies, locale, now);
      // One sync per 4 MB of values: Excel on the web refuses larger requests.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
  } catch (failure) {
    for (const copy of copies.values()) copy.delete();
    await context.sync().catch(() => undefined);
    throw failure;
  }
}

function sheetCopy(source: Source, copy: string): SheetCopy {
  const converted = source.decision.converted;
  return {
    sheet: source.contents.name,
    copy,
    amcCells: converted.filter((cell) => cell.kind === "amc").length,
    frozenFormulas: converted.filter((cell) => cell.kind === "frozen").length,
    keptFormulas: source.decision.keptFormulas,
  };
}
