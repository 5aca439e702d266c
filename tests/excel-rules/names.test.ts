/** Excel's rules for worksheet and table names, as its documentation states them, and how it compares names. */
import {
  MAX_SHEET_NAME_LENGTH,
  MAX_TABLE_NAME_LENGTH,
  nameKey,
  sameName,
  sheetNameProblem,
  tableNameProblem,
} from "../../src/excel-rules/names";

describe("worksheet names", () => {
  it.each(["Sheet1", "地方AMC名单", "Net financing (2024)", "x".repeat(MAX_SHEET_NAME_LENGTH), "it's", "#1 · 净融资"])(
    "accepts %j",
    (name) => expect(sheetNameProblem(name)).toBeNull(),
  );

  it.each([
    ["", "is blank"],
    ["   ", "is blank"],
    ["x".repeat(MAX_SHEET_NAME_LENGTH + 1), "longer than 31"],
    ...[":", "\\", "/", "?", "*", "[", "]", "\u0000", "\t"].map((c) => [`a${c}b`, "contains one of"]),
    ["'quoted", "apostrophe"],
    ["quoted'", "apostrophe"],
    ["History", "History"],
    ["HISTORY", "History"],
  ])("refuses %j: it %s", (name, reason) => {
    expect(sheetNameProblem(name)).toContain(reason);
  });
});

describe("table names", () => {
  it.each([
    "AMC_roster",
    "_2024data",
    "\\backslash",
    "地方AMC名单",
    "net.financing",
    "x".repeat(MAX_TABLE_NAME_LENGTH),
  ])("accepts %j", (name) => expect(tableNameProblem(name)).toBeNull());

  it.each([
    ["", "empty"],
    ["x".repeat(MAX_TABLE_NAME_LENGTH + 1), "longer than 255"],
    ["2024data", "must start"],
    [".x", "must start"],
    ["net financing", "only letters"],
    ["a\\b", "only letters"],
    ["A1", "cell reference"],
    ["xfd1048576", "cell reference"],
    ["R1C1", "cell reference"],
    ["c", "cell reference"],
    ["TRUE", "TRUE or FALSE"],
  ])("refuses %j: it %s", (name, reason) => {
    expect(tableNameProblem(name)).toContain(reason);
  });
});

describe("comparing names", () => {
  it("compares without regard to case, in Latin letters and beyond", () => {
    expect(sameName("AMC_Roster", "amc_roster")).toBe(true);
    expect(sameName("Übersicht", "übersicht")).toBe(true);
    expect(sameName("名单", "名单 ")).toBe(false);
    expect(nameKey("Sheet1")).toBe(nameKey("SHEET1"));
  });
});
