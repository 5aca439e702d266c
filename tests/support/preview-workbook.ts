/**
 * The preview's workbook and Excel API in jest, with the AMC.* functions registered into its HyperFormula from what
 * CustomFunctions.associate received (as the preview page does).
 */
import { createExcel, type PreviewExcel } from "../../src/preview/excel-api/excel-global";
import { registerAmcFunctions, type CustomFunctionsMetadata } from "../../src/preview/hyperformula-bridge";
import { PreviewWorkbook } from "../../src/preview/workbook/workbook";
import { registeredFunctions } from "./registered";
import { logRoundTrips, type RoundTripLog } from "./round-trips";
import GOLDEN from "../golden/functions.json";

const plugin = registerAmcFunctions(registeredFunctions(), GOLDEN as CustomFunctionsMetadata);

export interface Preview {
  workbook: PreviewWorkbook;
  excel: PreviewExcel;
  /** Every Excel.run made through `excel`, with its round-trips. */
  log: RoundTripLog;
}

/** An empty preview workbook and the Excel global over it, its runs logged. */
export function newPreview(): Preview {
  const workbook = new PreviewWorkbook(plugin.spills);
  const excel = createExcel(workbook);
  return { workbook, excel, log: logRoundTrips(excel) };
}
