/**
 * The formula builder's workbook actions on the preview stand-in: where the formula goes (1 sync), what the formula's
 * ranges hold (every range in 1 sync, by sheet id, errors told from text, a whole column read over its used rows),
 * and the insert into a chosen cell that checks the cell and the area its result spills into (read + write; an
 * occupied block changes nothing, after 1 sync).
 */
import { readFormulaInputs, LARGE_REFERENCE_CELLS } from "../../src/excel/formula-inputs";
import { readFormulaTarget } from "../../src/excel/formula-target";
import { insertFormulaInto } from "../../src/excel/insert-formula";
import { EXCEL_ROWS } from "../../src/excel-rules/limits";
import { freshPreviewPerTest, lastRun } from "../support/preview-workbook";
import { rectOf, select, sheetNamed, snapshot } from "../support/workbook-view";

const preview = freshPreviewPerTest(["Inputs", "Model"]);
const workbook = () => preview().workbook;
const trips = () => lastRun(preview().log).roundTrips.length;

async function sheetIds(): Promise<Record<string, string>> {
  const target = await readFormulaTarget();
  return Object.fromEntries(target.sheets.map((sheet) => [sheet.name, sheet.id]));
}

describe("where the formula goes", () => {
  it("is the selected range's top-left cell on the active sheet, read with every sheet's name and id in 1 sync", async () => {
    select(workbook(), "Model", "C4:E9");
    const target = await readFormulaTarget();
    expect(trips()).toBe(1);
    expect(target).toMatchObject({ sheet: { name: "Model" }, row: 3, column: 2 });
    expect(target.sheets.map((sheet) => sheet.name)).toEqual(["Inputs", "Model"]);
    expect(new Set(target.sheets.map((sheet) => sheet.id)).size).toBe(2);
  });
});

describe("reading a formula's ranges", () => {
  it("reads every range, on any sheet, in one run and one sync, with the sheets", async () => {
    const inputs = sheetNamed(workbook(), "Inputs");
    const model = sheetNamed(workbook(), "Model");
    [10, 20, 30].forEach((value, r) => inputs.set(1 + r, 1, value));
    model.set(0, 0, "=1/0").set(1, 0, "'#DIV/0!").set(2, 0, "山东金资");
    const ids = await sheetIds();
    const runsBefore = preview().log.runs.length;
    const read = await readFormulaInputs([
      { sheetId: ids.Inputs, rect: rectOf("B2:B4") },
      { sheetId: ids.Model, rect: rectOf("A1:A4") },
    ]);
    expect(preview().log.runs.length - runsBefore).toBe(1);
    expect(trips()).toBe(1);
    expect(read.contents[0]).toEqual({ values: [[10], [20], [30]], valueTypes: [["Double"], ["Double"], ["Double"]] });
    expect(read.contents[1]).toEqual({
      values: [["#DIV/0!"], ["#DIV/0!"], ["山东金资"], [""]],
      valueTypes: [["Error"], ["String"], ["String"], ["Empty"]],
    });
    expect(read.sheets.map((sheet) => sheet.name)).toEqual(["Inputs", "Model"]);
  });

  it("reads a range by its sheet's id, so a renamed sheet is still found", async () => {
    const ids = await sheetIds();
    sheetNamed(workbook(), "Inputs").set(0, 0, 7);
    workbook().renameSheet(workbook().sheets.byName("Inputs")!.id, "数据");
    const read = await readFormulaInputs([{ sheetId: ids.Inputs, rect: rectOf("A1") }]);
    expect(read.contents[0].values).toEqual([[7]]);
    expect(read.sheets.find((sheet) => sheet.id === ids.Inputs)?.name).toBe("数据");
  });

  it("reads whole columns over their used rows, padded alike, so paired columns keep their shape", async () => {
    const inputs = sheetNamed(workbook(), "Inputs");
    for (let r = 1; r <= 25; r++) inputs.set(r, 1, r * 10);
    for (let r = 4; r <= 30; r++) inputs.set(r, 2, r);
    const ids = await sheetIds();
    const whole = (letter: string) => ({ sheetId: ids.Inputs, rect: rectOf(`${letter}:${letter}`) });
    expect(rectOf("B:B").rowCount).toBe(EXCEL_ROWS);
    expect(EXCEL_ROWS).toBeGreaterThan(LARGE_REFERENCE_CELLS);
    const read = await readFormulaInputs([whole("B"), whole("C"), whole("F")]);
    expect(trips()).toBe(1);
    const [b, c, f] = read.contents;
    expect([b.values.length, c.values.length, f.values.length]).toEqual([31, 31, 31]);
    expect(b.values[0]).toEqual([""]);
    expect(b.values[1]).toEqual([10]);
    expect(b.values[25]).toEqual([250]);
    expect(b.values[26]).toEqual([""]);
    expect(b.valueTypes[26]).toEqual(["Empty"]);
    expect(c.values[3]).toEqual([""]);
    expect(c.values[4]).toEqual([4]);
    expect(c.values[30]).toEqual([30]);
    expect(f.values.every((row) => row[0] === "")).toBe(true);
  });
});

describe("inserting into a chosen cell", () => {
  it("writes the formula when the cell and its spill area are free, selects it on its sheet: 2 syncs", async () => {
    const inputs = sheetNamed(workbook(), "Inputs");
    [5, 3, 8].forEach((value, r) => inputs.set(1 + r, 1, value));
    select(workbook(), "Inputs", "B2:B4");
    const ids = await sheetIds();
    const result = await insertFormulaInto({ sheetId: ids.Model, row: 1, column: 3 }, "=AMC.HHI(Inputs!B2:B4)");
    expect(trips()).toBe(2);
    expect(result).toEqual({ status: "inserted", address: "Model!D2", formula: "=AMC.HHI(Inputs!B2:B4)" });
    const model = sheetNamed(workbook(), "Model");
    expect(model.cell(1, 3)?.formula).toBe("=AMC.HHI(Inputs!B2:B4)");
    expect(workbook().sheets.name(workbook().sheets.activeSheetId)).toBe("Model");
    expect(workbook().sheets.selection.rect).toEqual(rectOf("D2"));
  });

  it("writes nothing, after 1 sync, when a cell of the spill area is in use, and names it", async () => {
    const model = sheetNamed(workbook(), "Model");
    model.set(4, 5, "mine");
    const before = snapshot(workbook());
    const ids = await sheetIds();
    const result = await insertFormulaInto({ sheetId: ids.Model, row: 1, column: 3 }, "=AMC.ROSTER()", {
      rows: 6,
      columns: 4,
    });
    expect(trips()).toBe(1);
    expect(result).toEqual({
      status: "occupied",
      address: "Model!D2:G7",
      occupant: { kind: "value", cell: "F5" },
    });
    expect(snapshot(workbook())).toEqual(before);
  });
});
