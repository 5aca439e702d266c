/**
 * The figures the report prints, indexed once per edition, and FIGURE/SOURCE's arguments resolved to one record:
 * the metric by its id or either language's name or a unique part of it (净融资额 for 债券净融资额), the entity as
 * displayed (行业, industry, a company's short or full name or alias, a unique part of one), the period as displayed
 * (2025年6月末, Jan–Nov 2025, 2024). What cannot be resolved is an #N/A whose message names what exists, or the
 * candidates when what was typed fits several.
 */
import { AGGREGATE_ENTITIES } from "../ids";
import { canonicalShortName, EDITIONS, type EditionId, type FigureRecord } from "../index";
import type { Language } from "../../i18n/locale";
import { formatPeriod, parsePeriod, periodEnd } from "../periods";
import { LookupError } from "./lookup-error";
import { closestMatches, getByName, listForMessage } from "./names";
import { companyNamed, namesOf, rosterIndex } from "./roster";
import { nameKey } from "./text";

/** How a metric's names are compared: `net_financing`, `Net financing` and `net-financing` are one key. */
const metricKey = (name: string) => nameKey(name).replace(/[_\-‐]/g, "");

/** The metric id as an English name: `net_financing` → `net financing`. */
const englishName = (metric: string) => metric.replace(/_/g, " ");

interface MetricNames {
  metric: string;
  /** The keys of its names (id, English, Chinese). */
  keys: string[];
}

interface FigureIndex {
  /** metric → entity → its figures, oldest period first. */
  byMetric: Map<string, Map<string, FigureRecord[]>>;
  /** metricKey of a metric's id or name → metric id. */
  metricByKey: Map<string, string>;
  metrics: MetricNames[];
  /** Every metric's id and Chinese name, for suggestions. */
  metricNames: string[];
  chineseName: Map<string, string>;
}

const byPeriodEnd = (a: FigureRecord, b: FigureRecord) =>
  periodEnd(a.period).localeCompare(periodEnd(b.period)) || a.period.length - b.period.length;

function buildIndex(figures: readonly FigureRecord[]): FigureIndex {
  const byMetric = new Map<string, Map<string, FigureRecord[]>>();
  const chineseName = new Map<string, string>();
  for (const figure of figures) {
    const entities = byMetric.get(figure.metric) ?? new Map<string, FigureRecord[]>();
    entities.set(figure.entity, [...(entities.get(figure.entity) ?? []), figure]);
    byMetric.set(figure.metric, entities);
    chineseName.set(figure.metric, figure.metric_zh);
  }
  for (const entities of byMetric.values()) for (const records of entities.values()) records.sort(byPeriodEnd);
  const metrics = [...chineseName].map(([metric, zh]) => ({
    metric,
    keys: [metricKey(metric), metricKey(englishName(metric)), metricKey(zh)],
  }));
  // The id and Chinese name as they are, too: they are typed that way most often, and their keys cost more to make.
  const metricByKey = new Map<string, string>(
    [...chineseName].flatMap(([metric, zh]) => [
      [metric, metric],
      [zh, metric],
    ]),
  );
  for (const { metric, keys } of metrics)
    for (const key of keys) if (!metricByKey.has(key)) metricByKey.set(key, metric);
  const metricNames = [...chineseName].flatMap(([metric, zh]) => [metric, zh]);
  return { byMetric, metricByKey, metrics, metricNames, chineseName };
}

const indexes = new Map<EditionId, FigureIndex>();

function figureIndex(edition: EditionId): FigureIndex {
  let index = indexes.get(edition);
  if (!index) {
    index = buildIndex(EDITIONS[edition].figures.records);
    indexes.set(edition, index);
  }
  return index;
}

/** The names of the aggregate entities as analysts write them, in either language. */
export const AGGREGATE_NAMES: ReadonlyMap<string, string> = new Map(
  [
    ["industry", "industry"],
    ["行业", "industry"],
    ["全行业", "industry"],
    ["行业整体", "industry"],
    ["整个行业", "industry"],
    ["sample", "sample"],
    ["样本", "sample"],
    ["全样本", "sample"],
    ["样本企业", "sample"],
  ].map(([name, entity]) => [nameKey(name), entity]),
);

/** What FIGURE was asked for; entity and period are null when omitted; messages list periods in `language`. */
export interface FigureQuery {
  metric: string;
  entity: string | null;
  period: string | null;
  edition: EditionId;
  language: Language;
}

/** The shortest part of a name that may stand for it: one character fits too many names to mean any. */
const MIN_PART_LENGTH = 2;

/** How a metric is listed in a message: `net_financing (债券净融资额)`. */
function metricLabel(index: FigureIndex, metric: string): string {
  return `${metric} (${index.chineseName.get(metric)})`;
}

function metricOf(index: FigureIndex, typed: string): string {
  const exact = index.metricByKey.get(typed) ?? index.metricByKey.get(metricKey(typed));
  if (exact) return exact;
  const key = metricKey(typed);
  const containing =
    key.length < MIN_PART_LENGTH ? [] : index.metrics.filter((m) => m.keys.some((k) => k.includes(key)));
  if (containing.length === 1) return containing[0].metric;
  if (containing.length > 1) {
    throw new LookupError("#N/A", "ambiguousMetric", {
      value: typed,
      candidates: listForMessage(containing.map((m) => metricLabel(index, m.metric))),
    });
  }
  throw new LookupError("#N/A", "unknownMetric", {
    value: typed,
    suggestions: listForMessage(closestMatches(typed, index.metricNames, 5)),
  });
}

/** Every name an entity of the figures is known by: a company's names, or the aggregate's. */
function entityNames(entity: string, edition: EditionId): string[] {
  if ((AGGREGATE_ENTITIES as readonly string[]).includes(entity)) {
    return [...AGGREGATE_NAMES].filter(([, aggregate]) => aggregate === entity).map(([name]) => name);
  }
  const company = rosterIndex(edition).companies.find((c) => canonicalShortName(c) === entity);
  return company ? namesOf(company) : [entity];
}

/** The entity a typed name stands for among those the metric is printed for: exact, else a unique part of a name. */
function entityOf(typed: string, entities: Map<string, FigureRecord[]>, metric: string, edition: EditionId): string {
  if (entities.has(typed)) return typed;
  const aggregate = getByName(AGGREGATE_NAMES, typed);
  if (aggregate) return aggregate;
  const company = companyNamed(typed, edition);
  if (company) return canonicalShortName(company);
  const key = nameKey(typed);
  const containing =
    key.length < MIN_PART_LENGTH
      ? []
      : [...entities.keys()].filter((entity) => entityNames(entity, edition).some((n) => nameKey(n).includes(key)));
  if (containing.length === 1) return containing[0];
  if (containing.length > 1) {
    throw new LookupError("#N/A", "ambiguousEntity", { metric, value: typed, entities: listForMessage(containing) });
  }
  throw new LookupError("#N/A", "entityNotFound", {
    metric,
    value: typed,
    entities: listForMessage([...entities.keys()]),
  });
}

/** Omitted entity: the metric's only one, else the industry when the metric has it. */
function defaultEntity(metric: string, entities: Map<string, FigureRecord[]>): string {
  if (entities.size === 1) return [...entities.keys()][0];
  if (entities.has(AGGREGATE_ENTITIES[0])) return AGGREGATE_ENTITIES[0];
  throw new LookupError("#N/A", "entityRequired", { metric, entities: listForMessage([...entities.keys()]) });
}

/** A period as typed, in the figures' ISO form where it reads as one (`2025年6月末` → `2025-06-30`). */
function isoPeriod(typed: string): string {
  return parsePeriod(typed) ?? typed;
}

const inPeriod = (period: string) => (record: FigureRecord) => record.period === period;

/** The figure a FIGURE/SOURCE call names; an omitted period is the latest the report prints for that entity. */
export function findFigure({
  metric: typedMetric,
  entity: typedEntity,
  period,
  edition,
  language,
}: FigureQuery): FigureRecord {
  const index = figureIndex(edition);
  const metric = metricOf(index, typedMetric);
  const entities = index.byMetric.get(metric)!;
  const entity =
    typedEntity === null ? defaultEntity(metric, entities) : entityOf(typedEntity, entities, metric, edition);
  const records = entities.get(entity);
  if (!records) {
    throw new LookupError("#N/A", "entityNotFound", {
      metric,
      value: typedEntity ?? entity,
      entities: listForMessage([...entities.keys()]),
    });
  }
  if (period === null) return records[records.length - 1];
  const figure = records.find((record) => record.period === period) ?? records.find(inPeriod(isoPeriod(period)));
  if (figure) return figure;
  throw new LookupError("#N/A", "periodNotFound", {
    metric,
    entity,
    value: period,
    periods: listForMessage(records.map((record) => formatPeriod(record.period, language))),
  });
}

/** A whole stable key typed as the metric (`net_financing|industry|2024`) split into its parts. */
export function splitFigureKey(metric: string): { metric: string; entity: string; period: string } | null {
  if (!metric.includes("|")) return null;
  const parts = metric.split("|");
  return parts.length === 3 ? { metric: parts[0], entity: parts[1], period: parts[2] } : null;
}
