/**
 * The Excel layer's public API: every action the pane (and the preview workbench's tests) can run against a
 * workbook, each in one `Excel.run` with its `context.sync()` count in the result. See README.md beside this file.
 */
export { insertDataset, insertChart, hasChart } from "./insert-dataset";
export type { InsertDatasetOptions, InsertDatasetResult, Inserted, Occupied } from "./insert-dataset";
export { insertFormulaAtSelection } from "./insert-formula";
export type { InsertFormulaResult } from "./insert-formula";
export { buildReportModel, INPUT_TABLE_BASE } from "./build-report-model";
export type { ReportModelOptions, ReportModelProgress, ReportModelResult, ReportModelStep } from "./build-report-model";
export { ExcelActionError } from "./run";
export type { ExcelActionErrorCode } from "./run";
export { datasetPlan } from "./dataset-plan";
export { planPayloadBytes } from "./sheet-plan";
export { uniqueSheetName, uniqueTableName, sanitizeSheetName, sanitizeTableName } from "./names";
export { scanWorkbook, repairAmcFormulas } from "./repair";
export type { WorkbookScan, RepairResult, RepairedSheet, RepairOptions } from "./repair";
export { callsAmcFunction } from "./amc-formula";
export { forgetWorkbookNames } from "./names-cache";
