/**
 * The figure picker's search: an index prepared once per edition (every distinct metric, entity, period, number,
 * unit and quote of the figures in the one normal form, each figure pointing at them by number), and a query scored
 * against each distinct value once, then summed per figure, so a keystroke costs a pass over small tables and one
 * over an integer array, however large the edition.
 *
 * Ranking: every word of the query must match one of a figure's fields; a word scores its best field, in tiers:
 * exact metric name 100, exact entity name 95, metric prefix 80, metric part 70, entity prefix 60, entity part 55,
 * province 50, period (as parsed) 45, period part (`6月末`, `上半年`) 40, number as printed 35, number prefix 30,
 * unit 20, quote word 10; a query that is a whole metric name adds 100. A metric is named in Chinese, in English (as
 * the pane shows it and as its id spells it) and by its id. Figures sort by total, then in report order.
 */
import { AGGREGATE_NAMES } from "../../data/query/figures";
import { namesOf } from "../../data/query/roster";
import { provinceKey } from "../../data/query/provinces";
import { searchKey } from "../../data/query/text";
import { formatPeriod, parsePeriod } from "../../data/periods";
import { canonicalShortName, type FigureRecord, type RosterRecord } from "../../data/index";
import { metricName } from "./figure-text";

/** What the index is made from: one edition's figures and roster. */
export interface FigureSource {
  figures: readonly FigureRecord[];
  roster: readonly RosterRecord[];
}

/** The score tiers of the ranking (see the module's comment). */
export const SCORE = {
  metricExact: 100,
  entityExact: 95,
  metricPrefix: 80,
  metricPart: 70,
  entityPrefix: 60,
  entityPart: 55,
  province: 50,
  period: 45,
  periodPart: 40,
  number: 35,
  numberPrefix: 30,
  unit: 20,
  quote: 10,
  wholeMetric: 100,
} as const;

/** Dashes and tildes of every width read as one: `1—11月`, `1-11月` and `1–11月` are the same period. */
const DASHES = /[—–―‐‑‒−~～]/g;
const keyOf = (text: string) => searchKey(text).replace(DASHES, "-");
const compact = (text: string) => text.replace(/\s+/g, "");

/** A table of the distinct values of one field, each with its search keys. */
class Table<T> {
  readonly values: T[] = [];
  private readonly ids = new Map<string, number>();

  idOf(name: string, make: () => T): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(make());
      this.ids.set(name, id);
    }
    return id;
  }
}

/**
 * Many keys searched at once: joined into one text, so finding a word costs one `indexOf` pass over the text and a
 * binary search per hit, instead of one `includes` per key (the keys of thousands of metrics).
 */
class KeyHaystack {
  private readonly text: string;
  private readonly starts: Int32Array;
  private readonly lengths: Int32Array;
  private readonly owners: Int32Array;

  constructor(keyed: readonly (readonly string[])[]) {
    const keys = keyed.flatMap((keys, owner) => keys.map((key) => ({ key, owner })));
    this.starts = new Int32Array(keys.length);
    this.lengths = new Int32Array(keys.length);
    this.owners = new Int32Array(keys.length);
    let at = 0;
    keys.forEach(({ key, owner }, k) => {
      this.starts[k] = at;
      this.lengths[k] = key.length;
      this.owners[k] = owner;
      at += key.length + 1;
    });
    this.text = keys.map(({ key }) => key).join("\u0000");
  }

  /** The key holding the text at `position`: the last key starting at or before it. */
  private keyAt(position: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= position) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** Each owner's best score for `word`: `exact` for a whole key, `prefix` at a key's start, `part` inside one. */
  scores(word: string, owners: number, exact: number, prefix: number, part: number): Int16Array {
    const scores = new Int16Array(owners);
    if (word.length === 0 || word.includes("\u0000")) return scores;
    for (let at = this.text.indexOf(word); at >= 0; at = this.text.indexOf(word, at + 1)) {
      const k = this.keyAt(at);
      const start = this.starts[k];
      const score = at > start ? part : word.length === this.lengths[k] ? exact : prefix;
      const owner = this.owners[k];
      if (score > scores[owner]) scores[owner] = score;
    }
    return scores;
  }

  /** Whether any key contains `word`. */
  has(word: string): boolean {
    return word.length > 0 && !word.includes("\u0000") && this.text.includes(word);
  }
}

interface MetricKeys {
  /** Chinese name, English name and id, as keys. */
  keys: string[];
  /** The same without spaces, for a query that is a whole name. */
  whole: string[];
}

interface EntityKeys {
  names: string[];
  province: string | null;
}

interface PeriodKeys {
  iso: string;
  keys: string[];
}

interface NumberKeys {
  printed: string;
  magnitude: number;
  decimals: number;
}

export interface FigureSearchIndex {
  figures: readonly FigureRecord[];
  metric: Int32Array;
  entity: Int32Array;
  period: Int32Array;
  number: Int32Array;
  unit: Int32Array;
  quote: Int32Array;
  metrics: MetricKeys[];
  entities: EntityKeys[];
  periods: PeriodKeys[];
  numbers: NumberKeys[];
  units: string[][];
  quotes: string[];
  /** Every metric's keys, and its Chinese names alone (to tell a part of a name from words run together). */
  metricText: KeyHaystack;
  chineseMetricText: KeyHaystack;
  /** A metric by its whole name without spaces (a query that is a whole name). */
  wholeMetrics: Map<string, number[]>;
  /** Names an analyst may run into a metric without a space (`山东金资资产总额`), longest first. */
  splitters: string[];
}

/** English words for the units, as the picker's English rows show them. */
const UNIT_WORDS: Record<string, string[]> = {
  亿元: ["cny", "100m", "yuan"],
  亿美元: ["usd", "100m", "dollar"],
  "%": ["percent", "pct"],
  BP: ["bp", "bps"],
  年: ["year", "years", "yrs"],
  天: ["day", "days"],
};

const AGGREGATE_DISPLAY: Record<string, string[]> = { industry: ["industry"], sample: ["sample", "sample companies"] };

function metricKeys(figure: FigureRecord): MetricKeys {
  const names = [figure.metric_zh, metricName(figure, "en"), figure.metric.replace(/_/g, " "), figure.metric];
  const keys = names.map(keyOf);
  return { keys, whole: keys.map(compact) };
}

function entityKeys(entity: string, companies: ReadonlyMap<string, RosterRecord>): EntityKeys {
  const company = companies.get(entity);
  if (!company) {
    const aliases = [...AGGREGATE_NAMES].filter(([, aggregate]) => aggregate === entity).map(([name]) => name);
    return {
      names: [...new Set([entity, ...aliases, ...(AGGREGATE_DISPLAY[entity] ?? [])].map(keyOf))],
      province: null,
    };
  }
  return { names: [...new Set(namesOf(company).map(keyOf))], province: provinceKey(company.province) };
}

/** The period as analysts write it in both languages, ISO, and the halves of a year it is (`上半年`). */
function periodKeys(period: string): PeriodKeys {
  const keys = [period, formatPeriod(period, "zh"), formatPeriod(period, "en")];
  const half = /^(\d{4})-(01|07)\.\.\1-(06|12)$/.exec(period);
  if (half) keys.push(`${half[1]}年${half[2] === "01" ? "上" : "下"}半年`, `h${half[2] === "01" ? 1 : 2} ${half[1]}`);
  if (period.endsWith("-12-31")) keys.push(`${period.slice(0, 4)}年底`);
  return { iso: period, keys: [...new Set(keys.map(keyOf))] };
}

function numberKeys(figure: FigureRecord): NumberKeys {
  const decimals = /^\d+(?:\.(\d+))?$/.exec(figure.printed)?.[1]?.length ?? 0;
  return { printed: figure.printed, magnitude: Math.abs(figure.value), decimals };
}

function quoteKey(figure: FigureRecord): string {
  return keyOf([figure.quote, ...figure.also_quoted].join("\n"));
}

const indexes = new WeakMap<readonly FigureRecord[], FigureSearchIndex>();

/** The search index of an edition's figures, made on first use and kept for the edition. */
export function figureSearchIndex(source: FigureSource): FigureSearchIndex {
  let index = indexes.get(source.figures);
  if (!index) {
    index = buildIndex(source);
    indexes.set(source.figures, index);
  }
  return index;
}

function buildIndex({ figures, roster }: FigureSource): FigureSearchIndex {
  const companies = new Map(roster.map((company) => [canonicalShortName(company), company]));
  const tables = {
    metric: new Table<MetricKeys>(),
    entity: new Table<EntityKeys>(),
    period: new Table<PeriodKeys>(),
    number: new Table<NumberKeys>(),
    unit: new Table<string[]>(),
    quote: new Table<string>(),
  };
  const ids = {
    metric: new Int32Array(figures.length),
    entity: new Int32Array(figures.length),
    period: new Int32Array(figures.length),
    number: new Int32Array(figures.length),
    unit: new Int32Array(figures.length),
    quote: new Int32Array(figures.length),
  };
  figures.forEach((figure, i) => {
    ids.metric[i] = tables.metric.idOf(figure.metric, () => metricKeys(figure));
    ids.entity[i] = tables.entity.idOf(figure.entity, () => entityKeys(figure.entity, companies));
    ids.period[i] = tables.period.idOf(figure.period, () => periodKeys(figure.period));
    ids.number[i] = tables.number.idOf(`${figure.printed}|${figure.value}`, () => numberKeys(figure));
    ids.unit[i] = tables.unit.idOf(figure.unit, () => [keyOf(figure.unit), ...(UNIT_WORDS[figure.unit] ?? [])]);
    ids.quote[i] = tables.quote.idOf(`${figure.quote}\n${figure.also_quoted.join("\n")}`, () => quoteKey(figure));
  });
  const splitters = [...new Set(tables.entity.values.flatMap((entity) => entity.names))]
    .filter((name) => name.length >= 2 && !/\s/.test(name))
    .sort((a, b) => b.length - a.length);
  const metrics = tables.metric.values;
  const wholeMetrics = new Map<string, number[]>();
  metrics.forEach((metric, id) => {
    for (const whole of new Set(metric.whole)) wholeMetrics.set(whole, [...(wholeMetrics.get(whole) ?? []), id]);
  });
  return {
    figures,
    ...ids,
    metricText: new KeyHaystack(metrics.map((metric) => metric.keys)),
    chineseMetricText: new KeyHaystack(metrics.map((metric) => [metric.keys[0]])),
    wholeMetrics,
    metrics,
    entities: tables.entity.values,
    periods: tables.period.values,
    numbers: tables.number.values,
    units: tables.unit.values,
    quotes: tables.quote.values,
    splitters,
  };
}

/** Periods and numbers inside a run of text: `净融资额2024` is a metric and a year, `2025年6月末` one period. */
const EMBEDDED =
  /\d{4}年(?:\d{1,2}(?:-\d{1,2})?月(?:末|底)?|[上下]半年|末|底)?|\d{1,2}(?:-\d{1,2})?月(?:末|底)?|[上下]半年|\d+(?:\.\d+)?%?/g;

/** A run of text split where it holds a known entity name (`山东金资资产总额` → 山东金资, 资产总额). */
function splitAtNames(run: string, index: FigureSearchIndex): string[] {
  if (run.length < 4 || index.chineseMetricText.has(run)) return [run];
  const name = index.splitters.find((candidate) => candidate !== run && run.includes(candidate));
  if (!name) return [run];
  const at = run.indexOf(name);
  return [run.slice(0, at), name, run.slice(at + name.length)]
    .filter(Boolean)
    .flatMap((part) => (part === name ? [part] : splitAtNames(part, index)));
}

/** The words of a query: whitespace apart, then periods, numbers and entity names apart from the text around them. */
export function queryWords(query: string, index: FigureSearchIndex): string[] {
  const words: string[] = [];
  for (const chunk of keyOf(query).split(/\s+/).filter(Boolean)) {
    if (parsePeriod(chunk) !== undefined || /^[\p{Script=Latin}\d.%_-]+$/u.test(chunk)) {
      words.push(chunk);
      continue;
    }
    let last = 0;
    for (const match of chunk.matchAll(EMBEDDED)) {
      words.push(...splitAtNames(chunk.slice(last, match.index), index).filter(Boolean), match[0]);
      last = match.index + match[0].length;
    }
    words.push(...splitAtNames(chunk.slice(last), index).filter(Boolean));
  }
  return words.filter(Boolean);
}

function entityScore(word: string, entity: EntityKeys): number {
  let best = 0;
  for (const name of entity.names) {
    if (name === word) return SCORE.entityExact;
    if (name.startsWith(word)) best = Math.max(best, SCORE.entityPrefix);
    else if (best < SCORE.entityPart && name.includes(word)) best = SCORE.entityPart;
  }
  if (best === 0 && entity.province !== null && word.length >= 2 && provinceKey(word) === entity.province) {
    best = SCORE.province;
  }
  return best;
}

function periodScore(word: string, parsed: string | undefined, period: PeriodKeys): number {
  if (parsed === period.iso) return SCORE.period;
  return period.keys.some((key) => key.includes(word)) ? SCORE.periodPart : 0;
}

const NUMBER = /^\d+(?:\.\d+)?%?$/;

function numberScore(word: string, number: NumberKeys): number {
  if (!NUMBER.test(word)) return 0;
  const digits = word.replace("%", "");
  const scale = 10 ** number.decimals;
  if (Math.round(Number(digits) * scale) === Math.round(number.magnitude * scale)) return SCORE.number;
  return number.printed.startsWith(digits) ? SCORE.numberPrefix : 0;
}

/** One word's score against every distinct value of every field. */
function wordScores(word: string, index: FigureSearchIndex) {
  const parsed = parsePeriod(word);
  return {
    metric: index.metricText.scores(
      word,
      index.metrics.length,
      SCORE.metricExact,
      SCORE.metricPrefix,
      SCORE.metricPart,
    ),
    entity: Int16Array.from(index.entities, (entity) => entityScore(word, entity)),
    period: Int16Array.from(index.periods, (period) => periodScore(word, parsed, period)),
    number: Int16Array.from(index.numbers, (number) => numberScore(word, number)),
    unit: Int16Array.from(index.units, (keys) => (keys.includes(word) ? SCORE.unit : 0)),
    quote: Int16Array.from(index.quotes, (quote) => (quote.includes(word) ? SCORE.quote : 0)),
  };
}

const ORDER_BITS = 2 ** 22;

/** The figures matching every word of `query`, best first (see the ranking above); all of them, in order, for none. */
export function searchFigures(index: FigureSearchIndex, query: string): FigureRecord[] {
  const words = queryWords(query, index);
  if (words.length === 0) return [...index.figures];
  const scored = words.map((word) => wordScores(word, index));
  const wholeMetric = new Int16Array(index.metrics.length);
  for (const id of index.wholeMetrics.get(compact(keyOf(query))) ?? []) wholeMetric[id] = SCORE.wholeMetric;
  const ranked: number[] = [];
  const { figures } = index;
  for (let i = 0; i < figures.length; i++) {
    let total = wholeMetric[index.metric[i]];
    let matched = true;
    for (const s of scored) {
      const best = Math.max(
        s.metric[index.metric[i]],
        s.entity[index.entity[i]],
        s.period[index.period[i]],
        s.number[index.number[i]],
        s.unit[index.unit[i]],
        s.quote[index.quote[i]],
      );
      if (best === 0) {
        matched = false;
        break;
      }
      total += best;
    }
    if (matched) ranked.push(total * ORDER_BITS + (ORDER_BITS - 1 - i));
  }
  const keys = Float64Array.from(ranked).sort();
  const found: FigureRecord[] = new Array(keys.length);
  for (let k = 0; k < keys.length; k++) found[k] = figures[ORDER_BITS - 1 - (keys[keys.length - 1 - k] % ORDER_BITS)];
  return found;
}
