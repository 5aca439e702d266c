/**
 * Starts what the add-in expects around it, in the browser: the AMC.* functions (already associated into the
 * CustomFunctions shim, under the Office install-office.ts put in place) registered into HyperFormula from the
 * served functions.json, a workbook, and the `Excel` global over that workbook. The task pane then runs unchanged.
 */
import type { CustomFunctionsShim } from "./custom-functions-shim";
import { createExcel, type PreviewExcel } from "./excel-api/excel-global";
import type { OfficeMock } from "./excel-api/office-mock";
import { registerAmcFunctions, type AmcFunctionPlugin, type CustomFunctionsMetadata } from "./hyperformula-bridge";
import { PreviewWorkbook } from "./workbook/workbook";

export interface PreviewRuntime {
  workbook: PreviewWorkbook;
  excel: PreviewExcel;
  office: OfficeMock;
  customFunctions: CustomFunctionsShim;
  plugin: AmcFunctionPlugin;
  metadata: CustomFunctionsMetadata;
  /** Bumped to reopen the task pane (as Office loads an add-in anew when a workbook is reopened). */
  paneGeneration: number;
  /**
   * Dev only: Excel's state after a workbook was reopened before the add-in loaded. Every AMC.* formula shows
   * #NAME? until it is re-entered, and the task pane opens anew (so its check at open sees them). Returns how
   * many cells it marked.
   */
  simulateUnregisteredFunctions(): number;
}

export interface RuntimeOptions {
  customFunctions: CustomFunctionsShim;
  metadataUrl: string;
  /** The Office the page already installed (before the functions loaded). */
  office: OfficeMock;
}

async function fetchMetadata(url: string): Promise<CustomFunctionsMetadata> {
  const response = await fetch(url, { cache: "no-store" });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as CustomFunctionsMetadata;
}

export async function startPreviewRuntime(options: RuntimeOptions): Promise<PreviewRuntime> {
  const metadata = await fetchMetadata(options.metadataUrl);
  const plugin = registerAmcFunctions(options.customFunctions.registry, metadata);
  const workbook = new PreviewWorkbook(plugin.spills, plugin.richValues);
  const excel = createExcel(workbook);
  const { office } = options;
  Object.assign(globalThis, { Excel: excel });
  const runtime: PreviewRuntime = {
    workbook,
    excel,
    office,
    customFunctions: options.customFunctions,
    plugin,
    metadata,
    paneGeneration: 0,
    simulateUnregisteredFunctions() {
      runtime.paneGeneration += 1;
      return workbook.simulateUnregisteredFunctions();
    },
  };
  return runtime;
}
