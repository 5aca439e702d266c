/**
 * The figures the report prints, indexed once per edition: by stable key, by metric and entity, and by the metric's
 * English id or Chinese name; resolves FIGURE/SOURCE arguments (entity and period may be omitted) to one record,
 * or an #N/A whose message names what exists.
 */
import { AGGREGATE_ENTITIES } from "../data/ids";
import { canonicalShortName, EDITIONS, type EditionId, type FigureRecord } from "../data/index";
import { periodEnd } from "../data/periods";
import { MetricError } from "../metrics/errors";
import { companyNamed } from "./roster-lookup";
import { closestMatches, getByName, listForMessage, nameKey } from "./text-match";

interface FigureIndex {
  /** metric → entity → its figures, oldest period first. */
  byMetric: Map<string, Map<string, FigureRecord[]>>;
  /** nameKey of a metric id or Chinese name → metric id. */
  metricByName: Map<string, string>;
  metricNames: string[];
}

const byPeriodEnd = (a: FigureRecord, b: FigureRecord) =>
  periodEnd(a.period).localeCompare(periodEnd(b.period)) || a.period.length - b.period.length;

function buildIndex(figures: readonly FigureRecord[]): FigureIndex {
  const byMetric = new Map<string, Map<string, FigureRecord[]>>();
  const metricByName = new Map<string, string>();
  for (const figure of figures) {
    const entities = byMetric.get(figure.metric) ?? new Map<string, FigureRecord[]>();
    entities.set(figure.entity, [...(entities.get(figure.entity) ?? []), figure]);
    byMetric.set(figure.metric, entities);
    metricByName.set(nameKey(figure.metric), figure.metric);
    metricByName.set(nameKey(figure.metric_zh), figure.metric);
  }
  for (const entities of byMetric.values()) for (const records of entities.values()) records.sort(byPeriodEnd);
  const metricNames = [...new Set(figures.flatMap((f) => [f.metric, f.metric_zh]))];
  return { byMetric, metricByName, metricNames };
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

const AGGREGATE_NAMES = new Map<string, string>([
  ["industry", "industry"],
  ["行业", "industry"],
  ["全行业", "industry"],
  ["sample", "sample"],
  ["样本", "sample"],
]);

/** What FIGURE was asked for; entity and period are null when omitted. */
export interface FigureQuery {
  metric: string;
  entity: string | null;
  period: string | null;
  edition: EditionId;
}

function metricOf(index: FigureIndex, typed: string): string {
  const metric = getByName(index.metricByName, typed);
  if (metric) return metric;
  throw new MetricError("#N/A", "unknownMetric", {
    value: typed,
    suggestions: listForMessage(closestMatches(typed, index.metricNames, 5)),
  });
}

/** The entity key figures use: industry, sample, or a company's canonical short name (any of its names works). */
function entityKey(typed: string, edition: EditionId): string {
  const aggregate = getByName(AGGREGATE_NAMES, typed);
  if (aggregate) return aggregate;
  const company = companyNamed(typed, edition);
  return company ? canonicalShortName(company) : typed.trim();
}

/** Omitted entity: the metric's only one, else the industry when the metric has it. */
function defaultEntity(metric: string, entities: Map<string, FigureRecord[]>): string {
  if (entities.size === 1) return [...entities.keys()][0];
  if (entities.has(AGGREGATE_ENTITIES[0])) return AGGREGATE_ENTITIES[0];
  throw new MetricError("#N/A", "entityRequired", { metric, entities: listForMessage([...entities.keys()]) });
}

function recordsOf(metric: string, entities: Map<string, FigureRecord[]>, typed: string | null, edition: EditionId) {
  const entity = typed === null ? defaultEntity(metric, entities) : entityKey(typed, edition);
  const records = entities.get(entity);
  if (records) return { entity, records };
  throw new MetricError("#N/A", "entityNotFound", {
    metric,
    value: typed ?? entity,
    entities: listForMessage([...entities.keys()]),
  });
}

/** The figure a FIGURE/SOURCE call names; an omitted period is the latest the report prints for that entity. */
export function findFigure({ metric: typedMetric, entity: typedEntity, period, edition }: FigureQuery): FigureRecord {
  const index = figureIndex(edition);
  const metric = metricOf(index, typedMetric);
  const { entity, records } = recordsOf(metric, index.byMetric.get(metric)!, typedEntity, edition);
  if (period === null) return records[records.length - 1];
  const figure = records.find((record) => record.period === period);
  if (figure) return figure;
  throw new MetricError("#N/A", "periodNotFound", {
    metric,
    entity,
    value: period,
    periods: listForMessage(records.map((record) => record.period)),
  });
}

/** A whole stable key typed as the metric (`net_financing|industry|2024`) split into its parts. */
export function splitFigureKey(metric: string): { metric: string; entity: string; period: string } | null {
  if (!metric.includes("|")) return null;
  const parts = metric.split("|");
  return parts.length === 3 ? { metric: parts[0], entity: parts[1], period: parts[2] } : null;
}
