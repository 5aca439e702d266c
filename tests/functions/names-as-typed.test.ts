/**
 * Names, metrics, periods and numbers that look the same match the same: invisible characters, full-width forms and
 * traditional characters of known names are read in the one normal form (src/data/query/text.ts); FIGURE and SOURCE
 * take a metric, entity and period as the report and the pane display them, and list the candidates when one fits
 * several. Expected values come from the dataset files, never from the look-ups under test.
 */
import fs from "fs";
import path from "path";
import { callRegistered, registeredFunctions } from "../support/registered";
import { withDisplayLanguage } from "../support/display-language";

const registry = registeredFunctions();
const call = (id: string, ...args: unknown[]) => callRegistered(registry, id, ...args);

const EDITION_DIR = path.resolve(__dirname, "../../src/data/report-2025-12");
const FIGURES = JSON.parse(fs.readFileSync(path.join(EDITION_DIR, "figures.json"), "utf8")).records as {
  metric: string;
  entity: string;
  period: string;
  value: number;
}[];
const printed = (metric: string, entity: string, period: string) =>
  FIGURES.find((f) => f.metric === metric && f.entity === entity && f.period === period)!.value;

function expectError(result: unknown, code: string, message?: RegExp): void {
  expect(result).toBeInstanceOf(CustomFunctions.Error);
  expect((result as CustomFunctions.Error).code).toBe(code);
  if (message) expect((result as CustomFunctions.Error).message).toMatch(message);
}

describe("names that look the same", () => {
  it.each(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])(
    "find the company with U+%s typed after its name",
    (invisible) => {
      expect(call("COMPANY", `浙商资产${invisible}`, null)).toBe("浙江省浙商资产管理有限公司");
      expect(call("AMCCOUNT", `浙江${invisible}`)).toBe(3);
    },
  );

  it("find companies, provinces and metrics written in traditional characters", () => {
    expect(call("COMPANY", "浙商資產", null)).toBe("浙江省浙商资产管理有限公司");
    expect(call("ROSTER", "廣西", false)).toEqual(call("ROSTER", "广西", false));
    expect(call("FIGURE", "債券淨融資額", "行業", "2024", null)).toBe(printed("net_financing", "industry", "2024"));
  });

  it("read full-width digits in numbers typed as text: ANNUALIZE's months, TERMSHARE's tenor", () => {
    expect(call("ANNUALIZE", 0.01, "６")).toBeCloseTo(0.02, 12);
    expect(call("ANNUALIZE", 0.01, "6\u200b")).toBeCloseTo(0.02, 12);
    expect(call("TERMSHARE", [[3], [5]], [[1], [3]], "３")).toBeCloseTo(0.25, 12);
    expect(call("BONDFLOWS", [[10]], [["２０２４-０３-０１"]], [[46022]], "2024-01-01", "2024-12-31", false)).toEqual([
      [10, 0, 10],
    ]);
  });
});

describe("FIGURE and SOURCE as the report displays a figure", () => {
  it.each([
    ["资产总额", "山东金资", "2025年6月末", ["total_assets", "山东金资", "2025-06-30"]],
    ["净融资额", "industry", "2024", ["net_financing", "industry", "2024"]],
    ["Net financing", "全行业", "2025年1-11月", ["net_financing", "industry", "2025-01..2025-11"]],
    ["net financing", "行业", "Jan–Nov 2025", ["net_financing", "industry", "2025-01..2025-11"]],
    ["债券净融资额", "Industry", "2025年1—11月", ["net_financing", "industry", "2025-01..2025-11"]],
    ["total_assets", "山东省金融资产管理股份有限公司", "30 Jun 2025", ["total_assets", "山东金资", "2025-06-30"]],
    ["total-assets", "陕西", 45838, ["total_assets", "陕西金资", "2025-06-30"]],
    ["资产负债率", "兴业", "2025年6月末", ["debt_ratio", "兴业资产", "2025-06-30"]],
  ])("FIGURE(%j, %j, %j) is the figure %j", (metric, entity, period, [m, e, p]) => {
    const expected = printed(m as string, e as string, p as string);
    const value = call("FIGURE", metric, entity, period, null) as number;
    expect(value).toBeCloseTo(m === "debt_ratio" ? expected / 100 : expected, 12);
    expect(call("SOURCE", metric, entity, period, null)).toBe(call("SOURCE", m, e, p, null));
  });

  it("lists the candidates when a metric's name fits several", () => {
    expectError(
      call("FIGURE", "前五大", null, null, null),
      "#N/A",
      /fits several.*top5_share_of_sample_total_assets.*top5_share_of_sample_net_assets/,
    );
    withDisplayLanguage("zh-CN", () =>
      expectError(call("FIGURE", "前五大", null, null, null), "#N/A", /可指报告中的多个指标.*前五大样本资产总额/),
    );
  });

  it("lists the candidates when an entity's name fits several the metric is printed for", () => {
    expectError(call("FIGURE", "debt_ratio", "资产", null, null), "#N/A", /fits several.*云南资产.*兴业资产/);
  });

  it("lists the periods the report prints as the display language writes them", () => {
    expectError(call("FIGURE", "net_financing", "industry", "2023", null), "#N/A", /2024, Jan–Nov 2025/);
    withDisplayLanguage("zh-CN", () =>
      expectError(call("FIGURE", "net_financing", "industry", "2023", null), "#N/A", /2024年, 2025年1—11月/),
    );
  });

  it("does not take one character for a name: it fits too many to mean any", () => {
    expectError(call("FIGURE", "额", null, null, null), "#N/A", /not a figure of the report/);
  });
});
