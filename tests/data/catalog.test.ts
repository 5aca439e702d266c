import fc from "fast-check";
import {
  CATALOG,
  cellNumberFormat,
  figureNumberFormat,
  SOURCE,
  toCellValue,
  type ColumnMeta,
} from "../../src/data/catalog";
import { formatCellValue } from "../../src/excel-rules/number-format";
import { DATASET_IDS, getDataset, LATEST_EDITION } from "../../src/data/index";
import { excelSerial, periodEnd } from "../../src/data/periods";
import { figure } from "./support";

const columnsOf = (id: (typeof DATASET_IDS)[number]) => CATALOG[id].columns as ColumnMeta[];
const columnOf = (id: (typeof DATASET_IDS)[number], columnId: string) =>
  columnsOf(id).find((column) => column.id === columnId)!;

describe("the catalog describes every dataset", () => {
  it("has an entry for every dataset id and no other", () => {
    expect(Object.keys(CATALOG).sort()).toEqual([...DATASET_IDS].sort());
  });

  it.each(DATASET_IDS)("%s: its columns are exactly the fields of its records, once each", (id) => {
    const ids = columnsOf(id).map((column) => column.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const record of getDataset(id).records) expect(Object.keys(record).sort()).toEqual([...ids].sort());
  });

  it.each(DATASET_IDS)("%s: row count, edition, source and as-of date", (id) => {
    const meta = CATALOG[id];
    expect(meta.rowCount).toBe(getDataset(id).records.length);
    expect(meta.rowCount).toBeGreaterThan(0);
    expect(meta.edition).toBe(LATEST_EDITION);
    expect(meta.source).toBe(SOURCE);
    expect(meta.asOf).toMatch(/^2025-\d{2}-\d{2}$/);
    expect(meta.title.zh && meta.title.en && meta.description.zh && meta.description.en).toBeTruthy();
  });

  it("dates a dataset by the end of its latest period", () => {
    expect(CATALOG.bond_issuance.asOf).toBe("2025-11-30");
    expect(CATALOG.top_assets.asOf).toBe("2025-06-30");
    expect(CATALOG.amc_count.asOf).toBe("2025-12-31");
    expect(CATALOG.maturities.asOf).toBe("2025-11-30");
  });

  it("names the source of the data", () => {
    expect(SOURCE.zh).toBe("资料来源：联合资信评估股份有限公司《地方资产管理公司行业信用风险展望 2026》，2025年12月");
  });

  it("formats columns by unit: 亿元 0.00, percent 0.00%, counts 0, dates yyyy-mm-dd, text @", () => {
    expect(columnOf("bond_issuance", "long_term").numberFormat).toBe("0.00");
    expect(columnOf("bond_issuance", "long_term_growth").numberFormat).toBe("0.00%");
    expect(columnOf("bond_issuers", "issuers").numberFormat).toBe("0");
    expect(columnOf("defaults", "extended_to").numberFormat).toBe("yyyy-mm-dd");
    expect(columnOf("roster", "full_name").numberFormat).toBe("@");
    for (const id of DATASET_IDS) {
      for (const column of columnsOf(id)) {
        if (column.unit === "亿元") expect(column.numberFormat).toBe("0.00");
        if (column.type === "percent") expect(column.numberFormat).toBe("0.00%");
        if (column.type === "integer") expect(column.numberFormat).toBe("0");
      }
    }
  });

  it("pairs every formula column with the value column it computes", () => {
    for (const id of DATASET_IDS) {
      const ids = new Set(columnsOf(id).map((column) => column.id));
      for (const column of columnsOf(id).filter((c) => c.role === "formula")) {
        expect(ids.has(column.id.replace(/_derived$/, ""))).toBe(true);
      }
    }
  });

  it("charts plot columns of their dataset, numeric series over a category", () => {
    for (const id of DATASET_IDS) {
      const chart = CATALOG[id].chart;
      if (!chart) continue;
      expect(columnOf(id, chart.category)).toBeDefined();
      for (const series of chart.series) expect(columnOf(id, series).role).toBe("value");
    }
    const charted = DATASET_IDS.filter((id) => CATALOG[id].chart);
    expect(charted).toEqual(
      expect.arrayContaining([
        "bond_issuance",
        "net_financing",
        "top_net_assets",
        "leverage",
        "rating_distribution",
        "maturities",
      ]),
    );
  });
});

describe("sample_distribution holds companies past a threshold, not the lost charts' bins", () => {
  const rows = getDataset("sample_distribution").records;
  const valueColumns = columnsOf("sample_distribution").filter((column) => column.role === "value");

  it("its value columns say, in both languages, that they count above or below a threshold", () => {
    expect(valueColumns.map((column) => column.id)).toEqual([
      "companies_beyond_threshold",
      "share_of_sample_beyond_threshold",
    ]);
    for (const column of valueColumns) {
      expect(column.title.zh).toMatch(/超过或低于门槛/);
      expect(column.title.en).toMatch(/above\/below the threshold/);
    }
    expect(CATALOG.sample_distribution.description.zh).toMatch(/不是已遗失的图表5、7、10中各区间的占比/);
    expect(CATALOG.sample_distribution.description.en).toMatch(/not the shares of the bins/);
  });

  it("a higher threshold never counts more companies: the counts are cumulative, as counts past a threshold are", () => {
    const above = rows.filter((row) => row.comparator === ">");
    for (const measure of new Set(above.map((row) => row.measure_en))) {
      const measureRows = above.filter((row) => row.measure_en === measure);
      const sorted = [...measureRows].sort((a, b) => a.threshold - b.threshold);
      const counts = sorted.map((row) => row.companies_beyond_threshold);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
  });
});

describe("toCellValue gives Excel what it expects", () => {
  it("a percent reaches the cell as a decimal: 43.10 → 0.431", () => {
    expect(toCellValue(43.1, columnOf("bond_issuance", "long_term_growth"))).toBe(0.431);
    expect(toCellValue(-16.21, columnOf("bond_issuance", "long_term_growth"))).toBe(-0.1621);
  });

  it("an amount in 亿元 and a count reach the cell unchanged", () => {
    expect(toCellValue(607, columnOf("bond_issuance", "long_term"))).toBe(607);
    expect(toCellValue(28, columnOf("bond_issuers", "issuers"))).toBe(28);
  });

  it("a figure's value is a percent only where the figure's unit is %", () => {
    const share = figure("sample_share_of_industry|sample|2025-06-30");
    const assets = figure("total_assets|山东金资|2025-06-30");
    const valueColumn = columnOf("figures", "value");
    expect(toCellValue(share.value, valueColumn, share)).toBe(0.431);
    expect(cellNumberFormat(valueColumn, share)).toBe("0.00%");
    expect(toCellValue(assets.value, valueColumn, assets)).toBe(1128.45);
    expect(cellNumberFormat(valueColumn, assets)).toBe("0.00");
  });

  it("a date reaches the cell as an Excel serial number", () => {
    expect(excelSerial("1900-03-01")).toBe(61);
    expect(toCellValue("2026-05-06", columnOf("defaults", "extended_to"))).toBe(46148);
  });

  it("a list is joined with 、 and null is an empty cell", () => {
    expect(toCellValue(["a", "b"], columnOf("roster", "aliases"))).toBe("a、b");
    expect(toCellValue(null, columnOf("bond_issuance", "long_term"))).toBe("");
  });

  it("any percent stored with 2 decimals reaches the cell as the decimal that shows it back", () => {
    const column = columnOf("bond_issuance", "long_term_growth");
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (hundredths) => {
        const stored = hundredths / 100;
        const cell = toCellValue(stored, column) as number;
        expect(Number((cell * 100).toFixed(2))).toBe(stored);
        expect(Math.abs(cell - stored / 100)).toBeLessThan(1e-12);
      }),
    );
  });

  it("text stays text", () => {
    expect(toCellValue("浙商资产", columnOf("roster", "short_name"))).toBe("浙商资产");
  });
});

describe("periods", () => {
  it.each([
    ["2024", "2024-12-31"],
    ["2025-01..2025-11", "2025-11-30"],
    ["2024-02", "2024-02-29"],
    ["2025-06-30", "2025-06-30"],
    ["2021..2024", "2024-12-31"],
  ])("%s ends on %s", (period, end) => {
    expect(periodEnd(period)).toBe(end);
  });
});

describe("a figure in a cell of its own reads as the report prints it", () => {
  const valueColumn = columnOf("figures", "value");
  const figures = getDataset("figures").records;
  const shown = (record: (typeof figures)[number], language: "zh" | "en") =>
    formatCellValue(toCellValue(record.value, valueColumn, record) as number, figureNumberFormat(record, language));

  it.each(figures.filter((record) => /^\d/.test(record.printed)).map((record) => [record.id, record] as const))(
    "%s shows its printed number",
    (_id, record) => {
      const number = shown(record, "zh").replace(/^-/, "").replace(/,/g, "");
      expect(number.startsWith(record.unit === "%" ? `${record.printed}%` : record.printed)).toBe(true);
    },
  );

  it("carries the unit after the number, in the display language, and keeps the value a number", () => {
    const assets = figure("total_assets|山东金资|2025-06-30");
    expect(shown(assets, "zh")).toBe("1,128.45 亿元");
    expect(shown(assets, "en")).toBe("1,128.45 CNY 100m");
    expect(shown(figure("sample_share_of_industry|sample|2025-06-30"), "en")).toBe("43.10%");
  });

  it("a count written in words shows as a whole number", () => {
    const inWords = figures.find((record) => record.printed === "四家");
    expect(inWords && shown(inWords, "zh")).toBe("4 家");
    expect(inWords && shown(inWords, "en")).toBe("4");
  });
});
