/**
 * Whether the bundled data can rebuild a figure the report computes (figure-recipes.ts): every input looked up
 * among the edition's printed figures, and where all are there, the figure recomputed from them, so the pane can say
 * "rebuilt: 25 ÷ 58 = 43.10%" or "cannot be rebuilt: needs all 25 sample companies' total assets; the data has 4".
 */
import { AGGREGATE_ENTITIES, figureId } from "../ids";
import type { FigureRecord } from "../records";
import { RECIPES, type InputRef, type Recipe } from "./figure-recipes";

/** An input the data lacks: one figure, or every sample company's value of a metric (`needed` of them, `have`). */
export interface MissingInput {
  metric: string;
  entity: string;
  period: string;
  needed?: number;
  have?: number;
}

export type Rebuild =
  /** A number the report states rather than computes: there is nothing to rebuild. */
  | { status: "stated" }
  /** Every input is in the data; `value` is the recomputed figure (null for a reading of a distribution). */
  | { status: "rebuilt"; recipe: Recipe; inputs: FigureRecord[]; value: number | null; matches: boolean }
  | { status: "missing"; recipe: Recipe; inputs: FigureRecord[]; missing: MissingInput[] };

interface FigureLookup {
  byKey: Map<string, FigureRecord>;
  /** `metric|period` → the roster companies' figures of that metric and period. */
  companies: Map<string, FigureRecord[]>;
  /** How many companies the financial sample holds (its latest count), or null when the data has no count. */
  sampleSize: number | null;
}

const lookups = new WeakMap<readonly FigureRecord[], FigureLookup>();

const isCompany = (entity: string) => !(AGGREGATE_ENTITIES as readonly string[]).includes(entity);

function lookupOf(figures: readonly FigureRecord[]): FigureLookup {
  let lookup = lookups.get(figures);
  if (lookup) return lookup;
  const byKey = new Map<string, FigureRecord>();
  const companies = new Map<string, FigureRecord[]>();
  let sample: FigureRecord | undefined;
  for (const figure of figures) {
    byKey.set(figure.id, figure);
    if (isCompany(figure.entity)) {
      const key = `${figure.metric}|${figure.period}`;
      companies.set(key, [...(companies.get(key) ?? []), figure]);
    }
    if (figure.metric === "sample_count" && (!sample || figure.period > sample.period)) sample = figure;
  }
  lookup = { byKey, companies, sampleSize: sample?.value ?? null };
  lookups.set(figures, lookup);
  return lookup;
}

/** Decimals of the number as printed (`43.10` → 2); words have none. */
function printedDecimals(figure: FigureRecord): number {
  return /^\d+(?:\.(\d+))?$/.exec(figure.printed)?.[1]?.length ?? 0;
}

function agrees(figure: FigureRecord, value: number | null): boolean {
  if (value === null) return true;
  const scale = 10 ** printedDecimals(figure);
  return Math.round(value * scale) === Math.round(figure.value * scale);
}

/** What the inputs of one recipe are, found or missing, and the value they give when all are found. */
interface Evaluation {
  inputs: FigureRecord[];
  missing: MissingInput[];
  value: () => number | null;
}

function keyOf(input: InputRef, figure: FigureRecord): MissingInput {
  return {
    metric: input.metric,
    entity: input.entity ?? figure.entity,
    period: input.period(figure.period, figure.as_of),
  };
}

function evaluateRefs(refs: InputRef[], figure: FigureRecord, lookup: FigureLookup, combine: (v: number[]) => number) {
  const inputs: FigureRecord[] = [];
  const missing: MissingInput[] = [];
  for (const input of refs) {
    const key = keyOf(input, figure);
    const found = lookup.byKey.get(figureId(key.metric, key.entity, key.period));
    if (found) inputs.push(found);
    else missing.push(key);
  }
  return { inputs, missing, value: () => combine(inputs.map((input) => input.value)) };
}

/** Every sample company's figures of a metric at the figure's period: all there, or what is missing. */
function members(metric: string, figure: FigureRecord, lookup: FigureLookup) {
  const found = lookup.companies.get(`${metric}|${figure.period}`) ?? [];
  const complete = lookup.sampleSize !== null && found.length >= lookup.sampleSize;
  const missing: MissingInput[] = complete
    ? []
    : [{ metric, entity: "sample", period: figure.period, needed: lookup.sampleSize ?? undefined, have: found.length }];
  return { found, missing };
}

const total = (values: number[]) => values.reduce((sum, value) => sum + value, 0);

function evaluatePopulation(recipe: Recipe, figure: FigureRecord, lookup: FigureLookup): Evaluation {
  switch (recipe.kind) {
    case "topShare": {
      const { found, missing } = members(recipe.metric, figure, lookup);
      const values = found.map((input) => input.value).sort((a, b) => b - a);
      return { inputs: found, missing, value: () => (total(values.slice(0, recipe.n)) / total(values)) * 100 };
    }
    case "memberShare": {
      const { found, missing } = members(recipe.metric, figure, lookup);
      const own = found.find((input) => input.entity === figure.entity);
      return { inputs: found, missing, value: () => ((own?.value ?? 0) / total(found.map((f) => f.value))) * 100 };
    }
    case "countBeyond": {
      const threshold = recipe.threshold ?? figure.threshold ?? 0;
      const { found, missing } = members(recipe.metric, figure, lookup);
      const beyond = found.filter((input) =>
        recipe.comparator === ">" ? input.value > threshold : input.value < threshold,
      );
      // The report names the companies beyond the threshold: when it names as many as it counts, the named ones
      // are the whole count, and counting them rebuilds it without the rest of the sample.
      const enumerated = beyond.length >= figure.value;
      return { inputs: beyond, missing: enumerated ? [] : missing, value: () => beyond.length };
    }
    case "distribution": {
      const each = recipe.metrics.map((metric) => members(metric, figure, lookup));
      return { inputs: each.flatMap((m) => m.found), missing: each.flatMap((m) => m.missing), value: () => null };
    }
    default:
      throw new Error(`not a recipe over the sample: ${recipe.kind}`);
  }
}

function evaluate(recipe: Recipe, figure: FigureRecord, lookup: FigureLookup): Evaluation {
  switch (recipe.kind) {
    case "ratio":
      return evaluateRefs([recipe.numerator, recipe.denominator], figure, lookup, ([n, d]) => (n / d) * 100);
    case "growth":
      return evaluateRefs([recipe.current, recipe.prior], figure, lookup, ([c, p]) => (c / p - 1) * 100);
    case "difference":
      return evaluateRefs([recipe.current, recipe.prior], figure, lookup, ([c, p]) => c - p);
    case "sum":
      return evaluateRefs(recipe.parts, figure, lookup, total);
    case "debtRatio": {
      const parts = [
        { metric: "net_assets", period: (p: string) => p },
        { metric: "total_assets", period: (p: string) => p },
      ];
      return evaluateRefs(parts, figure, lookup, ([net, assets]) => (1 - net / assets) * 100);
    }
    default:
      return evaluatePopulation(recipe, figure, lookup);
  }
}

/** Whether `figure` can be rebuilt from the other figures of its edition (`figures`), and what it rebuilds to. */
export function rebuildFigure(figure: FigureRecord, figures: readonly FigureRecord[]): Rebuild {
  const recipe = RECIPES[figure.metric];
  if (!recipe) return { status: "stated" };
  const { inputs, missing, value } = evaluate(recipe, figure, lookupOf(figures));
  if (missing.length > 0) return { status: "missing", recipe, inputs, missing };
  const rebuilt = value();
  return { status: "rebuilt", recipe, inputs, value: rebuilt, matches: agrees(figure, rebuilt) };
}
