/**
 * Building the report model: two new worksheets (inputs, metrics) with unique names, an input table with a unique
 * name, and the metrics' AMC.* formulas over it. 1 sync with the names the pane already read (2 without them, 3 on
 * the stale-name path of new-sheets.ts).
 */
import type { Locale } from "../i18n/locale";
import { translate } from "../i18n/ui";
import { uniqueSheetName, uniqueTableName } from "./names";
import { inputSheetPlan, metricsSheetPlan, modelFormulas, type ReportModelNames } from "./report-model-plan";
import { knownWorkbookNames } from "./names-cache";
import { addSheetsInOneBatch } from "./new-sheets";
import type { SheetPlan } from "./sheet-plan";
import { sheetNames } from "./workbook-names";
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
}

const INPUT_TABLE_BASE = "AMC_ModelInputs";

function chooseNames(locale: Locale, sheetsInUse: string[], tablesInUse: readonly string[]): ReportModelNames {
  const inputSheet = uniqueSheetName(translate(locale, "model.sheet.inputs"), sheetsInUse);
  const metricsSheet = uniqueSheetName(translate(locale, "model.sheet.metrics"), [...sheetsInUse, inputSheet]);
  return { inputSheet, metricsSheet, inputTable: uniqueTableName(INPUT_TABLE_BASE, tablesInUse) };
}

/** Queues the plan's writes on a new sheet; returns what selects the plan's range once the sheet is active. */
function queueSheet(sheet: Excel.Worksheet, plan: SheetPlan): () => void {
  const show = queuePlan(sheet, plan);
  sheet.freezePanes.freezeRows(plan.freezeRows);
  return show;
}

export async function buildReportModel(options: ReportModelOptions): Promise<ReportModelResult> {
  const report = (step: ReportModelStep, completed: number) => options.onProgress?.({ step, completed, total: 3 });
  const result = await Excel.run(async (context): Promise<ReportModelResult> => {
    if (!knownWorkbookNames()) report("reading", 0);
    const chosen = await addSheetsInOneBatch(context, {
      choose: (inUse) => {
        const names = chooseNames(options.locale, sheetNames(inUse), inUse.tables);
        report("writing", 1);
        return {
          ...names,
          sheets: [names.inputSheet, names.metricsSheet],
          tables: [names.inputTable],
          inputs: inputSheetPlan(options.locale, names),
          metrics: metricsSheetPlan(options.locale, names),
        };
      },
      queue: (_, { sheets, inputs, metrics }, addSheet) => {
        const inputSheet = addSheet(sheets[0]);
        const metricsSheet = addSheet(sheets[1]);
        queueSheet(inputSheet, inputs);
        const show = queueSheet(metricsSheet, metrics);
        metricsSheet.activate();
        show();
      },
    });
    return {
      status: "built" as const,
      inputSheet: chosen.inputSheet,
      metricsSheet: chosen.metricsSheet,
      inputTable: chosen.inputTable,
      amcFormulas: modelFormulas(chosen.inputs).length + modelFormulas(chosen.metrics).length,
    };
  });
  report("done", 3);
  return result;
}
