/** A1 references as Excel writes and reads them, the one implementation the add-in, the preview and the tests use. */
import fc from "fast-check";
import {
  cellAddress,
  columnIndex,
  columnLetters,
  looksLikeCellReference,
  parseAddress,
  parseAreas,
  qualifiedAddress,
  quoteSheetName,
  rangeAddress,
  rectAddress,
} from "../../src/excel-rules/a1";
import { EXCEL_COLUMNS, EXCEL_ROWS } from "../../src/excel-rules/limits";

/** Column letters by counting in base 26 without a zero digit, written independently of columnLetters. */
function lettersByCounting(index: number): string {
  const digits: number[] = [];
  let n = index + 1;
  while (n > 0) {
    const digit = ((n - 1) % 26) + 1;
    digits.unshift(digit);
    n = (n - digit) / 26;
  }
  return digits.map((digit) => "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[digit - 1]).join("");
}

describe("A1 addresses", () => {
  it("converts column letters both ways across the one-, two- and three-letter boundaries", () => {
    for (const index of [0, 25, 26, 701, 702, 16_383]) expect(columnIndex(columnLetters(index))).toBe(index);
    expect([columnLetters(0), columnLetters(25), columnLetters(26), columnLetters(16_383)]).toEqual([
      "A",
      "Z",
      "AA",
      "XFD",
    ]);
    expect(columnIndex("XFE")).toBeUndefined();
  });

  it("writes every column of the grid as counting in letters does, and reads it back", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: EXCEL_COLUMNS - 1 }), (index) => {
        expect(columnLetters(index)).toBe(lettersByCounting(index));
        expect(columnIndex(columnLetters(index).toLowerCase())).toBe(index);
      }),
      { numRuns: 2000, seed: 20251231 },
    );
  });

  it("refuses a row or column outside the grid instead of writing an address Excel cannot read", () => {
    expect(() => columnLetters(EXCEL_COLUMNS)).toThrow(RangeError);
    expect(() => columnLetters(-1)).toThrow(RangeError);
    expect(() => cellAddress(EXCEL_ROWS, 0)).toThrow(RangeError);
    expect(() => cellAddress(0.5, 0)).toThrow(RangeError);
    expect(cellAddress(EXCEL_ROWS - 1, EXCEL_COLUMNS - 1)).toBe("XFD1048576");
  });

  it.each([
    ["A1", undefined, { row: 0, column: 0, rowCount: 1, columnCount: 1 }],
    ["$C$3:b2", undefined, { row: 1, column: 1, rowCount: 2, columnCount: 2 }],
    ["Sheet1!A2:D59", "Sheet1", { row: 1, column: 0, rowCount: 58, columnCount: 4 }],
    ["'It''s 名单'!B:C", "It's 名单", { row: 0, column: 1, rowCount: 1_048_576, columnCount: 2 }],
    ["3:5", undefined, { row: 2, column: 0, rowCount: 3, columnCount: 16_384 }],
  ])("parses %s", (address, sheetName, rect) => {
    expect(parseAddress(address)).toEqual({ sheetName, rect });
  });

  it.each(["", "A0", "1A", "A1:B2:C3", "XFE1", "A1048577"])("rejects %j", (address) => {
    expect(parseAddress(address)).toBeUndefined();
  });

  it("formats addresses as Range.address does, quoting sheet names that need it", () => {
    expect(rectAddress({ row: 0, column: 0, rowCount: 1, columnCount: 1 })).toBe("A1");
    expect(qualifiedAddress("Sheet1", { row: 1, column: 0, rowCount: 58, columnCount: 4 })).toBe("Sheet1!A2:D59");
    expect(qualifiedAddress("My data", { row: 0, column: 0, rowCount: 1, columnCount: 1 })).toBe("'My data'!A1");
    expect(qualifiedAddress("名单", { row: 0, column: 0, rowCount: 1, columnCount: 1 })).toBe("名单!A1");
    expect(qualifiedAddress("AB12", { row: 0, column: 0, rowCount: 1, columnCount: 1 })).toBe("'AB12'!A1");
  });

  it("writes absolute references, whole columns and whole rows", () => {
    expect(rangeAddress(7, 1, 60, 1, true)).toBe("$B$8:$B$67");
    expect(rangeAddress(0, 2, EXCEL_ROWS, 2)).toBe("C:D");
    expect(rangeAddress(0, 2, EXCEL_ROWS, 1, true)).toBe("$C:$C");
    expect(rangeAddress(4, 0, 2, EXCEL_COLUMNS)).toBe("5:6");
    expect(qualifiedAddress("AMC Model Inputs", { row: 7, column: 1, rowCount: 60, columnCount: 1 }, true)).toBe(
      "'AMC Model Inputs'!$B$8:$B$67",
    );
  });

  it("parses back every address it writes, on any sheet name", () => {
    const sheetName = fc.string({
      unit: fc.constantFrom("a", "Z", "1", " ", "'", "!", ",", "资", "_", "."),
      minLength: 1,
    });
    const rect = fc
      .record({
        row: fc.integer({ min: 0, max: EXCEL_ROWS - 1 }),
        column: fc.integer({ min: 0, max: EXCEL_COLUMNS - 1 }),
      })
      .chain(({ row, column }) =>
        fc.record({
          row: fc.constant(row),
          column: fc.constant(column),
          rowCount: fc.integer({ min: 1, max: EXCEL_ROWS - row }),
          columnCount: fc.integer({ min: 1, max: EXCEL_COLUMNS - column }),
        }),
      );
    fc.assert(
      fc.property(sheetName, rect, fc.boolean(), (name, block, absolute) => {
        expect(parseAddress(qualifiedAddress(name, block, absolute))).toEqual({ sheetName: name, rect: block });
      }),
      { numRuns: 1000, seed: 20251231 },
    );
  });
});

describe("sheet names in references", () => {
  it.each(["Sheet1", "名单", "Data_2024", "资产.明细", "_x"])("leaves the plain name %s as it is", (name) => {
    expect(quoteSheetName(name)).toBe(name);
  });

  it.each([
    ["AMC Model Inputs", "'AMC Model Inputs'"],
    ["AMC模型-输入", "'AMC模型-输入'"],
    ["Bob's", "'Bob''s'"],
    ["2024", "'2024'"],
    ["A1", "'A1'"],
    ["R1C1", "'R1C1'"],
    ["r", "'r'"],
    ["名单 (2)", "'名单 (2)'"],
  ])("quotes %s as %s", (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
  });

  it("tells the names that read as cell references in either style", () => {
    expect(["A1", "xfd1048576", "R", "c", "R2", "RC", "R1C1", "rc3"].filter(looksLikeCellReference)).toHaveLength(8);
    expect(["AMC", "Table1_", "RCX", "名单1", "ABCD1"].filter(looksLikeCellReference)).toEqual([]);
  });
});

describe("multi-area addresses", () => {
  it("splits RangeAreas.address into its areas, sheet names with commas and apostrophes included", () => {
    expect(parseAreas("Sheet1!A1:B2,Sheet1!D4")).toEqual([
      { sheetName: "Sheet1", rect: { row: 0, column: 0, rowCount: 2, columnCount: 2 } },
      { sheetName: "Sheet1", rect: { row: 3, column: 3, rowCount: 1, columnCount: 1 } },
    ]);
    expect(parseAreas("'a, b''s'!C3, 'a, b''s'!E5:F6")).toEqual([
      { sheetName: "a, b's", rect: { row: 2, column: 2, rowCount: 1, columnCount: 1 } },
      { sheetName: "a, b's", rect: { row: 4, column: 4, rowCount: 2, columnCount: 2 } },
    ]);
    expect(parseAreas("B2")).toEqual([
      { sheetName: undefined, rect: { row: 1, column: 1, rowCount: 1, columnCount: 1 } },
    ]);
  });

  it("gives nothing for an address it cannot read whole", () => {
    expect(parseAreas("")).toBeUndefined();
    expect(parseAreas("A1,XFE2")).toBeUndefined();
  });
});
