/**
 * The preview workbench's entry (dev server only, never in the production build): the mocked Office and the
 * CustomFunctions shim first, then the very src/functions module Excel loads (its associate calls land in the
 * shim), then the workbook, the Excel global, the grid and the real task pane.
 */
import { office } from "./install-office";
import { customFunctions } from "./install-custom-functions";
import "../functions/functions";
import { startPreviewRuntime } from "./runtime";
import { renderWorkbench, renderFatalError } from "./ui/render";

startPreviewRuntime({ customFunctions, metadataUrl: "functions.json", office })
  .then(renderWorkbench)
  .catch(renderFatalError);
