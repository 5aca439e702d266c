/**
 * The pure parts of a values copy: values written so that they stay what they were, the copy's name within Excel's
 * rules, the note's time, and which cells are written (spills in full, blank spill cells left alone).
 */
import fc from "fast-check";
import { sheetNameProblem } from "../../src/excel-rules/names";
import { copySheetName, copyTime, decideCopy, literalValue, valueBlocks } from "../../src/excel/copy-plan";

describe("literalValue", () => {
  it.each([
    [43.1, 43.1],
    [true, true],
    ["#N/A", "#N/A"],
    ["#DIV/0!", "#DIV/0!"],
    ["浙商资产", "浙商资产"],
    ["2024", "'2024"],
    ["2025-06-30", "'2025-06-30"],
    ["43.10%", "'43.10%"],
    ["TRUE", "'TRUE"],
    ["=ROUND(607/1.4487,2)", "'=ROUND(607/1.4487,2)"],
    ["-16.21", "'-16.21"],
    ["#N/A is an error", "'#N/A is an error"],
    ["'quoted", "''quoted"],
    ["", null],
  ])("writes %p as %p", (value, written) => {
    expect(literalValue(value)).toBe(written);
  });
});

describe("copySheetName", () => {
  it("adds the suffix, and a number when the name is taken", () => {
    expect(copySheetName("Model", " (values)", [])).toBe("Model (values)");
    expect(copySheetName("Model", " (values)", ["model (VALUES)"])).toBe("Model (values) (2)");
    expect(copySheetName("模型", "（数值）", ["模型（数值）", "模型（数值） (2)"])).toBe("模型（数值） (3)");
    // A name the unique-name rule would tidy (a run of spaces) is tidied here too, and the search ends.
    expect(copySheetName("Net  financing", " (values)", ["Net financing (values)"])).toBe("Net financing (values) (2)");
  });

  it("always gives a name Excel accepts, unique, within 31 characters, keeping the suffix", () => {
    const names = fc.string({ minLength: 1, maxLength: 31 }).filter((name) => sheetNameProblem(name) === null);
    fc.assert(
      fc.property(
        names,
        fc.array(names, { maxLength: 5 }),
        fc.constantFrom(" (values)", "（数值）"),
        (source, taken, suffix) => {
          const name = copySheetName(source, suffix, taken);
          expect(sheetNameProblem(name)).toBeNull();
          expect(taken.map((t) => t.toLowerCase())).not.toContain(name.toLowerCase());
          expect(name).toContain(suffix.trim());
        },
      ),
    );
  });
});

describe("copyTime", () => {
  it("gives the local date and time with the offset from UTC", () => {
    const at = new Date(2026, 0, 5, 9, 7);
    const offset = -at.getTimezoneOffset();
    const sign = offset >= 0 ? "+" : "-";
    const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0");
    const minutes = String(Math.abs(offset) % 60).padStart(2, "0");
    expect(copyTime(at)).toBe(`2026-01-05 09:07 (UTC${sign}${hours}:${minutes})`);
  });
});

describe("what a copy writes", () => {
  const sheet = {
    name: "Model",
    id: "S1",
    rowIndex: 1,
    columnIndex: 1,
    formulas: [
      ["=AMC.ROSTER()", "", "=B2*2"],
      ["", "", "=Inputs!A1"],
    ],
    values: [
      ["序号", "公司名称", "#VALUE!"],
      [1, "", 5],
    ],
    numberFormats: [
      ["General", "@", "0.00"],
      ["0", "General", "0.0%"],
    ],
  };

  it("converts AMC calls and formulas reaching elsewhere, and keeps the rest", () => {
    expect(decideCopy(sheet)).toEqual({
      converted: [
        { row: 1, col: 1, kind: "amc" },
        { row: 2, col: 3, kind: "frozen" },
      ],
      keptFormulas: 1,
      stuckCells: 0,
    });
  });

  it("writes a spill in full with its formats, leaving its blank cells alone", () => {
    const blocks = valueBlocks(sheet, [
      { row: 1, col: 1, rows: 2, cols: 2 },
      { row: 2, col: 3, rows: 1, cols: 1 },
    ]);
    const cells = blocks.flatMap((block) =>
      block.cells.flatMap((line, r) => line.map((cell, c) => ({ at: [block.row + r, block.col + c], ...cell }))),
    );
    expect(cells).toEqual([
      { at: [1, 1], value: "序号", numberFormat: "General" },
      { at: [1, 2], value: "公司名称", numberFormat: "@" },
      { at: [2, 1], value: 1, numberFormat: "0" },
      { at: [2, 3], value: 5, numberFormat: "0.0%" },
    ]);
  });
});
