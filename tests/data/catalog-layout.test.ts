/**
 * What the catalog tells the inserted tables: short sheet titles, column titles that read as titles, a stable record
 * key per dataset, and how a stored cell reads to an analyst (periods, aggregate entities, metric names, units, codes).
 */
import { CATALOG, keyColumns, recordKey, type ColumnMeta } from "../../src/data/catalog";
import { displayText } from "../../src/data/display";
import { DATASET_IDS, getDataset, type DatasetId } from "../../src/data/index";
import { periodMonths } from "../../src/data/periods";
import { recordByKey } from "../../src/data/query/record-keys";
import { isReservedSheetName, MAX_SHEET_NAME_LENGTH, nameKey } from "../../src/excel-rules/names";
import { sanitizeSheetName } from "../../src/excel/names";

const columnsOf = (id: DatasetId) => CATALOG[id].columns as ColumnMeta[];
const recordsOf = (id: DatasetId) => getDataset(id).records as unknown as Record<string, unknown>[];

describe("sheet titles", () => {
  it.each(["zh", "en"] as const)("are valid sheet names, whole, within 31 characters and unique in %s", (language) => {
    const titles = DATASET_IDS.map((id) => CATALOG[id].sheetTitle[language]);
    for (const title of titles) {
      expect(title.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
      expect(sanitizeSheetName(title)).toBe(title);
      expect(isReservedSheetName(title)).toBe(false);
    }
    expect(new Set(titles.map(nameKey)).size).toBe(DATASET_IDS.length);
  });

  it("are Chinese in Chinese and English in English", () => {
    for (const id of DATASET_IDS) {
      expect(CATALOG[id].sheetTitle.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(CATALOG[id].sheetTitle.en).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe("column titles are titles, not ids", () => {
  it.each(DATASET_IDS)("%s: no English title is a snake_case id or a language tag", (id) => {
    for (const column of columnsOf(id)) {
      expect(column.title.en).not.toMatch(/[a-z]_[a-z]|\((zh|en)\)/);
      expect(column.title.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("titles a formula column after its value column: Share (formula), 占比（公式）", () => {
    for (const id of DATASET_IDS) {
      for (const formula of columnsOf(id).filter(
        (column) => column.role === "formula" && column.id.endsWith("_derived"),
      )) {
        const value = columnsOf(id).find((column) => `${column.id}_derived` === formula.id)!;
        expect(formula.title.en).toBe(`${value.title.en.replace(/\s*\([^()]*\)$/, "")} (formula)`);
        expect(formula.title.zh).toBe(`${value.title.zh.replace(/（[^（）]*）$/, "")}（公式）`);
      }
    }
    const share = columnsOf("rating_distribution").find((column) => column.id === "share_derived")!;
    expect(share.title).toEqual({ zh: "占比（公式）", en: "Share (formula)" });
  });

  it("pairs each language's text column with the other's", () => {
    for (const id of DATASET_IDS) {
      const zh = columnsOf(id).filter((column) => column.language === "zh").length;
      const en = columnsOf(id).filter((column) => column.language === "en").length;
      expect({ id, zh }).toEqual({ id, zh: en });
    }
  });
});

describe("the stable record key", () => {
  it.each(DATASET_IDS)("%s: identifies every record, and finds it again", (id) => {
    const keys = recordsOf(id).map((record) => recordKey(CATALOG[id], record));
    expect(keyColumns(CATALOG[id]).length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(keys.length);
    recordsOf(id).forEach((record, i) => expect(recordByKey(id, keys[i])).toBe(record));
  });

  it("is a figure's id, the key the functions and the figure picker use", () => {
    for (const figure of getDataset("figures").records) {
      expect(recordKey(CATALOG.figures, figure as never)).toBe(figure.id);
    }
  });

  it("finds nothing for a key the dataset does not have", () => {
    expect(recordByKey("figures", "net_financing|industry|1999")).toBeUndefined();
    expect(recordByKey("roster", "")).toBeUndefined();
  });
});

describe("how a stored cell reads", () => {
  it.each([
    ["2025-01..2025-11", "2025年1—11月", "Jan–Nov 2025"],
    ["2025-06-30", "2025年6月末", "30 Jun 2025"],
    ["2024", "2024年", "2024"],
    ["2024-12-31", "2024年末", "31 Dec 2024"],
  ])("a period %s reads %s and %s", (stored, zh, en) => {
    expect(displayText("period", stored, "zh")).toBe(zh);
    expect(displayText("period", stored, "en")).toBe(en);
  });

  it("names the aggregate entities and keeps a company's short name", () => {
    expect(displayText("entity", "industry", "zh")).toBe("行业");
    expect(displayText("entity", "sample", "en")).toBe("Sample");
    expect(displayText("entity", "山东金资", "en")).toBe("山东金资");
  });

  it("reads a metric id as a name in English", () => {
    expect(displayText("metric", "net_financing", "en")).toBe("Net financing");
    expect(displayText("metric", "amcs_rated_aa_plus", "en")).toBe("AMCs rated AA+");
    expect(displayText("metric", "top5_share_of_sample_total_assets", "en")).toBe("Top-5 share of sample total assets");
    expect(displayText("metric", "net_financing", "zh")).toBe("net_financing");
  });

  it("names units and codes in the reader's language, and keeps what it does not know", () => {
    expect(displayText("unit", "亿元", "en")).toBe("CNY 100m");
    expect(displayText("unit", "亿元", "zh")).toBe("亿元");
    expect(displayText("code", "approx", "zh")).toBe("约");
    expect(displayText("code", "exact", "en")).toBe("");
    expect(displayText("code", "defaulted", "en")).toBe("defaulted");
    expect(displayText("code", "something new", "zh")).toBe("something new");
  });

  it("every code a displayed column stores has a word in both languages", () => {
    for (const id of DATASET_IDS) {
      for (const column of columnsOf(id).filter((c) => c.display === "code")) {
        for (const record of recordsOf(id)) {
          const stored = record[column.id];
          if (typeof stored !== "string" || stored === "exact") continue;
          expect(displayText("code", stored, "zh")).toMatch(/[\u4e00-\u9fff]/);
          expect(displayText("code", stored, "en")).not.toMatch(/_/);
        }
      }
    }
  });
});

describe("the length of a period", () => {
  it.each([
    ["2024", 12],
    ["2025-01..2025-11", 11],
    ["2021..2024", 48],
    ["2015..2021", 84],
    ["2025-06", 1],
    ["2025-06-30", 0],
  ])("%s spans %i months", (period, months) => {
    expect(periodMonths(period)).toBe(months);
  });
});
