/**
 * Building the report model: two new worksheets (inputs, metrics) with unique names, an input table with a unique
 * name, and the metrics' AMC.* formulas over it. 2 syncs: read the names in use, write both sheets.
 */
import type { Locale } from "../i18n/locale";
import { translate } from "../i18n/ui";
import { uniqueSheetName, uniqueTableName } from "./names";
import { inputSheetPlan, metricsSheetPlan, modelFormulas, type ReportModelNames } from "./report-model-plan";
import { runCounted } from "./run";
import type { SheetPlan } from "./sheet-plan";
import { loadNames, sheetNames, tableNames } from "./workbook-names";
import { queuePlan } from "./write-plan";

export type ReportModelStep = "reading" | "writing" | "done";

export interface ReportModelProgress {
  step: ReportModelStep;
  /** Steps finished so far, out of `total`. */
  completed: number;
  total: number;
}

export interface ReportModelOptions {
  locale: Locale;
  onProgress?: (progress: ReportModelProgress) => void;
}

export interface ReportModelResult extends ReportModelNames {
  status: "built";
  /** How many cells hold an AMC.* formula. */
  amcFormulas: number;
  syncs: number;
}

export const INPUT_TABLE_BASE = "AMC_ModelInputs";

function chooseNames(locale: Locale, sheetsInUse: string[], tablesInUse: string[]): ReportModelNames {
  const inputSheet = uniqueSheetName(translate(locale, "model.sheet.inputs"), sheetsInUse);
  const metricsSheet = uniqueSheetName(translate(locale, "model.sheet.metrics"), [...sheetsInUse, inputSheet]);
  return { inputSheet, metricsSheet, inputTable: uniqueTableName(INPUT_TABLE_BASE, tablesInUse) };
}

/** Queues a new sheet with the plan's writes; returns the sheet and the range the plan selects. */
function queueSheet(sheets: Excel.WorksheetCollection, name: string, plan: SheetPlan) {
  const sheet = sheets.add(name);
  const selection = queuePlan(sheet, plan);
  sheet.freezePanes.freezeRows(plan.freezeRows);
  return { sheet, selection };
}

export async function buildReportModel(options: ReportModelOptions): Promise<ReportModelResult> {
  const report = (step: ReportModelStep, completed: number) => options.onProgress?.({ step, completed, total: 3 });
  const result = await runCounted(async (context) => {
    report("reading", 0);
    const inUse = loadNames(context);
    await context.sync();
    const names = chooseNames(options.locale, sheetNames(inUse), tableNames(inUse));
    report("writing", 1);
    const inputs = inputSheetPlan(options.locale, names);
    const metrics = metricsSheetPlan(options.locale, names);
    queueSheet(inUse.sheets, names.inputSheet, inputs);
    const metricsSheet = queueSheet(inUse.sheets, names.metricsSheet, metrics);
    metricsSheet.sheet.activate();
    metricsSheet.selection.select();
    await context.sync();
    return {
      status: "built" as const,
      ...names,
      amcFormulas: modelFormulas(inputs).length + modelFormulas(metrics).length,
    };
  });
  report("done", 3);
  return result;
}
