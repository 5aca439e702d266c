/**
 * The explainer's read on the preview stand-in: the active cell's formula, value and number format, the tables over
 * it, and its surrounding region with the region's first row and the cell's row, all in one round-trip; for a cell
 * of an inserted table the region is the table, and the row read is the cell's row wherever sorting has put it.
 */
import { CATALOG } from "../../src/data/catalog";
import { insertDataset } from "../../src/excel/insert-dataset";
import { readActiveCell } from "../../src/excel/read-cell";
import { tableColumns } from "../../src/excel/table-layout";
import { freshPreviewPerTest, lastRun } from "../support/preview-workbook";
import { select, sheetNamed } from "../support/workbook-view";

const preview = freshPreviewPerTest();
const workbook = () => preview().workbook;
const trips = () => lastRun(preview().log).roundTrips.length;

describe("reading the active cell for the explainer", () => {
  it("reads a cell of an inserted table with the table's name, its header row and the cell's row, in 1 round-trip", async () => {
    const inserted = await insertDataset("net_financing", { locale: "en-US" });
    if (inserted.status !== "inserted") throw new Error("not inserted");
    select(workbook(), inserted.sheet, "B3");
    const read = await readActiveCell();
    expect(trips()).toBe(1);
    expect(read).toMatchObject({ sheet: inserted.sheet, address: "B3", row: 2, column: 1, tables: [inserted.table] });
    expect(read.value).toBe(44.8);
    expect(read.region).toMatchObject({ row: 0, column: 0 });
    const columns = tableColumns(CATALOG.net_financing, "en-US", { provenance: true });
    expect(read.region.header).toEqual(columns.map((column) => column.header));
    expect(read.region.cells.slice(0, 2)).toEqual(["Jan–Nov 2025", 44.8]);
    expect(read.region.cells[read.region.header.indexOf("Record key")]).toBe("2025-01..2025-11");
  });

  it("reads the cell's row as it is after the rows were sorted", async () => {
    const inserted = await insertDataset("net_financing", { locale: "zh-CN" });
    if (inserted.status !== "inserted") throw new Error("not inserted");
    const sheet = sheetNamed(workbook(), inserted.sheet);
    const body = [1, 2].map((row) =>
      Array.from(
        { length: tableColumns(CATALOG.net_financing, "zh-CN", { provenance: true }).length },
        (_, c) => workbook().cellView(sheet.id, row, c).value,
      ),
    );
    await preview().excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(inserted.sheet).getRangeByIndexes(1, 0, 2, body[0].length);
      range.values = [body[1], body[0]];
      await context.sync();
    });
    select(workbook(), inserted.sheet, "B2");
    const read = await readActiveCell();
    expect(read.value).toBe(44.8);
    expect(read.region.cells[0]).toBe("2025年1—11月");
  });

  it("reads a formula with the label of its row and the header of its block, which it may refer to", async () => {
    const sheet = sheetNamed(workbook(), "Sheet1");
    sheet.set(1, 1, "行业").set(1, 2, "2024年").set(2, 1, "净融资额").set(2, 2, "=AMC.FIGURE(B3,B2,C2)");
    select(workbook(), "Sheet1", "C3");
    const read = await readActiveCell();
    expect(read).toMatchObject({ address: "C3", formula: "=AMC.FIGURE(B3,B2,C2)", value: 251.2, tables: [] });
    expect(read.region).toMatchObject({ address: "Sheet1!B2:C3", row: 1, column: 1 });
    expect(read.region.header).toEqual(["行业", "2024年"]);
    expect(read.region.cells).toEqual(["净融资额", 251.2]);
    expect(trips()).toBe(1);
  });

  it("reads a lone empty cell as a region of itself", async () => {
    select(workbook(), "Sheet1", "F10");
    const read = await readActiveCell();
    expect(read).toMatchObject({ address: "F10", formula: "", value: "", numberFormat: "General", tables: [] });
    expect(read.region).toEqual({ address: "Sheet1!F10", row: 9, column: 5, header: [""], cells: [""] });
  });
});
