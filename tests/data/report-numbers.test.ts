import { getDataset } from "../../src/data/index";
import { numeralTokens } from "../../data-src/checks/chinese-numerals";
import { NUMBER_KINDS, scanReportNumbers, scanSummary } from "../../data-src/checks/report-scan";
import type { FigureRecord } from "../../src/data/records";
import { figure, figures, roster, withReportText } from "./support";

const data = (withFigures: FigureRecord[] = figures) => ({
  figures: withFigures,
  roster,
  bondShortNames: getDataset("defaults").records.map((bond) => bond.bond_short_name),
});

withReportText("every number of the report's text lives somewhere", (reportText) => {
  const result = scanReportNumbers(reportText, data());

  it.each(NUMBER_KINDS)("no number in %s is left unexplained", (kind) => {
    expect(result.numbers.filter((item) => item.kind === kind).length).toBeGreaterThan(0);
    expect(result.unexplained.filter((item) => item.kind === kind)).toEqual([]);
  });

  it("the 58 appendix numbers are roster rows", () => {
    expect(result.nonFigures.filter((item) => item.reason.includes("roster.seq"))).toHaveLength(58);
  });

  it("counts written in words are figures: 四家 under Central Huijin, 两家 in default, 五大 AMC", () => {
    const figureOf = (number: string, id: string) =>
      result.explained.filter((item) => item.kind === "words" && item.number === number && item.figure === id);
    expect(figureOf("四", "financial_amcs_under_central_huijin|industry|2025-12")).toHaveLength(2);
    expect(figureOf("两", "issuers_with_bond_extension_or_default|industry|2025-12")).toHaveLength(1);
    expect(figureOf("五", "major_financial_amcs|industry|2025-12")).toHaveLength(3);
  });

  it("a numeral is explained only by the words a figure prints it in: without them, each is unexplained", () => {
    const withoutWords = figures
      .filter((f) => numeralTokens(f.printed).length === 0)
      .map((f) =>
        numeralTokens(f.threshold_printed ?? "").length > 0 ? { ...f, threshold: null, threshold_printed: null } : f,
      );
    const unexplained = scanReportNumbers(reportText, data(withoutWords)).unexplained;
    expect(unexplained.filter((item) => item.kind === "digits")).toEqual([]);
    expect(unexplained.map((item) => item.offset)).toEqual(
      result.explained.filter((item) => item.kind === "words").map((item) => item.offset),
    );
  });
});

describe("the scanner itself", () => {
  const text = "截至2025年6月末，样本企业资产增速为 1.63%，电话: 010-85679696，另有 7 家。";

  it("reads dates as dates, figures by their quotes and phone numbers as non-figures", () => {
    const result = scanReportNumbers(text, data());
    expect(result.dates.map((item) => item.number)).toEqual(["2025", "6"]);
    expect(result.explained.map((item) => [item.number, item.figure])).toEqual([
      ["1.63", "total_assets_growth|sample|2025-06-30"],
    ]);
    expect(result.nonFigures.map((item) => item.reason)).toEqual(["phone or fax number", "phone or fax number"]);
    expect(result.unexplained.map((item) => item.number)).toEqual(["7"]);
  });

  it("does not let a figure explain an equal number outside its quote", () => {
    const result = scanReportNumbers("另有 1.63 亿元。", data());
    expect(result.unexplained.map((item) => item.number)).toEqual(["1.63"]);
  });

  it("reads numerals too: a figure's words, a half-year, a word like 一般, and an unknown count", () => {
    const quote = figure("financial_amcs_under_central_huijin|industry|2025-12").quote;
    const result = scanReportNumbers(`2025年上半年，${quote}，压力一般，另有三家。`, data());
    const words = (list: { kind: string; number: string }[]) =>
      list.filter((item) => item.kind === "words").map((item) => item.number);
    expect(words(result.dates)).toEqual(["半"]);
    expect(words(result.explained)).toEqual(["四"]);
    expect(words(result.nonFigures)).toEqual(["一"]);
    expect(words(result.unexplained)).toEqual(["三"]);
  });

  it("does not let a figure explain a numeral of its quote that its printed words do not hold", () => {
    const twoStakes = figure("interim_measures_max_minority_stakes|industry|2025-07-15");
    const result = scanReportNumbers(twoStakes.quote, data([twoStakes]));
    expect(result.explained.map((item) => item.number)).toEqual(["两"]);
    expect(result.unexplained.map((item) => item.number)).toEqual(["一"]);
  });

  it("summarises both kinds in one line", () => {
    const summary = scanSummary(scanReportNumbers("另有 7 家，另有三家。", data()));
    expect(summary).toBe(
      "digits: 1 in the text, 0 in dates/periods, 0 in figures, 0 known non-figures, 1 unexplained; " +
        "words: 1 in the text, 0 in dates/periods, 0 in figures, 0 known non-figures, 1 unexplained",
    );
  });
});
