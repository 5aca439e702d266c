/**
 * What the pane asks of the outside world, as one object passed down through context: the src/excel actions (and
 * the workbook check the pane runs when it opens) and the function reference loader. Components never call Excel
 * themselves, so tests render them with fakes.
 */
import { createContext, useContext, type ReactNode } from "react";
import type { ReportModelOptions, ReportModelResult } from "../../excel/build-report-model";
import type { InsertDatasetOptions, InsertDatasetResult } from "../../excel/insert-dataset";
import type { FigureCells, InsertFigureResult } from "../../excel/insert-figure";
import type { CellRead } from "../../excel/read-cell";
import type { FormulaInputs, ReferenceToRead } from "../../excel/formula-inputs";
import type { FormulaTarget } from "../../excel/formula-target";
import type { CellTarget, InsertFormulaResult, ResultSize } from "../../excel/insert-formula";
import type { SelectionChange } from "../../excel/selection";
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
  /** The figure picker: a figure (and its source) at the selected cell, or on a new worksheet. */
  insertFigure(cells: FigureCells): Promise<InsertFigureResult>;
  insertFigureOnNewSheet(cells: FigureCells): Promise<InsertFigureResult>;
  /** The cell explainer: each change of the analyst's selection, and the one read of the active cell. */
  followSelection(listener: (change: SelectionChange) => void): Promise<() => void>;
  readActiveCell(): Promise<CellRead>;
  /** The formula builder: where the formula goes, what its ranges hold, its insert, and the selection it follows. */
  readFormulaTarget(): Promise<FormulaTarget>;
  readFormulaInputs(references: readonly ReferenceToRead[]): Promise<FormulaInputs>;
  insertFormulaInto(target: CellTarget, formula: string, size: ResultSize): Promise<InsertFormulaResult>;
  selectedAddress(): Promise<string>;

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
  insertFigure: async (cells) => (await excel()).insertFigureAtSelection(cells),
  insertFigureOnNewSheet: async (cells) => (await excel()).insertFigureOnNewSheet(cells),
  followSelection: async (listener) => (await excel()).followSelection(listener),
  readActiveCell: async () => (await excel()).readActiveCell(),
  readFormulaTarget: async () => (await excel()).readFormulaTarget(),
  readFormulaInputs: async (references) => (await excel()).readFormulaInputs(references),
  insertFormulaInto: async (target, formula, size) => (await excel()).insertFormulaInto(target, formula, size),
  selectedAddress: async () => (await excel()).selectedAddress(),

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
