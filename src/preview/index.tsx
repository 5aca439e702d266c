/**
 * The preview workbench's entry (dev server only, never in the production build): the CustomFunctions shim
 * first, then the very src/functions module Excel loads (its associate calls land in the shim), then the
 * workbook, the mocked Office/Excel globals, the grid and the real task pane.
 */
import { customFunctions } from "./install-custom-functions";
import "../functions/functions";
import { startPreviewRuntime } from "./runtime";
import { initialLanguage, initialTheme, renderWorkbench, renderFatalError } from "./ui/render";

startPreviewRuntime({
  customFunctions,
  metadataUrl: "functions.json",
  displayLanguage: initialLanguage(),
  theme: initialTheme(),
})
  .then(renderWorkbench)
  .catch(renderFatalError);
