/**
 * The figure picker's search: every word must match a field, in the one normal form; metric names in either
 * language, entities by any name or province, periods as written (`2024`, `2025年6月末`, `上半年`, `1-11月`), the
 * printed number, the unit and quote words; ranked by tier (exact metric and entity first), then report order.
 */
import { getDataset, type EditionDatasets, EDITIONS, LATEST_EDITION } from "../../src/data/index";
import { formatPeriod } from "../../src/data/periods";
import { figureSearchIndex, queryWords, searchFigures } from "../../src/taskpane/figures/figure-search";
import { inflatedEdition } from "../../bench/support/synthetic-edition";

const figures = getDataset("figures").records;
const index = figureSearchIndex({ figures, roster: getDataset("roster").records });
const ids = (query: string) => searchFigures(index, query).map((figure) => figure.id);
const first = (query: string) => ids(query)[0];

describe("finding a figure", () => {
  it("finds net financing 2024 from 净融资额 2024, with or without the space, and in English", () => {
    for (const query of [
      "净融资额 2024",
      "净融资额2024",
      "债券净融资额 2024年",
      "Net financing 2024",
      "net_financing 2024",
    ]) {
      expect(ids(query)).toEqual(["net_financing|industry|2024"]);
    }
  });

  it("lists every figure, in report order, for an empty query", () => {
    expect(ids("  ")).toEqual(figures.map((figure) => figure.id));
  });

  it("requires every word to match: a year the metric is not printed for finds nothing", () => {
    expect(ids("净融资额 2023")).toEqual([]);
  });

  it("reads what is typed in the one normal form: full-width, traditional, invisible characters", () => {
    expect(ids("淨融資額 ２０２４")).toEqual(ids("净融资额 2024"));
    expect(ids("\u200B净融资额\uFEFF 2024")).toEqual(ids("净融资额 2024"));
    expect(ids("５０．５８")).toEqual(ids("50.58"));
  });

  it("finds a figure by the number as printed, with or without its percent sign, and while it is being typed", () => {
    expect(first("50.58")).toBe("top5_share_of_sample_total_assets|sample|2025-06-30");
    expect(first("50.58%")).toBe(first("50.58"));
    expect(first("607")).toBe("long_term_bond_issuance|industry|2024");
    expect(ids("50.5")).toContain("top5_share_of_sample_total_assets|sample|2025-06-30");
  });

  it("finds a period however it is written: 2025年6月末, 6月末, 上半年, 1-11月 with any dash", () => {
    const midYear = figures.filter((f) => f.period === "2025-06-30").map((f) => f.id);
    expect(new Set(ids("2025年6月末"))).toEqual(new Set(midYear));
    expect(new Set(ids("6月末"))).toEqual(new Set(midYear));
    expect(ids("上半年").every((id) => id.endsWith("|2025-01..2025-06"))).toBe(true);
    expect(ids("上半年").length).toBe(figures.filter((f) => f.period === "2025-01..2025-06").length);
    const janNov = ids("1-11月");
    expect(janNov.length).toBeGreaterThan(5);
    expect(ids("1—11月")).toEqual(janNov);
    expect(ids("1–11月")).toEqual(janNov);
    expect(ids("Jan–Nov 2025")).toEqual(janNov.filter((id) => id.endsWith("|2025-01..2025-11")));
  });

  it("finds an entity by short name, full name, alias or province", () => {
    const shandong = figures.filter((f) => f.entity === "山东金资").map((f) => f.id);
    expect(new Set(ids("山东省金融资产管理股份有限公司"))).toEqual(new Set(shandong));
    expect(ids("山东").slice(0, shandong.length).sort()).toEqual([...shandong].sort());
    expect(ids("浙江").every((id) => id.includes("|浙商资产|"))).toBe(true);
  });

  it("splits a company name off the metric typed after it (山东金资资产总额)", () => {
    expect(queryWords("山东金资资产总额", index)).toEqual(["山东金资", "资产总额"]);
    expect(first("山东金资资产总额")).toBe("total_assets|山东金资|2025-06-30");
  });

  it("finds a figure by a word of its quote only", () => {
    const word = "历史次高峰";
    const quoted = figures.filter((f) => [f.quote, ...f.also_quoted].some((q) => q.includes(word)));
    const named = figures.filter((f) => f.metric_zh.includes(word));
    expect(named).toEqual([]);
    expect(ids(word)).toEqual(quoted.map((f) => f.id));
  });

  it("finds a figure by its unit", () => {
    expect(new Set(ids("亿美元"))).toEqual(new Set(figures.filter((f) => f.unit === "亿美元").map((f) => f.id)));
  });
});

describe("ranking", () => {
  it("puts the figures of an exact metric name before those whose name only starts with or contains it", () => {
    const found = searchFigures(index, "资产总额");
    const exact = found.findIndex((f) => f.metric_zh !== "资产总额");
    expect(found.slice(0, exact).every((f) => f.metric === "total_assets")).toBe(true);
    expect(exact).toBe(figures.filter((f) => f.metric === "total_assets").length);
    const prefix = found.findIndex((f) => f.metric_zh !== "资产总额" && !f.metric_zh.startsWith("资产总额"));
    expect(found.slice(exact, prefix).every((f) => f.metric_zh.startsWith("资产总额"))).toBe(true);
    expect(found.slice(prefix).every((f) => !f.metric_zh.startsWith("资产总额"))).toBe(true);
  });

  it("puts an exact entity before figures that only quote it", () => {
    const found = searchFigures(index, "兴业资产");
    const own = found.filter((f) => f.entity === "兴业资产").length;
    expect(own).toBeGreaterThan(0);
    expect(found.slice(0, own).every((f) => f.entity === "兴业资产")).toBe(true);
  });

  it("puts the period typed before periods that only contain it (2024 before 2024年末 and 2024—2025)", () => {
    const found = searchFigures(index, "2024");
    const exact = found.filter((f) => f.period === "2024").length;
    expect(found.slice(0, exact).every((f) => f.period === "2024")).toBe(true);
    expect(found.slice(exact).some((f) => formatPeriod(f.period, "zh").includes("2024年末"))).toBe(true);
  });

  it("keeps report order among equals", () => {
    const found = searchFigures(index, "2024").filter((f) => f.period === "2024");
    expect(found.map((f) => figures.indexOf(f))).toEqual(
      [...found.map((f) => figures.indexOf(f))].sort((a, b) => a - b),
    );
  });
});

describe("the index", () => {
  it("is made once per edition and reused by every search", () => {
    expect(figureSearchIndex({ figures, roster: getDataset("roster").records })).toBe(index);
  });

  it("finds the same figure first in an edition 100 times larger", () => {
    const large: EditionDatasets = inflatedEdition(EDITIONS[LATEST_EDITION], 100);
    const largeIndex = figureSearchIndex({ figures: large.figures.records, roster: large.roster.records });
    expect(largeIndex.figures.length).toBe(figures.length * 100);
    expect(searchFigures(largeIndex, "净融资额 2024")[0].id).toBe("net_financing|industry|2024");
    expect(searchFigures(largeIndex, "50.58")[0].id).toBe("top5_share_of_sample_total_assets|sample|2025-06-30");
  });
});
