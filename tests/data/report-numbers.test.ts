import { getDataset } from "../../src/data/index";
import { scanReportNumbers } from "../../data-src/checks/report-scan";
import { figures, roster, withReportText } from "./support";

const data = () => ({
  figures,
  roster,
  bondShortNames: getDataset("defaults").records.map((bond) => bond.bond_short_name),
});

withReportText("every number of the report's text lives somewhere", (reportText) => {
  const result = scanReportNumbers(reportText, data());

  it("no number is left unexplained", () => {
    expect(result.unexplained).toEqual([]);
  });

  it("the 58 appendix numbers are roster rows", () => {
    expect(result.nonFigures.filter((item) => item.reason.includes("roster.seq"))).toHaveLength(58);
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
});
