/**
 * What the pane says about a figure's provenance beyond its row, as plain text in the pane's language: its note, the
 * report's inconsistencies that involve it, and whether the bundled data can rebuild it (and from what, or what is
 * missing). Shared by the figure picker's detail and the cell explainer.
 */
import { getDataset, type FigureRecord, type InconsistencyRecord } from "../../data/index";
import { UNPRINTED_METRICS } from "../../data/query/figure-recipes";
import { rebuildFigure, type MissingInput } from "../../data/query/rebuild";
import { formatPeriod } from "../../data/periods";
import type { Language } from "../../i18n/locale";
import type { UiKey, UiParams } from "../../i18n/ui";
import { entityName, figureValueText, metricName } from "./figure-text";

type Translate = (key: UiKey, params?: UiParams) => string;

/** A note of the data in the pane's language: notes are written `中文 / English`. */
export function noteText(note: string | null, language: Language): string | null {
  if (!note) return null;
  const [zh, en] = note.split(" / ");
  return (language === "zh" ? zh : (en ?? zh)).trim();
}

/** The report's inconsistencies that involve `figure`, as the inconsistencies dataset records them. */
export function inconsistenciesOf(figure: FigureRecord): InconsistencyRecord[] {
  const records = getDataset("inconsistencies").records;
  return figure.inconsistencies.flatMap((id) => records.filter((record) => record.id === id));
}

export function explanationOf(record: InconsistencyRecord, language: Language): string {
  return language === "zh" ? record.explanation_zh : record.explanation_en;
}

/** The name of a metric a recipe needs, printed somewhere in the report or not. */
function inputMetricName(metric: string, language: Language): string {
  const printed = getDataset("figures").records.find((figure) => figure.metric === metric);
  if (printed) return metricName(printed, language);
  const unprinted = UNPRINTED_METRICS[metric];
  return unprinted ? unprinted[language] : metricName({ metric, metric_zh: metric }, language);
}

function missingText(input: MissingInput, language: Language, t: Translate): string {
  const metric = inputMetricName(input.metric, language);
  const period = formatPeriod(input.period, language);
  if (input.needed !== undefined) {
    return t("figures.missingSample", { metric, needed: input.needed, have: input.have ?? 0, period });
  }
  return t("figures.missingFigure", { metric, entity: entityName(input.entity, language), period });
}

/** An input as the rebuild lists it: `地方AMC数量（行业，2025年末）58 家`. */
function inputText(input: FigureRecord, language: Language): string {
  const where = `${entityName(input.entity, language)}${language === "zh" ? "，" : ", "}${formatPeriod(input.period, language)}`;
  const name = metricName(input, language);
  const value = figureValueText(input, language);
  return language === "zh" ? `${name}（${where}）${value}` : `${name} (${where}) ${value}`;
}

export interface RebuildFacts {
  /** ok: rebuilt as printed; differs: rebuilt to another value; missing: cannot be rebuilt. */
  kind: "ok" | "differs" | "missing";
  text: string;
  /** The inputs it was rebuilt from, listed; null when it cannot be rebuilt. */
  inputs: string | null;
}

/** Whether the bundled data rebuilds `figure`, said in the pane's language; null for a number the report states. */
export function rebuildFacts(figure: FigureRecord, language: Language, t: Translate): RebuildFacts | null {
  const rebuild = rebuildFigure(figure, getDataset("figures").records);
  const separator = t("figures.listSeparator");
  if (rebuild.status === "stated") return null;
  if (rebuild.status === "missing") {
    const missing = rebuild.missing.map((input) => missingText(input, language, t)).join(separator);
    return { kind: "missing", text: t("figures.cannotRebuild", { missing }), inputs: null };
  }
  const inputs = t("figures.rebuiltFrom", {
    inputs: rebuild.inputs.map((input) => inputText(input, language)).join(separator),
  });
  if (rebuild.value === null) return { kind: "ok", text: t("figures.rebuiltReading"), inputs };
  const value = figureValueText({ ...figure, value: rebuild.value }, language);
  if (rebuild.matches) return { kind: "ok", text: t("figures.rebuilt", { value }), inputs };
  const printed = figureValueText(figure, language);
  return { kind: "differs", text: t("figures.rebuiltDiffers", { value, printed }), inputs };
}
