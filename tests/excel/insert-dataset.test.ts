/** Inserting bundled datasets into the preview's workbook through its Excel API; round-trips counted by the log. */
import { CATALOG } from "../../src/data/catalog";
import { DATASET_IDS, getDataset, type DatasetId } from "../../src/data/index";
import { EXCEL_WEB_REQUEST_LIMIT_BYTES } from "../../src/excel-rules/limits";
import { insertDataset, type InsertDatasetOptions } from "../../src/excel/insert-dataset";
import { tableColumns } from "../../src/excel/table-layout";
import { scanWorkbook } from "../../src/excel/repair";
import { datasetTable } from "../../src/data/query/cells";
import { languageOf } from "../../src/i18n/locale";
import { formatPeriod } from "../../src/data/periods";
import { freshPreviewPerTest, lastRun, roundTrips } from "../support/preview-workbook";
import { addUserTable, rectOf, select, sheetNamed, snapshot, type SheetView } from "../support/workbook-view";

const preview = freshPreviewPerTest();
const workbook = () => preview().workbook;
const trips = () => roundTrips(preview().log);
const forgetRuns = () => (preview().log.runs.length = 0);
/** The round-trips of the last action. */
const lastTrips = () => lastRun(preview().log).roundTrips;
const insertChart = (id: DatasetId, options: InsertDatasetOptions) =>
  insertDataset(id, { ...options, withChart: true });

function column(sheet: SheetView, headerRow: number, title: string): number {
  for (let col = 0; col < 100; col++) if (sheet.cell(headerRow, col)?.value === title) return col;
  throw new Error(`no header ${title}`);
}

const records = (id: DatasetId) => getDataset(id).records as unknown as Record<string, unknown>[];
const tableNamed = (name: string) =>
  workbook()
    .tables.list()
    .find((t) => t.name === name)!;
const sheetAt = (index: number) => sheetNamed(workbook(), workbook().sheets.list()[index].name);
/** How many columns the dataset's inserted table has, provenance included. */
const tableWidth = (id: DatasetId, locale: InsertDatasetOptions["locale"] = "en-US") =>
  tableColumns(CATALOG[id], locale, { provenance: true }).length;

describe("insert a dataset on a new worksheet", () => {
  it("takes 1 sync when the pane's check has read the names: sheet, table, formats and note in one batch", async () => {
    await scanWorkbook();
    forgetRuns();
    const result = await insertDataset("roster", { locale: "zh-CN", withChart: false });
    expect(result).toMatchObject({ status: "inserted", sheet: "地方AMC名单", table: "AMC_roster" });
    expect(lastTrips()).toHaveLength(1);
    expect(trips()).toHaveLength(1);
    expect(workbook().sheets.tabColor(sheetNamed(workbook(), "地方AMC名单").id)).toBe("");
    const withChart = await insertChart("bond_issuance", { locale: "zh-CN" });
    expect(withChart).toMatchObject({ status: "inserted" });
    expect(lastTrips()).toHaveLength(1);
  });

  it("writes the header and every record as an Excel table named after the dataset, in 2 syncs without the names", async () => {
    const result = await insertDataset("roster", { locale: "zh-CN" });
    const sheet = sheetNamed(workbook(), "地方AMC名单");
    const table = tableNamed("AMC_roster");
    expect(table).toMatchObject({
      sheetId: sheet.id,
      rect: { row: 0, column: 0, rowCount: 59, columnCount: tableWidth("roster", "zh-CN") },
    });
    expect(table.style).toMatch(/^TableStyle/);
    expect(sheet.cell(0, 0)?.value).toBe("公司名称");
    const nameColumn = column(sheet, 0, "公司名称");
    records("roster").forEach((record, i) => expect(sheet.cell(1 + i, nameColumn)?.value).toBe(record.full_name));
    expect(trips()).toHaveLength(2);
    expect(result).toMatchObject({ status: "inserted", sheet: "地方AMC名单", table: "AMC_roster", rows: 58 });
    expect(lastTrips()).toHaveLength(2);
  });

  it("freezes the header row, fits the widths, activates the sheet and selects the new table", async () => {
    const { sheet: name } = await insertDataset("net_financing", { locale: "en-US" });
    const sheet = sheetNamed(workbook(), name);
    const columns = tableWidth("net_financing");
    const defaultWidth = workbook().formats.columnWidth(sheet.id, columns + 5);
    expect(workbook().sheets.frozenRows(sheet.id)).toBe(1);
    const fitted = Array.from({ length: columns + 1 }, (_, c) => workbook().formats.columnWidth(sheet.id, c));
    expect(fitted.slice(0, columns).every((width) => width !== defaultWidth)).toBe(true);
    expect(fitted[columns]).toBe(defaultWidth);
    expect(workbook().sheets.activeSheetId).toBe(sheet.id);
    expect(workbook().sheets.selection).toEqual({
      sheetId: sheet.id,
      rect: rectOf(`A1:${"ABCDEFGHIJKLMNOPQRSTUVWXYZ"[columns - 1]}3`),
    });
  });

  it("writes the source note, in the pane's language, one blank row under the table", async () => {
    await insertDataset("net_financing", { locale: "zh-CN" });
    const sheet = sheetNamed(workbook(), CATALOG.net_financing.sheetTitle.zh);
    const note = sheet.cell(1 + 2 + 1, 0);
    expect(note?.value).toContain(
      "资料来源：联合资信评估股份有限公司《地方资产管理公司行业信用风险展望 2026》，2025年12月",
    );
    expect(note?.italic).toBe(true);
    expect(sheet.cell(3, 0)).toBeUndefined();
  });

  it("puts percentages in cells as decimals formatted 0.00%", async () => {
    await insertDataset("top_net_assets", { locale: "en-US" });
    const sheet = sheetAt(1);
    const share = column(sheet, 0, "Share of sample net assets");
    records("top_net_assets").forEach((record, i) => {
      const cell = sheet.cell(1 + i, share)!;
      expect(cell.value).toBeCloseTo((record.share as number) / 100, 12);
      expect(cell.numberFormat).toBe("0.00%");
    });
  });

  it("puts amounts with their unit in the header and the catalog's format", async () => {
    await insertDataset("top_assets", { locale: "zh-CN" });
    const sheet = sheetAt(1);
    const assets = column(sheet, 0, "资产总额（亿元）");
    expect(sheet.cell(1, assets)).toMatchObject({ value: records("top_assets")[0].total_assets, numberFormat: "0.00" });
  });

  it("puts dates in cells as Excel serial numbers", async () => {
    await insertDataset("maturities", { locale: "en-US" });
    const sheet = sheetAt(1);
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
    const sheet = sheetAt(1);
    const derived = column(sheet, 0, "Long-term issuance (formula)");
    const withFormula = records("bond_issuance").findIndex((r) => typeof r.long_term_derived === "string");
    expect(sheet.cell(1 + withFormula, derived)).toMatchObject({
      formula: "",
      value: records("bond_issuance")[withFormula].long_term_derived,
    });
  });

  it("makes the sheet and table names unique when the dataset is inserted twice", async () => {
    await insertDataset("roster", { locale: "en-US" });
    const second = await insertDataset("roster", { locale: "en-US" });
    expect(second).toMatchObject({ sheet: "AMC roster (2)", table: "AMC_roster_2" });
    expect(
      workbook()
        .sheets.list()
        .map((s) => s.name),
    ).toEqual(["Sheet1", "AMC roster", "AMC roster (2)"]);
  });

  it("avoids names the analyst already uses, whatever their case", async () => {
    workbook().addSheet("AMC ROSTER");
    addUserTable(workbook(), "Sheet1", "A1:B3", "amc_roster");
    const result = await insertDataset("roster", { locale: "en-US" });
    expect(result).toMatchObject({ sheet: "AMC roster (2)", table: "AMC_roster_2" });
  });

  it("gives its table a name the workbook does not define (a table's name is a defined name too)", async () => {
    workbook().names.add("amc_ROSTER", "=Sheet1!$A$1");
    workbook().names.add("AMC_roster_2", "=Sheet1!$A$2");
    const result = await insertDataset("roster", { locale: "en-US" });
    expect(result).toMatchObject({ sheet: "AMC roster", table: "AMC_roster_3" });
    expect(
      workbook()
        .tables.list()
        .map((t) => t.name),
    ).toEqual(["AMC_roster_3"]);
  });

  it("gives a table at the selection a name the workbook does not define, in 2 syncs", async () => {
    workbook().names.add("AMC_net_financing", "=Sheet1!$A$1");
    select(workbook(), "Sheet1", "C5");
    const result = await insertDataset("net_financing", { locale: "en-US", at: "selection" });
    expect(result).toMatchObject({ status: "inserted", table: "AMC_net_financing_2" });
    expect(lastTrips()).toHaveLength(2);
  });

  it.each(["zh-CN", "en-US"] as const)("names the sheet with the dataset's short title in %s", async (locale) => {
    const result = await insertDataset("top_assets", { locale });
    expect(result.sheet).toBe(CATALOG.top_assets.sheetTitle[languageOf(locale)]);
  });
});

describe("insert at the selected cell", () => {
  it("writes the table at the selection when every target cell is empty, in 2 syncs", async () => {
    select(workbook(), "Sheet1", "C5");
    const result = await insertDataset("net_financing", { locale: "en-US", at: "selection" });
    const table = tableNamed("AMC_net_financing");
    expect(table.rect).toMatchObject({ row: 4, column: 2, rowCount: 3 });
    expect(workbook().sheets.frozenRows(sheetNamed(workbook(), "Sheet1").id)).toBe(0);
    expect(workbook().sheets.selection.rect).toMatchObject({ row: 4, column: 2, rowCount: 3 });
    expect(result).toMatchObject({ status: "inserted", sheet: "Sheet1" });
    expect(lastTrips()).toHaveLength(2);
    expect(trips()).toHaveLength(2);
  });

  it("uses the top-left cell of a larger selection", async () => {
    select(workbook(), "Sheet1", "D2:F9");
    await insertDataset("net_financing", { locale: "en-US", at: "selection" });
    expect(workbook().tables.list()[0].rect).toMatchObject({ row: 1, column: 3 });
  });

  it("writes nothing and reports the first occupied cell when the target (down to the note) holds data", async () => {
    // net_financing at B2: header row 2, two records, a blank row, the note in row 6.
    sheetNamed(workbook(), "Sheet1").set(5, 3, "mine");
    select(workbook(), "Sheet1", "B2");
    const before = snapshot(workbook());
    const result = await insertDataset("net_financing", { locale: "en-US", at: "selection" });
    expect(result).toMatchObject({ status: "occupied", occupant: { kind: "value", cell: "D6" } });
    expect(lastTrips()).toHaveLength(1);
    expect(snapshot(workbook())).toEqual(before);
    expect(workbook().tables.list()).toHaveLength(0);
  });

  it("counts a formula returning an empty string, and a cell filled by a spill, as occupied", async () => {
    const sheet = sheetNamed(workbook(), "Sheet1");
    sheet.set(2, 1, '=""');
    select(workbook(), "Sheet1", "A1");
    expect(await insertDataset("net_financing", { locale: "en-US", at: "selection" })).toMatchObject({
      status: "occupied",
      occupant: { kind: "formula", cell: "B3" },
    });
    sheet.set(2, 1, "");
    sheet.set(1, 0, "={7,8}"); // A2 spills into B2
    select(workbook(), "Sheet1", "B1");
    expect(await insertDataset("net_financing", { locale: "en-US", at: "selection" })).toMatchObject({
      status: "occupied",
      occupant: { kind: "spill", cell: "B2" },
    });
  });

  it("explains a selection without room for the table instead of failing obscurely", async () => {
    select(workbook(), "Sheet1", "A1048575");
    await expect(insertDataset("roster", { locale: "en-US", at: "selection" })).rejects.toMatchObject({
      code: "selectionUnusable",
    });
    expect(workbook().tables.list()).toHaveLength(0);
  });
});

describe("insert a chart", () => {
  it("adds the dataset's chart beside the table, titled in the pane's language, within the same syncs", async () => {
    const result = await insertChart("bond_issuance", { locale: "zh-CN" });
    const sheet = sheetNamed(workbook(), CATALOG.bond_issuance.sheetTitle.zh);
    const [chart] = workbook().charts.list(sheet.id);
    const spec = CATALOG.bond_issuance.chart!;
    expect(chart).toMatchObject({
      type: "ColumnClustered",
      title: spec.title.zh,
      categoryAxisTitle: spec.xAxisTitle.zh,
      valueAxisTitle: spec.yAxisTitle.zh,
      legendVisible: true,
      legendPosition: "Bottom",
      legendOverlay: false,
      dataLabelsShowValue: true,
    });
    expect(chart.series.map((s) => s.name)).toEqual(["长期债券发行规模（亿元）", "短期债券发行规模（亿元）"]);
    // 2025's row prints no amount: the chart stops at the last year with one.
    const plotted = records("bond_issuance").filter((r) => r.long_term !== null || r.short_term !== null).length;
    const cells = (col: number) => ({
      sheetId: sheet.id,
      rect: { row: 1, column: col, rowCount: plotted, columnCount: 1 },
    });
    expect(plotted).toBeLessThan(records("bond_issuance").length);
    chart.series.forEach((series, i) => {
      expect(series.values).toEqual(cells(column(sheet, 0, chart.series[i].name)));
      expect(series.categories).toEqual(cells(column(sheet, 0, "期间")));
    });
    expect(chart.position!.column).toBe(tableWidth("bond_issuance", "zh-CN") + 1);
    expect(result).toMatchObject({ chart: chart.name });
    expect(lastTrips()).toHaveLength(2);
    expect(trips()).toHaveLength(2);
  });

  it("leaves a chart beside a narrow table in view, with the table selected", async () => {
    await insertChart("net_financing", { locale: "en-US" });
    const [chart] = workbook().charts.list(sheetAt(1).id);
    expect(workbook().charts.activeChartId).toBeNull();
    expect(workbook().sheets.selection.rect).toMatchObject({ row: 0, column: 0 });
    expect(chart.position!.column).toBe(tableWidth("net_financing") + 1);
  });

  it("scrolls a chart beside a wide table into view (activates it), in the same sync", async () => {
    await scanWorkbook();
    forgetRuns();
    await insertChart("ratings", { locale: "zh-CN" });
    const [chart] = workbook().charts.list(sheetAt(1).id);
    expect(workbook().charts.activeChartId).toBe(chart.id);
    expect(lastTrips()).toHaveLength(1);
  });

  it("notes in the chart's title that a year is compared with January to November", async () => {
    await insertChart("net_financing", { locale: "zh-CN" });
    const sheet = sheetAt(1);
    const [chart] = workbook().charts.list(sheet.id);
    expect(chart.title).toContain("2025年1—11月为11个月");
    const categories = workbook().cells.readValues(sheet.id, chart.series[0].categories!.rect).flat();
    expect(categories).toEqual(["2024年", "2025年1—11月"]);
  });

  it("gives a pie chart a legend and no axis titles", async () => {
    await insertChart("top_net_assets", { locale: "en-US" });
    const [chart] = workbook().charts.list(sheetAt(1).id);
    expect(chart).toMatchObject({ type: "Pie", legendVisible: true, categoryAxisTitle: "", valueAxisTitle: "" });
    expect(chart.series).toHaveLength(1);
  });

  it("refuses a dataset without a chart before touching the workbook", async () => {
    await expect(insertChart("roster", { locale: "en-US" })).rejects.toMatchObject({ code: "noChart" });
    expect(preview().log.runs).toHaveLength(0);
    expect(workbook().sheets.list()).toHaveLength(1);
  });
});

describe("the inserted table's layout", () => {
  const leadCount = (id: DatasetId, locale: InsertDatasetOptions["locale"]) =>
    tableColumns(CATALOG[id], locale, { provenance: true }).filter((c) => c.place === "lead").length;

  it("leads the figures with what an analyst reads, provenance grouped and collapsed at the right, in 1 sync", async () => {
    await scanWorkbook();
    forgetRuns();
    const result = await insertDataset("figures", { locale: "zh-CN" });
    const sheet = sheetNamed(workbook(), CATALOG.figures.sheetTitle.zh);
    const header = Array.from({ length: tableWidth("figures", "zh-CN") }, (_, col) => sheet.cell(0, col)?.value);
    expect(header.slice(0, 5)).toEqual(["指标", "主体", "期间", "数值", "单位"]);
    expect(header.at(-1)).toBe("记录键");
    const lead = leadCount("figures", "zh-CN");
    const outline = workbook().outline;
    for (let col = 0; col < header.length; col++) {
      expect({ col, hidden: outline.isHidden(sheet.id, col) }).toEqual({ col, hidden: col >= lead });
      expect(outline.level(sheet.id, col)).toBe(col >= lead ? 1 : 0);
    }
    expect(outline.isHidden(sheet.id, header.length)).toBe(false);
    expect(result).toMatchObject({ status: "inserted", columns: header.length });
    expect(lastTrips()).toHaveLength(1);
  });

  it("keeps every row one line: no cell of the table wraps, long text is capped in width", async () => {
    await insertDataset("policies", { locale: "zh-CN" });
    const sheet = sheetAt(1);
    const rows = records("policies").length + 1;
    for (let row = 0; row < rows; row++) {
      for (let col = 0; col < tableWidth("policies", "zh-CN"); col++)
        expect(sheet.cell(row, col)?.wrapText).toBe(false);
    }
    const summary = column(sheet, 0, "政策概要");
    expect(workbook().formats.columnWidth(sheet.id, summary)).toBeLessThanOrEqual(160);
  });

  it("shows periods as analysts write them, the ISO period kept among the provenance columns", async () => {
    await insertDataset("net_financing", { locale: "en-US" });
    const sheet = sheetAt(1);
    const shown = column(sheet, 0, "Period");
    const iso = column(sheet, 0, "Period (ISO)");
    expect(iso).toBeGreaterThanOrEqual(leadCount("net_financing", "en-US"));
    records("net_financing").forEach((record, i) => {
      expect(sheet.cell(1 + i, iso)?.value).toBe(record.period);
      expect(sheet.cell(1 + i, shown)?.value).toBe(formatPeriod(record.period as string, "en"));
    });
    expect(sheet.cell(2, shown)?.value).toBe("Jan–Nov 2025");
  });

  it("leaves the provenance out when asked, and keeps the record key", async () => {
    const result = await insertDataset("figures", { locale: "en-US", provenance: false });
    expect(result).toMatchObject({ columns: leadCount("figures", "en-US") + 1 });
    const sheet = sheetAt(1);
    expect(sheet.cell(0, leadCount("figures", "en-US"))?.value).toBe("Record key");
  });

  it("at the selection writes the same table but groups and hides no column of the analyst's sheet, in 2 syncs", async () => {
    const sheet = sheetNamed(workbook(), "Sheet1").set(400, 20, "mine, far below");
    select(workbook(), "Sheet1", "B2");
    const result = await insertDataset("figures", { locale: "en-US", at: "selection" });
    expect(result).toMatchObject({ status: "inserted", columns: tableWidth("figures") });
    for (let col = 0; col < 64; col++) {
      expect(workbook().outline.isHidden(sheet.id, col)).toBe(false);
      expect(workbook().outline.level(sheet.id, col)).toBe(0);
    }
    expect(lastTrips()).toHaveLength(2);
  });
});

describe("every bundled dataset", () => {
  it.each(["zh-CN", "en-US"] as const)(
    "inserts into one workbook in %s, with its chart when it has one",
    async (locale) => {
      for (const [i, id] of DATASET_IDS.entries()) {
        const result = await insertDataset(id, { locale, withChart: CATALOG[id].chart !== undefined });
        // The first insert reads the names in use; every later one knows them (what it created included).
        expect(result).toMatchObject({ status: "inserted", rows: records(id).length });
        expect(lastTrips()).toHaveLength(i === 0 ? 2 : 1);
      }
      expect(workbook().sheets.list()).toHaveLength(1 + DATASET_IDS.length);
      expect(
        new Set(
          workbook()
            .tables.list()
            .map((t) => t.name),
        ).size,
      ).toBe(DATASET_IDS.length);
    },
  );

  it("stays far below Excel on the web's 5 MB request limit", async () => {
    for (const id of DATASET_IDS)
      await insertDataset(id, { locale: "zh-CN", withChart: CATALOG[id].chart !== undefined });
    const largest = Math.max(...trips().map((trip) => trip.payloadBytes));
    expect(largest).toBeGreaterThan(0);
    expect(largest).toBeLessThan(EXCEL_WEB_REQUEST_LIMIT_BYTES / 10);
  });
});

describe("one header rule for the inserted tables and AMC.DATASET", () => {
  it.each(["zh-CN", "en-US"] as const)(
    "titles every column of every dataset as AMC.DATASET does in %s",
    async (locale) => {
      for (const id of DATASET_IDS) {
        const { sheet: name, columns } = (await insertDataset(id, { locale })) as { sheet: string; columns: number };
        const sheet = sheetNamed(workbook(), name);
        const inserted = Array.from({ length: columns }, (_, col) => sheet.cell(0, col)?.value);
        const { headers } = datasetTable(id, languageOf(locale));
        // A dataset keyed by one identifier (a figure's id, the roster's number) holds it in the record key column.
        const keyedByIdentifier = CATALOG[id].columns.filter((c) => c.role === "id" || c.role === "key");
        const standIn =
          keyedByIdentifier.length === 1 && keyedByIdentifier[0].role === "id"
            ? [headers[CATALOG[id].columns.indexOf(keyedByIdentifier[0] as never)]]
            : [];
        const missing = headers.filter((header) => !inserted.includes(header) && !standIn.includes(header));
        expect({ id, missing }).toEqual({ id, missing: [] });
      }
    },
  );
});
