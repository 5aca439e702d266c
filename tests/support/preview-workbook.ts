/**
 * The preview's workbook and Excel API in jest, with the AMC.* functions registered into its HyperFormula from what
 * CustomFunctions.associate received (as the preview page does).
 */
import { createExcel, type PreviewExcel } from "../../src/preview/excel-api/excel-global";
import { registerAmcFunctions, type CustomFunctionsMetadata } from "../../src/preview/hyperformula-bridge";
import { PreviewWorkbook } from "../../src/preview/workbook/workbook";
import { registeredFunctions } from "./registered";
import GOLDEN from "../golden/functions.json";

const plugin = registerAmcFunctions(registeredFunctions(), GOLDEN as CustomFunctionsMetadata);

/** An empty preview workbook and the Excel global over it. */
export function newPreview(): { workbook: PreviewWorkbook; excel: PreviewExcel } {
  const workbook = new PreviewWorkbook(plugin.spills);
  return { workbook, excel: createExcel(workbook) };
}
