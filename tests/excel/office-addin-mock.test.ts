/**
 * The src/excel actions against office-addin-mock (Microsoft's mock of the Office.js object model), with the
 * number of `context.sync()` calls counted by a spy on the mock's own sync. office-addin-mock models objects but
 * not collections (`load("items/name")`) nor addresses, so collections here answer their load directly; the
 * in-memory workbook of the preview (tests/support/preview-workbook.ts) covers cell contents, names and the no-overwrite rule in depth.
 */
import { OfficeMockObject } from "office-addin-mock";
import { buildReportModel } from "../../src/excel/build-report-model";
import { insertDataset } from "../../src/excel/insert-dataset";
import { insertFormulaAtSelection } from "../../src/excel/insert-formula";
import type { Occupant } from "../../src/excel/occupancy";
import { forgetWorkbookNames, rememberWorkbookNames } from "../../src/excel/names-cache";
import { mockCollection } from "../support/office-mock-collection";

type Mock = OfficeMockObject & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** What the one read of a cell finds beside its contents: its format, fill and borders, areas and tables over it. */
interface CellOnSheet {
  formulas: string[][];
  values: string[][];
  numberFormat?: string[][];
  fill?: { color: string; pattern: string };
  mergedAddress?: string;
}

/** A RangeAreas found by an …OrNullObject method: a null object when there is no address. */
function areas(address: string | undefined) {
  return { isNullObject: address === undefined, address: address ?? "", load: () => undefined };
}

/** A range (one cell) that records what is written to it and answers the reads of its occupancy. */
function rangeData(cell: CellOnSheet = { formulas: [[""]], values: [[""]] }) {
  const look = { format: { fill: cell.fill ?? { color: "#FFFFFF", pattern: "None" }, borders: {} } };
  return {
    address: "Sheet1!B2",
    rowIndex: 1,
    columnIndex: 1,
    rowCount: 1,
    columnCount: 1,
    numberFormat: [["General"]],
    ...cell,
    format: { font: {}, fill: {}, autofitColumns: function () {}, autofitRows: function () {} },
    select: function (this: Mock) {
      this.selected = true;
    },
    group: function (this: Mock, option: string) {
      this.grouped = option;
    },
    hideGroupDetails: function (this: Mock, option: string) {
      this.collapsed = option;
    },
    // RangeAreas as plain objects: office-addin-mock would want `isNullObject` loaded, which Office.js does not.
    getMergedAreasOrNullObject: () => areas(cell.mergedAddress),
    getSpecialCellsOrNullObject: () => areas(undefined),
    tablesOver: mockCollection(),
    getTables: function (this: Mock) {
      return this.tablesOver;
    },
    getCellProperties: () => ({ value: [[look]] }),
  };
}

/** A chart that records what the insert sets on it. */
function chartData() {
  const series = () => ({
    name: "",
    setValues: function () {},
    setXAxisValues: function () {},
  });
  return {
    name: "",
    title: { text: "" },
    axes: { categoryAxis: { title: { text: "" } }, valueAxis: { title: { text: "" } } },
    legend: { visible: true, position: "Right", overlay: true },
    dataLabels: { showValue: false },
    series: {
      first: series(),
      other: series(),
      getItemAt: function (this: Mock) {
        return this.first;
      },
      add: function (this: Mock) {
        return this.other;
      },
    },
    setPosition: function (this: Mock, from: string, to: string) {
      this.position = `${from}:${to}`;
    },
    activate: function (this: Mock) {
      this.activated = true;
    },
  };
}

function sheetData(name: string, id = `{${name}}`) {
  return {
    name,
    id,
    tabColor: "",
    delete: function (this: Mock) {
      this.deleted = true;
    },
    range: rangeData(),
    getRangeByIndexes: function (this: Mock) {
      return this.range;
    },
    activate: function (this: Mock) {
      this.active = true;
    },
    freezePanes: {
      freezeRows: function (this: Mock, n: number) {
        this.rows = n;
      },
    },
    tables: {
      table: { name: "", style: "", showBandedRows: false },
      add: function (this: Mock) {
        return this.table;
      },
    },
    charts: {
      chart: chartData(),
      add: function (this: Mock, type: string) {
        this.type = type;
        return this.chart;
      },
    },
  };
}

/** The mock, installed as the global `Excel`; `added` lists the names of the worksheets added. */
function excelMock(selectedCell: CellOnSheet): Mock {
  const added: string[] = [];
  const data = {
    context: {
      workbook: {
        selection: {
          cell: rangeData(selectedCell),
          getCell: function (this: Mock) {
            return this.cell;
          },
        },
        getSelectedRange: function (this: Mock) {
          return this.selection;
        },
        worksheets: {
          newSheet: sheetData("new"),
          active: { name: "Sheet1", comments: { getCount: () => ({ value: 0 }) } },
          getActiveWorksheet: function (this: Mock) {
            return this.active;
          },
          // office-addin-mock cannot load a collection's items: answer the load directly.
          load: function (this: Mock) {
            this.items = [{ name: "Sheet1", id: "{Sheet1}" }];
          },
          add: function (this: Mock, name: string) {
            added.push(name);
            return this.newSheet;
          },
        },
        tables: mockCollection(),
        names: mockCollection(),
      },
    },
    run: async function (this: Mock, work: (context: unknown) => Promise<unknown>) {
      return work(this.context);
    },
  };
  const mock = new OfficeMockObject(data) as Mock;
  mock.added = added;
  (globalThis as unknown as { Excel: unknown }).Excel = mock;
  return mock;
}

beforeEach(() => forgetWorkbookNames());

afterEach(() => {
  delete (globalThis as unknown as { Excel?: unknown }).Excel;
});

describe("with office-addin-mock", () => {
  it("writes a formula into an empty selected cell and selects it, in 2 syncs", async () => {
    const mock = excelMock({ formulas: [[""]], values: [[""]] });
    const sync = jest.spyOn(mock.context, "sync");
    const result = await insertFormulaAtSelection("=AMC.HHI(B2:B26)");
    const cell = mock.context.workbook.selection.cell;
    expect(cell.formulas).toEqual([["=AMC.HHI(B2:B26)"]]);
    expect(cell.selected).toBe(true);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(result).toEqual({ status: "inserted", address: "Sheet1!B2", formula: "=AMC.HHI(B2:B26)" });
  });

  it("leaves a selected cell that holds a value untouched, after 1 sync", async () => {
    const mock = excelMock({ formulas: [["42"]], values: [["42"]] });
    const sync = jest.spyOn(mock.context, "sync");
    const result = await insertFormulaAtSelection("=AMC.HHI(B2:B26)");
    expect(mock.context.workbook.selection.cell.formulas).toEqual([["42"]]);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(result).toMatchObject({ status: "occupied", occupant: { kind: "value", cell: "B2" } });
  });

  const carried: [string, Partial<CellOnSheet>, Occupant["kind"]][] = [
    ["only a number format", { numberFormat: [["0.00%"]] }, "numberFormat"],
    ["only a fill", { fill: { color: "#FFFF00", pattern: "Solid" } }, "fill"],
    ["a part of a merged area", { mergedAddress: "Sheet1!A2:B3" }, "merged"],
  ];
  it.each(carried)("leaves a selected cell with %s untouched, after 1 sync", async (_, carried, kind) => {
    const mock = excelMock({ formulas: [[""]], values: [[""]], ...carried });
    const sync = jest.spyOn(mock.context, "sync");
    const result = await insertFormulaAtSelection("=AMC.HHI(B2:B26)");
    expect(mock.context.workbook.selection.cell.formulas).toEqual([[""]]);
    expect(mock.context.workbook.selection.cell.selected).toBeUndefined();
    expect(sync).toHaveBeenCalledTimes(1);
    expect(result).toEqual({ status: "occupied", address: "Sheet1!B2", occupant: { kind, cell: "B2" } });
  });

  it("inserts a dataset on a new sheet in 1 sync when the names are known, clearing its marker colour", async () => {
    const mock = excelMock({ formulas: [[""]], values: [[""]] });
    rememberWorkbookNames({ sheets: [{ name: "Sheet1", id: "{Sheet1}" }], tables: [] });
    const sync = jest.spyOn(mock.context, "sync");
    const result = await insertDataset("net_financing", { locale: "en-US" });
    expect(result).toMatchObject({ status: "inserted", table: "AMC_net_financing" });
    expect(sync).toHaveBeenCalledTimes(1);
    expect(mock.added).toHaveLength(1);
    expect(mock.context.workbook.worksheets.newSheet.tabColor).toBe("");
  });

  it("inserts a dataset on a new sheet in 2 syncs without the names: one read of the names, one write", async () => {
    const mock = excelMock({ formulas: [[""]], values: [[""]] });
    const sync = jest.spyOn(mock.context, "sync");
    const result = await insertDataset("net_financing", { locale: "en-US" });
    const worksheets = mock.context.workbook.worksheets;
    expect(mock.added).toEqual([result.status === "inserted" ? result.sheet : ""]);
    expect(worksheets.newSheet.tables.table.name).toBe("AMC_net_financing");
    expect(worksheets.newSheet.freezePanes.rows).toBe(1);
    expect(worksheets.newSheet.active).toBe(true);
    expect(worksheets.newSheet.range.selected).toBe(true);
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it("groups and collapses the provenance columns of a table on a new sheet, in the same 1 sync", async () => {
    const mock = excelMock({ formulas: [[""]], values: [[""]] });
    rememberWorkbookNames({ sheets: [{ name: "Sheet1", id: "{Sheet1}" }], tables: [] });
    const sync = jest.spyOn(mock.context, "sync");
    await insertDataset("figures", { locale: "zh-CN" });
    const range = mock.context.workbook.worksheets.newSheet.range;
    expect(range.grouped).toBe("ByColumns");
    expect(range.collapsed).toBe("ByColumns");
    expect(range.format.wrapText).toBe(false);
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it("inserts a chart with its legend below the plot and values on the points, in the same 1 sync", async () => {
    const mock = excelMock({ formulas: [[""]], values: [[""]] });
    rememberWorkbookNames({ sheets: [{ name: "Sheet1", id: "{Sheet1}" }], tables: [] });
    const sync = jest.spyOn(mock.context, "sync");
    const result = await insertDataset("leverage", { locale: "en-US", withChart: true });
    const charts = mock.context.workbook.worksheets.newSheet.charts;
    expect(charts.type).toBe("BarClustered");
    expect(charts.chart.name).toBe(result.status === "inserted" ? result.chart : "");
    expect(charts.chart.legend).toMatchObject({ visible: true, position: "Bottom", overlay: false });
    expect(charts.chart.dataLabels.showValue).toBe(true);
    expect(charts.chart.position).toMatch(/^[A-Z]+1:[A-Z]+\d+$/);
    // Beside a table this wide the chart lies past the window: activated, after the table is selected.
    expect(charts.chart.activated).toBe(true);
    expect(mock.context.workbook.worksheets.newSheet.range.selected).toBe(true);
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it("builds the report model in 1 sync when the names are known", async () => {
    const mock = excelMock({ formulas: [[""]], values: [[""]] });
    rememberWorkbookNames({ sheets: [{ name: "Sheet1", id: "{Sheet1}" }], tables: [] });
    const sync = jest.spyOn(mock.context, "sync");
    expect(await buildReportModel({ locale: "en-US" })).toMatchObject({ status: "built" });
    expect(sync).toHaveBeenCalledTimes(1);
    expect(mock.added).toEqual(["AMC Model Inputs", "AMC Model Metrics"]);
  });

  it("builds the report model in 2 syncs without the names", async () => {
    const mock = excelMock({ formulas: [[""]], values: [[""]] });
    const sync = jest.spyOn(mock.context, "sync");
    const result = await buildReportModel({ locale: "zh-CN" });
    expect(mock.added).toEqual(["AMC模型-输入", "AMC模型-指标"]);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(result.status).toBe("built");
  });
});
