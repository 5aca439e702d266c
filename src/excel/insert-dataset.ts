/**
 * Inserting a bundled dataset: on a new worksheet named after it (1 sync with the names the pane already read:
 * sheet, table, formats, note in one batch; see new-sheets.ts for the stale-name path), or at the selected cell
 * only when every target cell is free (2 syncs: read the target and the table names, write; one more read when the
 * sheet has comments or notes, see read-block.ts). Never writes to an occupied cell, in any part of it: an occupied
 * target is reported, not touched.
 */
import { catalogOf, type DatasetMeta } from "../data/catalog";
import { getDataset, LATEST_EDITION, type DatasetId, type EditionId } from "../data/index";
import { languageOf, type Locale } from "../i18n/locale";
import { rangeAddress } from "../excel-rules/a1";
import { datasetPlan } from "./dataset-plan";
import { tableBaseName } from "./table-key";
import type { Occupant } from "./occupancy";
import { blockPlace, loadBlock, occupantOf } from "./read-block";
import { uniqueSheetName, uniqueTableName } from "./names";
import { ExcelActionError, officeErrorCode } from "./action-errors";
import { boundingBlock, planAt, type SheetPlan } from "./sheet-plan";
import { rememberCreated, rememberTableNames } from "./names-cache";
import { addSheetsInOneBatch } from "./new-sheets";
import { loadTableNames, sheetNames, tableNamesRead } from "./workbook-names";
import { queuePlan } from "./write-plan";

export interface InsertDatasetOptions {
  locale: Locale;
  /** `newSheet` (default): a new worksheet named after the dataset; `selection`: at the selected cell. */
  at?: "newSheet" | "selection";
  /** Also add the dataset's natural chart beside the table. */
  withChart?: boolean;
  /**
   * Keep the provenance columns (quote, section, sources, formulas, the stored forms of displayed cells) at the right
   * of the table; default true. The record key stays either way, so that a row can always be explained.
   */
  provenance?: boolean;
  edition?: EditionId;
}

export interface Inserted {
  status: "inserted";
  sheet: string;
  table: string;
  /** The table's address on `sheet`, header row included (`A1:H59`). */
  address: string;
  noteAddress: string;
  rows: number;
  columns: number;
  chart: string | null;
}

export interface Occupied {
  status: "occupied";
  sheet: string;
  /** The block that would have been written, and what occupies it (its first occupied cell, or a table). */
  address: string;
  occupant: Occupant;
}

export type InsertDatasetResult = Inserted | Occupied;

type PlanFor = (tableName: string, on: Where) => SheetPlan;
type Where = NonNullable<InsertDatasetOptions["at"]>;

function insertedResult(sheet: string, plan: SheetPlan): Inserted {
  const [table] = plan.tables;
  const note = plan.blocks[plan.blocks.length - 1];
  return {
    status: "inserted",
    sheet,
    table: table.name,
    address: rangeAddress(table.row, table.col, table.rows, table.cols),
    noteAddress: rangeAddress(note.row, note.col, 1, 1),
    rows: table.rows - 1,
    columns: table.cols,
    chart: plan.charts[0]?.name ?? null,
  };
}

async function onNewSheet(context: Excel.RequestContext, sheetTitle: string, tableBase: string, planFor: PlanFor) {
  const chosen = await addSheetsInOneBatch(context, {
    choose: (inUse) => {
      const table = uniqueTableName(tableBase, inUse.tables);
      const sheet = uniqueSheetName(sheetTitle, sheetNames(inUse));
      return { sheets: [sheet], tables: [table], plan: planFor(table, "newSheet") };
    },
    queue: (_, { sheets, plan }, addSheet) => {
      const sheet = addSheet(sheets[0]);
      const show = queuePlan(sheet, plan);
      sheet.freezePanes.freezeRows(plan.freezeRows);
      sheet.activate();
      show();
    },
  });
  return insertedResult(chosen.sheets[0], chosen.plan);
}

/** Excel's InvalidArgument on an insert at the selection means the selection cannot take the table. */
function selectionError(error: unknown): unknown {
  if (officeErrorCode(error) !== "InvalidArgument") return error;
  return new ExcelActionError(
    "selectionUnusable",
    "The selection has no room for the table, overlaps a table, or is not a range.",
  );
}

async function atSelection(
  context: Excel.RequestContext,
  tableBase: string,
  planFor: PlanFor,
): Promise<InsertDatasetResult> {
  const extent = boundingBlock(planFor(tableBase, "selection"));
  // The selection is always on the active worksheet.
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const anchor = context.workbook.getSelectedRange().getCell(0, 0);
  const target = anchor.getResizedRange(extent.row + extent.rows - 1, extent.col + extent.cols - 1);
  const read = loadBlock(sheet, target);
  const tableNames = loadTableNames(context);
  try {
    await context.sync();
  } catch (error) {
    throw selectionError(error);
  }
  const occupant = await occupantOf(context, read);
  const place = blockPlace(read);
  if (occupant) return { status: "occupied", sheet: sheet.name, address: place.address, occupant };
  const tablesInUse = tableNamesRead(tableNames);
  rememberTableNames(tablesInUse);
  const tableName = uniqueTableName(tableBase, tablesInUse);
  const plan = planAt(planFor(tableName, "selection"), place.row, place.column);
  queuePlan(sheet, plan)();
  try {
    await context.sync();
  } catch (error) {
    throw selectionError(error);
  }
  rememberCreated({ sheets: [], tables: [tableName] });
  return insertedResult(sheet.name, plan);
}

function datasetMeta(id: DatasetId, edition: EditionId): DatasetMeta {
  return catalogOf(edition)[id] as DatasetMeta;
}

/** Inserts dataset `id` as a formatted Excel table (and its chart when asked); see the module comment. */
export async function insertDataset(id: DatasetId, options: InsertDatasetOptions): Promise<InsertDatasetResult> {
  const edition = options.edition ?? LATEST_EDITION;
  const meta = datasetMeta(id, edition);
  if (options.withChart && !meta.chart) {
    throw new ExcelActionError("noChart", `Dataset ${id} has no chart.`);
  }
  const records = getDataset(id, edition).records as unknown as Record<string, unknown>[];
  const planFor: PlanFor = (tableName, on) =>
    datasetPlan(meta, records, {
      locale: options.locale,
      tableName,
      withChart: options.withChart ?? false,
      provenance: options.provenance ?? true,
      // Grouping hides whole columns: only on the add-in's own sheet, never over the analyst's other cells.
      outline: on === "newSheet",
    });
  const tableBase = tableBaseName(id);
  return Excel.run((context) =>
    options.at === "selection"
      ? atSelection(context, tableBase, planFor)
      : onNewSheet(context, meta.sheetTitle[languageOf(options.locale)], tableBase, planFor),
  );
}
