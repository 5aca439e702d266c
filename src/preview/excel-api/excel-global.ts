/**
 * The `Excel` global of the preview: Excel.run over a PreviewWorkbook, with a final sync of whatever the batch
 * function left queued (as Excel.run does), and the enums the add-in may use.
 */
import type { PreviewWorkbook } from "../workbook/workbook";
import { CHART_SERIES_BY, CHART_TYPES } from "./chart";
import { ERROR_CODES, OfficeExtensionError } from "./errors";
import { PreviewRequestContext, type ProxyFactories, type SyncOptions } from "./request-context";
import { TableScopedCollectionProxy } from "./table";
import { WorkbookProxy } from "./workbook";

export interface PreviewRequestContextWithWorkbook extends PreviewRequestContext {
  readonly workbook: WorkbookProxy;
}

export type Batch<T> = (context: PreviewRequestContextWithWorkbook) => Promise<T> | T;

export interface PreviewExcel {
  run<T>(batch: Batch<T>): Promise<T>;
  ChartType: typeof CHART_TYPES;
  ChartSeriesBy: typeof CHART_SERIES_BY;
  ErrorCodes: typeof ERROR_CODES;
  RequestContext: typeof PreviewRequestContext;
}

const PROXIES: ProxyFactories = {
  tablesOf: (context, location, range, fullyContained) =>
    new TableScopedCollectionProxy(context, location, range, fullyContained),
};

function newContext(workbook: PreviewWorkbook, options: SyncOptions): PreviewRequestContextWithWorkbook {
  const context = new PreviewRequestContext(workbook, options, PROXIES) as PreviewRequestContextWithWorkbook;
  Object.defineProperty(context, "workbook", { value: new WorkbookProxy(context), enumerable: true });
  return context;
}

export function createExcel(workbook: PreviewWorkbook, options: Partial<SyncOptions> = {}): PreviewExcel {
  const syncOptions: SyncOptions = { latencyMs: options.latencyMs ?? 0 };
  return {
    async run<T>(batch: Batch<T>): Promise<T> {
      if (typeof batch !== "function") {
        throw new OfficeExtensionError(ERROR_CODES.invalidArgument, "Excel.run needs a batch function.");
      }
      const context = newContext(workbook, syncOptions);
      const result = await batch(context);
      await context.finish();
      return result;
    },
    ChartType: CHART_TYPES,
    ChartSeriesBy: CHART_SERIES_BY,
    ErrorCodes: ERROR_CODES,
    RequestContext: PreviewRequestContext,
  };
}
