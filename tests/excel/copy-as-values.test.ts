/**
 * Copying sheets as values, in the preview's workbook through its Excel API: the copy sits after its source under a
 * unique name, with a note at the top; every AMC.* result is a value there (spills in full, number formats kept, text
 * that looks like a number still text, errors still errors); formulas that read only their own sheet stay formulas
 * and give the same numbers; formulas reaching outside it become values; the original is never written; nothing
 * is copied while AMC.* cells show #NAME?; the sync counts hold.
 */
import { callsAmcFunction } from "../../src/excel/amc-formula";
import { copyAsValues, listWorksheets } from "../../src/excel/copy-as-values";
import { NOTE_ROWS } from "../../src/excel/copy-plan";
import { LATEST_EDITION } from "../../src/data/ids";
import type { PreviewWorkbook } from "../../src/preview/workbook/workbook";
import { freshPreviewPerTest, lastRun } from "../support/preview-workbook";
import { sheetNamed, snapshot, type SheetView } from "../support/workbook-view";

const preview = freshPreviewPerTest(["Inputs", "Model", "Notes"]);
const workbook = () => preview().workbook;
const NOW = new Date(2026, 0, 5, 14, 32);

/** An analyst's model: inputs, AMC.* results (one spilling), formulas over them, and formulas reaching elsewhere. */
function model(book: PreviewWorkbook) {
  const inputs = sheetNamed(book, "Inputs").set(0, 0, "Company").set(0, 1, "Assets");
  [702.39, 262.96, 220.11, 181.43, 151.96, 90].forEach((assets, r) =>
    inputs.set(r + 1, 0, `Co ${r}`).set(r + 1, 1, assets),
  );
  const sheet = sheetNamed(book, "Model")
    .set(0, 0, "Top-5 share")
    .set(0, 1, "=AMC.TOP5SHARE(B10:B15)")
    .set(1, 0, "Top-5 share in %")
    .set(1, 1, "=B1*100") // reads only its sheet: stays a formula
    .set(2, 0, "Assets total")
    .set(2, 1, "=SUM(Inputs!B2:B7)") // reads another sheet: becomes its value
    .set(3, 0, "Today")
    .set(3, 1, "=TODAY()") // volatile: becomes its value
    .set(4, 0, "Unknown figure")
    .set(4, 1, '=AMC.FIGURE("no such metric")') // an AMC error, copied as the error
    .set(6, 3, '=AMC.DATASET("net_financing")'); // spills, periods as text
  [702.39, 262.96, 220.11, 181.43, 151.96, 90].forEach((assets, r) => sheet.set(9 + r, 1, assets));
  book.formats.writeNumberFormats(sheet.id, { row: 0, column: 1, rowCount: 1, columnCount: 1 }, [["0.00%"]]);
  return sheet;
}

function copyOf(book: PreviewWorkbook, name: string): SheetView {
  return sheetNamed(book, name);
}

/** The id Excel's API gives a sheet of the preview. */
const idOf = (name: string) => `{preview-sheet-${sheetNamed(workbook(), name).id}}`;

/** Every cell of a sheet moved down by the note rows, as the copy holds them. */
const below = (row: number) => row + NOTE_ROWS;

describe("copying a sheet as values", () => {
  it("places the copy after its source under a unique name, with the note, and activates it", async () => {
    model(workbook());
    workbook().sheets.activate(sheetNamed(workbook(), "Model").id);
    const result = await copyAsValues({ locale: "en-US", now: NOW });
    expect(result).toMatchObject({ status: "copied", copies: [{ sheet: "Model", copy: "Model (values)" }] });
    expect(
      workbook()
        .sheets.list()
        .map((sheet) => sheet.name),
    ).toEqual(["Inputs", "Model", "Model (values)", "Notes"]);
    const copy = copyOf(workbook(), "Model (values)");
    expect(workbook().sheets.activeSheetId).toBe(copy.id);
    const title = copy.cell(0, 0)!;
    expect(title.value).toContain("“Model”");
    expect(title.value).toContain("2026-01-05 14:32");
    expect(title.value).toContain(LATEST_EDITION);
    expect(title.bold).toBe(true);
    expect(String(copy.cell(1, 0)!.value)).toMatch(/AMC\.\* results/);
    expect(copy.cell(2, 0)).toBeUndefined();
  });

  it("turns every AMC.* result into its value, spills in full, and keeps number formats, text and errors", async () => {
    const source = model(workbook());
    const before = new Map(source.cells());
    await copyAsValues({ locale: "en-US", sheetIds: [idOf("Model")], now: NOW });
    const copy = copyOf(workbook(), "Model (values)");
    const amcCells = [...before].filter(([, cell]) => callsAmcFunction(cell.formula));
    expect(amcCells.length).toBe(3);
    for (const [place, cell] of before) {
      const [row, column] = place.split(",").map(Number);
      const copied = copy.cell(below(row), column)!;
      expect({ place, value: copied.value, format: copied.numberFormat }).toEqual({
        place,
        value: cell.value,
        format: cell.numberFormat,
      });
      expect(callsAmcFunction(copied.formula)).toBe(false);
    }
    const spilled = [...before].filter(([, cell]) => cell.spilled && cell.formula === "");
    expect(spilled.length).toBeGreaterThan(4);
    const period = [...before].find(([, cell]) => cell.value === "2024")!;
    const [row, column] = period[0].split(",").map(Number);
    expect(copy.cell(below(row), column)!.value).toBe("2024");
    expect(copy.cell(below(4), 1)!.value).toBe("#N/A");
    expect(copy.cell(below(4), 1)!.formula).toBe("");
  });

  it("keeps formulas that read only their own sheet, and turns those reaching elsewhere into values", async () => {
    const source = model(workbook());
    const result = await copyAsValues({ locale: "en-US", sheetIds: [idOf("Model")], now: NOW });
    const copy = copyOf(workbook(), "Model (values)");
    expect(copy.cell(below(1), 1)!.formula).toBe(`=B${below(1)}*100`);
    expect(copy.cell(below(1), 1)!.value).toBeCloseTo(100 * (copy.cell(below(0), 1)!.value as number), 12);
    expect(copy.cell(below(2), 1)).toMatchObject({ formula: "", value: source.cell(2, 1)!.value });
    expect(copy.cell(below(2), 1)!.value).toBeCloseTo(1608.85, 9);
    expect(copy.cell(below(3), 1)!.formula).toBe("");
    expect(result).toMatchObject({ copies: [{ amcCells: 3, frozenFormulas: 2, keptFormulas: 1 }] });
  });

  it("never writes the original: the workbook but the copy is as it was", async () => {
    model(workbook());
    const before = snapshot(workbook());
    await copyAsValues({ locale: "zh-CN", sheetIds: [idOf("Model")], now: NOW });
    const after = snapshot(workbook());
    expect(after.sheets.filter((sheet) => sheet.name !== "Model（数值）")).toEqual(before.sheets);
    expect(after.tables).toEqual(before.tables);
  });

  it("reads the sheets, then the spill ranges, then writes: 3 syncs", async () => {
    model(workbook());
    await copyAsValues({ locale: "en-US", sheetIds: [idOf("Model")], now: NOW });
    const run = lastRun(preview().log);
    expect(run.roundTrips).toHaveLength(3);
    expect(run.roundTrips.slice(0, 2).every((trip) => trip.cellsWritten === 0)).toBe(true);
  });

  it("copies nothing while an AMC.* cell shows #NAME?, and says where: 1 sync, no write", async () => {
    model(workbook());
    workbook().simulateUnregisteredFunctions();
    const before = snapshot(workbook());
    const result = await copyAsValues({ locale: "en-US", sheetIds: [idOf("Model"), idOf("Inputs")], now: NOW });
    expect(result).toEqual({ status: "stuck", sheets: [{ sheet: "Model", cells: 3 }] });
    expect(snapshot(workbook())).toEqual(before);
    expect(lastRun(preview().log).roundTrips).toEqual([{ cellsWritten: 0, payloadBytes: 0 }]);
  });

  it("copies several sheets in tab order, each after its source, with names unique and within 31 characters", async () => {
    model(workbook());
    const long = "Provincial AMC comparison 2025H1"; // 32 characters would not be a sheet name: 31 is
    workbook().renameSheet(sheetNamed(workbook(), "Notes").id, long.slice(0, 31));
    workbook().addSheet("Model (values)");
    const result = await copyAsValues({
      locale: "en-US",
      sheetIds: [idOf(long.slice(0, 31)), idOf("Model")],
      now: NOW,
    });
    const names = workbook()
      .sheets.list()
      .map((sheet) => sheet.name);
    expect(result.status === "copied" && result.copies.map((copy) => copy.copy)).toEqual([
      "Model (values) (2)",
      "Provincial AMC (values)",
    ]);
    expect(names).toEqual([
      "Inputs",
      "Model",
      "Model (values) (2)",
      long.slice(0, 31),
      "Provincial AMC (values)",
      "Model (values)",
    ]);
    expect(names.every((name) => name.length <= 31)).toBe(true);
  });

  it("freezes the copy's header rows again below the note", async () => {
    const source = model(workbook());
    workbook().sheets.freezeRows(source.id, 1);
    await copyAsValues({ locale: "en-US", sheetIds: [idOf("Model")], now: NOW });
    expect(workbook().sheets.frozenRows(copyOf(workbook(), "Model (values)").id)).toBe(1 + NOTE_ROWS);
    expect(workbook().sheets.frozenRows(source.id)).toBe(1);
  });

  it("splits the values over more writes only past the request limit, with the same copy", async () => {
    model(workbook());
    await copyAsValues({ locale: "en-US", sheetIds: [idOf("Model")], now: NOW });
    const whole = new Map(copyOf(workbook(), "Model (values)").cells());
    workbook().deleteSheet(copyOf(workbook(), "Model (values)").id);
    await copyAsValues({ locale: "en-US", sheetIds: [idOf("Model")], now: NOW, batchBytes: 600 });
    const run = lastRun(preview().log);
    expect(run.roundTrips.length).toBeGreaterThan(3);
    expect(run.roundTrips.every((trip) => trip.payloadBytes <= 600)).toBe(true);
    expect(copyOf(workbook(), "Model (values)").cells()).toEqual(whole);
  });
});

describe("listing the sheets to copy", () => {
  it("gives the sheets in tab order and the active one, in 1 sync", async () => {
    workbook().sheets.activate(sheetNamed(workbook(), "Model").id);
    expect(await listWorksheets()).toEqual({
      sheets: ["Inputs", "Model", "Notes"].map((name) => ({ name, id: idOf(name) })),
      activeId: idOf("Model"),
    });
    expect(lastRun(preview().log).roundTrips).toHaveLength(1);
  });
});
