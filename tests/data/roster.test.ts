import { canonicalShortName, getDataset } from "../../src/data/index";
import { collapseWhitespace } from "../../data-src/checks/report-text";
import { roster, withReportText } from "./support";

describe("the roster is the appendix", () => {
  it("has 58 rows numbered 1 to 58 in order", () => {
    expect(roster.map((company) => company.seq)).toEqual(Array.from({ length: 58 }, (_, index) => index + 1));
  });

  it("has unique full names, printed short names and canonical short names", () => {
    for (const names of [
      roster.map((company) => company.full_name),
      roster.map((company) => company.short_name),
      roster.map(canonicalShortName),
    ]) {
      expect(new Set(names).size).toBe(58);
    }
  });

  it("covers the 31 provinces of the mainland", () => {
    expect(new Set(roster.map((company) => company.province)).size).toBe(31);
  });

  it("keeps the truncated short name of 大连国新 as printed and corrects it with a note", () => {
    const dalian = roster.find((company) => company.seq === 32)!;
    expect([dalian.short_name, dalian.short_name_corrected]).toEqual(["大连国新资产管", "大连国新资产"]);
    expect(dalian.note).toContain("大连国新资产管");
  });

  it("every correction and alias is explained by a note", () => {
    const unexplained = roster.filter(
      (company) => (company.short_name_corrected !== null || company.aliases.length > 0) && company.note === null,
    );
    expect(unexplained).toEqual([]);
  });

  it("lists the footnote's misspelling of 吉林's company as an alias", () => {
    const jilin = roster.find((company) => company.province === "吉林省")!;
    expect(jilin.aliases).toContain("吉林省盛融资资产管理有限责任公司");
  });

  it("names every company that a table of the edition names", () => {
    const names = new Set(roster.map(canonicalShortName));
    const named = [
      ...getDataset("top_assets").records.map((row) => row.short_name),
      ...getDataset("leverage").records.map((row) => row.short_name),
      ...getDataset("defaults").records.map((row) => row.issuer),
      ...getDataset("events").records.flatMap((row) => (row.entity ? [row.entity] : [])),
    ];
    expect(named.filter((name) => !names.has(name))).toEqual([]);
  });
});

withReportText("the roster against the report's text", (reportText) => {
  const text = collapseWhitespace(reportText);

  it.each(roster.map((company) => [company.seq, company] as const))("row %i is printed as its quote", (_, company) => {
    expect(text).toContain(collapseWhitespace(company.quote));
    expect(company.quote).toContain(`${company.seq} ${company.full_name} ${company.province} ${company.short_name}`);
  });

  it("every alias stands in the report's body", () => {
    const aliases = roster.flatMap((company) => company.aliases);
    expect(aliases.filter((alias) => !text.includes(alias))).toEqual([]);
  });
});
