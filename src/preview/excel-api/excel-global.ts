/**
 * The `Excel` global of the preview: Excel.run over a PreviewWorkbook, with a final sync of whatever the batch
 * function left queued (as Excel.run does), the enums the add-in may use, and a log of every run (round-trips,
 * payload sizes, errors) that tests read to hold the add-in to its budgets.
 */
import type { PreviewWorkbook } from "../workbook/workbook";
import { CHART_SERIES_BY, CHART_TYPES } from "./chart";
import { ERROR_CODES, OfficeExtensionError } from "./errors";
import { PreviewRequestContext, type RunRecord, type SyncOptions } from "./request-context";
import { WorkbookProxy } from "./workbook";

export interface PreviewRequestContextWithWorkbook extends PreviewRequestContext {
  readonly workbook: WorkbookProxy;
}

export type Batch<T> = (context: PreviewRequestContextWithWorkbook) => Promise<T> | T;

export interface PreviewExcel {
  run<T>(batch: Batch<T>): Promise<T>;
  /** Every Excel.run so far, oldest first. */
  readonly runs: readonly RunRecord[];
  /** Total round-trips (explicit syncs plus final syncs) since the page loaded. */
  roundTrips(): number;
  ChartType: typeof CHART_TYPES;
  ChartSeriesBy: typeof CHART_SERIES_BY;
  ErrorCodes: typeof ERROR_CODES;
  RequestContext: typeof PreviewRequestContext;
}

function newContext(workbook: PreviewWorkbook, options: SyncOptions): PreviewRequestContextWithWorkbook {
  const context = new PreviewRequestContext(workbook, options) as PreviewRequestContextWithWorkbook;
  Object.defineProperty(context, "workbook", { value: new WorkbookProxy(context), enumerable: true });
  return context;
}

export function createExcel(workbook: PreviewWorkbook, options: Partial<SyncOptions> = {}): PreviewExcel {
  const runs: RunRecord[] = [];
  const syncOptions: SyncOptions = { latencyMs: options.latencyMs ?? 0 };
  return {
    async run<T>(batch: Batch<T>): Promise<T> {
      if (typeof batch !== "function") {
        throw new OfficeExtensionError(ERROR_CODES.invalidArgument, "Excel.run needs a batch function.");
      }
      const context = newContext(workbook, syncOptions);
      runs.push(context.record);
      try {
        const result = await batch(context);
        await context.finish();
        return result;
      } catch (error) {
        context.record.error =
          error instanceof Error
            ? `${(error as { code?: string }).code ?? error.name}: ${error.message}`
            : String(error);
        throw error;
      }
    },
    runs,
    roundTrips: () => runs.reduce((total, run) => total + run.syncs + run.finalSync, 0),
    ChartType: CHART_TYPES,
    ChartSeriesBy: CHART_SERIES_BY,
    ErrorCodes: ERROR_CODES,
    RequestContext: PreviewRequestContext,
  };
}
