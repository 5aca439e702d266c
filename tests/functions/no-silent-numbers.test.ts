/**
 * No silent wrong numbers: a value argument that holds no number is #VALUE! naming it (in the display language)
 * where SUM would quietly read 0, while ranges that hold some numbers keep SUM's reading; totals beyond Excel's
 * largest number are #NUM!, as SUM's are. (The ≡ formulas with these rules: excel-equivalence.test.ts.)
 */
import { callRegistered, registeredFunctions } from "../support/registered";
import { withDisplayLanguage } from "../support/display-language";

const registry = registeredFunctions();
const call = (id: string, ...args: unknown[]) => callRegistered(registry, id, ...args);
const NA = () => new CustomFunctions.Error("#N/A" as CustomFunctions.ErrorCode);

function expectError(result: unknown, code: string, message?: RegExp): void {
  expect(result).toBeInstanceOf(CustomFunctions.Error);
  expect((result as CustomFunctions.Error).code).toBe(code);
  if (message) expect((result as CustomFunctions.Error).message).toMatch(message);
}

describe("a value argument with no number", () => {
  it.each([
    ["GROWTHRATE", ["", 419], "current"],
    ["GROWTHRATE", ["abc", 419], "current"],
    ["GROWTHRATE", [607, [[null], ["n/a"]]], "prior"],
    ["DEBTRATIO", ["", 100], "liabilities"],
    ["DEBTRATIO", [100, [["5"]]], "assets"],
    ["CASHCOVER", ["n/a", 15], "cash"],
    ["ROA", ["", [[100]], [[110]], 6], "profit"],
    ["ROE", [9.6, [[""]], [[110]], 6], "equity_begin"],
    ["NETFINANCING", ["", ""], "issued"],
    ["NETFINANCING", [[[607]], [[true]]], "repaid"],
    [
      "ISSUANCESPLIT",
      [
        [[""], ["x"]],
        [[1], [2]],
      ],
      "amounts",
    ],
    ["BONDFLOWS", [[[null]], [[45292]], [[46022]], 45292, 45657], "amounts"],
    ["MATURITYPROFILE", [[["—"]], [[46022]], null, 2026, 2026], "amounts"],
  ])("%s(%j) is #VALUE! naming %s", (id, args, argument) => {
    expectError(call(id, ...args), "#VALUE!", new RegExp(`^${argument} holds no number`));
    withDisplayLanguage("zh-CN", () =>
      expectError(call(id, ...args), "#VALUE!", new RegExp(`^${argument} 中没有数字.*请选择包含数值的单元格`)),
    );
  });

  it("keeps SUM's reading of ranges that hold some numbers", () => {
    expect(call("GROWTHRATE", [[""], [5]], [["x"], [4]])).toBeCloseTo(0.25, 12);
    expect(call("NETFINANCING", [[607], ["n/a"], [null]], [[0]])).toBe(607);
    expect(call("DEBTRATIO", [[0]], [[100], [""]])).toBe(0);
  });

  it("gives the range's error value instead, where it holds one, as SUM would", () => {
    expectError(call("GROWTHRATE", [[NA()], ["x"]], 4), "#N/A");
    expectError(call("ISSUANCESPLIT", [[NA()]], [["x"]]), "#N/A");
  });

  it("leaves the errors the formulas already give: TOP5SHARE #NUM!, HHI and SHARE #DIV/0!", () => {
    expectError(call("TOP5SHARE", [[""], ["x"]], null), "#NUM!");
    expectError(call("HHI", [[""]]), "#DIV/0!");
    expectError(call("SHARE", [["x"]], [["a"]], "a"), "#DIV/0!");
  });
});

describe("totals beyond Excel's largest number", () => {
  const HUGE = [[9.99e307], [9.99e307]];

  it.each([
    ["HHI", [HUGE]],
    ["TOP5SHARE", [HUGE, 1]],
    ["SHARE", [HUGE, [["a"], ["b"]], "a"]],
    ["DEBTRATIO", [HUGE, 1]],
    ["CASHCOVER", [1, HUGE]],
    ["ROA", [1, [[9.99e307]], [[9.99e307]], 12]],
    ["NETFINANCING", [HUGE, 1]],
    ["GROWTHRATE", [HUGE, [[1], [1]]]],
  ])("%s is #NUM!, never the 0 a non-finite total divides to", (id, args) => {
    expectError(call(id, ...args), "#NUM!");
  });

  it("shows #NUM! in TOPN's share cells, the values and labels still there", () => {
    const rows = call("TOPN", HUGE, [["a"], ["b"]], 2, false) as unknown[][];
    expect(rows.map((row) => row.slice(0, 2))).toEqual([
      ["a", 9.99e307],
      ["b", 9.99e307],
    ]);
    for (const row of rows) expectError(row[2], "#NUM!");
  });
});
