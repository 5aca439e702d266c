/**
 * The AMC.* custom functions Excel calls: one thin wrapper per function over its declaration (declarations.ts),
 * which reads and checks the arguments, computes and maps errors. Their JSDoc is the single source of
 * functions.json (custom-functions-metadata-plugin), and the plugin's loader appends one CustomFunctions.associate
 * call per function to this file at build time. Each function's Excel formula is in reference.json, which the build
 * adds to the descriptions of both languages.
 *
 * Start-up: the module asks Office to tell, once it is ready, whether Excel takes data types (data-types.ts), and
 * goes on at once: the associate calls run while it loads, before Office has answered; until it has, results are
 * plain numbers and text, after it formatted numbers and entity cards where Excel supports them.
 */
import { askForDataTypeSupport } from "./data-types";
import { excelFunction } from "./declare";
import { DECLARATIONS, type FunctionId } from "./declarations";

askForDataTypeSupport();

const AMC = Object.fromEntries(
  Object.entries(DECLARATIONS).map(([id, declaration]) => [id, excelFunction(id, declaration)]),
) as Record<FunctionId, ReturnType<typeof excelFunction>>;

// ── Concentration ────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Share of the n largest values in the total (前五大占比).
 * @customfunction TOP5SHARE
 * @helpurl https://localhost:3000/help.html#TOP5SHARE
 * @param values Values of every entity (e.g. total assets); blank cells, text and booleans are ignored.
 * @param [n] How many of the largest values to add up (default 5); a whole number of at least 1.
 * @returns The share as a decimal (0.5058 for 50.58%).
 */
export function top5share(values: any[][], n?: number): any {
  return AMC.TOP5SHARE(values, n);
}

/**
 * The n largest values with their labels and share of the total, largest first, ties in sheet order.
 * @customfunction TOPN
 * @helpurl https://localhost:3000/help.html#TOPN
 * @param values Values of every entity; rows whose value is not a number are left out.
 * @param labels Labels (e.g. short names), the same shape as values.
 * @param [n] How many rows to return (default 5); fewer when fewer rows hold a number.
 * @param [headers] TRUE (default) to put a header row above the rows.
 * @returns Rows of label, value and share.
 */
export function topn(values: any[][], labels: any[][], n?: number, headers?: boolean): any[][] {
  return AMC.TOPN(values, labels, n, headers) as any[][];
}

/**
 * One entity's share of the total; #N/A when no label matches.
 * @customfunction SHARE
 * @helpurl https://localhost:3000/help.html#SHARE
 * @param values Values of every entity; blank cells, text and booleans are ignored.
 * @param labels Labels, the same shape as values.
 * @param label The label to add up; SUMIF criteria work too (wildcards *, ?, or ">100").
 * @returns The share as a decimal.
 */
export function share(values: any[][], labels: any[][], label: any): any {
  return AMC.SHARE(values, labels, label);
}

/**
 * Herfindahl–Hirschman index of concentration, 0–10000.
 * @customfunction HHI
 * @helpurl https://localhost:3000/help.html#HHI
 * @param values Values of every entity (e.g. total assets); blank cells, text and booleans are ignored.
 * @returns The index, from near 0 (dispersed) to 10000 (one entity holds everything).
 */
export function hhi(values: any[][]): any {
  return AMC.HHI(values);
}

// ── Growth and profitability ─────────────────────────────────────────────────────────────────────────────────

/**
 * Aggregate growth rate (同比增速).
 * @customfunction GROWTHRATE
 * @helpurl https://localhost:3000/help.html#GROWTHRATE
 * @param current Values of the current period, at least one a number; blank cells and text are ignored.
 * @param prior Values of the prior period, the same shape as current, at least one a number.
 * @returns The growth rate as a decimal (0.4487 for 44.87%).
 */
export function growthrate(current: any[][], prior: any[][]): any {
  return AMC.GROWTHRATE(current, prior);
}

/**
 * Simple annualisation, as the report annualises half-year ratios (× 2).
 * @customfunction ANNUALIZE
 * @helpurl https://localhost:3000/help.html#ANNUALIZE
 * @param rate The rate over the period, as a decimal.
 * @param months Length of the period in months, more than 0 and at most 12.
 * @returns The annualised rate.
 */
export function annualize(rate: number, months: number): any {
  return AMC.ANNUALIZE(rate, months);
}

/**
 * Return on average assets, annualised (总资产收益率).
 * @customfunction ROA
 * @helpurl https://localhost:3000/help.html#ROA
 * @param profit Net profit over the period, at least one a number; blank cells and text are ignored.
 * @param assets_begin Total assets at the start of the period, at least one a number.
 * @param assets_end Total assets at the end of the period, the same shape as assets_begin, at least one a number.
 * @param [months] Length of the period in months (default 12); 6 annualises a half year.
 * @returns The return as a decimal.
 */
export function roa(profit: any[][], assets_begin: any[][], assets_end: any[][], months?: number): any {
  return AMC.ROA(profit, assets_begin, assets_end, months);
}

/**
 * Return on average equity, annualised (净资产收益率).
 * @customfunction ROE
 * @helpurl https://localhost:3000/help.html#ROE
 * @param profit Net profit over the period, at least one a number; blank cells and text are ignored.
 * @param equity_begin Net assets (equity) at the start of the period, at least one a number.
 * @param equity_end Net assets (equity) at the end of the period, the same shape as equity_begin, at least one a number.
 * @param [months] Length of the period in months (default 12); 6 annualises a half year.
 * @returns The return as a decimal.
 */
export function roe(profit: any[][], equity_begin: any[][], equity_end: any[][], months?: number): any {
  return AMC.ROE(profit, equity_begin, equity_end, months);
}

// ── Leverage and debt service ────────────────────────────────────────────────────────────────────────────────

/**
 * Debt ratio (资产负债率): total liabilities over total assets.
 * @customfunction DEBTRATIO
 * @helpurl https://localhost:3000/help.html#DEBTRATIO
 * @param liabilities Total liabilities, at least one a number; blank cells and text are ignored.
 * @param assets Total assets, at least one a number; blank cells and text are ignored.
 * @returns The debt ratio as a decimal (0.3776 for 37.76%).
 */
export function debtratio(liabilities: any[][], assets: any[][]): any {
  return AMC.DEBTRATIO(liabilities, assets);
}

/**
 * Cash over short-term debt (现金类资产/短期债务).
 * @customfunction CASHCOVER
 * @helpurl https://localhost:3000/help.html#CASHCOVER
 * @param cash Cash and cash equivalents, at least one a number; blank cells and text are ignored.
 * @param short_debt Short-term debt, at least one a number; blank cells and text are ignored.
 * @returns The cover as a decimal (0.27 for 27%).
 */
export function cashcover(cash: any[][], short_debt: any[][]): any {
  return AMC.CASHCOVER(cash, short_debt);
}

// ── Financing ────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Net financing (净融资额): the total issued minus the total repaid.
 * @customfunction NETFINANCING
 * @helpurl https://localhost:3000/help.html#NETFINANCING
 * @param issued Amounts issued, at least one a number; blank cells and text are ignored.
 * @param repaid Amounts repaid or matured, at least one a number; blank cells and text are ignored.
 * @returns The total issued minus the total repaid.
 */
export function netfinancing(issued: any[][], repaid: any[][]): any {
  return AMC.NETFINANCING(issued, repaid);
}

/**
 * Bonds issued, matured and net in a date window.
 * @customfunction BONDFLOWS
 * @helpurl https://localhost:3000/help.html#BONDFLOWS
 * @param amounts Amount of each bond, at least one a number.
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
  return AMC.BONDFLOWS(amounts, issue_dates, maturity_dates, start, end, headers) as any[][];
}

/**
 * Amounts falling due per year (到期分布); a bond with an exercise (put/call) date is counted at that date.
 * @customfunction MATURITYPROFILE
 * @helpurl https://localhost:3000/help.html#MATURITYPROFILE
 * @param amounts Amount of each bond, at least one a number.
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
  return AMC.MATURITYPROFILE(amounts, maturity_dates, exercise_dates, from_year, to_year, headers) as any[][];
}

/**
 * Share of issuance with one tenor (期限占比).
 * @customfunction TERMSHARE
 * @helpurl https://localhost:3000/help.html#TERMSHARE
 * @param tenors Tenor of each bond in years.
 * @param amounts Amount of each bond, the same shape as tenors.
 * @param tenor The tenor in years (e.g. 3); SUMIF criteria work too (">=3").
 * @returns The share as a decimal (0.432 for 43.20%).
 */
export function termshare(tenors: any[][], amounts: any[][], tenor: any): any {
  return AMC.TERMSHARE(tenors, amounts, tenor);
}

/**
 * Issuance split into short-term (tenor under 1 year) and long-term (1 year or more), as the report counts them.
 * @customfunction ISSUANCESPLIT
 * @helpurl https://localhost:3000/help.html#ISSUANCESPLIT
 * @param amounts Amount of each bond, at least one a number.
 * @param tenors Tenor of each bond in years, the same shape as amounts.
 * @param [headers] TRUE (default) to put a header row above the figures.
 * @returns One row: short-term amount, long-term amount.
 */
export function issuancesplit(amounts: any[][], tenors: any[][], headers?: boolean): any[][] {
  return AMC.ISSUANCESPLIT(amounts, tenors, headers) as any[][];
}

// ── Distributions and ratings ────────────────────────────────────────────────────────────────────────────────

/**
 * How many values fall in each bucket (分布), like the report's asset and debt-ratio distributions.
 * @customfunction DISTRIBUTION
 * @helpurl https://localhost:3000/help.html#DISTRIBUTION
 * @param values The values to bucket; blank cells, text and booleans are ignored.
 * @param bounds Upper bounds of the buckets, strictly ascending (e.g. 100, 300, 500); each is included in its bucket.
 * @param [headers] TRUE (default) to put a header row above the rows.
 * @returns One row per bucket (≤first, first–second, …, >last): label, count, share.
 */
export function distribution(values: any[][], bounds: any[][], headers?: boolean): any[][] {
  return AMC.DISTRIBUTION(values, bounds, headers) as any[][];
}

/**
 * Distribution of credit ratings (主体级别分布) in scale order, only the ratings present.
 * @customfunction RATINGDIST
 * @helpurl https://localhost:3000/help.html#RATINGDIST
 * @param ratings Ratings such as AAA, AA+ (AA⁺ and AA＋ are the same); blank or NR cells are unrated.
 * @param [headers] TRUE (default) to put a header row above the rows.
 * @returns One row per rating present: rating, count, share of rated cells.
 */
export function ratingdist(ratings: any[][], headers?: boolean): any[][] {
  return AMC.RATINGDIST(ratings, headers) as any[][];
}

/**
 * Position of a rating on the scale AAA, AA+, AA, AA-, A+ … C (AAA = 1, C = 19).
 * @customfunction RATINGRANK
 * @helpurl https://localhost:3000/help.html#RATINGRANK
 * @param rating A rating such as AA+ (AA⁺ and AA＋ are the same).
 * @returns The position, 1 for AAA.
 */
export function ratingrank(rating: any): any {
  return AMC.RATINGRANK(rating);
}

/**
 * The lowest rating among the cells (按级别取下), as the report counts a company rated differently by agencies.
 * @customfunction LOWERRATING
 * @helpurl https://localhost:3000/help.html#LOWERRATING
 * @param ratings Ratings such as AAA, AA+; blank or NR cells are unrated.
 * @returns The lowest rating, written as on the scale (AA+).
 */
export function lowerrating(ratings: any[][]): string {
  return AMC.LOWERRATING(ratings) as string;
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
  return AMC.MIGRATION(from_ratings, to_ratings, headers) as any[][];
}

/**
 * Spread in basis points (利差, BP); ranges work cell by cell like Excel arrays.
 * @customfunction SPREADBP
 * @helpurl https://localhost:3000/help.html#SPREADBP
 * @param bond_yield Yield as a decimal (2.60% is 0.026), or a range of yields.
 * @param benchmark Benchmark yield as a decimal, or a range of the same shape (a single cell applies to all).
 * @returns The spread in BP; a range of spreads for ranges.
 */
export function spreadbp(bond_yield: any[][], benchmark: any[][]): any[][] {
  return AMC.SPREADBP(bond_yield, benchmark) as any[][];
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
  return AMC.ROSTER(province, headers) as any[][];
}

/**
 * One field of one local AMC, found by full name, short name or a name the report's text uses.
 * @customfunction COMPANY
 * @helpurl https://localhost:3000/help.html#COMPANY
 * @param name Full name (浙江省浙商资产管理有限公司), short name (浙商资产) or alias.
 * @param [field] full_name (default), short_name, province, seq, aliases, short_name_printed or note.
 * @returns The field's value.
 */
export function company(name: any, field?: string): any {
  return AMC.COMPANY(name, field) as any;
}

/**
 * A local AMC's card: the cell shows its short name, the card its full name, province, roster number, other names, every figure the report prints about it, source and edition (needs Excel with data types; elsewhere the short name).
 * @customfunction PROFILE
 * @helpurl https://localhost:3000/help.html#PROFILE
 * @param name Full name, short name (浙商资产) or alias; or a cell holding a company's card.
 * @param [edition] The report edition (report-2025-12); the newest bundled when omitted.
 * @returns The company's card; fields are read as =A2.Province (=A2.省份 in Chinese Excel).
 */
export function profile(name: any, edition?: string): any {
  return AMC.PROFILE(name, edition);
}

/**
 * Number of local AMCs at end-2025 (58), or in one province.
 * @customfunction AMCCOUNT
 * @helpurl https://localhost:3000/help.html#AMCCOUNT
 * @param [province] A province: 浙江 or 浙江省; all provinces when omitted.
 * @returns The number of companies.
 */
export function amccount(province?: string): any {
  return AMC.AMCCOUNT(province);
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
export function figure(metric: string, entity?: any, period?: any, edition?: string): any {
  return AMC.FIGURE(metric, entity, period, edition) as any;
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
export function source(metric: string, entity?: any, period?: any, edition?: string): string {
  return AMC.SOURCE(metric, entity, period, edition) as string;
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
  return AMC.DATASET(name, headers) as any[][];
}
