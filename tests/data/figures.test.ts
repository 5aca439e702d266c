import { canonicalShortName, figureId } from "../../src/data/index";
import { numeralReadings, numeralTokens } from "../../data-src/checks/chinese-numerals";
import { collapseWhitespace } from "../../data-src/checks/report-text";
import { figures, roster, withReportText } from "./support";

/** Words that print a zero without a numeral. */
const NONE = ["无变化", "没有", "无"];

/** The number a figure's printed form says: its digits, its last numeral (唯一一家 → 一家 → 1), or zero for 无. */
function printedNumber(printed: string): number {
  if (NONE.includes(printed)) return 0;
  const numerals = numeralTokens(printed);
  return numerals.length > 0 ? numeralReadings(numerals[numerals.length - 1].text)[0] : Number(printed);
}
const DECLINE = /下降|降幅|减少/;

describe("every figure prints what it says", () => {
  it.each(figures.map((f) => [f.id, f] as const))("%s: its quote contains its printed number", (_, f) => {
    expect(f.quote).toContain(f.printed);
  });

  it.each(figures.map((f) => [f.id, f] as const))("%s: its value is the printed number", (_, f) => {
    expect(Math.abs(f.value)).toBe(printedNumber(f.printed));
  });

  it("a threshold printed in words has the value of its numeral (千亿 of 亿元 → 1000)", () => {
    const inWords = figures.filter((f) => f.threshold_printed !== null && numeralTokens(f.threshold_printed).length);
    expect(inWords.length).toBeGreaterThan(0);
    for (const f of inWords)
      expect(numeralReadings(numeralTokens(f.threshold_printed!)[0].text)).toContain(f.threshold);
  });

  it("a growth or change printed as a decline or fall is stored negative, and only then", () => {
    const signs = figures
      .filter((f) => /_(growth|change)(_|$)/.test(f.metric))
      .map((f) => [f.id, f.value < 0, DECLINE.test(f.quote)]);
    expect(signs.filter(([, negative, decline]) => negative !== decline)).toEqual([]);
  });

  it("a printed threshold stands in the quote", () => {
    const missing = figures.filter((f) => f.threshold_printed !== null && !f.quote.includes(f.threshold_printed));
    expect(missing.map((f) => f.id)).toEqual([]);
  });
});

describe("figure keys are stable and unique", () => {
  it("every id is <metric>|<entity>|<period> and unique", () => {
    expect(figures.map((f) => f.id)).toEqual(figures.map((f) => figureId(f.metric, f.entity, f.period)));
    expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
  });

  it("every entity is a roster company, industry or sample", () => {
    const entities = new Set(["industry", "sample", ...roster.map(canonicalShortName)]);
    expect(figures.filter((f) => !entities.has(f.entity)).map((f) => f.id)).toEqual([]);
  });

  it("a number the report prints in several places is one figure with its other quotes", () => {
    const count58 = figures.filter((f) => f.metric === "amc_count" && f.value === 58);
    expect(count58).toHaveLength(1);
    expect(count58[0].also_quoted).toEqual(expect.arrayContaining(["占全国58家地方AMC", "按照58家行业主体测算"]));
  });
});

describe("periods follow the report's wording", () => {
  const periodOf = (metric: string, entity = "industry") =>
    figures.filter((f) => f.metric === metric && f.entity === entity).map((f) => f.period);

  it("截至2025年6月末 is 2025-06-30", () => {
    expect(periodOf("total_assets", "山东金资")).toEqual(["2025-06-30"]);
  });

  it("2025年1—11月 is 2025-01..2025-11 and 2024年 is 2024", () => {
    expect(periodOf("net_financing").sort()).toEqual(["2024", "2025-01..2025-11"]);
  });

  it("2024年末 is 2024-12-31 and 2025年1—6月 is 2025-01..2025-06", () => {
    expect(periodOf("rating_coverage").sort()).toEqual(["2024-12-31", "2025-11-30"]);
    expect(periodOf("total_profit_growth", "sample").sort()).toEqual(["2024", "2025-01..2025-06"]);
  });
});

withReportText("every quote is verbatim", (reportText) => {
  const text = collapseWhitespace(reportText);

  it.each(figures.map((f) => [f.id, f] as const))("%s: its quotes stand in the report", (_, f) => {
    const missing = [f.quote, ...f.also_quoted].filter((quote) => !text.includes(collapseWhitespace(quote)));
    expect(missing).toEqual([]);
  });
});
