/**
 * What the pane asks of the outside world, as one object passed down through context: the src/excel actions (and
 * the workbook check the pane runs when it opens) and the function reference loader. Components never call Excel
 * themselves, so tests render them with fakes.
 */
import { createContext, useContext, type ReactNode } from "react";
import type { ReportModelOptions, ReportModelResult } from "../../excel/build-report-model";
import type { InsertDatasetOptions, InsertDatasetResult } from "../../excel/insert-dataset";
import type { InsertFormulaResult } from "../../excel/insert-formula";
import type { RepairResult, WorkbookScan } from "../../excel/repair";
import type { CopyAsValuesOptions, CopyAsValuesResult, WorksheetList } from "../../excel/copy-as-values";
import type { DatasetId } from "../../data/index";
import type { Locale } from "../../i18n/locale";
import type { FunctionDoc } from "../functions/function-docs";

export interface PaneServices {
  insertDataset(id: DatasetId, options: InsertDatasetOptions): Promise<InsertDatasetResult>;
  insertFormula(formula: string): Promise<InsertFormulaResult>;
  buildReportModel(options: ReportModelOptions): Promise<ReportModelResult>;
  loadFunctionDocs(locale: Locale): Promise<FunctionDoc[]>;
  /** The read the pane makes when it opens: AMC.* cells stuck at #NAME?/#BUSY! (and the names inserts use). */
  scanWorkbook(): Promise<WorkbookScan>;
  repairAmcFormulas(): Promise<RepairResult>;
  /** The visible sheets and the active one, for the values copy. */
  listWorksheets(): Promise<WorksheetList>;
  copyAsValues(options: CopyAsValuesOptions): Promise<CopyAsValuesResult>;
}

async function loadFunctionDocs(locale: Locale): Promise<FunctionDoc[]> {
  const { loadFunctionReference } = await import(/* webpackChunkName: "function-docs" */ "../functions/load");
  return loadFunctionReference(locale);
}

/** src/excel, loaded on the first action (it is not needed to draw the first screen). */
const excel = () => import(/* webpackChunkName: "excel" */ "../../excel/index");

/** The services of the real pane: Excel through src/excel, metadata from the page's own origin. */
export const excelServices: PaneServices = {
  insertDataset: async (id, options) => (await excel()).insertDataset(id, options),
  insertFormula: async (formula) => (await excel()).insertFormulaAtSelection(formula),
  buildReportModel: async (options) => (await excel()).buildReportModel(options),
  loadFunctionDocs,
  scanWorkbook: async () => (await excel()).scanWorkbook(),
  repairAmcFormulas: async () => (await excel()).repairAmcFormulas(),
  listWorksheets: async () => (await excel()).listWorksheets(),
  copyAsValues: async (options) => (await excel()).copyAsValues(options),
};

const ServicesContext = createContext<PaneServices>(excelServices);

export function ServicesProvider({ services, children }: { services: PaneServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): PaneServices {
  return useContext(ServicesContext);
}
