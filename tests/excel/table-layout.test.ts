/**
 * The plans of the inserted tables and charts, for every dataset in both languages: what an analyst reads leads and
 * identifiers and provenance follow (one rule from the catalog's roles), one-line rows within width caps, periods as
 * analysts write them with the ISO period kept at the right, the record key found again from any row after a sort,
 * and charts that read the table's lead columns, skip empty categories and say when periods differ in length.
 */
import { CATALOG, recordKey, type ColumnMeta, type DatasetMeta } from "../../src/data/catalog";
import { DATASET_IDS, getDataset, type DatasetId } from "../../src/data/index";
import { formatPeriod, periodMonths } from "../../src/data/periods";
import { recordByKey } from "../../src/data/query/record-keys";
import { languageOf, type Locale } from "../../src/i18n/locale";
import { CHART_COLUMNS, MAX_LABELLED_POINTS } from "../../src/excel/chart-plan";
import { LEAD_MAX_WIDTH, PROVENANCE_WIDTH } from "../../src/excel/column-widths";
import { datasetPlan, type DatasetPlanOptions } from "../../src/excel/dataset-plan";
import type { CellInput, SheetPlan } from "../../src/excel/sheet-plan";
import { datasetOfTable, tableBaseName, tableRowKey } from "../../src/excel/table-key";
import { tableColumns } from "../../src/excel/table-layout";
import { seededRandom } from "../support/seeded-random";

const LOCALES: Locale[] = ["zh-CN", "en-US"];
const BOTH = LOCALES.flatMap((locale) => DATASET_IDS.map((id) => [id, locale] as const));
const CHARTED = BOTH.filter(([id]) => CATALOG[id].chart);

const meta = (id: DatasetId) => CATALOG[id] as DatasetMeta;
const recordsOf = (id: DatasetId) => getDataset(id).records as unknown as Record<string, unknown>[];
const catalogColumns = (id: DatasetId) => CATALOG[id].columns as ColumnMeta[];

function planOf(id: DatasetId, locale: Locale, options: Partial<DatasetPlanOptions> = {}): SheetPlan {
  return datasetPlan(meta(id), recordsOf(id), {
    locale,
    tableName: tableBaseName(id),
    withChart: CATALOG[id].chart !== undefined,
    provenance: true,
    outline: true,
    ...options,
  });
}

const tableRows = (plan: SheetPlan): CellInput[][] => plan.blocks[0].cells;

describe("column order: what an analyst reads leads, by one rule for every dataset", () => {
  it.each(BOTH)("%s (%s): no identifier, formula, provenance or other-language column leads", (id, locale) => {
    const language = languageOf(locale);
    const columns = tableColumns(meta(id), locale, { provenance: true });
    const lead = columns.filter((column) => column.place === "lead");
    expect(lead.length).toBeGreaterThan(0);
    for (const { source } of lead) {
      expect(["key", "value", "attribute"]).toContain(source.role);
      expect(source.language ?? language).toBe(language);
    }
    const firstRight = columns.findIndex((column) => column.place === "provenance");
    expect(columns.slice(firstRight).every((column) => column.place === "provenance")).toBe(true);
    expect(columns.at(-1)!.shows).toBe("key");
  });

  it.each(BOTH)(
    "%s (%s): lead columns keep the catalog's order, and every catalog column is in the table",
    (id, locale) => {
      const columns = tableColumns(meta(id), locale, { provenance: true });
      const order = catalogColumns(id);
      const leadOrder = columns.filter((c) => c.place === "lead").map((c) => order.indexOf(c.source));
      expect(leadOrder).toEqual([...leadOrder].sort((a, b) => a - b));
      const shown = new Set(columns.map((column) => column.source));
      expect(order.filter((column) => !shown.has(column))).toEqual([]);
    },
  );

  it.each(BOTH)("%s (%s): without provenance, the lead columns and the record key only", (id, locale) => {
    const all = tableColumns(meta(id), locale, { provenance: true });
    const without = tableColumns(meta(id), locale, { provenance: false });
    expect(without).toEqual([...all.filter((column) => column.place === "lead"), all.at(-1)]);
  });

  it("figures lead with metric, entity, period, value and unit in the pane's language", () => {
    const headers = (locale: Locale) => tableRows(planOf("figures", locale))[0].slice(0, 5);
    expect(headers("zh-CN")).toEqual(["指标", "主体", "期间", "数值", "单位"]);
    expect(headers("en-US")).toEqual(["Metric", "Entity", "Period", "Value", "Unit"]);
  });

  it("figures keep the key, the English metric id, quote, section, sources and notes to the right", () => {
    const headers = tableRows(planOf("figures", "zh-CN"))[0] as string[];
    const lead = tableColumns(meta("figures"), "zh-CN", { provenance: true }).filter((c) => c.place === "lead");
    const right = headers.slice(lead.length);
    for (const title of ["指标代码", "原文", "章节", "图表", "说明", "相关不一致之处", "期间（ISO）", "记录键"]) {
      expect(right).toContain(title);
    }
  });

  it("a figure row reads as the analyst writes it, its value formatted by its unit", () => {
    const plan = planOf("figures", "en-US");
    const [header, ...body] = tableRows(plan);
    const formats = plan.blocks[0].numberFormat as string[][];
    const at = (title: string) => header.indexOf(title);
    const records = recordsOf("figures");
    const row = records.findIndex((record) => record.id === "net_financing|industry|2025-01..2025-11");
    expect(body[row].slice(0, 5)).toEqual(["Net financing", "Industry", "Jan–Nov 2025", 44.8, "CNY 100m"]);
    expect(formats[1 + row][at("Value")]).toBe("0.00");
    const percent = records.findIndex((record) => record.unit === "%");
    expect(formats[1 + percent][at("Value")]).toBe("0.00%");
    expect(body[row][at("Period (ISO)")]).toBe("2025-01..2025-11");
    expect(body[row][at("Record key")]).toBe("net_financing|industry|2025-01..2025-11");
  });
});

describe("periods display as analysts write them, and stay available as ISO at the right", () => {
  const periodDatasets = BOTH.filter(([id]) => catalogColumns(id).some((c) => c.display === "period"));

  it.each(periodDatasets)("%s (%s)", (id, locale) => {
    const columns = tableColumns(meta(id), locale, { provenance: true });
    const [, ...body] = tableRows(planOf(id, locale));
    columns.forEach((column, col) => {
      if (column.source.display !== "period") return;
      recordsOf(id).forEach((record, row) => {
        const stored = record[column.source.id];
        if (typeof stored !== "string") return;
        const expected = column.shows === "display" ? formatPeriod(stored, languageOf(locale)) : stored;
        expect(body[row][col]).toBe(expected);
      });
    });
    const periodLead = columns.filter((c) => c.source.display === "period" && c.place === "lead");
    const periodRight = columns.filter((c) => c.source.display === "period" && c.place === "provenance");
    expect(periodRight.map((c) => c.source)).toEqual(periodLead.map((c) => c.source));
  });
});

describe("rows stay one line: widths are capped, nothing wraps", () => {
  it.each(BOTH)("%s (%s)", (id, locale) => {
    const plan = planOf(id, locale);
    const columns = tableColumns(meta(id), locale, { provenance: true });
    const lead = columns.filter((column) => column.place === "lead").length;
    expect(plan.autofit).toEqual([{ row: 0, col: 0, rows: plan.tables[0].rows, cols: lead }]);
    for (const width of plan.columnWidths) {
      expect(width.wrap).toBe(false);
      expect(width.rows).toBe(plan.tables[0].rows);
      expect(width.width).toBeLessThanOrEqual(width.col < lead ? LEAD_MAX_WIDTH : PROVENANCE_WIDTH);
    }
    const narrowed = plan.columnWidths.filter((width) => width.col >= lead).map((width) => width.col);
    expect(narrowed).toEqual(Array.from({ length: columns.length - lead }, (_, i) => lead + i));
  });

  it("caps the long text columns at the lead width and leaves short ones to autofit", () => {
    const plan = planOf("policies", "zh-CN");
    const header = tableRows(plan)[0];
    const capped = plan.columnWidths.filter((width) => width.width === LEAD_MAX_WIDTH).map((w) => header[w.col]);
    expect(capped).toEqual(expect.arrayContaining(["文件", "政策概要"]));
    expect(capped).not.toContain("发布时间");
  });
});

describe("the provenance columns are grouped and collapsed on a new sheet only", () => {
  it.each(BOTH)("%s (%s)", (id, locale) => {
    const columns = tableColumns(meta(id), locale, { provenance: true });
    const lead = columns.filter((column) => column.place === "lead").length;
    const plan = planOf(id, locale);
    expect(plan.columnGroups).toEqual([
      { row: 0, col: lead, rows: plan.tables[0].rows, cols: columns.length - lead, collapsed: true },
    ]);
    expect(planOf(id, locale, { outline: false }).columnGroups).toEqual([]);
  });
});

describe("the record key finds its record from any row, after a sort", () => {
  /** The table's rows in a random order, as a sort or a filter leaves them. */
  function shuffled<T>(rows: T[], seed: number): { row: T; from: number }[] {
    const random = seededRandom(seed);
    return rows
      .map((row, from) => ({ row, from, order: random() }))
      .sort((a, b) => a.order - b.order)
      .map(({ row, from }) => ({ row, from }));
  }

  it.each(BOTH)("%s (%s)", (id, locale) => {
    for (const provenance of [true, false]) {
      const [header, ...body] = tableRows(planOf(id, locale, { provenance }));
      for (const { row, from } of shuffled(body, id.length * 31 + (provenance ? 1 : 0))) {
        const found = tableRowKey(`${tableBaseName(id)}_2`, header, row);
        expect(found).toEqual({ datasetId: id, recordKey: recordKey(meta(id), recordsOf(id)[from]) });
        expect(recordByKey(found!.datasetId, found!.recordKey)).toBe(recordsOf(id)[from]);
      }
    }
  });

  it("reads a table inserted in the other language", () => {
    const [header, row] = tableRows(planOf("ratings", "zh-CN"));
    expect(tableRowKey("AMC_ratings", header, row)).toMatchObject({ datasetId: "ratings" });
    const [enHeader, enRow] = tableRows(planOf("ratings", "en-US"));
    expect(tableRowKey("amc_RATINGS", enHeader, enRow)).toMatchObject({ datasetId: "ratings" });
  });

  it("knows each dataset's table by its name, numbered or not, and no other table", () => {
    for (const id of DATASET_IDS) {
      expect(datasetOfTable(tableBaseName(id))).toBe(id);
      expect(datasetOfTable(`${tableBaseName(id)}_12`)).toBe(id);
    }
    expect(datasetOfTable("AMC_ModelInputs")).toBeUndefined();
    expect(datasetOfTable("AMC_figures_x")).toBeUndefined();
    expect(datasetOfTable("Table1")).toBeUndefined();
  });

  it("finds nothing in a row whose key was edited or cleared, or in a table without a key column", () => {
    const [header, row] = tableRows(planOf("figures", "en-US"));
    const key = header.indexOf("Record key");
    expect(
      tableRowKey(
        "AMC_figures",
        header,
        row.map((cell, i) => (i === key ? `${cell}x` : cell)),
      ),
    ).toBeNull();
    expect(
      tableRowKey(
        "AMC_figures",
        header,
        row.map((cell, i) => (i === key ? "" : cell)),
      ),
    ).toBeNull();
    expect(
      tableRowKey(
        "AMC_figures",
        header.map((h, i) => (i === key ? "Mine" : h)),
        row,
      ),
    ).toBeNull();
    expect(tableRowKey("Table1", header, row)).toBeNull();
  });
});

describe("charts, from the catalog's chart spec by one rule", () => {
  const chartOf = (id: DatasetId, locale: Locale, options: Partial<DatasetPlanOptions> = {}) =>
    planOf(id, locale, options).charts[0];

  it.each(CHARTED)("%s (%s): reads the table's lead columns, in the pane's language", (id, locale) => {
    const plan = planOf(id, locale);
    const chart = plan.charts[0];
    const spec = CATALOG[id].chart!;
    const [header, ...body] = tableRows(plan);
    const columns = tableColumns(meta(id), locale, { provenance: true });
    expect(columns[chart.categories.col]).toMatchObject({ place: "lead", source: { id: spec.category } });
    chart.series.forEach((series) => {
      expect(columns[series.values.col].place).toBe("lead");
      expect(series.name).toBe(header[series.values.col]);
      expect(series.values).toMatchObject({ row: chart.categories.row, rows: chart.categories.rows });
    });
    expect(chart.title.startsWith(spec.title[languageOf(locale)])).toBe(true);
    const categories = body.slice(chart.categories.row - 1, chart.categories.row - 1 + chart.categories.rows);
    if (columns[chart.categories.col].source.display === "period") {
      for (const line of categories) expect(line[chart.categories.col]).not.toMatch(/\.\.|^\d{4}-\d{2}/);
    }
  });

  it.each(CHARTED)("%s (%s): draws no empty category", (id, locale) => {
    const chart = chartOf(id, locale);
    const plotted = recordsOf(id).slice(chart.categories.row - 1, chart.categories.row - 1 + chart.categories.rows);
    const spec = CATALOG[id].chart!;
    const series = spec.type === "pie" ? spec.series.slice(0, 1) : spec.series;
    for (const record of plotted) expect(series.some((s) => typeof record[s] === "number")).toBe(true);
  });

  it.each(CHARTED)("%s (%s): values on short series, the legend below and off the title", (id, locale) => {
    const chart = chartOf(id, locale);
    expect(chart.dataLabels).toBe(chart.categories.rows <= MAX_LABELLED_POINTS);
    const spec = CATALOG[id].chart!;
    expect(chart.legend).toBe(spec.type === "pie" || spec.series.length > 1 ? "Bottom" : null);
  });

  it.each(CHARTED)(
    "%s (%s): sits at the table's top right, scrolled into view when beyond the window",
    (id, locale) => {
      const plan = planOf(id, locale);
      const chart = plan.charts[0];
      expect(chart.position.from).toEqual({ row: 0, col: plan.tables[0].cols + 1 });
      expect(chart.position.to.col - chart.position.from.col + 1).toBe(CHART_COLUMNS);
      // With the provenance columns shown (no outline) the chart lies further right: never more in view.
      expect(!chart.activate || chartOf(id, locale, { outline: false }).activate).toBe(true);
    },
  );

  it("shows a chart beside a narrow table as it is, and scrolls to one beside a wide table", () => {
    expect(chartOf("net_financing", "en-US").activate).toBe(false);
    expect(chartOf("ratings", "zh-CN").activate).toBe(true);
  });

  it("says when a year is compared with January to November, naming the short period", () => {
    expect(chartOf("net_financing", "zh-CN").title).toBe(
      "地方AMC债券净融资额（注：各期长度不同，2025年1—11月为11个月）",
    );
    expect(chartOf("bond_issuers", "en-US").title).toBe(
      "Local AMCs issuing bonds (note: periods differ in length; Jan–Nov 2025: 11 months)",
    );
  });

  it.each(CHARTED)("%s (%s): notes unequal periods exactly when the categories' lengths differ", (id, locale) => {
    const chart = chartOf(id, locale);
    const spec = CATALOG[id].chart!;
    const category = catalogColumns(id).find((column) => column.id === spec.category)!;
    const plotted = recordsOf(id).slice(chart.categories.row - 1, chart.categories.row - 1 + chart.categories.rows);
    const lengths = new Set(plotted.map((record) => periodMonths(String(record[spec.category]))));
    const flagged = chart.title !== spec.title[languageOf(locale)];
    expect(flagged).toBe(category.display === "period" && lengths.size > 1);
  });

  it("leaves out the empty year at the end of bond issuance, and then compares like with like", () => {
    const chart = chartOf("bond_issuance", "en-US");
    expect(chart.categories.rows).toBe(2);
    expect(chart.title).toBe(CATALOG.bond_issuance.chart!.title.en);
  });
});
