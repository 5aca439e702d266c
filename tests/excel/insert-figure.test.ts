/**
 * The figure picker's insert on the preview stand-in: `=AMC.FIGURE(...)` with the figure's number format in the
 * selected cell and `=AMC.SOURCE(...)` beside it when asked; both cells read in the one read (every part of them)
 * and written only when both are free: the read and the write, 2 round-trips; on a new worksheet, 1.
 */
import { getDataset } from "../../src/data/index";
import { ExcelActionError } from "../../src/excel/action-errors";
import { insertFigureAtSelection, insertFigureOnNewSheet, type FigureCells } from "../../src/excel/insert-figure";
import { scanWorkbook } from "../../src/excel/repair";
import { figureFormula, figureCell, sourceFormula } from "../../src/taskpane/figures/figure-text";
import { freshPreviewPerTest, lastRun } from "../support/preview-workbook";
import { select, sheetNamed, snapshot } from "../support/workbook-view";

const preview = freshPreviewPerTest();
const workbook = () => preview().workbook;
const trips = () => lastRun(preview().log).roundTrips.length;
const netFinancing = getDataset("figures").records.find((f) => f.id === "net_financing|industry|2024")!;

function cells(withSource: boolean): FigureCells {
  return {
    formula: figureFormula(netFinancing, "zh"),
    numberFormat: figureCell(netFinancing, "zh").numberFormat,
    source: withSource ? sourceFormula(netFinancing, "zh") : null,
    sheetTitle: "债券净融资额 2024年",
  };
}

describe("inserting a figure at the selected cell", () => {
  it("writes the figure with its number format and its source beside it, reads and writes in 2 round-trips", async () => {
    select(workbook(), "Sheet1", "C3");
    const result = await insertFigureAtSelection(cells(true));
    expect(result).toEqual({ status: "inserted", sheet: "Sheet1", address: "Sheet1!C3", sourceAddress: "Sheet1!D3" });
    const sheet = sheetNamed(workbook(), "Sheet1");
    expect(sheet.cell(2, 2)).toMatchObject({
      formula: '=AMC.FIGURE("债券净融资额","行业","2024年")',
      value: 251.2,
      numberFormat: '#,##0.00" 亿元"',
    });
    expect(sheet.cell(2, 3)).toMatchObject({ formula: '=AMC.SOURCE("债券净融资额","行业","2024年")' });
    expect(String(sheet.cell(2, 3)?.value)).toContain(netFinancing.quote);
    expect(workbook().sheets.selection.rect).toEqual({ row: 2, column: 2, rowCount: 1, columnCount: 1 });
    expect(trips()).toBe(2);
  });

  it("writes only the figure's cell when the source is not asked for, whatever the cell beside it holds", async () => {
    sheetNamed(workbook(), "Sheet1").set(2, 3, "the analyst's note");
    select(workbook(), "Sheet1", "C3");
    expect(await insertFigureAtSelection(cells(false))).toMatchObject({ status: "inserted", sourceAddress: null });
    expect(sheetNamed(workbook(), "Sheet1").cell(2, 3)?.value).toBe("the analyst's note");
  });

  it("uses the top-left cell of a larger selection", async () => {
    select(workbook(), "Sheet1", "B2:E9");
    expect(await insertFigureAtSelection(cells(true))).toMatchObject({
      address: "Sheet1!B2",
      sourceAddress: "Sheet1!C2",
    });
  });

  it("changes nothing when the figure's cell is in use, in the one read", async () => {
    sheetNamed(workbook(), "Sheet1").set(2, 2, 42);
    select(workbook(), "Sheet1", "C3");
    const before = snapshot(workbook());
    const result = await insertFigureAtSelection(cells(true));
    expect(result).toEqual({ status: "occupied", address: "Sheet1!C3:D3", occupant: { kind: "value", cell: "C3" } });
    expect(snapshot(workbook())).toEqual(before);
    expect(trips()).toBe(1);
  });

  it("changes nothing when the source's cell only carries a number format, in the same read", async () => {
    await preview().excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("D3").numberFormat = [["0.00%"]];
      await context.sync();
    });
    select(workbook(), "Sheet1", "C3");
    const before = snapshot(workbook());
    const result = await insertFigureAtSelection(cells(true));
    expect(result).toMatchObject({ status: "occupied", occupant: { kind: "numberFormat", cell: "D3" } });
    expect(snapshot(workbook())).toEqual(before);
    expect(trips()).toBe(1);
  });

  it("says the selection is unusable in the last column when the source needs the cell to its right", async () => {
    select(workbook(), "Sheet1", "XFD5");
    const before = snapshot(workbook());
    await expect(insertFigureAtSelection(cells(true))).rejects.toEqual(
      expect.objectContaining({ code: "selectionUnusable" }),
    );
    await expect(insertFigureAtSelection(cells(true))).rejects.toBeInstanceOf(ExcelActionError);
    expect(snapshot(workbook())).toEqual(before);
    expect(await insertFigureAtSelection(cells(false))).toMatchObject({ address: "Sheet1!XFD5" });
  });
});

describe("inserting a figure on a new worksheet", () => {
  it("writes the figure and its source at A1 of a new sheet named after it, in 1 round-trip", async () => {
    await scanWorkbook();
    const result = await insertFigureOnNewSheet(cells(true));
    expect(result).toEqual({
      status: "inserted",
      sheet: "债券净融资额 2024年",
      address: "'债券净融资额 2024年'!A1",
      sourceAddress: "'债券净融资额 2024年'!B1",
    });
    const sheet = sheetNamed(workbook(), "债券净融资额 2024年");
    expect(sheet.cell(0, 0)).toMatchObject({ value: 251.2, numberFormat: '#,##0.00" 亿元"' });
    expect(sheet.cell(0, 1)?.formula).toBe('=AMC.SOURCE("债券净融资额","行业","2024年")');
    expect(trips()).toBe(1);
  });
});
