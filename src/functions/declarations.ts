/**
 * Every AMC.* function's declaration: its parameters, in the order Excel passes them, what it computes, and the
 * number format of its result where Excel takes data types (one rule each, result-formats.ts). The wrappers of
 * functions.ts (whose JSDoc makes functions.json) call what src/functions/declare.ts makes of these.
 */
import { figureCitation, figureValue } from "../data/query/cells";
import { resolveEdition } from "../data/query/editions";
import { figureNumberFormat } from "../data/catalog";
import { canonicalShortName } from "../data/index";
import { findFigure, splitFigureKey, type FigureQuery } from "../data/query/figures";
import { companiesIn, companyField, findCompany } from "../data/query/roster";
import { languageOf } from "../i18n/locale";
import { hhi, share, topN, topNShare } from "../metrics/concentration";
import { distribution } from "../metrics/distribution";
import { bondFlows, issuanceSplit, netFinancing, termShare } from "../metrics/financing";
import { annualize, growthRate } from "../metrics/growth";
import { cashCover, debtRatio } from "../metrics/leverage";
import { maturityProfile } from "../metrics/maturity";
import { returnOnAverage } from "../metrics/profitability";
import { lowerRating, migration, ratingDistribution, ratingRank } from "../metrics/ratings";
import type { Range } from "../metrics/ranges";
import { spreadBp } from "../metrics/spreads";
import type { Declaration } from "./declare";
import { displayLocale, toExcelErrorIn } from "./excel-errors";
import {
  cell,
  date,
  headers,
  number,
  optionalNumber,
  optionalPeriod,
  optionalRange,
  optionalText,
  range,
  text,
} from "./parameters";
import { companyCard } from "./company-card";
import { datasetFormat, datasetSpill, rosterSpill } from "./report-data";
import { columns, FORMATS } from "./result-formats";

/** A range of values SUM would read: #VALUE! naming it when it holds no number, where SUM would read 0. */
const values = (name: string) => range(name, { mustHoldNumber: true });

/** FIGURE's and SOURCE's arguments: a whole key `metric|entity|period` typed as the metric works too. */
const figureParameters = [text("metric"), optionalText("entity"), optionalPeriod("period"), optionalText("edition")];

export function figureQuery(
  metric: string,
  entity: string | null,
  period: string | null,
  edition: string | null,
): FigureQuery {
  const key = splitFigureKey(metric);
  return {
    metric: key?.metric ?? metric,
    entity: entity ?? key?.entity ?? null,
    period: period ?? key?.period ?? null,
    edition: resolveEdition(edition),
    language: languageOf(displayLocale()),
  };
}

/** A count of companies as the report prints one: `0" 家"` in Chinese. */
const companyCountFormat = () => figureNumberFormat({ unit: "家", printed: "58" }, languageOf(displayLocale()));

/** SPREADBP's grid comes back with Excel's errors in its cells; one failing cell alone is the function's error. */
function spreads(yields: Range, benchmarks: Range) {
  const locale = displayLocale();
  const grid = spreadBp(yields, benchmarks, (error) => toExcelErrorIn(error, locale));
  if (grid.length === 1 && grid[0].length === 1 && grid[0][0] instanceof CustomFunctions.Error) throw grid[0][0];
  return grid;
}

export const DECLARATIONS = {
  TOP5SHARE: {
    parameters: [range("values"), optionalNumber("n", 5)],
    compute: topNShare,
    result: "number",
    format: FORMATS.percent,
  },
  TOPN: {
    parameters: [range("values"), range("labels"), optionalNumber("n", 5), headers()],
    compute: topN,
    result: "spill",
    format: columns(null, FORMATS.amount, FORMATS.percent),
  },
  SHARE: {
    parameters: [range("values"), range("labels"), cell("label")],
    compute: share,
    result: "number",
    format: FORMATS.percent,
  },
  HHI: { parameters: [range("values")], compute: hhi, result: "number", format: FORMATS.whole },
  GROWTHRATE: {
    parameters: [values("current"), values("prior")],
    compute: growthRate,
    result: "number",
    format: FORMATS.percent,
  },
  ANNUALIZE: {
    parameters: [number("rate"), number("months")],
    compute: annualize,
    result: "number",
    format: FORMATS.percent,
  },
  ROA: {
    parameters: [values("profit"), values("assets_begin"), values("assets_end"), optionalNumber("months", 12)],
    compute: (profit: Range, begin: Range, end: Range, months: number) =>
      returnOnAverage(profit, { begin, end, names: ["assets_begin", "assets_end"] }, months),
    result: "number",
    format: FORMATS.percent,
  },
  ROE: {
    parameters: [values("profit"), values("equity_begin"), values("equity_end"), optionalNumber("months", 12)],
    compute: (profit: Range, begin: Range, end: Range, months: number) =>
      returnOnAverage(profit, { begin, end, names: ["equity_begin", "equity_end"] }, months),
    result: "number",
    format: FORMATS.percent,
  },
  DEBTRATIO: {
    parameters: [values("liabilities"), values("assets")],
    compute: debtRatio,
    result: "number",
    format: FORMATS.percent,
  },
  CASHCOVER: {
    parameters: [values("cash"), values("short_debt")],
    compute: cashCover,
    result: "number",
    format: FORMATS.percent,
  },
  NETFINANCING: {
    parameters: [values("issued"), values("repaid")],
    compute: netFinancing,
    result: "number",
    format: FORMATS.amount,
  },
  BONDFLOWS: {
    parameters: [
      values("amounts"),
      range("issue_dates"),
      range("maturity_dates"),
      date("start"),
      date("end"),
      headers(),
    ],
    compute: (amounts: Range, issueDates: Range, maturityDates: Range, start: number, end: number) => {
      const flows = bondFlows(amounts, issueDates, maturityDates, start, end);
      return [[flows.issued, flows.matured, flows.net]];
    },
    result: "spill",
    format: FORMATS.amount,
  },
  MATURITYPROFILE: {
    parameters: [
      values("amounts"),
      range("maturity_dates"),
      optionalRange("exercise_dates"),
      optionalNumber("from_year", null),
      optionalNumber("to_year", null),
      headers(),
    ],
    compute: (amounts: Range, maturities: Range, exercises: Range | null, from: number | null, to: number | null) =>
      maturityProfile(amounts, maturities, exercises, { from, to }),
    result: "spill",
    format: columns(FORMATS.whole, FORMATS.amount, FORMATS.percent),
  },
  TERMSHARE: {
    parameters: [range("tenors"), range("amounts"), cell("tenor")],
    compute: termShare,
    result: "number",
    format: FORMATS.percent,
  },
  ISSUANCESPLIT: {
    parameters: [values("amounts"), range("tenors"), headers()],
    compute: (amounts: Range, tenors: Range) => {
      const split = issuanceSplit(amounts, tenors);
      return [[split.shortTerm, split.longTerm]];
    },
    result: "spill",
    format: FORMATS.amount,
  },
  DISTRIBUTION: {
    parameters: [range("values"), range("bounds"), headers()],
    compute: distribution,
    result: "spill",
    format: columns(null, FORMATS.whole, FORMATS.percent),
  },
  RATINGDIST: {
    parameters: [range("ratings"), headers()],
    compute: ratingDistribution,
    result: "spill",
    format: columns(null, FORMATS.whole, FORMATS.percent),
  },
  RATINGRANK: { parameters: [cell("rating")], compute: ratingRank, result: "number", format: FORMATS.whole },
  LOWERRATING: { parameters: [range("ratings")], compute: lowerRating, result: "value", format: null },
  MIGRATION: {
    parameters: [range("from_ratings"), range("to_ratings"), headers()],
    compute: (from: Range, to: Range) => {
      const counts = migration(from, to);
      return [[counts.upgrades, counts.unchanged, counts.downgrades]];
    },
    result: "spill",
    format: FORMATS.whole,
  },
  SPREADBP: {
    parameters: [range("bond_yield"), range("benchmark")],
    compute: spreads,
    result: "cells",
    format: FORMATS.basisPoints,
  },
  ROSTER: {
    parameters: [optionalText("province"), headers()],
    compute: (province: string | null, withHeaders: boolean) => rosterSpill(province, displayLocale(), withHeaders),
    result: "cells",
    format: columns(FORMATS.whole, null, null, null),
  },
  COMPANY: {
    parameters: [text("name"), optionalText("field")],
    compute: (name: string, field: string | null) => companyField(findCompany(name), field ?? "full_name"),
    result: "value",
    format: FORMATS.whole,
  },
  PROFILE: {
    parameters: [text("name"), optionalText("edition")],
    compute: (name: string, edition: string | null) => canonicalShortName(findCompany(name, resolveEdition(edition))),
    result: "value",
    format: null,
    card: (name: string, edition: string | null) => companyCard(name, resolveEdition(edition), displayLocale()),
  },
  AMCCOUNT: {
    parameters: [optionalText("province")],
    compute: (province: string | null) => companiesIn(province).length,
    result: "number",
    format: () => companyCountFormat(),
  },
  FIGURE: {
    parameters: figureParameters,
    compute: (metric: string, entity: string | null, period: string | null, edition: string | null) =>
      figureValue(figureQuery(metric, entity, period, edition)),
    result: "value",
    format: (metric: string, entity: string | null, period: string | null, edition: string | null) => {
      const query = figureQuery(metric, entity, period, edition);
      return figureNumberFormat(findFigure(query), query.language);
    },
  },
  SOURCE: {
    parameters: figureParameters,
    compute: (metric: string, entity: string | null, period: string | null, edition: string | null) =>
      figureCitation(figureQuery(metric, entity, period, edition)),
    result: "value",
    format: null,
  },
  DATASET: {
    parameters: [text("name"), headers()],
    compute: (name: string, withHeaders: boolean) => datasetSpill(name, displayLocale(), withHeaders),
    result: "cells",
    format: datasetFormat,
  },
} satisfies Record<string, Declaration>;

export type FunctionId = keyof typeof DECLARATIONS;
