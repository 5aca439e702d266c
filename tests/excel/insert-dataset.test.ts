/** Inserting bundled datasets into an in-memory workbook with Office.js batch semantics; syncs counted by the fake. */
import { CATALOG } from "../../src/data/catalog";
import { DATASET_IDS, getDataset, type DatasetId } from "../../src/data/index";
import { insertChart, insertDataset } from "../../src/excel/insert-dataset";
import { scanWorkbook } from "../../src/excel/repair";
import { datasetTable } from "../../src/functions/report-data";
import { EXCEL_WEB_REQUEST_LIMIT_BYTES } from "../../src/excel-rules/limits";
import { freshWorkbookPerTest, parseBlock, type FakeSheet } from "../support/fake-excel";

const wb = freshWorkbookPerTest();

function column(sheet: FakeSheet, headerRow: number, title: string): number {
  for (let col = 0; col < 100; col++) if (sheet.cell(headerRow, col)?.value === title) return col;
  throw new Error(`no header ${title}`);
}

const records = (id: DatasetId) => getDataset(id).records as unknown as Record<string, unknown>[];

describe("insert a dataset on a new worksheet", () => {
  it("takes 1 sync when the pane's check has read the names: sheet, table, formats and note in one batch", async () => {
    await scanWorkbook();
    wb().syncs = [];
    const result = await insertDataset("roster", { locale: "zh-CN", withChart: false });
    expect(result).toMatchObject({ status: "inserted", sheet: "地方AMC名单", table: "AMC_roster", syncs: 1 });
    expect(wb().syncs).toHaveLength(1);
    expect(wb().sheet("地方AMC名单").tabColor).toBe("");
    const withChart = await insertChart("bond_issuance", { locale: "zh-CN" });
    expect(withChart).toMatchObject({ status: "inserted", syncs: 1 });
  });

  it("writes the header and every record as an Excel table named after the dataset, in 2 syncs without the names", async () => {
    const result = await insertDataset("roster", { locale: "zh-CN" });
    const sheet = wb().sheet("地方AMC名单");
    const table = wb().tables.find((t) => t.name === "AMC_roster")!;
    expect(table).toMatchObject({ sheet, row: 0, col: 0, rows: 59, cols: CATALOG.roster.columns.length });
    expect(table.style).toMatch(/^TableStyle/);
    expect(sheet.cell(0, 0)?.value).toBe(CATALOG.roster.columns[0].title.zh);
    const nameColumn = column(sheet, 0, "公司名称");
    records("roster").forEach((record, i) => expect(sheet.cell(1 + i, nameColumn)?.value).toBe(record.full_name));
    expect(wb().syncs).toHaveLength(2);
    expect(result).toMatchObject({ status: "inserted", sheet: "地方AMC名单", table: "AMC_roster", rows: 58, syncs: 2 });
  });

  it("freezes the header row, fits the widths, activates the sheet and selects the new table", async () => {
    const { sheet: name } = await insertDataset("net_financing", { locale: "en-US" });
    const sheet = wb().sheet(name);
    expect(sheet.frozenRows).toBe(1);
    expect([...sheet.autofitted].sort()).toEqual(CATALOG.net_financing.columns.map((_, i) => i));
    expect(wb().active).toBe(sheet);
    expect(wb().selection).toEqual({
      sheet,
      block: parseBlock(`A1:${"ABCDEFGHIJKLMNOPQRSTUVWXYZ"[CATALOG.net_financing.columns.length - 1]}3`),
    });
  });

  it("writes the source note, in the pane's language, one blank row under the table", async () => {
    await insertDataset("net_financing", { locale: "zh-CN" });
    const note = wb()
      .sheet(CATALOG.net_financing.title.zh)
      .cell(1 + 2 + 1, 0);
    expect(note?.value).toContain(
      "资料来源：联合资信评估股份有限公司《地方资产管理公司行业信用风险展望 2026》，2025年12月",
    );
    expect(note?.italic).toBe(true);
    expect(wb().sheet(CATALOG.net_financing.title.zh).cell(3, 0)).toBeUndefined();
  });

  it("puts percentages in cells as decimals formatted 0.00%", async () => {
    await insertDataset("top_net_assets", { locale: "en-US" });
    const sheet = wb().sheets[1];
    const share = column(sheet, 0, "Share of sample net assets");
    records("top_net_assets").forEach((record, i) => {
      const cell = sheet.cell(1 + i, share)!;
      expect(cell.value).toBeCloseTo((record.share as number) / 100, 12);
      expect(cell.numberFormat).toBe("0.00%");
    });
  });

  it("puts amounts with their unit in the header and the catalog's format", async () => {
    await insertDataset("top_assets", { locale: "zh-CN" });
    const sheet = wb().sheets[1];
    const assets = column(sheet, 0, "资产总额（亿元）");
    expect(sheet.cell(1, assets)).toMatchObject({ value: records("top_assets")[0].total_assets, numberFormat: "0.00" });
  });

  it("puts dates in cells as Excel serial numbers", async () => {
    await insertDataset("maturities", { locale: "en-US" });
    const sheet = wb().sheets[1];
    const asOf = column(sheet, 0, "As of");
    const iso = records("maturities")[0].as_of as string;
    const [y, m, d] = iso.split("-").map(Number);
    expect(sheet.cell(1, asOf)).toMatchObject({
      value: (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000,
      numberFormat: "yyyy-mm-dd",
    });
  });

  it("stores the derivation formulas of derived cells as text, not as live formulas", async () => {
    await insertDataset("bond_issuance", { locale: "en-US" });
    const sheet = wb().sheets[1];
    const derived = CATALOG.bond_issuance.columns.findIndex((c) => c.id === "long_term_derived");
    const withFormula = records("bond_issuance").findIndex((r) => typeof r.long_term_derived === "string");
    expect(sheet.cell(1 + withFormula, derived)).toMatchObject({
      formula: "",
      value: records("bond_issuance")[withFormula].long_term_derived,
    });
  });

  it("makes the sheet and table names unique when the dataset is inserted twice", async () => {
    await insertDataset("roster", { locale: "en-US" });
    const second = await insertDataset("roster", { locale: "en-US" });
    expect(second).toMatchObject({ sheet: "Roster of local AMCs (2)", table: "AMC_roster_2" });
    expect(wb().sheets.map((s) => s.name)).toEqual(["Sheet1", "Roster of local AMCs", "Roster of local AMCs (2)"]);
  });

  it("avoids names the analyst already uses, whatever their case", async () => {
    wb().addSheet("ROSTER OF LOCAL AMCS");
    wb().addUserTable("Sheet1", "A1:B3", "amc_roster");
    const result = await insertDataset("roster", { locale: "en-US" });
    expect(result).toMatchObject({ sheet: "Roster of local AMCs (2)", table: "AMC_roster_2" });
  });

  it("gives its table a name the workbook does not define (a table's name is a defined name too)", async () => {
    wb().definedNames.push("amc_ROSTER", "AMC_roster_2");
    const result = await insertDataset("roster", { locale: "en-US" });
    expect(result).toMatchObject({ sheet: "Roster of local AMCs", table: "AMC_roster_3" });
    expect(wb().tables.map((t) => t.name)).toEqual(["AMC_roster_3"]);
  });

  it("gives a table at the selection a name the workbook does not define, in 2 syncs", async () => {
    wb().definedNames.push("AMC_net_financing");
    wb().select("Sheet1", "C5");
    const result = await insertDataset("net_financing", { locale: "en-US", at: "selection" });
    expect(result).toMatchObject({ status: "inserted", table: "AMC_net_financing_2", syncs: 2 });
  });

  it("keeps a long English title within 31 characters", async () => {
    const result = await insertDataset("top_assets", { locale: "en-US" });
    expect(result.sheet.length).toBeLessThanOrEqual(31);
    expect(CATALOG.top_assets.title.en.startsWith(result.sheet)).toBe(true);
  });
});

describe("insert at the selected cell", () => {
  it("writes the table at the selection when every target cell is empty, in 2 syncs", async () => {
    wb().select("Sheet1", "C5");
    const result = await insertDataset("net_financing", { locale: "en-US", at: "selection" });
    const table = wb().tables.find((t) => t.name === "AMC_net_financing")!;
    expect(table).toMatchObject({ row: 4, col: 2, rows: 3 });
    expect(wb().sheet("Sheet1").frozenRows).toBe(0);
    expect(wb().selection.block).toMatchObject({ row: 4, col: 2, rows: 3 });
    expect(result).toMatchObject({ status: "inserted", sheet: "Sheet1", syncs: 2 });
    expect(wb().syncs).toHaveLength(2);
  });

  it("uses the top-left cell of a larger selection", async () => {
    wb().select("Sheet1", "D2:F9");
    await insertDataset("net_financing", { locale: "en-US", at: "selection" });
    expect(wb().tables[0]).toMatchObject({ row: 1, col: 3 });
  });

  it("writes nothing and reports the first occupied cell when the target (down to the note) holds data", async () => {
    // net_financing at B2: header row 2, two records, a blank row, the note in row 6.
    wb().sheet("Sheet1").set(5, 3, "mine");
    wb().select("Sheet1", "B2");
    const before = wb().snapshot();
    const result = await insertDataset("net_financing", { locale: "en-US", at: "selection" });
    expect(result).toMatchObject({ status: "occupied", firstOccupied: "D6", syncs: 1 });
    expect(wb().snapshot()).toEqual(before);
    expect(wb().tables).toHaveLength(0);
  });

  it("counts a formula returning an empty string, and a cell filled by a spill, as occupied", async () => {
    wb().sheet("Sheet1").set(2, 1, '=""');
    wb().select("Sheet1", "A1");
    expect(await insertDataset("net_financing", { locale: "en-US", at: "selection" })).toMatchObject({
      status: "occupied",
      firstOccupied: "B3",
    });
    wb().sheet("Sheet1").cells.clear();
    wb().sheet("Sheet1").cells.set("1,1", { value: 7, formula: "", spilled: true });
    expect(await insertDataset("net_financing", { locale: "en-US", at: "selection" })).toMatchObject({
      status: "occupied",
      firstOccupied: "B2",
    });
  });

  it("explains a selection without room for the table instead of failing obscurely", async () => {
    wb().select("Sheet1", "A1048575");
    await expect(insertDataset("roster", { locale: "en-US", at: "selection" })).rejects.toMatchObject({
      code: "selectionUnusable",
    });
    expect(wb().tables).toHaveLength(0);
  });
});

describe("insert a chart", () => {
  it("adds the dataset's chart beside the table, titled in the pane's language, within the same syncs", async () => {
    const result = await insertChart("bond_issuance", { locale: "zh-CN" });
    const sheet = wb().sheet(CATALOG.bond_issuance.title.zh);
    const [chart] = sheet.charts;
    const spec = CATALOG.bond_issuance.chart!;
    const columnOf = (id: string) => CATALOG.bond_issuance.columns.findIndex((c) => c.id === id);
    const rows = records("bond_issuance").length;
    expect(chart).toMatchObject({
      type: "ColumnClustered",
      title: spec.title.zh,
      categoryAxisTitle: spec.xAxisTitle.zh,
      valueAxisTitle: spec.yAxisTitle.zh,
      legendVisible: true,
    });
    expect(chart.series.map((s) => s.name)).toEqual(["长期债券发行规模（亿元）", "短期债券发行规模（亿元）"]);
    chart.series.forEach((series, i) => {
      expect(series.values).toEqual({ row: 1, col: columnOf(spec.series[i]), rows, cols: 1 });
      expect(series.xValues).toEqual({ row: 1, col: columnOf(spec.category), rows, cols: 1 });
    });
    expect(parseBlock(chart.position!.from).col).toBe(CATALOG.bond_issuance.columns.length + 1);
    expect(result).toMatchObject({ chart: chart.name, syncs: 2 });
    expect(wb().syncs).toHaveLength(2);
  });

  it("gives a pie chart a legend and no axis titles", async () => {
    await insertChart("top_net_assets", { locale: "en-US" });
    const [chart] = wb().sheets[1].charts;
    expect(chart).toMatchObject({ type: "Pie", legendVisible: true, categoryAxisTitle: null, valueAxisTitle: null });
    expect(chart.series).toHaveLength(1);
  });

  it("refuses a dataset without a chart before touching the workbook", async () => {
    await expect(insertChart("roster", { locale: "en-US" })).rejects.toMatchObject({ code: "noChart" });
    expect(wb().syncs).toHaveLength(0);
    expect(wb().sheets).toHaveLength(1);
  });
});

describe("every bundled dataset", () => {
  it.each(["zh-CN", "en-US"] as const)(
    "inserts into one workbook in %s, with its chart when it has one",
    async (locale) => {
      for (const [i, id] of DATASET_IDS.entries()) {
        const result = await insertDataset(id, { locale, withChart: CATALOG[id].chart !== undefined });
        // The first insert reads the names in use; every later one knows them (what it created included).
        expect(result).toMatchObject({ status: "inserted", rows: records(id).length, syncs: i === 0 ? 2 : 1 });
      }
      expect(wb().sheets).toHaveLength(1 + DATASET_IDS.length);
      expect(new Set(wb().tables.map((t) => t.name)).size).toBe(DATASET_IDS.length);
    },
  );

  it("stays far below Excel on the web's 5 MB request limit", async () => {
    for (const id of DATASET_IDS)
      await insertDataset(id, { locale: "zh-CN", withChart: CATALOG[id].chart !== undefined });
    const largest = Math.max(...wb().syncs.map((s) => s.payloadBytes));
    expect(largest).toBeGreaterThan(0);
    expect(largest).toBeLessThan(EXCEL_WEB_REQUEST_LIMIT_BYTES / 10);
  });
});

describe("one header rule for the inserted tables and AMC.DATASET", () => {
  it.each(["zh-CN", "en-US"] as const)("gives every dataset the same header row both ways in %s", async (locale) => {
    for (const id of DATASET_IDS) {
      const { sheet: name, columns } = (await insertDataset(id, { locale })) as { sheet: string; columns: number };
      const sheet = wb().sheet(name);
      const inserted = Array.from({ length: columns }, (_, col) => sheet.cell(0, col)?.value);
      expect({ id, headers: inserted }).toEqual({ id, headers: datasetTable(id, locale).headers });
    }
  });
});
