/**
 * What the preview's workbook keeps on cells besides values and number formats, through its Excel API as the
 * add-in reads it: borders, fills, merged areas, data validation, the tables over a range, comments and notes.
 */
import type { PreviewExcel } from "../../src/preview/excel-api/excel-global";
import type { PreviewWorkbook } from "../../src/preview/workbook/workbook";
import { newPreview } from "../support/preview-workbook";

let workbook: PreviewWorkbook;
let excel: PreviewExcel;

beforeEach(() => {
  ({ workbook, excel } = newPreview());
});

type Context = Parameters<Parameters<PreviewExcel["run"]>[0]>[0];

/** Runs `setUp` on Sheet1 in one Excel.run. */
function onSheet1(setUp: (sheet: ReturnType<Context["workbook"]["worksheets"]["getItem"]>) => void): Promise<void> {
  return excel.run(async (context) => {
    setUp(context.workbook.worksheets.getItem("Sheet1"));
    await context.sync();
  });
}

/** Reads `read(range)` of a range of Sheet1 after one sync. */
async function readOf<T>(
  address: string,
  read: (
    range: ReturnType<Context["workbook"]["worksheets"]["getItem"]>["getRange"] extends (a: string) => infer R
      ? R
      : never,
    context: Context,
  ) => () => T,
): Promise<T> {
  let value!: T;
  await excel.run(async (context) => {
    const get = read(context.workbook.worksheets.getItem("Sheet1").getRange(address), context);
    await context.sync();
    value = get();
  });
  return value;
}

describe("borders", () => {
  it("draws an edge of a range on the cells along it, and reads it back per border and per cell", async () => {
    await onSheet1((sheet) => {
      const border = sheet.getRange("B2:C3").format.borders.getItem("EdgeBottom");
      border.style = "Continuous";
      border.color = "#FF0000";
    });
    const style = await readOf("B3:C3", (range) => {
      const border = range.format.borders.getItem("EdgeBottom").load("style,color");
      return () => [border.style, border.color];
    });
    expect(style).toEqual(["Continuous", "#FF0000"]);
    const cells = await readOf("B2:B3", (range) => {
      const properties = range.getCellProperties({ format: { borders: { style: true } } });
      return () => properties.value.map((row) => row[0].format!.borders!.bottom!.style);
    });
    expect(cells).toEqual(["None", "Continuous"]);
  });

  it("removes a line set back to None, and reports null where cells differ", async () => {
    await onSheet1((sheet) => {
      sheet.getRange("A1:B1").format.borders.getItem("EdgeTop").style = "Dash";
      sheet.getRange("A1").format.borders.getItem("EdgeTop").style = "None";
    });
    const [mixed, left] = await readOf("A1:B1", (range) => {
      const all = range.format.borders.getItem("EdgeTop").load("style");
      const first = range.getCell(0, 0).format.borders.getItem("EdgeTop").load("style");
      return () => [all.style, first.style];
    });
    expect([mixed, left]).toEqual([null, "None"]);
  });
});

describe("cell properties", () => {
  it("gives each cell's fill as Excel does: white and no pattern when there is none", async () => {
    await onSheet1((sheet) => {
      sheet.getRange("A2").format.fill.color = "#FFFF00";
    });
    const fills = await readOf("A1:A2", (range) => {
      const properties = range.getCellProperties({ address: true, format: { fill: { color: true, pattern: true } } });
      return () => properties.value.map((row) => ({ address: row[0].address, ...row[0].format!.fill }));
    });
    expect(fills).toEqual([
      { address: "Sheet1!A1", color: "#FFFFFF", pattern: "None" },
      { address: "Sheet1!A2", color: "#FFFF00", pattern: "Solid" },
    ]);
  });

  it("fails the sync for a property the preview does not keep, instead of leaving it out", async () => {
    const asking = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").getCellProperties({ hyperlink: true });
      await context.sync();
    });
    await expect(asking).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("merged areas", () => {
  it("keeps the top-left cell's contents, clears the others, and gives the whole areas a range overlaps", async () => {
    workbook.cells.write(workbook.sheets.activeSheetId, { row: 0, column: 0, rowCount: 1, columnCount: 2 }, [
      ["keep", "gone"],
    ]);
    await onSheet1((sheet) => {
      sheet.getRange("A1:B2").merge();
      sheet.getRange("D4:E4").merge();
    });
    expect(
      workbook.cells.readValues(workbook.sheets.activeSheetId, { row: 0, column: 0, rowCount: 1, columnCount: 2 }),
    ).toEqual([["keep", ""]]);
    const found = await readOf("B2:D4", (range) => {
      const areas = range.getMergedAreasOrNullObject().load("address,areaCount");
      return () => [areas.address, areas.areaCount];
    });
    expect(found).toEqual(["Sheet1!A1:B2,Sheet1!D4:E4", 2]);
    const none = await readOf("G7:H8", (range) => {
      const areas = range.getMergedAreasOrNullObject().load("address");
      return () => areas.isNullObject;
    });
    expect(none).toBe(true);
  });

  it("splits the areas back on unmerge", async () => {
    await onSheet1((sheet) => sheet.getRange("A1:B2").merge());
    await onSheet1((sheet) => sheet.getRange("B2").unmerge());
    expect(
      workbook.properties.mergedAreas(workbook.sheets.activeSheetId, {
        row: 0,
        column: 0,
        rowCount: 9,
        columnCount: 9,
      }),
    ).toEqual([]);
  });
});

describe("data validation", () => {
  it("reports the type over a range, and finds the cells that carry a rule", async () => {
    await onSheet1((sheet) => {
      sheet.getRange("B2:B3").dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThan" } };
    });
    const [all, some, none] = await readOf("B2:B3", (range, context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const types = [range, sheet.getRange("A2:B2"), sheet.getRange("C2")].map((r) => r.dataValidation.load("type"));
      return () => types.map((validation) => validation.type);
    });
    expect([all, some, none]).toEqual(["WholeNumber", "MixedCriteria", "None"]);
    const cells = await readOf("A1:C5", (range) => {
      const special = range.getSpecialCellsOrNullObject("DataValidations").load("address");
      return () => special.address;
    });
    expect(cells).toBe("Sheet1!B2,Sheet1!B3");
  });

  it("gives a null object where no cell has a rule, and clears rules", async () => {
    await onSheet1((sheet) => {
      sheet.getRange("A1").dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } };
      sheet.getRange("A1").dataValidation.clear();
    });
    const none = await readOf("A1:C3", (range) => {
      const special = range.getSpecialCellsOrNullObject("DataValidations").load("address");
      return () => special.isNullObject;
    });
    expect(none).toBe(true);
  });
});

describe("the tables over a range", () => {
  it("gives the tables a range overlaps, or only those wholly inside it", async () => {
    workbook.cells.write(workbook.sheets.activeSheetId, { row: 0, column: 0, rowCount: 1, columnCount: 2 }, [
      ["a", "b"],
    ]);
    await onSheet1((sheet) => {
      sheet.tables.add("A1:B4", true).name = "Mine";
    });
    const [overlapping, inside, elsewhere] = await readOf("B3:C9", (range, context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const collections = [
        range.getTables(false),
        sheet.getRange("B3:C9").getTables(true),
        sheet.getRange("D1").getTables(),
      ];
      collections.forEach((tables) => tables.load("items/name"));
      return () => collections.map((tables) => tables.items.map((table) => table.name));
    });
    expect(overlapping).toEqual(["Mine"]);
    expect(inside).toEqual([]);
    expect(elsewhere).toEqual([]);
  });
});

describe("comments and notes", () => {
  it("adds one to a cell, counts them per sheet and tells where each one is", async () => {
    await onSheet1((sheet) => {
      sheet.comments.add("C3", "check this");
      sheet.notes.add(sheet.getRange("A1"), "source: annual report");
    });
    const found = await readOf("A1", (_, context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const counts = [sheet.comments.getCount(), sheet.notes.getCount()];
      const cells = [sheet.comments.getItemAt(0), sheet.notes.getItemAt(0)].map((item) => {
        item.load("content");
        return { item, cell: item.getLocation().load("address") };
      });
      return () => ({
        counts: counts.map((count) => count.value),
        cells: cells.map(({ item, cell }) => [cell.address, item.content]),
      });
    });
    expect(found).toEqual({
      counts: [1, 1],
      cells: [
        ["Sheet1!C3", "check this"],
        ["Sheet1!A1", "source: annual report"],
      ],
    });
  });

  it("refuses a second comment on the same cell, as Excel does", async () => {
    await onSheet1((sheet) => sheet.comments.add("C3", "one"));
    await expect(onSheet1((sheet) => sheet.comments.add("C3", "two"))).rejects.toMatchObject({
      code: "InvalidOperation",
    });
  });
});
