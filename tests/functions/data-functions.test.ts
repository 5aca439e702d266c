/**
 * ROSTER, COMPANY, AMCCOUNT, FIGURE, SOURCE and DATASET against the bundled report: expected values come from the
 * dataset files (read here directly) and from the report's text, never from the lookups under test.
 */
import fs from "fs";
import path from "path";
import type { FigureRecord, RosterRecord } from "../../src/data/records";
import { callRegistered, registeredFunctions } from "../support/registered";

const registry = registeredFunctions();
const call = (id: string, ...args: unknown[]) => callRegistered(registry, id, ...args);

const EDITION_DIR = path.resolve(__dirname, "../../src/data/report-2025-12");
const records = (dataset: string) =>
  JSON.parse(fs.readFileSync(path.join(EDITION_DIR, `${dataset}.json`), "utf8")).records as Record<string, unknown>[];
const ROSTER = records("roster") as unknown as RosterRecord[];
const FIGURES = records("figures") as unknown as FigureRecord[];

function expectError(result: unknown, code: string, message?: RegExp): void {
  expect(result).toBeInstanceOf(CustomFunctions.Error);
  expect((result as CustomFunctions.Error).code).toBe(code);
  if (message) expect((result as CustomFunctions.Error).message).toMatch(message);
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("ROSTER", () => {
  it("spills the 58 companies of the appendix in order under a header row", () => {
    const result = call("ROSTER", null, null) as unknown[][];
    expect(result).toHaveLength(59);
    expect(result[0]).toEqual(["No.", "Company", "Province", "Short name"]);
    expect(result.slice(1).map((row) => row[0])).toEqual(ROSTER.map((c) => c.seq));
    expect(result[39]).toEqual([39, "山东省金融资产管理股份有限公司", "山东省", "山东金资"]);
  });

  it("shows the corrected short name where the appendix misprints it", () => {
    const dalian = (call("ROSTER", "辽宁", false) as unknown[][]).find((row) => row[0] === 32);
    expect(dalian?.[3]).toBe("大连国新资产");
  });

  it.each([
    ["浙江", "浙江省"],
    ["广西", "广西壮族自治区"],
    ["内蒙古", "内蒙古自治区"],
    ["宁夏", "宁夏回族自治区"],
    ["新疆", "新疆维吾尔自治区"],
    ["西藏", "西藏自治区"],
    ["北京", "北京市"],
    ["Zhejiang", "浙江省"],
  ])("filters by %s as by %s", (short, official) => {
    const expected = ROSTER.filter((c) => c.province === official).map((c) => c.seq);
    expect(expected.length).toBeGreaterThan(0);
    for (const province of [short, official]) {
      const rows = call("ROSTER", province, false) as unknown[][];
      expect(rows.map((row) => row[0])).toEqual(expected);
    }
  });

  it("names the provinces that exist for a name that is not a province, and says when one has no AMC", () => {
    expectError(call("ROSTER", "浙将", null), "#N/A", /浙江/);
    expectError(call("ROSTER", "香港", null), "#N/A", /香港/);
  });
});

describe("AMCCOUNT", () => {
  it("counts 58 in all, the same per province as the roster, 0 where there is none", () => {
    expect(call("AMCCOUNT", null)).toBe(58);
    const provinces = [...new Set(ROSTER.map((c) => c.province))];
    const counts = provinces.map((p) => call("AMCCOUNT", p) as number);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(58);
    expect(call("AMCCOUNT", "浙江")).toBe(3);
    expect(call("AMCCOUNT", "广东省")).toBe(4);
    expect(call("AMCCOUNT", "澳门")).toBe(0);
    expectError(call("AMCCOUNT", "Atlantis"), "#N/A");
  });
});

describe("COMPANY", () => {
  it("finds a company by its full name, short name (printed or corrected) or an alias the text uses", () => {
    for (const company of ROSTER) {
      const names = [company.full_name, company.short_name, company.short_name_corrected, ...company.aliases];
      for (const name of names.filter(Boolean)) expect(call("COMPANY", name, "seq")).toBe(company.seq);
    }
    expect(call("COMPANY", "吉林省盛融资资产管理有限责任公司", null)).toBe("吉林省盛融资产管理有限责任公司");
  });

  it("returns the field asked for, by English id or Chinese name, and lists the fields for an unknown one", () => {
    expect(call("COMPANY", "浙商资产", null)).toBe("浙江省浙商资产管理有限公司");
    expect(call("COMPANY", "浙商资产", "province")).toBe("浙江省");
    expect(call("COMPANY", "浙商资产", "所在省份")).toBe("浙江省");
    expect(call("COMPANY", "大连国新资产管", "short_name")).toBe("大连国新资产");
    expect(call("COMPANY", "大连国新资产", "short_name_printed")).toBe("大连国新资产管");
    expectError(call("COMPANY", "浙商资产", "rating"), "#VALUE!", /full_name.*province/);
    expectError(call("COMPANY", "浙商资产", "toString"), "#VALUE!");
  });

  it("returns #N/A with the closest names for a name it does not know", () => {
    expectError(call("COMPANY", "浙商资本", null), "#N/A", /浙商资本.*浙商资产/);
    expectError(call("COMPANY", "山东金融资产", null), "#N/A", /山东金资|山东省金融资产管理股份有限公司/);
    expectError(call("COMPANY", "", null), "#VALUE!", /name/);
  });
});

describe("FIGURE", () => {
  it("returns every bundled figure by its key: percents as decimals, other units as printed", () => {
    for (const f of FIGURES) {
      const expected = f.unit === "%" ? f.value / 100 : f.value;
      const actual = call("FIGURE", f.metric, f.entity, f.period, null);
      expect([f.id, actual]).toEqual([f.id, expect.closeTo(expected, 12)]);
      expect(call("FIGURE", f.id, null, null, null)).toBe(actual);
    }
  });

  it("prints the worked example of the spec and the sample's 43.10% as 0.431", () => {
    expect(call("FIGURE", "net_financing", "industry", "2024", null)).toBe(251.2);
    expect(call("FIGURE", "sample_share_of_industry", "sample", "2025-06-30", null)).toBe(0.431);
  });

  it("accepts the Chinese metric name, a company's full name, a year as a number and a date cell as period", () => {
    expect(call("FIGURE", "债券净融资额", "行业", 2024, null)).toBe(251.2);
    expect(call("FIGURE", "total_assets", "山东省金融资产管理股份有限公司", 45838, null)).toBe(1128.45);
  });

  it("takes the metric's only entity, else the industry, and the latest period when they are omitted", () => {
    expect(call("FIGURE", "sample_count", null, null, null)).toBe(25);
    expect(call("FIGURE", "net_financing", null, null, null)).toBe(44.8);
    expect(call("FIGURE", "amc_count", null, null, null)).toBe(58);
    expectError(call("FIGURE", "total_assets", null, null, null), "#N/A", /entity.*山东金资/);
  });

  it("names what exists when a figure does not: closest metrics, the entities, the periods", () => {
    expectError(call("FIGURE", "net_financng", null, null, null), "#N/A", /net_financing/);
    expectError(call("FIGURE", "net_financing", "industry", "2023", null), "#N/A", /periods 2024, Jan–Nov 2025,/);
    expectError(call("FIGURE", "debt_ratio", "浙商资产", null, null), "#N/A", /山东金资/);
    expectError(call("FIGURE", "net_financing", "industry", "2024", "report-2019-01"), "#N/A", /report-2025-12/);
    expectError(call("FIGURE", null, null, null, null), "#VALUE!", /metric/);
  });
});

describe("SOURCE", () => {
  it("cites report, section, chart and quote of every figure", () => {
    for (const f of FIGURES) {
      const citation = call("SOURCE", f.metric, f.entity, f.period, null) as string;
      expect(citation).toContain("Lianhe");
      expect(citation).toContain(`section ${f.section}`);
      if (f.chart) expect(citation).toContain(f.chart);
      expect(citation).toContain(`“${f.quote}”`);
    }
  });

  it("cites in Chinese in a Chinese Excel", () => {
    (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "zh-CN" } };
    const citation = call("SOURCE", "net_financing", "industry", "2024", null) as string;
    expect(citation).toMatch(/^资料来源：联合资信.*四\.2，图表15：“2024年净融资额251\.20亿元”$/);
  });
});

describe("DATASET", () => {
  const datasets = fs.readdirSync(EDITION_DIR).filter((file) => file.endsWith(".json"));

  it.each(datasets.map((file) => file.replace(/\.json$/, "")))(
    "spills %s: a header row and one row per record",
    (id) => {
      const result = call("DATASET", id, null) as unknown[][];
      const rows = records(id);
      expect(result).toHaveLength(rows.length + 1);
      const width = result[0].length;
      for (const row of result) {
        expect(row).toHaveLength(width);
        for (const cell of row) expect(["string", "number", "boolean"]).toContain(typeof cell);
      }
      expect(call("DATASET", id, false)).toEqual(result.slice(1));
    },
  );

  it("turns percents into decimals and dates into serial numbers, as the task pane's tables do", () => {
    const [header, ...rows] = call("DATASET", "maturities", null) as unknown[][];
    expect(rows[0][header.indexOf("Share of outstanding")]).toBeCloseTo(0.1887, 12);
    expect(rows[0][header.indexOf("As of")]).toBe(45991); // 2025-11-30
    expect(rows[0][header.indexOf("Maturing (CNY 100m)")]).toBe(292.99);
  });

  it("finds a dataset by its title and names the datasets for an unknown name", () => {
    expect(call("DATASET", "Roster of local AMCs", false)).toEqual(call("DATASET", "roster", false));
    expectError(call("DATASET", "maturity", null), "#N/A", /maturities/);
  });
});
