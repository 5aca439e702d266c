/** The pane's pure helpers: start-up language and theme, catalog search, preview formatting, function docs, errors. */
import golden from "../golden/functions.json";
import { CATALOG, type ColumnMeta, type DatasetMeta } from "../../src/data/catalog";
import { DATASET_IDS, getDataset } from "../../src/data/index";
import { ExcelActionError } from "../../src/excel/action-errors";
import { searchDatasets } from "../../src/taskpane/data/search";
import { previewCell } from "../../src/taskpane/data/preview-format";
import { errorMessage } from "../../src/taskpane/shell/error-message";
import { luminance, paneSettings, themeFromOffice } from "../../src/taskpane/shell/settings";
import {
  fetchMetadata,
  mergeFunctionDocs,
  metadataUrl,
  type FunctionReference,
} from "../../src/taskpane/functions/function-docs";
import { CATEGORY_ORDER, CATEGORY_TITLES, FUNCTION_REFERENCE } from "../../src/functions/reference";

describe("start-up settings", () => {
  it("follows Office's display language: Chinese of any region → zh-CN, anything else → en-US", () => {
    expect(paneSettings("", { displayLanguage: "zh-CN" }).locale).toBe("zh-CN");
    expect(paneSettings("", { displayLanguage: "zh-TW" }).locale).toBe("zh-CN");
    expect(paneSettings("", { displayLanguage: "fr-FR" }).locale).toBe("en-US");
    expect(paneSettings("", undefined)).toEqual({ locale: "en-US", theme: "light", themeChoice: "office" });
  });

  it("follows Office's theme: a dark body background gives the dark theme", () => {
    expect(themeFromOffice({ bodyBackgroundColor: "#262626" })).toBe("dark");
    expect(themeFromOffice({ bodyBackgroundColor: "#444" })).toBe("dark");
    expect(themeFromOffice({ bodyBackgroundColor: "#FFFFFF" })).toBe("light");
    expect(themeFromOffice({ bodyBackgroundColor: "#E6E6E6" })).toBe("light");
    expect(themeFromOffice({ bodyBackgroundColor: "not a colour" })).toBe("light");
    expect(themeFromOffice(null)).toBe("light");
  });

  it("lets ?lang= and ?theme= override Office (preview and screenshots)", () => {
    const office = { displayLanguage: "en-US", officeTheme: { bodyBackgroundColor: "#ffffff" } };
    expect(paneSettings("?lang=zh-CN&theme=dark", office)).toEqual({
      locale: "zh-CN",
      theme: "dark",
      themeChoice: "office",
    });
    expect(paneSettings("?lang=en&theme=light", { displayLanguage: "zh-CN" })).toEqual({
      locale: "en-US",
      theme: "light",
      themeChoice: "office",
    });
    expect(paneSettings("?lang=xx&theme=purple", office)).toEqual({
      locale: "en-US",
      theme: "light",
      themeChoice: "office",
    });
  });

  it("keeps the analyst's own choice over Office's, and the query's over both", () => {
    const office = { displayLanguage: "en-US", officeTheme: { bodyBackgroundColor: "#ffffff" } };
    const chosen = { locale: "zh-CN", theme: "dark" } as const;
    expect(paneSettings("", office, chosen)).toEqual({ locale: "zh-CN", theme: "light", themeChoice: "dark" });
    expect(paneSettings("?lang=en-US&theme=light", office, chosen)).toEqual({
      locale: "en-US",
      theme: "light",
      themeChoice: "office",
    });
  });

  it("computes luminance from hex colours", () => {
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#fff")).toBeCloseTo(1, 10);
    expect(luminance("red")).toBeNull();
  });
});

const CATALOG_ROSTER = getDataset("roster").records;

describe("catalog search", () => {
  const all = DATASET_IDS.map((id) => CATALOG[id] as DatasetMeta);

  it("returns everything for an empty query, in catalog order", () => {
    expect(searchDatasets(all, "  ").map((hit) => hit.meta.id)).toEqual([...DATASET_IDS]);
  });

  it("puts title matches before matches in descriptions or columns", () => {
    const ids = searchDatasets(all, "roster").map((hit) => hit.meta.id);
    expect(ids[0]).toBe("roster");
  });

  it("finds the roster and the figures about a province's companies by the province", () => {
    const zhejiang = searchDatasets(all, "浙江");
    expect(zhejiang.map((hit) => hit.meta.id)).toEqual(expect.arrayContaining(["roster", "figures"]));
    const inProvince = CATALOG_ROSTER.filter((company) => company.province === "浙江省").map((c) => c.short_name);
    expect(inProvince.length).toBeGreaterThan(1);
    expect(zhejiang.find((hit) => hit.meta.id === "roster")!.mentions.sort()).toEqual([...inProvince].sort());
    const figures = zhejiang.find((hit) => hit.meta.id === "figures")!;
    const entities = new Set(getDataset("figures").records.map((figure) => figure.entity));
    expect(figures.mentions.length).toBeGreaterThan(0);
    expect(figures.mentions.every((name) => inProvince.includes(name) && entities.has(name))).toBe(true);
    expect(searchDatasets(all, "Zhejiang").map((hit) => hit.meta.id)).toEqual(zhejiang.map((hit) => hit.meta.id));
    expect(searchDatasets(all, "浙江省").map((hit) => hit.meta.id)).toEqual(zhejiang.map((hit) => hit.meta.id));
  });

  it("finds every dataset whose records name a company, by part of its name, in any script", () => {
    const withShandong = DATASET_IDS.filter((id) => JSON.stringify(getDataset(id).records).includes("山东金资")).sort();
    expect(withShandong.length).toBeGreaterThan(1);
    const found = (query: string) => searchDatasets(all, query).map((hit) => hit.meta.id);
    expect([...found("山东金资")].sort()).toEqual(expect.arrayContaining(withShandong));
    expect(found("山東金資")).toEqual(found("山东金资"));
    expect(found("山东金资 figures")).toContain("figures");
    expect(found("山东金资 figures").every((id) => withShandong.includes(id))).toBe(true);
    expect(found("山东金资 figures").length).toBeLessThan(withShandong.length);
  });

  it("does not let a word every company's name shares match every dataset", () => {
    expect(searchDatasets(all, "资产管理有限公司")).toEqual([]);
  });

  it("matches every word, across languages and widths", () => {
    expect(searchDatasets(all, "债券 net").map((hit) => hit.meta.id)).toContain("net_financing");
    expect(searchDatasets(all, "ｎｅｔ ｆｉｎａｎｃｉｎｇ").map((hit) => hit.meta.id)).toEqual(["net_financing"]);
    expect(searchDatasets(all, "net qqq")).toEqual([]);
  });
});

describe("preview formatting", () => {
  const column = (over: Partial<ColumnMeta>): ColumnMeta =>
    ({
      id: "x",
      title: { zh: "x", en: "x" },
      type: "number",
      unit: null,
      numberFormat: "0.00",
      role: "value",
      ...over,
    }) as ColumnMeta;

  it("shows percents as printed with %, amounts with two decimals, counts whole, lists joined", () => {
    expect(previewCell(43.1, column({ type: "percent", numberFormat: "0.00%" }), {}, "en-US")).toBe("43.10%");
    expect(previewCell(1128.45, column({}), {}, "en-US")).toBe("1,128.45");
    expect(previewCell(58, column({ type: "integer", numberFormat: "0" }), {}, "zh-CN")).toBe("58");
    expect(previewCell(["a", "b"], column({ type: "list", numberFormat: "@" }), {}, "en-US")).toBe("a、b");
    expect(previewCell(null, column({}), {}, "en-US")).toBe("");
  });

  it("shows a period as analysts write it, in the pane's language", () => {
    const period = column({ type: "text", numberFormat: "@", display: "period" });
    expect(previewCell("2025-01..2025-11", period, {}, "zh-CN")).toBe("2025年1—11月");
    expect(previewCell("2025-01..2025-11", period, {}, "en-US")).toBe("Jan–Nov 2025");
    expect(previewCell("2025-01..2025-11", column({ type: "text", numberFormat: "@" }), {}, "en-US")).toBe(
      "2025-01..2025-11",
    );
  });

  it("uses each row's unit where the catalog says so (figures mix % and 亿元)", () => {
    const value = column({ numberFormat: "General", unitColumn: "unit" });
    expect(previewCell(50.58, value, { unit: "%" }, "en-US")).toBe("50.58%");
    expect(previewCell(251.2, value, { unit: "亿元" }, "en-US")).toBe("251.20");
    expect(previewCell(25, value, { unit: "家" }, "en-US")).toBe("25");
  });
});

describe("function docs", () => {
  const reference: FunctionReference = {
    NETFINANCING: {
      category: "financing",
      excel: "SUM(issued)-SUM(repaid)",
      example: "=AMC.NETFINANCING(B2:B9,C2:C9)",
      exampleResult: "251.2",
      exampleNote: { en: "industry, 2024", zh: "行业，2024年" },
      errors: [{ code: "#VALUE!", en: "shapes differ", zh: "形状不同" }],
    },
  };

  it("joins the metadata Excel reads with the reference data, in the pane's language", () => {
    const docs = mergeFunctionDocs(golden, reference, "zh-CN");
    const net = docs.find((d) => d.id === "NETFINANCING")!;
    const debt = docs.find((d) => d.id === "DEBTRATIO")!;
    expect(docs.map((d) => d.id)).toEqual(golden.functions.map((f) => f.id));
    expect(net).toMatchObject({
      name: "AMC.NETFINANCING",
      excel: "SUM(issued)-SUM(repaid)",
      exampleResult: "251.2",
      exampleNote: "行业，2024年",
      errors: [{ code: "#VALUE!", text: "形状不同" }],
    });
    expect(net.parameters.map((p) => p.name)).toEqual(
      golden.functions.find((f) => f.id === "NETFINANCING")!.parameters.map((p) => p.name),
    );
    expect(debt).toMatchObject({ name: "AMC.DEBTRATIO", example: null, excel: null, errors: [] });
  });

  it("lists the real reference category by category, every function with its example and category title", () => {
    const categories = { order: CATEGORY_ORDER, titles: CATEGORY_TITLES };
    const docs = mergeFunctionDocs(golden, FUNCTION_REFERENCE, "zh-CN", categories);
    expect(docs.map((d) => d.id).sort()).toEqual(golden.functions.map((f) => f.id).sort());
    const ranks = docs.map((d) => CATEGORY_ORDER.indexOf(d.category as (typeof CATEGORY_ORDER)[number]));
    expect(ranks.every((rank) => rank >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    docs.forEach((doc) => {
      expect(doc.example).toMatch(new RegExp(`^=${doc.name.replace(".", "\\.")}\\(`));
      expect(doc.categoryTitle).toBe(CATEGORY_TITLES[doc.category as keyof typeof CATEGORY_TITLES].zh);
    });
  });

  it("reads functions.json for English and functions-zh-cn.json for Chinese, from relative URLs", async () => {
    expect(metadataUrl("en-US")).toBe("functions.json");
    expect(metadataUrl("zh-CN")).toBe("functions-zh-cn.json");
    const fetcher = jest.fn().mockResolvedValue({ ok: true, status: 200, json: async () => golden });
    await expect(fetchMetadata("zh-CN", fetcher)).resolves.toBe(golden);
    expect(fetcher).toHaveBeenCalledWith("functions-zh-cn.json");
  });

  it("fails with the URL and status when the metadata cannot be read", async () => {
    const missing = jest.fn().mockResolvedValue({ ok: false, status: 404, json: async () => ({}) });
    await expect(fetchMetadata("en-US", missing)).rejects.toThrow("functions.json: HTTP 404");
    const garbled = jest.fn().mockResolvedValue({ ok: true, status: 200, json: async () => ({ nope: 1 }) });
    await expect(fetchMetadata("en-US", garbled)).rejects.toThrow("functions.json: no functions list");
  });
});

describe("error messages", () => {
  it("says what to do for the failures Excel reports", () => {
    expect(errorMessage(Object.assign(new Error(""), { code: "InvalidOperationInCellEditMode" }), "zh-CN")).toContain(
      "Enter 或 Esc",
    );
    expect(errorMessage(Object.assign(new Error(""), { code: "RequestPayloadSizeLimitExceeded" }), "en-US")).toContain(
      "new worksheet",
    );
    expect(errorMessage(new ExcelActionError("noChart", ""), "en-US")).toBe(
      "This dataset has no chart; insert it as a table.",
    );
  });

  it("keeps the detail of an unknown failure and ends it with one full stop", () => {
    expect(errorMessage(new Error("boom"), "en-US")).toMatch(/^boom\. Try again/);
    expect(errorMessage("plain text.", "en-US")).toMatch(/^plain text\. Try again/);
  });
});
