/**
 * src/functions/reference.json, which the help page and the task pane read: one entry per registered function and
 * no other, a known category and error codes, and worked examples that really return what they say.
 */
import { callRegistered, registeredFunctions } from "../support/registered";
import { parseCall, parseLiteral, type Literal } from "../support/excel-literals";
import { CATEGORY_ORDER, CATEGORY_TITLES, FUNCTION_REFERENCE } from "../../src/functions/reference";

const registry = registeredFunctions();
const ERROR_CODES = ["#VALUE!", "#N/A", "#DIV/0!", "#NUM!"];

/** Decimals a number is written with in the reference (0.3776 → 4), so the check rounds as the text does. */
const decimals = (text: string) => /\.(\d+)/.exec(text)?.[1].length ?? 0;

function expectLiteral(actual: unknown, expected: Literal, text: string): void {
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual)).toBe(true);
    const rows = actual as unknown[][];
    expect(rows.length).toBe(expected.length);
    const texts = text.replace(/^\{|\}$/g, "").split(";");
    expected.forEach((row, r) =>
      row.forEach((cell, c) => {
        const cellText = texts[r]?.split(",")[c] ?? "";
        expectLiteral(rows[r][c], cell, cellText);
      }),
    );
    return;
  }
  // A 1×1 spill shows in its cell as the single value.
  if (Array.isArray(actual) && actual.length === 1 && actual[0].length === 1)
    return expectLiteral(actual[0][0], expected, text);
  if (typeof expected === "number") {
    expect(typeof actual).toBe("number");
    const places = decimals(text);
    expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(0.5 * 10 ** -places + 1e-12);
    return;
  }
  expect(actual).toEqual(expected);
}

describe("the function reference (reference.json)", () => {
  it("has an entry for every registered function and none for anything else", () => {
    expect(Object.keys(FUNCTION_REFERENCE).sort()).toEqual([...registry.keys()].sort());
    expect(registry.size).toBe(28);
  });

  it.each(Object.entries(FUNCTION_REFERENCE))(
    "%s: category, errors and notes are complete in both languages",
    (id, entry) => {
      expect(CATEGORY_ORDER).toContain(entry.category);
      expect(CATEGORY_TITLES[entry.category].zh).toBeTruthy();
      expect(entry.exampleNote.en.length).toBeGreaterThan(10);
      expect(entry.exampleNote.zh).toMatch(/[\u4e00-\u9fff]/);
      for (const error of entry.errors) {
        expect(ERROR_CODES).toContain(error.code);
        expect(error.en.length).toBeGreaterThan(5);
        expect(error.zh).toMatch(/[\u4e00-\u9fff]/);
      }
      if (entry.excel !== null) expect(entry.excel.length).toBeGreaterThan(5);
      expect(parseCall(entry.example).id).toBe(id);
    },
  );

  it("marks the errors a fix of the data cures, so a formula builder can say so beside #NUM! and #DIV/0!", () => {
    const shortfalls = (id: string) => FUNCTION_REFERENCE[id].errors.filter((e) => e.shortfall).map((e) => e.code);
    expect(shortfalls("TOP5SHARE")).toEqual(["#NUM!", "#DIV/0!"]);
    expect(FUNCTION_REFERENCE.TOP5SHARE.errors.find((e) => e.shortfall && e.code === "#NUM!")?.en).toMatch(
      /fewer than n/,
    );
    for (const id of ["GROWTHRATE", "ROA", "ROE", "DEBTRATIO", "CASHCOVER", "NETFINANCING", "BONDFLOWS"]) {
      expect(shortfalls(id)).toContain("#VALUE!");
    }
  });

  it("says where a function gives #VALUE! instead of the 0 its formula would read", () => {
    for (const id of ["GROWTHRATE", "ROA", "ROE", "DEBTRATIO", "CASHCOVER", "NETFINANCING", "ISSUANCESPLIT"]) {
      expect(FUNCTION_REFERENCE[id].excelNote?.en).toMatch(/#VALUE!.*no number/);
      expect(FUNCTION_REFERENCE[id].excelNote?.zh).toMatch(/没有数字.*#VALUE!/);
    }
  });

  it.each(Object.entries(FUNCTION_REFERENCE))("%s: the worked example returns its exampleResult", (_id, entry) => {
    const { id, args } = parseCall(entry.example);
    const result = callRegistered(registry, id, ...args);
    expect(result).not.toBeInstanceOf(Error);
    expectLiteral(result, parseLiteral(entry.exampleResult), entry.exampleResult);
  });
});
