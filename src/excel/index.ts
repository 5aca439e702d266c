/**
 * The Excel layer's actions, as the task pane loads them (on its first action): each runs in one `Excel.run`. See
 * README.md beside this file.
 */
export { insertDataset } from "./insert-dataset";
export { insertFormulaAtSelection } from "./insert-formula";
export { buildReportModel } from "./build-report-model";
export { scanWorkbook, repairAmcFormulas } from "./repair";
export { copyAsValues, listWorksheets } from "./copy-as-values";
