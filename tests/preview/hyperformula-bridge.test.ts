import { DetailedCellError } from "hyperformula";
import {
  buildEngine,
  registerAmcFunctions,
  settleSpills,
  type CustomFunctionMetadata,
} from "../../src/preview/hyperformula-bridge";
import type { CustomFunctionImplementation } from "../../src/preview/custom-functions-shim";
import { registeredFunctions } from "../support/registered";
import GOLDEN from "../golden/functions.json";

type Sheet = (string | number | boolean | null)[][];

/** Functions shaped like the ones the add-in will have (data spills, top-N spills), to exercise the bridge. */
const TEST_FUNCTIONS: { metadata: CustomFunctionMetadata; implementation: CustomFunctionImplementation }[] = [
  {
    metadata: { id: "LISTING", name: "LISTING", parameters: [], result: { dimensionality: "matrix" } },
    implementation: () => [
      ["name", "assets"],
      ["甲", 3],
      ["乙", 2],
    ],
  },
  {
    metadata: {
      id: "TOPVALUES",
      name: "TOPVALUES",
      parameters: [
        { name: "values", dimensionality: "matrix", type: "any" },
        { name: "n", type: "number", optional: true },
      ],
      result: { dimensionality: "matrix" },
    },
    implementation: (values: unknown[][], n: number | null) =>
      values
        .flat()
        .filter((v): v is number => typeof v === "number")
        .sort((a, b) => b - a)
        .slice(0, n ?? 3)
        .map((v) => [v]),
  },
  {
    metadata: {
      id: "ECHO",
      name: "ECHO",
      parameters: [
        { name: "range", dimensionality: "matrix", type: "any" },
        { name: "extra", type: "any", optional: true },
      ],
      result: { type: "string" },
    },
    implementation: (range: unknown[][], extra: unknown) =>
      JSON.stringify({ range, extra }, (_, value) =>
        value instanceof CustomFunctions.Error ? `error ${value.code} ${value.message}`.trim() : value,
      ),
  },
  {
    metadata: {
      id: "HALF",
      name: "HALF",
      parameters: [{ name: "rate", type: "number" }],
      result: { type: "number" },
    },
    implementation: (rate: unknown) => {
      if (typeof rate !== "number")
        throw new CustomFunctions.Error(
          "#VALUE!" as CustomFunctions.ErrorCode,
          `rate must be a number; it is ${JSON.stringify(rate)}`,
        );
      return rate / 2;
    },
  },
  {
    metadata: { id: "FAILS", name: "FAILS", parameters: [{ name: "code", type: "string" }], result: {} },
    implementation: (code: string) => {
      if (code === "boom") throw new Error("kaboom");
      throw new CustomFunctions.Error(code as CustomFunctions.ErrorCode, `message for ${code}`);
    },
  },
  {
    metadata: { id: "RETURNS", name: "RETURNS", parameters: [{ name: "what", type: "string" }], result: {} },
    implementation: (what: string) =>
      ({ nan: NaN, date: new Date(0), array: [[1, 2]], one: [[7]], promise: Promise.resolve(1) })[what],
  },
  {
    metadata: {
      id: "COUNTARGS",
      name: "COUNTARGS",
      parameters: [{ name: "values", type: "number", repeating: true }],
      result: { type: "number" },
    },
    implementation: (values: number[]) => values.length * 100 + values.reduce((a, b) => a + b, 0),
  },
];

const golden = GOLDEN as { functions: CustomFunctionMetadata[] };
const implementations = new Map([
  ...registeredFunctions(),
  ...TEST_FUNCTIONS.map(({ metadata, implementation }) => [metadata.id, implementation] as const),
]);
const plugin = registerAmcFunctions(implementations, {
  functions: [...golden.functions, ...TEST_FUNCTIONS.map((f) => f.metadata), { id: "MISSING", name: "MISSING" }],
});

function engine(sheet: Sheet) {
  return buildEngine({ S: sheet }, plugin);
}

const at = (row: number, col: number) => ({ sheet: 0, row, col });

/** Pseudo-random amounts with blanks and text mixed in, like an analyst's column. */
function generatedColumn(seed: number, length: number): (number | string | null)[] {
  let state = seed;
  return Array.from({ length }, (_, i) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    if (i % 7 === 3) return null;
    if (i % 11 === 5) return "n/a";
    return Math.round((state / 2 ** 31) * 1e6) / 100;
  });
}

describe("AMC.* functions inside HyperFormula", () => {
  it("registers every associated function of functions.json under AMC.<ID>, and reports unassociated ones", () => {
    for (const fn of golden.functions) expect(plugin.names).toContain(`AMC.${fn.id}`);
    expect(plugin.unassociated).toEqual(["MISSING"]);
  });

  it("computes AMC.NETFINANCING as the native SUM(issued)-SUM(repaid) on generated data", () => {
    const issued = generatedColumn(7, 25);
    const repaid = generatedColumn(11, 25);
    const rows: Sheet = issued.map((value, i) => [value, repaid[i]]);
    rows[0].push("=AMC.NETFINANCING(A1:A25,B1:B25)", "=SUM(A1:A25)-SUM(B1:B25)");
    const hf = engine(rows);
    expect(hf.getCellValue(at(0, 2))).toBeCloseTo(hf.getCellValue(at(0, 3)) as number, 9);
  });

  it("shows #DIV/0! from AMC.DEBTRATIO when the assets sum to 0", () => {
    const hf = engine([[5, 0, "=AMC.DEBTRATIO(A1,B1)"]]);
    const value = hf.getCellValue(at(0, 2)) as DetailedCellError;
    expect(value).toBeInstanceOf(DetailedCellError);
    expect(value.value).toBe("#DIV/0!");
  });

  it("passes blanks as null, a single value to a matrix parameter as [[value]] and an omitted optional as null", () => {
    const hf = engine([
      [1, null, "=AMC.ECHO(A1:B2)", '=AMC.ECHO(5, "x")', "=AMC.ECHO(1=1)"],
      ["t", 2.5],
    ]);
    expect(JSON.parse(hf.getCellValue(at(0, 2)) as string)).toEqual({
      range: [
        [1, null],
        ["t", 2.5],
      ],
      extra: null,
    });
    expect(JSON.parse(hf.getCellValue(at(0, 3)) as string)).toEqual({ range: [[5]], extra: "x" });
    expect(JSON.parse(hf.getCellValue(at(0, 4)) as string)).toEqual({ range: [[true]], extra: null });
  });

  it("hands error cells to the function as CustomFunctions.Error, as Excel does", () => {
    const hf = engine([["=1/0", 2, "=AMC.ECHO(A1:B1, NA())"]]);
    expect(JSON.parse(hf.getCellValue(at(0, 2)) as string)).toEqual({
      range: [["error #DIV/0!", 2]],
      extra: "error #N/A",
    });
  });

  it("gives a typed scalar parameter the cell as it is, so the function's own message shows", () => {
    const hf = engine([
      ['=AMC.HALF("x")', "=AMC.HALF(5)", "=AMC.HALF(D2:D3)"],
      [null, null, null, 4],
      [null, null, null, 8],
    ]);
    const value = hf.getCellValue(at(0, 0)) as DetailedCellError;
    expect([value.value, value.message]).toEqual(["#VALUE!", 'rate must be a number; it is "x"']);
    expect(hf.getCellValue(at(0, 1))).toBe(2.5);
    expect(hf.getRangeValues({ start: at(0, 2), end: at(1, 2) })).toEqual([[2], [4]]);
  });

  it.each([
    ["#VALUE!", "#VALUE!"],
    ["#N/A", "#N/A"],
    ["#NUM!", "#NUM!"],
    ["#NULL!", "#ERROR!"],
  ])("turns CustomFunctions.Error %s into %s carrying its message", (code, shown) => {
    const hf = engine([[`=AMC.FAILS("${code}")`]]);
    const value = hf.getCellValue(at(0, 0)) as DetailedCellError;
    expect(value.value).toBe(shown);
    expect(value.message).toContain(`message for ${code}`);
  });

  it("shows #VALUE! with the exception's message when a function throws something else", () => {
    const value = engine([['=AMC.FAILS("boom")']]).getCellValue(at(0, 0)) as DetailedCellError;
    expect(value.value).toBe("#VALUE!");
    expect(value.message).toContain("kaboom");
  });

  it.each([
    ["nan", "#NUM!"],
    ["date", "#VALUE!"],
    ["array", "#VALUE!"],
    ["one", "#VALUE!"],
    ["promise", "#N/A"],
  ])("refuses a result Excel would refuse: %s → %s", (what, shown) => {
    const value = engine([[`=AMC.RETURNS("${what}")`]]).getCellValue(at(0, 0)) as DetailedCellError;
    expect(value.value).toBe(shown);
    expect(value.message).toMatch(/AMC\.RETURNS/);
  });

  it("reads Excel's TRUE and FALSE constants in formulas (HyperFormula alone knows only TRUE())", () => {
    const hf = engine([["=AMC.ECHO(5, TRUE)", "=IF(FALSE,1,2)", "=AND(true, TRUE)"]]);
    expect(JSON.parse(hf.getCellValue(at(0, 0)) as string)).toEqual({ range: [[5]], extra: true });
    expect(hf.getRangeValues({ start: at(0, 1), end: at(0, 2) })).toEqual([[2, true]]);
  });

  it("shows a 1×1 spill as its single value", () => {
    const hf = engine([
      ["=AMC.TOPVALUES(B1:B3, 1)", 4],
      [null, 9],
      [null, 2],
    ]);
    expect(hf.getCellValue(at(0, 0))).toBe(9);
    expect(hf.getCellValue(at(1, 0))).toBeNull();
  });

  it("gathers repeating arguments into one array", () => {
    expect(engine([["=AMC.COUNTARGS(1,2,3)"]]).getCellValue(at(0, 0))).toBe(306);
  });
});

describe("spilled results", () => {
  it("spills a data function over exactly its own size and leaves the neighbours alone", () => {
    const hf = engine([[null, "=AMC.LISTING()", null, "after"]]);
    expect(hf.getRangeValues({ start: at(0, 1), end: at(3, 3) })).toEqual([
      ["name", "assets", "after"],
      ["甲", 3, null],
      ["乙", 2, null],
      [null, null, null],
    ]);
  });

  it("spills AMC.TOPVALUES(range, n) with n rows, and resizes when n changes", () => {
    const data = generatedColumn(3, 25);
    const rows: Sheet = data.map((value) => [value]);
    rows[0].push(4, "=AMC.TOPVALUES(A1:A25,B1)");
    const hf = engine(rows);
    const sorted = data.filter((v): v is number => typeof v === "number").sort((a, b) => b - a);
    const column = (n: number) => hf.getRangeValues({ start: at(0, 2), end: at(n - 1, 2) }).map((r) => r[0]);
    expect(column(5)).toEqual([...sorted.slice(0, 4), null]);

    hf.setCellContents(at(0, 1), [[6]]);
    settleSpills(hf, plugin.spills);
    expect(column(7)).toEqual([...sorted.slice(0, 6), null]);
    hf.setCellContents(at(0, 1), [[2]]);
    settleSpills(hf, plugin.spills);
    expect(column(3)).toEqual([...sorted.slice(0, 2), null]);
  });

  it("sizes a spill whose arguments are formulas not yet computed when the sheet is built", () => {
    const hf = engine([
      ["=AMC.TOPVALUES(B1:B5,C1)", "=10*1", "=2+2"],
      [null, 30],
      [null, "=B1-2"],
      [null, 7],
      [null, 5],
    ]);
    expect(hf.getRangeValues({ start: at(0, 0), end: at(4, 0) }).map((r) => r[0])).toEqual([30, 10, 8, 7, null]);
  });

  it("shows #SPILL! when the area is not empty, like Excel", () => {
    const hf = engine([["=AMC.LISTING()"], [null, "blocker"]]);
    expect((hf.getCellValue(at(0, 0)) as DetailedCellError).value).toBe("#SPILL!");
  });
});
