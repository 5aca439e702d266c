/**
 * The preview's Excel JavaScript API behaves as Excel's does for what the add-in uses: writes queue until sync,
 * unloaded properties throw, lookups fail or give null objects on sync, names are validated, formulas compute.
 */
import { OfficeExtensionError } from "../../src/preview/excel-api/errors";
import type { PreviewExcel } from "../../src/preview/excel-api/excel-global";
import type { PreviewWorkbook } from "../../src/preview/workbook/workbook";
import { newPreview } from "../support/preview-workbook";
import type { RoundTripLog } from "../support/round-trips";

let workbook: PreviewWorkbook;
let excel: PreviewExcel;
let log: RoundTripLog;

beforeEach(() => {
  ({ workbook, excel, log } = newPreview());
});

const ROSTER_LIKE = [
  ["公司", "总资产", "净资产", "占比"],
  ["甲AMC", 1200.5, 400, 0.2512],
  ["乙AMC", 800, 310.25, 0.1488],
];

async function rejection(promise: Promise<unknown>): Promise<OfficeExtensionError> {
  try {
    await promise;
  } catch (error) {
    return error as OfficeExtensionError;
  }
  throw new Error("expected a rejection");
}

describe("a dataset insert written as the task pane writes it", () => {
  it("lands in the workbook with its table, formats, frozen header and selection, in one sync", async () => {
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("名单");
      const range = sheet.getRange("A1:D3");
      range.values = ROSTER_LIKE;
      sheet.getRange("D2:D3").numberFormat = [["0.00%"], ["0.00%"]];
      sheet.getRange("B2:C3").numberFormat = [
        ["#,##0.00", "#,##0.00"],
        ["#,##0.00", "#,##0.00"],
      ];
      const table = sheet.tables.add("A1:D3", true);
      table.name = "Roster";
      range.getRow(0).format.font.bold = true;
      range.format.autofitColumns();
      sheet.freezePanes.freezeRows(1);
      range.select();
      await context.sync();
    });
    const sheet = workbook.sheets.byName("名单")!;
    expect(workbook.cells.readValues(sheet.id, { row: 0, column: 0, rowCount: 3, columnCount: 4 })).toEqual(
      ROSTER_LIKE,
    );
    expect(workbook.cellView(sheet.id, 1, 3).text).toBe("25.12%");
    expect(workbook.cellView(sheet.id, 1, 1).text).toBe("1,200.50");
    expect(workbook.tables.byName("roster")).toMatchObject({
      sheetId: sheet.id,
      rect: { rowCount: 3, columnCount: 4 },
    });
    expect(workbook.formats.formatAt(sheet.id, 0, 2).bold).toBe(true);
    expect(workbook.formats.formatAt(sheet.id, 1, 2).bold).toBeUndefined();
    expect(workbook.formats.columnWidth(sheet.id, 0)).toBeGreaterThan(24);
    expect(workbook.sheets.frozenRows(sheet.id)).toBe(1);
    expect(workbook.sheets.activeSheetId).toBe(sheet.id);
    expect(workbook.sheets.selection.rect).toEqual({ row: 0, column: 0, rowCount: 3, columnCount: 4 });
    expect(log.runs.at(-1)).toMatchObject({ roundTrips: [expect.anything()], finalSync: false });
    expect(log.runs.at(-1)!.roundTrips[0].payloadBytes).toBeGreaterThan(JSON.stringify(ROSTER_LIKE).length - 1);
  });

  it("queues writes until sync: the workbook is untouched before it", async () => {
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      expect(
        workbook.cells.readValues(workbook.sheets.activeSheetId, { row: 0, column: 0, rowCount: 1, columnCount: 1 }),
      ).toEqual([[""]]);
      await context.sync();
      expect(
        workbook.cells.readValues(workbook.sheets.activeSheetId, { row: 0, column: 0, rowCount: 1, columnCount: 1 }),
      ).toEqual([[1]]);
    });
  });

  it("sends what is still queued when the batch returns, and counts it as a final round-trip", async () => {
    await excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("B2").values = [["x"]];
    });
    expect(
      workbook.cells.readValues(workbook.sheets.activeSheetId, { row: 1, column: 1, rowCount: 1, columnCount: 1 }),
    ).toEqual([["x"]]);
    expect(log.runs.at(-1)).toMatchObject({ finalSync: true });
    expect(log.runs.flatMap((run) => run.roundTrips)).toHaveLength(1);
  });
});

describe("loading", () => {
  it("throws PropertyNotLoaded for a property read before load and sync", async () => {
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:B2");
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- the misuse under test
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values, address, rowCount, columnIndex");
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- the misuse under test
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["", ""],
        ["", ""],
      ]);
      expect(range.address).toBe("Sheet1!A1:B2");
      expect([range.rowCount, range.columnIndex]).toEqual([2, 0]);
    });
  });

  it("reads back a property it set without a load, as office.js does", async () => {
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1");
      range.values = [[42]];
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- office.js allows reading back a set value
      expect(range.values).toEqual([[42]]);
    });
  });

  it("loads nested paths and reports null for a property that differs across the range", async () => {
    workbook.formats.apply(
      workbook.sheets.activeSheetId,
      { row: 0, column: 0, rowCount: 1, columnCount: 1 },
      { bold: true },
    );
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const one = sheet.getRange("A1").load("format/font/bold");
      const both = sheet.getRange("A1:B1").load("format/font/bold");
      await context.sync();
      expect(one.format.font.bold).toBe(true);
      expect(both.format.font.bold).toBeNull();
    });
  });

  it("lists worksheets in tab order through load('items/name')", async () => {
    workbook.addSheet("数据");
    workbook.addSheet("Model");
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((sheet) => sheet.name)).toEqual(["Sheet1", "数据", "Model"]);
    });
  });

  it("fails the sync for a property the preview does not have, instead of ignoring it", async () => {
    const error = await rejection(
      excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1").load("hyperlink");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("refuses to set a member it does not implement", async () => {
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1") as unknown as Record<
        string,
        unknown
      >;
      expect(() => (range.hyperlink = { address: "https://example.org" })).toThrow(TypeError);
    });
  });
});

describe("lookups", () => {
  it("rejects the sync with ItemNotFound for a missing sheet, keeping what ran before it", async () => {
    const error = await rejection(
      excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [["kept"]];
        context.workbook.worksheets.getItem("Nope").getRange("A1").values = [[1]];
        await context.sync();
      }),
    );
    expect(error).toBeInstanceOf(OfficeExtensionError);
    expect(error.code).toBe("ItemNotFound");
    expect(
      workbook.cells.readValues(workbook.sheets.activeSheetId, { row: 0, column: 0, rowCount: 1, columnCount: 1 }),
    ).toEqual([["kept"]]);
  });

  it("gives null objects from …OrNullObject, known only after sync", async () => {
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
      const table = context.workbook.tables.getItemOrNullObject("Roster");
      // eslint-disable-next-line office-addins/call-sync-before-read -- the misuse under test
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect([missing.isNullObject, present.isNullObject, table.isNullObject]).toEqual([true, false, true]);
    });
  });

  it("gives the used range, or a null object on an empty sheet; valuesOnly ignores formatted blanks", async () => {
    const sheetId = workbook.sheets.activeSheetId;
    workbook.formats.apply(sheetId, { row: 9, column: 9, rowCount: 1, columnCount: 1 }, { fill: "#FF0000" });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const empty = sheet.getUsedRangeOrNullObject(true);
      await context.sync();
      expect(empty.isNullObject).toBe(true);
      sheet.getRange("C3:D4").values = [
        [1, 2],
        [3, 4],
      ];
      const values = sheet.getUsedRangeOrNullObject(true).load("address");
      const all = sheet.getUsedRangeOrNullObject(false).load("address");
      await context.sync();
      expect(values.address).toBe("Sheet1!C3:D4");
      expect(all.address).toBe("Sheet1!C3:J10");
    });
  });

  it("gives a range's used part, or a null object when none of it is used", async () => {
    const sheetId = workbook.sheets.activeSheetId;
    workbook.formats.apply(sheetId, { row: 40, column: 1, rowCount: 1, columnCount: 1 }, { fill: "#FF0000" });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("B3:B5").values = [[1], [""], [3]];
      sheet.getRange("D2").values = [[9]];
      const column = sheet.getRange("B:C").getUsedRangeOrNullObject(true).load("address");
      const withFormats = sheet.getRange("B:B").getUsedRangeOrNullObject(false).load("address");
      const empty = sheet.getRange("F:F").getUsedRangeOrNullObject(true);
      await context.sync();
      expect([column.address, withFormats.address, empty.isNullObject]).toEqual([
        "Sheet1!B3:B5",
        "Sheet1!B3:B41",
        true,
      ]);
    });
  });

  it("derives ranges with getCell, getResizedRange and getOffsetRange", async () => {
    await excel.run(async (context) => {
      const base = context.workbook.worksheets.getActiveWorksheet().getRange("B2:C3");
      const cell = base.getCell(1, 1).load("address");
      const resized = base.getResizedRange(2, -1).load("address");
      const offset = base.getOffsetRange(-1, 3).load("address");
      const byIndexes = context.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(4, 0, 2, 3).load("address");
      await context.sync();
      expect([cell.address, resized.address, offset.address, byIndexes.address]).toEqual([
        "Sheet1!C3",
        "Sheet1!B2:B5",
        "Sheet1!E1:F2",
        "Sheet1!A5:C6",
      ]);
    });
  });
});

describe("Excel's rules", () => {
  it.each([
    ["a name longer than 31 characters", "x".repeat(32), "InvalidArgument"],
    ["a forbidden character", "a/b", "InvalidArgument"],
    ["a name taken in another case", "SHEET1", "ItemAlreadyExists"],
  ])("refuses a worksheet with %s", async (_, name, code) => {
    const error = await rejection(
      excel.run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      }),
    );
    expect(error.code).toBe(code);
  });

  it("accepts a 31-character Chinese sheet name", async () => {
    const name = "地方资产管理公司".repeat(4).slice(0, 31);
    await excel.run(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    });
    expect(workbook.sheets.byName(name)).toBeDefined();
  });

  it("refuses a table name that is taken or looks like a cell reference, and overlapping tables", async () => {
    workbook.cells.write(
      workbook.sheets.activeSheetId,
      { row: 0, column: 0, rowCount: 3, columnCount: 4 },
      ROSTER_LIKE,
    );
    const codes: string[] = [];
    for (const attempt of [
      (context: { workbook: { tables: { add(a: string, h: boolean): { name: string } } } }) =>
        (context.workbook.tables.add("Sheet1!A1:D3", true).name = "A1"),
      (context: { workbook: { tables: { add(a: string, h: boolean): { name: string } } } }) =>
        context.workbook.tables.add("Sheet1!B2:C3", true),
    ]) {
      const error = await rejection(
        excel.run(async (context) => {
          attempt(context as never);
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- each attempt is its own Excel.run
          await context.sync();
        }),
      );
      codes.push(error.code);
    }
    expect(codes).toEqual(["InvalidArgument", "InvalidOperation"]);
  });

  it("writes null as 'leave this cell alone' and refuses arrays of the wrong shape", async () => {
    const sheetId = workbook.sheets.activeSheetId;
    workbook.cells.write(sheetId, { row: 0, column: 0, rowCount: 1, columnCount: 2 }, [["keep", "old"]]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1:B1").values = [[null, "new"]];
    });
    expect(workbook.cells.readValues(sheetId, { row: 0, column: 0, rowCount: 1, columnCount: 2 })).toEqual([
      ["keep", "new"],
    ]);
    const error = await rejection(
      excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1:B1").values = [[1, 2, 3]];
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("cannot be used after its Excel.run has finished", async () => {
    let leaked: { workbook: { worksheets: { getActiveWorksheet(): unknown } } } | undefined;
    await excel.run(async (context) => {
      leaked = context;
    });
    expect(() => leaked!.workbook.worksheets.getActiveWorksheet()).toThrow(
      expect.objectContaining({ code: "InvalidRequestContext" }),
    );
  });
});

describe("defined names and sheet names", () => {
  it("defines a name that formulas use, lists it, and keeps tables off it", async () => {
    const sheetId = workbook.sheets.activeSheetId;
    workbook.cells.write(sheetId, { row: 0, column: 0, rowCount: 1, columnCount: 2 }, [[5, "=Rate*2"]]);
    let names: string[] = [];
    await excel.run(async (context) => {
      context.workbook.names.add("Rate", "=Sheet1!$A$1");
      const defined = context.workbook.names.load("items/name");
      await context.sync();
      names = defined.items.map((item) => item.name);
    });
    expect(names).toEqual(["Rate"]);
    expect(workbook.cells.readValues(sheetId, { row: 0, column: 1, rowCount: 1, columnCount: 1 })).toEqual([[10]]);
    const taken = await rejection(
      excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().tables.add("C1:D2", true).name = "RATE";
        await context.sync();
      }),
    );
    expect(taken.code).toBe("ItemAlreadyExists");
  });

  it("renames a worksheet as Excel does: formulas that name it follow, a taken name is refused", async () => {
    const first = workbook.sheets.activeSheetId;
    workbook.addSheet("Data");
    workbook.cells.write(workbook.sheets.byName("Data")!.id, { row: 0, column: 0, rowCount: 1, columnCount: 1 }, [[7]]);
    workbook.cells.write(first, { row: 0, column: 0, rowCount: 1, columnCount: 1 }, [["=Data!A1+1"]]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").name = "Inputs 2025";
      await context.sync();
    });
    expect(workbook.cells.readFormulas(first, { row: 0, column: 0, rowCount: 1, columnCount: 1 })).toEqual([
      ["='Inputs 2025'!A1+1"],
    ]);
    expect(workbook.cells.readValues(first, { row: 0, column: 0, rowCount: 1, columnCount: 1 })).toEqual([[8]]);
    const taken = await rejection(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Inputs 2025").name = "sheet1";
        await context.sync();
      }),
    );
    expect(taken.code).toBe("ItemAlreadyExists");
  });
});

describe("writing conventions the task pane relies on", () => {
  it("keeps text written into a text-formatted cell as text, and a quote prefix as text without the quote", async () => {
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("A1:C1").numberFormat = [["@", "General", "General"]];
      sheet.getRange("A1:C1").values = [["2024", "2024", "'=SUM(1,2)"]];
      const written = sheet.getRange("A1:C1").load("values, formulas");
      await context.sync();
      expect(written.values).toEqual([["2024", 2024, "=SUM(1,2)"]]);
      expect(written.formulas).toEqual([["2024", 2024, "'=SUM(1,2)"]]);
    });
  });

  it("reports the cells a spill fills as having no formula, like Excel", async () => {
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("A1").formulas = [["={1;2;3}"]];
      const spill = sheet.getRange("A1:A3").load("formulas, values");
      await context.sync();
      expect(spill.formulas).toEqual([["={1;2;3}"], [""], [""]]);
      expect(spill.values).toEqual([[1], [2], [3]]);
    });
  });

  it("resolves context.sync(value) with the value passed through", async () => {
    await excel.run(async (context) => {
      expect(await context.sync("through")).toBe("through");
    });
  });
});

describe("formulas", () => {
  it("computes AMC.* formulas written through Range.formulas and returns them as written", async () => {
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("A1:B4").values = [
        ["issued", "repaid"],
        [607, 584.3],
        [228.5, ""],
        ["n/a", 10],
      ];
      sheet.getRange("D1:E1").formulas = [["=AMC.NETFINANCING(A2:A4,B2:B4)", "=SUM(A2:A4)-SUM(B2:B4)"]];
      const result = sheet.getRange("D1:E1").load("values, formulas");
      await context.sync();
      expect(result.values[0][0]).toBeCloseTo(result.values[0][1] as number, 10);
      expect(result.formulas[0][0]).toBe("=AMC.NETFINANCING(A2:A4,B2:B4)");
    });
  });

  it("resolves structured references, also in formulas written before their table", async () => {
    const sheetId = workbook.sheets.activeSheetId;
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("F1").formulas = [["=AMC.DEBTRATIO(Inputs[负债],Inputs[资产])"]];
      sheet.getRange("A1:B3").values = [
        ["资产", "负债"],
        [100, 40],
        [300, 110],
      ];
      const table = sheet.tables.add("A1:B3", true);
      table.name = "Inputs";
      const cell = sheet.getRange("F1").load("values, formulas");
      await context.sync();
      expect(cell.values[0][0]).toBeCloseTo(150 / 400, 12);
      expect(cell.formulas[0][0]).toBe("=AMC.DEBTRATIO(Inputs[负债],Inputs[资产])");
    });
    expect(workbook.cellView(sheetId, 0, 5).formula).toBe("=AMC.DEBTRATIO(Inputs[负债],Inputs[资产])");
  });

  it("tells an error from a text that reads the same through Range.valueTypes", async () => {
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:A5");
      range.formulas = [["=1/0"], ["'#DIV/0!"], [2.5], [true], [""]];
      await context.sync();
      range.load("values,valueTypes");
      await context.sync();
      expect(range.values).toEqual([["#DIV/0!"], ["#DIV/0!"], [2.5], [true], [""]]);
      expect(range.valueTypes).toEqual([["Error"], ["String"], ["Double"], ["Boolean"], ["Empty"]]);
    });
  });

  it("reads TRUE and FALSE as Excel's constants, as the report model writes them", async () => {
    await excel.run(async (context) => {
      const cells = context.workbook.worksheets.getActiveWorksheet().getRange("A1:B1");
      cells.formulas = [["=IF(TRUE,1,2)", "=AND(FALSE,TRUE)"]];
      cells.load("values");
      await context.sync();
      expect(cells.values).toEqual([[1, false]]);
    });
  });

  it("shows a function's error with its message in the cell", async () => {
    await excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1:C1").formulas = [[1, 0, "=AMC.DEBTRATIO(A1,B1)"]];
    });
    const view = workbook.cellView(workbook.sheets.activeSheetId, 0, 2);
    expect(view.error?.code).toBe("#DIV/0!");
    expect(view.text).toBe("#DIV/0!");
  });
});

describe("charts", () => {
  it("adds a chart with its title, axis titles, legend and position", async () => {
    const sheetId = workbook.sheets.activeSheetId;
    workbook.cells.write(sheetId, { row: 0, column: 0, rowCount: 3, columnCount: 2 }, [
      ["年份", "发行"],
      ["2024", 1200],
      ["2025", 980],
    ]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B3"), "Columns");
      chart.title.text = "债券发行";
      chart.axes.categoryAxis.title.text = "年份";
      chart.axes.valueAxis.title.text = "亿元";
      chart.legend.visible = false;
      chart.setPosition("D2", "J15");
      await context.sync();
    });
    expect(workbook.charts.list(sheetId)).toEqual([
      expect.objectContaining({
        type: "ColumnClustered",
        title: "债券发行",
        categoryAxisTitle: "年份",
        valueAxisTitle: "亿元",
        legendVisible: false,
        position: { row: 1, column: 3, rowCount: 14, columnCount: 7 },
      }),
    ]);
  });

  it("fixes the series from the source range: text first column as categories, one series per other column", async () => {
    const sheetId = workbook.sheets.activeSheetId;
    workbook.cells.write(sheetId, { row: 0, column: 0, rowCount: 3, columnCount: 3 }, [
      ["公司", "总资产", "净资产"],
      ["甲", 10, 4],
      ["乙", 20, 8],
    ]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.charts.add("ColumnClustered", sheet.getRange("A1:C3"), "Columns");
      sheet.charts.add("BarClustered", sheet.getRange("A1:C3"), "Rows");
    });
    const [byColumns, byRows] = workbook.charts.list(sheetId);
    const column = (c: number, row = 1, rowCount = 2) => ({
      sheetId,
      rect: { row, column: c, rowCount, columnCount: 1 },
    });
    expect(byColumns.series).toEqual([
      { name: "总资产", values: column(1), categories: column(0) },
      { name: "净资产", values: column(2), categories: column(0) },
    ]);
    expect(byRows.series.map((series) => series.name)).toEqual(["甲", "乙"]);
    expect(byRows.series[0].values).toEqual({ sheetId, rect: { row: 1, column: 1, rowCount: 1, columnCount: 2 } });
  });

  it("lets series be renamed, re-pointed and added (ExcelApi 1.7), as the pane does for non-adjacent columns", async () => {
    const sheetId = workbook.sheets.activeSheetId;
    workbook.cells.write(sheetId, { row: 0, column: 0, rowCount: 3, columnCount: 4 }, [
      ["年份", "备注", "长期", "短期"],
      ["2024", "x", 5, 7],
      ["2025", "y", 6, 9],
    ]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("C2:C3"), "Columns");
      const first = chart.series.getItemAt(0);
      first.name = "长期";
      first.setXAxisValues(sheet.getRange("A2:A3"));
      const second = chart.series.add("短期");
      second.setValues(sheet.getRange("D2:D3"));
      second.setXAxisValues(sheet.getRange("A2:A3"));
      const count = chart.series.getCount();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is filled by the sync, not by load
      expect(count.value).toBe(2);
    });
    const [chart] = workbook.charts.list(sheetId);
    expect(
      chart.series.map((series) => [series.name, series.values?.rect.column, series.categories?.rect.column]),
    ).toEqual([
      ["长期", 2, 0],
      ["短期", 3, 0],
    ]);
  });

  it("puts the legend below the plot without overlay, values on the points, and activates the chart", async () => {
    const sheetId = workbook.sheets.activeSheetId;
    workbook.cells.write(sheetId, { row: 0, column: 0, rowCount: 3, columnCount: 2 }, [
      ["年份", "发行"],
      ["2024", 1200],
      ["2025", 980],
    ]);
    let loaded: { position: string; overlay: boolean; showValue: boolean } | undefined;
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B3"), "Columns");
      chart.legend.position = "Bottom";
      chart.legend.overlay = false;
      chart.dataLabels.showValue = true;
      chart.activate();
      chart.legend.load("position,overlay");
      chart.dataLabels.load("showValue");
      await context.sync();
      loaded = { ...chart.legend.toJSON(), showValue: chart.dataLabels.showValue } as typeof loaded;
    });
    const [chart] = workbook.charts.list(sheetId);
    expect(chart).toMatchObject({ legendPosition: "Bottom", legendOverlay: false, dataLabelsShowValue: true });
    expect(loaded).toMatchObject({ position: "Bottom", overlay: false, showValue: true });
    expect(workbook.charts.activeChartId).toBe(chart.id);
    const error = await rejection(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.charts.add("ColumnClustered", sheet.getRange("A1:B3"), "Columns").legend.position = "Nowhere" as never;
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("refuses a chart type it cannot draw", async () => {
    const error = await rejection(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.charts.add("Funnel3D", sheet.getRange("A1:B3"), "Auto");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("the column outline (ExcelApi 1.10)", () => {
  it("groups columns, hides and shows a group's details, and reads columnHidden", async () => {
    const sheetId = workbook.sheets.activeSheetId;
    const hidden = () => Array.from({ length: 6 }, (_, column) => workbook.outline.isHidden(sheetId, column));
    let loaded: boolean | null = null;
    await excel.run(async (context) => {
      const columns = context.workbook.worksheets.getActiveWorksheet().getRange("C1:E10");
      columns.group("ByColumns");
      columns.hideGroupDetails("ByColumns");
      columns.load("columnHidden");
      await context.sync();
      loaded = columns.columnHidden;
    });
    expect(loaded).toBe(true);
    expect(hidden()).toEqual([false, false, true, true, true, false]);
    expect(workbook.outline.level(sheetId, 2)).toBe(1);
    expect(workbook.outline.collapsedGroups(sheetId)).toEqual([{ row: 0, column: 2, rowCount: 1, columnCount: 3 }]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("C1:E1").showGroupDetails("ByColumns");
      await context.sync();
    });
    expect(hidden()).toEqual([false, false, false, false, false, false]);
  });

  it("hides only grouped columns, and refuses rows (the preview groups columns only)", async () => {
    const sheetId = workbook.sheets.activeSheetId;
    await excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1:B1").hideGroupDetails("ByColumns");
      await context.sync();
    });
    expect(workbook.outline.isHidden(sheetId, 0)).toBe(false);
    const error = await rejection(
      excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1:B1").group("ByRows");
        await context.sync();
      }),
    );
    expect(error.code).toBe("NotImplemented");
  });
});
