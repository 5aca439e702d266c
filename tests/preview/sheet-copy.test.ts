/**
 * What the preview's Excel API does, as Excel does, for copying sheets: Worksheet.copy (everything the sheet holds
 * goes along, references without a sheet name read the copy's own cells), Range.insert("Down") over whole rows
 * (everything below moves, formulas follow), the spill range of a formula, and the frozen rows' location.
 */
import type { PreviewExcel } from "../../src/preview/excel-api/excel-global";
import type { PreviewWorkbook } from "../../src/preview/workbook/workbook";
import { newPreview } from "../support/preview-workbook";
import { addUserTable, sheetNamed } from "../support/workbook-view";

let workbook: PreviewWorkbook;
let excel: PreviewExcel;

beforeEach(() => {
  ({ workbook, excel } = newPreview(["Inputs", "Model", "Notes"]));
  const model = sheetNamed(workbook, "Model")
    .set(0, 0, "Assets")
    .set(1, 0, 100)
    .set(2, 0, 200)
    .set(3, 0, "=SUM(A2:A3)");
  model.set(0, 2, "=Inputs!A1").set(5, 0, "=SEQUENCE(3,2)");
  sheetNamed(workbook, "Inputs").set(0, 0, 7);
  workbook.formats.writeNumberFormats(model.id, { row: 1, column: 0, rowCount: 2, columnCount: 1 }, [
    ["0.00"],
    ["0.00"],
  ]);
  workbook.formats.setColumnWidth(model.id, { row: 0, column: 0, rowCount: 1, columnCount: 1 }, 120);
  workbook.properties.merge(model.id, { row: 0, column: 4, rowCount: 1, columnCount: 2 });
  workbook.properties.addNote(model.id, "notes", { row: 1, column: 0, rowCount: 1, columnCount: 1 }, "from the report");
  addUserTable(workbook, "Model", "H1:I3", "Mine");
  workbook.sheets.setTabColor(model.id, "#FF0000");
  workbook.sheets.freezeRows(model.id, 1);
});

async function copyModel(position: "After" | "End" = "After"): Promise<number> {
  let id = "";
  await excel.run(async (context) => {
    const model = context.workbook.worksheets.getItem("Model");
    const copy = model.copy(position, model);
    copy.load("id");
    await context.sync();
    id = copy.id;
  });
  return Number(/\d+/.exec(id)![0]);
}

describe("Worksheet.copy", () => {
  it("places the copy, named as Excel names copies, with everything the sheet holds", async () => {
    const copyId = await copyModel();
    expect(workbook.sheets.list().map((sheet) => sheet.name)).toEqual(["Inputs", "Model", "Model (2)", "Notes"]);
    const copy = sheetNamed(workbook, "Model (2)");
    expect(copy.id).toBe(copyId);
    expect(copy.cell(3, 0)).toMatchObject({ formula: "=SUM(A2:A3)", value: 300 });
    expect(copy.cell(0, 2)).toMatchObject({ formula: "=Inputs!A1", value: 7 });
    expect(copy.cell(1, 0)).toMatchObject({ numberFormat: "0.00", note: "from the report" });
    expect(copy.cell(0, 4)!.merged).toBe("0,4,1,2");
    expect(copy.cell(7, 1)).toMatchObject({ value: 6, spilled: true });
    expect(workbook.formats.columnWidth(copyId, 0)).toBe(120);
    expect(workbook.sheets.tabColor(copyId)).toBe("#FF0000");
    expect(workbook.sheets.frozenRows(copyId)).toBe(1);
    expect(workbook.tables.list().map((table) => [table.name, workbook.sheets.name(table.sheetId)])).toEqual([
      ["Mine", "Model"],
      ["Mine_2", "Model (2)"],
    ]);
  });

  it("reads the copy's own cells where a formula names no sheet", async () => {
    await copyModel("End");
    const copy = sheetNamed(workbook, "Model (2)").set(1, 0, 1000);
    expect(copy.cell(3, 0)!.value).toBe(1200);
    expect(sheetNamed(workbook, "Model").cell(3, 0)!.value).toBe(300);
    expect(workbook.sheets.list().at(-1)!.name).toBe("Model (2)");
  });
});

describe('Range.insert("Down") over whole rows', () => {
  it("moves everything below down, and formulas on every sheet follow their cells", async () => {
    sheetNamed(workbook, "Notes").set(0, 0, "=Model!A4*2");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Model").getRange("1:2").insert("Down");
      await context.sync();
    });
    const model = sheetNamed(workbook, "Model");
    expect(model.cell(0, 0)).toBeUndefined();
    expect(model.cell(2, 0)!.value).toBe("Assets");
    expect(model.cell(5, 0)).toMatchObject({ formula: "=SUM(A4:A5)", value: 300 });
    expect(model.cell(3, 0)).toMatchObject({ numberFormat: "0.00", note: "from the report" });
    expect(model.cell(2, 4)!.merged).toBe("2,4,1,2");
    expect(workbook.tables.byName("Mine")!.rect).toMatchObject({ row: 2, rowCount: 3 });
    expect(sheetNamed(workbook, "Notes").cell(0, 0)).toMatchObject({ formula: "=Model!A6*2", value: 600 });
  });
});

describe("spill ranges and frozen panes", () => {
  it("gives a formula's spill range, and a null object for one value or a cell it spills into", async () => {
    const found = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Model");
      const ranges = ["A6", "A4", "B7"].map((address) => {
        const spill = sheet.getRange(address).getSpillingToRangeOrNullObject();
        spill.load("address");
        return spill;
      });
      await context.sync();
      return ranges.map((range) => (range.isNullObject ? null : range.address));
    });
    expect(found).toEqual(["Model!A6:B8", null, null]);
  });

  it("gives the frozen rows as whole rows, and a null object when none are frozen", async () => {
    const found = await excel.run(async (context) => {
      const [model, notes] = ["Model", "Notes"].map((name) => {
        const location = context.workbook.worksheets.getItem(name).freezePanes.getLocationOrNullObject();
        location.load("rowCount,columnCount");
        return location;
      });
      await context.sync();
      return [model.isNullObject ? null : [model.rowCount, model.columnCount], notes.isNullObject];
    });
    expect(found).toEqual([[1, 16_384], true]);
  });
});
