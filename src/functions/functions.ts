/**
 * The AMC.* custom functions Excel calls: thin wrappers that coerce arguments, call src/metrics (or the data
 * lookups) and map errors. Their JSDoc is the single source of functions.json (custom-functions-metadata-plugin),
 * and the plugin's loader appends one CustomFunctions.associate call per function to this file at build time.
 * Optional arguments arrive as null when omitted: defaults are applied in code.
 */
import {
  dateArgument,
  numberArgument,
  optionalBoolean,
  optionalNumber,
  optionalNumberOrNull,
  optionalPeriod,
  optionalRange,
  optionalText,
  range,
  single,
  textArgument,
} from "./arguments";
import { resolveEdition } from "./editions";
import { displayLocale, run, toExcelError } from "./excel-errors";
import { splitFigureKey, type FigureQuery } from "./figure-lookup";
import { datasetSpill, figureCitation, figureValue, rosterSpill } from "./report-data";
import { companiesIn, companyField, findCompany } from "./roster-lookup";
import { excelNumber, headerRow, runNumber, spill } from "./spill";
import { hhi as herfindahl, share as shareOf, topN, topNShare } from "../metrics/concentration";
import { distribution as bucketCounts } from "../metrics/distribution";
import { bondFlows, issuanceSplit, netFinancing, termShare } from "../metrics/financing";
import { annualize as annualized, growthRate } from "../metrics/growth";
import { cashCover, debtRatio } from "../metrics/leverage";
import { maturityProfile } from "../metrics/maturity";
import { returnOnAverage } from "../metrics/profitability";
import { lowerRating, migration as ratingMigration, ratingDistribution, ratingRank } from "../metrics/ratings";
import { spreadBp } from "../metrics/spreads";

const withHeaders = (headers: unknown) => optionalBoolean(headers, "headers", true);

// ── Concentration ────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Share of the n largest values in the total (前五大占比). ≡ SUM(LARGE(values,SEQUENCE(n)))/SUM(values).
 * @customfunction TOP5SHARE
 * @helpurl https://localhost:3000/help.html#TOP5SHARE
 * @param values Values of every entity (e.g. total assets); blank cells, text and booleans are ignored.
 * @param [n] How many of the largest values to add up (default 5); a whole number of at least 1.
 * @returns The share as a decimal (0.5058 for 50.58%).
 */
export function top5share(values: any[][], n?: number): number {
  return runNumber(() => topNShare(range(values), optionalNumber(n, "n", 5)));
}

/**
 * The n largest values with their labels and share of the total, largest first, ties in sheet order.
 * ≡ TAKE(SORTBY(HSTACK(labels,values,values/SUM(values)),values,-1),n) over the rows whose value is a number.
 * @customfunction TOPN
 * @helpurl https://localhost:3000/help.html#TOPN
 * @param values Values of every entity; rows whose value is not a number are left out.
 * @param labels Labels (e.g. short names), the same shape as values.
 * @param [n] How many rows to return (default 5); fewer when fewer rows hold a number.
 * @param [headers] TRUE (default) to put a header row above the rows.
 * @returns Rows of label, value and share.
 */
export function topn(values: any[][], labels: any[][], n?: number, headers?: boolean): any[][] {
  return run(() =>
    spill(topN(range(values), range(labels), optionalNumber(n, "n", 5)), headerRow("TOPN", withHeaders(headers))),
  );
}

/**
 * One entity's share of the total. ≡ SUMIF(labels,label,values)/SUM(values); #N/A when no label matches.
 * @customfunction SHARE
 * @helpurl https://localhost:3000/help.html#SHARE
 * @param values Values of every entity; blank cells, text and booleans are ignored.
 * @param labels Labels, the same shape as values.
 * @param label The label to add up; SUMIF criteria work too (wildcards *, ?, or ">100").
 * @returns The share as a decimal.
 */
export function share(values: any[][], labels: any[][], label: any): number {
  return runNumber(() => shareOf(range(values), range(labels), single(label)));
}

/**
 * Herfindahl–Hirschman index of concentration, 0–10000. ≡ SUMPRODUCT((values/SUM(values))^2)*10000.
 * @customfunction HHI
 * @helpurl https://localhost:3000/help.html#HHI
 * @param values Values of every entity (e.g. total assets); blank cells, text and booleans are ignored.
 * @returns The index, from near 0 (dispersed) to 10000 (one entity holds everything).
 */
export function hhi(values: any[][]): number {
  return runNumber(() => herfindahl(range(values)));
}

// ── Growth and profitability ─────────────────────────────────────────────────────────────────────────────────

/**
 * Aggregate growth rate (同比增速). ≡ SUM(current)/SUM(prior)-1.
 * @customfunction GROWTHRATE
 * @helpurl https://localhost:3000/help.html#GROWTHRATE
 * @param current Values of the current period; blank cells and text are ignored.
 * @param prior Values of the prior period, the same shape as current.
 * @returns The growth rate as a decimal (0.4487 for 44.87%).
 */
export function growthrate(current: any[][], prior: any[][]): number {
  return runNumber(() => growthRate(range(current), range(prior)));
}

/**
 * Simple annualisation, as the report annualises half-year ratios (× 2). ≡ rate*12/months.
 * @customfunction ANNUALIZE
 * @helpurl https://localhost:3000/help.html#ANNUALIZE
 * @param rate The rate over the period, as a decimal.
 * @param months Length of the period in months, more than 0 and at most 12.
 * @returns The annualised rate.
 */
export function annualize(rate: number, months: number): number {
  // No closure (runNumber's form): Excel calls a function of single values once per cell of a range.
  try {
    return excelNumber(annualized(numberArgument(rate, "rate"), numberArgument(months, "months")));
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * Return on average assets, annualised (总资产收益率).
 * ≡ SUM(profit)/((SUM(assets_begin)+SUM(assets_end))/2)*12/months.
 * @customfunction ROA
 * @helpurl https://localhost:3000/help.html#ROA
 * @param profit Net profit over the period; blank cells and text are ignored.
 * @param assets_begin Total assets at the start of the period.
 * @param assets_end Total assets at the end of the period, the same shape as assets_begin.
 * @param [months] Length of the period in months (default 12); 6 annualises a half year.
 * @returns The return as a decimal.
 */
export function roa(profit: any[][], assets_begin: any[][], assets_end: any[][], months?: number): number {
  return annualisedReturn(profit, [assets_begin, assets_end], ["assets_begin", "assets_end"], months);
}

/**
 * Return on average equity, annualised (净资产收益率).
 * ≡ SUM(profit)/((SUM(equity_begin)+SUM(equity_end))/2)*12/months.
 * @customfunction ROE
 * @helpurl https://localhost:3000/help.html#ROE
 * @param profit Net profit over the period; blank cells and text are ignored.
 * @param equity_begin Net assets (equity) at the start of the period.
 * @param equity_end Net assets (equity) at the end of the period, the same shape as equity_begin.
 * @param [months] Length of the period in months (default 12); 6 annualises a half year.
 * @returns The return as a decimal.
 */
export function roe(profit: any[][], equity_begin: any[][], equity_end: any[][], months?: number): number {
  return annualisedReturn(profit, [equity_begin, equity_end], ["equity_begin", "equity_end"], months);
}

/** ROA and ROE: profit over the average of a base at the start and the end, annualised. */
function annualisedReturn(profit: unknown, [begin, end]: unknown[], names: [string, string], months: unknown): number {
  return runNumber(() =>
    returnOnAverage(
      range(profit),
      { begin: range(begin), end: range(end), names },
      optionalNumber(months, "months", 12),
    ),
  );
}

// ── Leverage and debt service ────────────────────────────────────────────────────────────────────────────────

/**
 * Debt ratio (资产负债率): total liabilities over total assets. ≡ SUM(liabilities)/SUM(assets).
 * @customfunction DEBTRATIO
 * @helpurl https://localhost:3000/help.html#DEBTRATIO
 * @param liabilities Total liabilities; blank cells and text are ignored.
 * @param assets Total assets; blank cells and text are ignored.
 * @returns The debt ratio as a decimal (0.3776 for 37.76%).
 */
export function debtratio(liabilities: any[][], assets: any[][]): number {
  return runNumber(() => debtRatio(range(liabilities), range(assets)));
}

/**
 * Cash over short-term debt (现金类资产/短期债务). ≡ SUM(cash)/SUM(short_debt).
 * @customfunction CASHCOVER
 * @helpurl https://localhost:3000/help.html#CASHCOVER
 * @param cash Cash and cash equivalents; blank cells and text are ignored.
 * @param short_debt Short-term debt; blank cells and text are ignored.
 * @returns The cover as a decimal (0.27 for 27%).
 */
export function cashcover(cash: any[][], short_debt: any[][]): number {
  return runNumber(() => cashCover(range(cash), range(short_debt)));
}

// ── Financing ────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Net financing (净融资额): the total issued minus the total repaid. ≡ SUM(issued)-SUM(repaid).
 * @customfunction NETFINANCING
 * @helpurl https://localhost:3000/help.html#NETFINANCING
 * @param issued Amounts issued; blank cells and text are ignored.
 * @param repaid Amounts repaid or matured; blank cells and text are ignored.
 * @returns The total issued minus the total repaid.
 */
export function netfinancing(issued: any[][], repaid: any[][]): number {
  return runNumber(() => netFinancing(range(issued), range(repaid)));
}

/**
 * Bonds issued, matured and net in a date window.
 * ≡ SUMIFS(amounts,issue_dates,">="&start,issue_dates,"<="&end), the same on maturity_dates, and their difference.
 * @customfunction BONDFLOWS
 * @helpurl https://localhost:3000/help.html#BONDFLOWS
 * @param amounts Amount of each bond.
 * @param issue_dates Issue (value) date of each bond, the same shape as amounts.
 * @param maturity_dates Maturity date of each bond, the same shape as amounts.
 * @param start First day of the window (a date, or text like 2025-01-01).
 * @param end Last day of the window, included.
 * @param [headers] TRUE (default) to put a header row above the figures.
 * @returns One row: issued, matured, net.
 */
export function bondflows(
  amounts: any[][],
  issue_dates: any[][],
  maturity_dates: any[][],
  start: any,
  end: any,
  headers?: boolean,
): any[][] {
  return run(() => {
    const flows = bondFlows(
      range(amounts),
      range(issue_dates),
      range(maturity_dates),
      dateArgument(start, "start"),
      dateArgument(end, "end"),
    );
    return spill([[flows.issued, flows.matured, flows.net]], headerRow("BONDFLOWS", withHeaders(headers)));
  });
}

/**
 * Amounts falling due per year (到期分布); a bond with an exercise (put/call) date is counted at that date.
 * Amount ≡ SUMPRODUCT((YEAR(effective)=year)*amounts); share ≡ amount/SUM(amounts).
 * @customfunction MATURITYPROFILE
 * @helpurl https://localhost:3000/help.html#MATURITYPROFILE
 * @param amounts Amount of each bond.
 * @param maturity_dates Maturity date of each bond, the same shape as amounts.
 * @param [exercise_dates] Next exercise (put/call) date of each bond, blank where none.
 * @param [from_year] First year of the table (default: the first year present).
 * @param [to_year] Last year of the table (default: the last year present).
 * @param [headers] TRUE (default) to put a header row above the rows.
 * @returns One row per year, zero years included: year, amount due, share of all amounts.
 */
export function maturityprofile(
  amounts: any[][],
  maturity_dates: any[][],
  exercise_dates?: any[][],
  from_year?: number,
  to_year?: number,
  headers?: boolean,
): any[][] {
  return run(() => {
    const rows = maturityProfile(range(amounts), range(maturity_dates), optionalRange(exercise_dates), {
      from: optionalNumberOrNull(from_year, "from_year"),
      to: optionalNumberOrNull(to_year, "to_year"),
    });
    return spill(rows, headerRow("MATURITYPROFILE", withHeaders(headers)));
  });
}

/**
 * Share of issuance with one tenor (期限占比). ≡ SUMIF(tenors,tenor,amounts)/SUM(amounts).
 * @customfunction TERMSHARE
 * @helpurl https://localhost:3000/help.html#TERMSHARE
 * @param tenors Tenor of each bond in years.
 * @param amounts Amount of each bond, the same shape as tenors.
 * @param tenor The tenor in years (e.g. 3); SUMIF criteria work too (">=3").
 * @returns The share as a decimal (0.432 for 43.20%).
 */
export function termshare(tenors: any[][], amounts: any[][], tenor: any): number {
  return runNumber(() => termShare(range(tenors), range(amounts), single(tenor)));
}

/**
 * Issuance split into short-term (tenor under 1 year) and long-term (1 year or more), as the report counts them.
 * ≡ SUMIF(tenors,"<1",amounts) and SUMIF(tenors,">=1",amounts).
 * @customfunction ISSUANCESPLIT
 * @helpurl https://localhost:3000/help.html#ISSUANCESPLIT
 * @param amounts Amount of each bond.
 * @param tenors Tenor of each bond in years, the same shape as amounts.
 * @param [headers] TRUE (default) to put a header row above the figures.
 * @returns One row: short-term amount, long-term amount.
 */
export function issuancesplit(amounts: any[][], tenors: any[][], headers?: boolean): any[][] {
  return run(() => {
    const split = issuanceSplit(range(amounts), range(tenors));
    return spill([[split.shortTerm, split.longTerm]], headerRow("ISSUANCESPLIT", withHeaders(headers)));
  });
}

// ── Distributions and ratings ────────────────────────────────────────────────────────────────────────────────

/**
 * How many values fall in each bucket (分布), like the report's asset and debt-ratio distributions.
 * Counts ≡ FREQUENCY(values,bounds); share = count/COUNT(values).
 * @customfunction DISTRIBUTION
 * @helpurl https://localhost:3000/help.html#DISTRIBUTION
 * @param values The values to bucket; blank cells, text and booleans are ignored.
 * @param bounds Upper bounds of the buckets, strictly ascending (e.g. 100, 300, 500); each is included in its bucket.
 * @param [headers] TRUE (default) to put a header row above the rows.
 * @returns One row per bucket (≤first, first–second, …, >last): label, count, share.
 */
export function distribution(values: any[][], bounds: any[][], headers?: boolean): any[][] {
  return run(() => spill(bucketCounts(range(values), range(bounds)), headerRow("DISTRIBUTION", withHeaders(headers))));
}

/**
 * Distribution of credit ratings (主体级别分布) in scale order, only the ratings present.
 * Counts ≡ COUNTIF(ratings,rating); share = count / rated cells.
 * @customfunction RATINGDIST
 * @helpurl https://localhost:3000/help.html#RATINGDIST
 * @param ratings Ratings such as AAA, AA+ (AA⁺ and AA＋ are the same); blank or NR cells are unrated.
 * @param [headers] TRUE (default) to put a header row above the rows.
 * @returns One row per rating present: rating, count, share of rated cells.
 */
export function ratingdist(ratings: any[][], headers?: boolean): any[][] {
  return run(() => spill(ratingDistribution(range(ratings)), headerRow("RATINGDIST", withHeaders(headers))));
}

/**
 * Position of a rating on the scale AAA, AA+, AA, AA-, A+ … C (AAA = 1, C = 19).
 * @customfunction RATINGRANK
 * @helpurl https://localhost:3000/help.html#RATINGRANK
 * @param rating A rating such as AA+ (AA⁺ and AA＋ are the same).
 * @returns The position, 1 for AAA.
 */
export function ratingrank(rating: any): number {
  // No closure (runNumber's form): Excel calls a function of single values once per cell of a range.
  try {
    return ratingRank(single(rating));
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * The lowest rating among the cells (按级别取下), as the report counts a company rated differently by agencies.
 * @customfunction LOWERRATING
 * @helpurl https://localhost:3000/help.html#LOWERRATING
 * @param ratings Ratings such as AAA, AA+; blank or NR cells are unrated.
 * @returns The lowest rating, written as on the scale (AA+).
 */
export function lowerrating(ratings: any[][]): string {
  return run(() => lowerRating(range(ratings)));
}

/**
 * Rating migration between two dates (级别迁移): upgrades, unchanged, downgrades over the pairs where both are rated.
 * @customfunction MIGRATION
 * @helpurl https://localhost:3000/help.html#MIGRATION
 * @param from_ratings Ratings at the earlier date.
 * @param to_ratings Ratings at the later date, the same shape as from_ratings.
 * @param [headers] TRUE (default) to put a header row above the counts.
 * @returns One row: upgrades, unchanged, downgrades.
 */
export function migration(from_ratings: any[][], to_ratings: any[][], headers?: boolean): any[][] {
  return run(() => {
    const counts = ratingMigration(range(from_ratings), range(to_ratings));
    return spill(
      [[counts.upgrades, counts.unchanged, counts.downgrades]],
      headerRow("MIGRATION", withHeaders(headers)),
    );
  });
}

/**
 * Spread in basis points (利差, BP). ≡ (bond_yield-benchmark)*10000; ranges work cell by cell like Excel arrays.
 * @customfunction SPREADBP
 * @helpurl https://localhost:3000/help.html#SPREADBP
 * @param bond_yield Yield as a decimal (2.60% is 0.026), or a range of yields.
 * @param benchmark Benchmark yield as a decimal, or a range of the same shape (a single cell applies to all).
 * @returns The spread in BP; a range of spreads for ranges.
 */
export function spreadbp(bond_yield: any[][], benchmark: any[][]): any[][] {
  return run(() => {
    // Cells come back Excel-ready (finite numbers or CustomFunctions.Error), so no spill() pass over them.
    const grid = spreadBp(range(bond_yield), range(benchmark), toExcelError);
    if (grid.length === 1 && grid[0].length === 1 && grid[0][0] instanceof CustomFunctions.Error) throw grid[0][0];
    return grid;
  });
}

// ── The bundled report ───────────────────────────────────────────────────────────────────────────────────────

/**
 * The 58 local AMCs at end-2025 (附件名单): seq, full name, province, short name; one province's when given.
 * @customfunction ROSTER
 * @helpurl https://localhost:3000/help.html#ROSTER
 * @param [province] A province: 浙江 or 浙江省 (广西, 内蒙古, 宁夏, 新疆, 西藏 work without 自治区); all when omitted.
 * @param [headers] TRUE (default) to put a header row above the rows.
 * @returns One row per company, in the appendix's order.
 */
export function roster(province?: string, headers?: boolean): any[][] {
  return run(() => rosterSpill(optionalText(province, "province"), displayLocale(), withHeaders(headers)));
}

/**
 * One field of one local AMC, found by full name, short name or a name the report's text uses.
 * @customfunction COMPANY
 * @helpurl https://localhost:3000/help.html#COMPANY
 * @param name Full name (浙江省浙商资产管理有限公司), short name (浙商资产) or alias.
 * @param [field] full_name (default), short_name, province, seq, aliases, short_name_printed or note.
 * @returns The field's value.
 */
export function company(name: string, field?: string): any {
  return run(() => {
    const found = findCompany(textArgument(name, "name"));
    return companyField(found, optionalText(field, "field") ?? "full_name");
  });
}

/**
 * Number of local AMCs at end-2025 (58), or in one province.
 * @customfunction AMCCOUNT
 * @helpurl https://localhost:3000/help.html#AMCCOUNT
 * @param [province] A province: 浙江 or 浙江省; all provinces when omitted.
 * @returns The number of companies.
 */
export function amccount(province?: string): number {
  return runNumber(() => companiesIn(optionalText(province, "province")).length);
}

/** The FIGURE/SOURCE arguments; a whole key `metric|entity|period` typed as the metric works too. */
function figureQuery(metric: unknown, entity: unknown, period: unknown, edition: unknown): FigureQuery {
  const typed = textArgument(metric, "metric");
  const key = splitFigureKey(typed);
  return {
    metric: key?.metric ?? typed,
    entity: optionalText(entity, "entity") ?? key?.entity ?? null,
    period: optionalPeriod(period, "period") ?? key?.period ?? null,
    edition: resolveEdition(optionalText(edition, "edition")),
  };
}

/**
 * One figure printed in the report, e.g. net financing 2024 = 251.20 (亿元); percents as decimals (43.10% → 0.431).
 * @customfunction FIGURE
 * @helpurl https://localhost:3000/help.html#FIGURE
 * @param metric The metric id (net_financing) or its Chinese name (债券净融资额); or a whole key net_financing|industry|2024.
 * @param [entity] industry, sample, or a company's name; when omitted, the metric's only entity or the industry.
 * @param [period] 2024, 2025-06-30, 2025-01..2025-11 …; when omitted, the latest the report prints.
 * @param [edition] The report edition (report-2025-12); the newest bundled when omitted.
 * @returns The figure as printed, in its unit (亿元, 家 …), or a decimal for a percent.
 */
export function figure(metric: string, entity?: string, period?: any, edition?: string): any {
  return run(() => figureValue(figureQuery(metric, entity, period, edition)));
}

/**
 * Where the report prints a figure: report, section, chart and the short quote.
 * @customfunction SOURCE
 * @helpurl https://localhost:3000/help.html#SOURCE
 * @param metric The metric id (net_financing) or its Chinese name; or a whole key net_financing|industry|2024.
 * @param [entity] industry, sample, or a company's name; when omitted, the metric's only entity or the industry.
 * @param [period] 2024, 2025-06-30, 2025-01..2025-11 …; when omitted, the latest the report prints.
 * @param [edition] The report edition (report-2025-12); the newest bundled when omitted.
 * @returns The citation text.
 */
export function source(metric: string, entity?: string, period?: any, edition?: string): string {
  return run(() => figureCitation(figureQuery(metric, entity, period, edition), displayLocale()));
}

/**
 * Any bundled dataset as a table: the same tables the task pane inserts (percents as decimals, dates as serials).
 * @customfunction DATASET
 * @helpurl https://localhost:3000/help.html#DATASET
 * @param name The dataset id (roster, figures, net_financing, maturities …) or its title.
 * @param [headers] TRUE (default) to put the column titles above the rows.
 * @returns One row per record.
 */
export function dataset(name: string, headers?: boolean): any[][] {
  return run(() => datasetSpill(textArgument(name, "name"), displayLocale(), withHeaders(headers)));
}
