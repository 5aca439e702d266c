/**
 * The Excel stand-in of the tests: the preview's workbook and Excel API (src/preview), with the AMC.* functions
 * registered into its HyperFormula from what CustomFunctions.associate received (as the preview page does), its
 * runs logged by the test-side round-trip log, and installable as the `Excel` and `Office` globals the add-in calls.
 */
import { forgetWorkbookNames } from "../../src/excel/names-cache";
import { createExcel, type PreviewExcel } from "../../src/preview/excel-api/excel-global";
import { createOfficeMock } from "../../src/preview/excel-api/office-mock";
import { registerAmcFunctions, type CustomFunctionsMetadata } from "../../src/preview/hyperformula-bridge";
import { PreviewWorkbook } from "../../src/preview/workbook/workbook";
import { registeredFunctions } from "./registered";
import { logRoundTrips, type LoggedRun, type RoundTripLog } from "./round-trips";
import GOLDEN from "../golden/functions.json";

const plugin = registerAmcFunctions(registeredFunctions({ dataTypes: true }), GOLDEN as CustomFunctionsMetadata);

export interface Preview {
  workbook: PreviewWorkbook;
  excel: PreviewExcel;
  /** Every Excel.run made through `excel`, with its round-trips. */
  log: RoundTripLog;
}

/** A preview workbook with the given sheets (in tab order, the first active) and the Excel global over it. */
export function newPreview(sheetNames: readonly string[] = ["Sheet1"]): Preview {
  const workbook = new PreviewWorkbook(plugin.spills, plugin.richValues);
  const [first, ...others] = sheetNames;
  if (first !== "Sheet1") workbook.renameSheet(workbook.sheets.activeSheetId, first);
  for (const name of others) workbook.addSheet(name);
  const excel = createExcel(workbook);
  return { workbook, excel, log: logRoundTrips(excel) };
}

/**
 * Makes `preview` the workbook the add-in talks to: its `Excel` and an `Office` (Excel on the web's requirement sets)
 * become the globals, and what the add-in remembered of another workbook's names is forgotten. Returns the undo.
 */
export function installPreview(preview: Preview): () => void {
  forgetWorkbookNames();
  const globals = globalThis as unknown as Record<string, unknown>;
  const previous = { Excel: globals.Excel, Office: globals.Office };
  const office = createOfficeMock({ displayLanguage: "en-US", theme: "light" });
  Object.assign(globals, { Excel: preview.excel, Office: office.office });
  return () => Object.assign(globals, previous);
}

/** For a jest file: a fresh preview with the given sheets, installed before each test and removed after it. */
export function freshPreviewPerTest(sheetNames: readonly string[] = ["Sheet1"]): () => Preview {
  let preview = newPreview(sheetNames);
  let uninstall = () => {};
  beforeEach(() => {
    preview = newPreview(sheetNames);
    uninstall = installPreview(preview);
  });
  afterEach(() => uninstall());
  return () => preview;
}

/** The last Excel.run the add-in made. */
export function lastRun(log: RoundTripLog): LoggedRun {
  const run = log.runs.at(-1);
  if (!run) throw new Error("no Excel.run was made");
  return run;
}

/** Every round-trip of every run logged so far, in order. */
export function roundTrips(log: RoundTripLog) {
  return log.runs.flatMap((run) => run.roundTrips);
}
