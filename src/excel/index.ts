/**
 * The Excel layer's actions, as the task pane loads them (on its first action): each runs in one `Excel.run`. See
 * README.md beside this file.
 */
export { insertDataset } from "./insert-dataset";
export { insertFormulaAtSelection, insertFormulaInto } from "./insert-formula";
export { readFormulaInputs } from "./formula-inputs";
export { readFormulaTarget } from "./formula-target";
export { insertFigureAtSelection, insertFigureOnNewSheet } from "./insert-figure";
export { buildReportModel } from "./build-report-model";
export { scanWorkbook, repairAmcFormulas } from "./repair";
export { followSelection, selectedAddress, type SelectionChange } from "./selection";
export { readActiveCell, type CellRead } from "./read-cell";

export { copyAsValues, listWorksheets } from "./copy-as-values";
