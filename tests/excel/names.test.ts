/** Sheet and table names: what Excel refuses is repaired, collisions get a suffix, limits hold for any input. */
import fc from "fast-check";
import { MAX_SHEET_NAME_LENGTH, sameName, sheetNameProblem, tableNameProblem } from "../../src/excel-rules/names";
import { sanitizeSheetName, sanitizeTableName, uniqueSheetName, uniqueTableName } from "../../src/excel/names";

/** Why Excel would refuse `name` beside the names in use (Excel's rules, then uniqueness), or null. */
function refusal(problem: (name: string) => string | null, name: string, existing: string[]): string | null {
  return problem(name) ?? (existing.some((other) => sameName(other, name)) ? "taken" : null);
}

const RUNS = { numRuns: 500, seed: 20251201 };

/** Any text, including the characters Excel forbids, apostrophes, CJK, emoji and control characters. */
const anyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(":", "\\", "/", "?", "*", "[", "]", "'", " ", "\t", "\u0000", "😀", "资", "产", "A", "b", "1", "."),
    fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  ),
  maxLength: 60,
});

describe("sheet names", () => {
  it("keeps a Chinese name that Excel accepts unchanged", () => {
    expect(uniqueSheetName("地方AMC名单", ["Sheet1"])).toBe("地方AMC名单");
  });

  it("removes the characters Excel forbids", () => {
    expect(sanitizeSheetName("Net financing: 2024/2025 [亿元]*?\\")).toBe("Net financing 20242025 亿元");
  });

  it("drops leading and trailing apostrophes", () => {
    expect(sanitizeSheetName("'quoted'")).toBe("quoted");
  });

  it("cuts long names to 31 characters, at a word boundary where there is one", () => {
    expect(uniqueSheetName("Sample companies with total assets above 50 billion yuan", [])).toBe(
      "Sample companies with total",
    );
    expect(uniqueSheetName("资产总额超过500亿元的样本企业及其占全样本资产总额的比例（报告所述）", [])).toHaveLength(
      MAX_SHEET_NAME_LENGTH,
    );
  });

  it("appends (2), (3) to a taken name, comparing case-insensitively", () => {
    expect(uniqueSheetName("Roster", ["roster"])).toBe("Roster (2)");
    expect(uniqueSheetName("Roster", ["ROSTER", "Roster (2)"])).toBe("Roster (3)");
  });

  it("keeps the suffix within 31 characters when the name is already at the limit", () => {
    const long = "x".repeat(31);
    const second = uniqueSheetName(long, [long]);
    expect(second).toBe(`${"x".repeat(27)} (2)`);
    expect(uniqueSheetName(long, [long, second])).toBe(`${"x".repeat(27)} (3)`);
  });

  it("never returns the reserved name History", () => {
    expect(uniqueSheetName("History", [])).toBe("History (2)");
    expect(sheetNameProblem("history")).not.toBeNull();
  });

  it("falls back to a usable name when nothing usable is left", () => {
    expect(uniqueSheetName("[]:*", [])).toBe("Sheet");
    expect(uniqueSheetName("''", ["Sheet"])).toBe("Sheet (2)");
  });

  it("never splits a surrogate pair when cutting", () => {
    const name = sanitizeSheetName(`${"a".repeat(30)}😀`);
    expect(name).toBe("a".repeat(30));
  });

  it("returns, for any text and any names in use, a name Excel accepts beside them", () => {
    fc.assert(
      fc.property(anyText, fc.array(anyText, { maxLength: 8 }), (desired, others) => {
        const existing = others.filter((name) => sheetNameProblem(name) === null);
        const name = uniqueSheetName(desired, existing);
        expect(refusal(sheetNameProblem, name, existing)).toBeNull();
      }),
      RUNS,
    );
  });

  it("stays unique when the same title is inserted many times", () => {
    const names: string[] = [];
    for (let i = 0; i < 15; i++) names.push(uniqueSheetName("Sample companies with total assets above", names));
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(15);
    names.forEach((name) => expect(name.length).toBeLessThanOrEqual(31));
  });
});

describe("table names", () => {
  it("keeps a valid name", () => {
    expect(uniqueTableName("AMC_roster", [])).toBe("AMC_roster");
  });

  it("replaces spaces and punctuation with underscores", () => {
    expect(sanitizeTableName("net financing (2024)")).toBe("net_financing_2024_");
  });

  it("prefixes an underscore to names that start with a digit or read as cell references", () => {
    expect(sanitizeTableName("2024data")).toBe("_2024data");
    expect(sanitizeTableName("A1")).toBe("_A1");
    expect(sanitizeTableName("xfd1048576")).toBe("_xfd1048576");
    expect(sanitizeTableName("R1C1")).toBe("_R1C1");
    expect(sanitizeTableName("c")).toBe("_c");
  });

  it("accepts Chinese letters", () => {
    expect(tableNameProblem("地方AMC名单")).toBeNull();
    expect(uniqueTableName("地方AMC名单", [])).toBe("地方AMC名单");
  });

  it("appends _2, _3 to a taken name, comparing case-insensitively", () => {
    expect(uniqueTableName("AMC_roster", ["amc_ROSTER"])).toBe("AMC_roster_2");
    expect(uniqueTableName("AMC_roster", ["AMC_roster", "AMC_roster_2"])).toBe("AMC_roster_3");
  });

  it("keeps within 255 characters with a suffix", () => {
    const long = `T${"x".repeat(300)}`;
    const first = uniqueTableName(long, []);
    expect(first.length).toBe(255);
    const second = uniqueTableName(long, [first]);
    expect(second.length).toBe(255);
    expect(second.endsWith("_2")).toBe(true);
  });

  it("returns, for any text and any names in use, a name Excel accepts beside them", () => {
    fc.assert(
      fc.property(anyText, fc.array(anyText, { maxLength: 8 }), (desired, others) => {
        const existing = others.filter((name) => tableNameProblem(name) === null);
        const name = uniqueTableName(desired, existing);
        expect(refusal(tableNameProblem, name, existing)).toBeNull();
      }),
      RUNS,
    );
  });
});
