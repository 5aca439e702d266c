/**
 * The builder's pure parts: how a field's text is read, the formula its fields make (namespace, quoting, absolute or
 * relative references, another sheet's name, omitted arguments), what keeps it from being written, and how the
 * fields follow the result cell, the selection and the absolute/relative choice.
 */
import { readArgumentText } from "../../src/taskpane/builder/argument-text";
import { builderReducer, initialState, type BuilderState } from "../../src/taskpane/builder/builder-state";
import { planFormula, type BuilderParameter, type PlanContext } from "../../src/taskpane/builder/formula-plan";
import { rectOf } from "../support/workbook-view";

const SHEET = { id: "{1}", name: "Sheet1" };
const DATA = { id: "{2}", name: "My data" };
const PLAIN = { id: "{3}", name: "数据" };
const context = (absolute = false, target = { sheet: SHEET, row: 1, column: 3 }): PlanContext => ({
  target,
  sheets: [SHEET, DATA, PLAIN],
  absolute,
});

const range = (name: string, optional = false): BuilderParameter => ({ name, kind: "range", optional });
const scalar = (name: string, kind: BuilderParameter["kind"], optional = true): BuilderParameter => ({
  name,
  kind,
  optional,
});
const TOP5SHARE = [range("values"), scalar("n", "number")];
const MATURITYPROFILE = [
  range("amounts"),
  range("maturity_dates"),
  range("exercise_dates", true),
  scalar("from_year", "number"),
  scalar("to_year", "number"),
  scalar("headers", "boolean"),
];

describe("reading a field", () => {
  it.each([
    ["", { kind: "empty" }],
    ["  B2:B26 ", { kind: "reference", sheetName: undefined, rect: rectOf("B2:B26") }],
    ["'My data'!$B$2:$B$26", { kind: "reference", sheetName: "My data", rect: rectOf("B2:B26") }],
    ["B:B", { kind: "reference", sheetName: undefined, rect: rectOf("B:B") }],
    ["5", { kind: "number", value: 5, text: "5" }],
    ["-1.5e2", { kind: "number", value: -150, text: "-1.5e2" }],
    ["50%", { kind: "number", value: 0.5, text: "50%" }],
    ["true", { kind: "boolean", value: true }],
    ['"A1"', { kind: "text", value: "A1" }],
    ['"say ""hi"""', { kind: "text", value: 'say "hi"' }],
    ["山东金资", { kind: "text", value: "山东金资" }],
    ["2025年6月末", { kind: "text", value: "2025年6月末" }],
    ["2025-06-30", { kind: "text", value: "2025-06-30" }],
    ["AA+", { kind: "text", value: "AA+" }],
    ["net_financing|industry|2024", { kind: "text", value: "net_financing|industry|2024" }],
    ["B2:B5,D2:D5", { kind: "severalAreas" }],
  ])("reads %j", (text, expected) => {
    expect(readArgumentText(text)).toEqual(expected);
  });
});

describe("the formula the fields make", () => {
  it("writes the function's qualified name and the range as selected, relative by default", () => {
    expect(planFormula("TOP5SHARE", TOP5SHARE, ["B2:B26", ""], context()).formula).toBe("=AMC.TOP5SHARE(B2:B26)");
  });

  it("writes absolute references when chosen, whatever was typed", () => {
    expect(planFormula("TOP5SHARE", TOP5SHARE, ["B2:b26", "3"], context(true)).formula).toBe(
      "=AMC.TOP5SHARE($B$2:$B$26,3)",
    );
  });

  it("names another sheet, quoted as Excel quotes it, and leaves the formula's own sheet unnamed", () => {
    const plan = planFormula("TOP5SHARE", TOP5SHARE, ["'my DATA'!B2:B26", ""], context());
    expect(plan.formula).toBe("=AMC.TOP5SHARE('My data'!B2:B26)");
    expect(planFormula("HHI", [range("values")], ["数据!A1:A3"], context()).formula).toBe("=AMC.HHI(数据!A1:A3)");
    expect(planFormula("HHI", [range("values")], ["Sheet1!A1:A3"], context()).formula).toBe("=AMC.HHI(A1:A3)");
  });

  it("leaves out omitted arguments at the end and keeps empty the ones before a given one", () => {
    const fields = ["A2:A9", "B2:B9", "", "", "", "FALSE"];
    expect(planFormula("MATURITYPROFILE", MATURITYPROFILE, fields, context()).formula).toBe(
      "=AMC.MATURITYPROFILE(A2:A9,B2:B9,,,,FALSE)",
    );
  });

  it("quotes text, doubling its quotes, and writes numbers as typed", () => {
    const share = [range("values"), range("labels"), scalar("label", "cell", false)];
    expect(planFormula("SHARE", share, ["B2:B6", "A2:A6", 'Bob\'s "AMC"'], context()).formula).toBe(
      '=AMC.SHARE(B2:B6,A2:A6,"Bob\'s ""AMC""")',
    );
    expect(planFormula("ANNUALIZE", [scalar("rate", "number", false)], ["1.5%"], context()).arguments[0]).toEqual({
      kind: "literal",
      value: 0.015,
      formulaText: "1.5%",
    });
  });

  it("reads each range once, in the order of the arguments", () => {
    const plan = planFormula("GROWTHRATE", [range("current"), range("prior")], ["B2:B9", "b2:b9"], context());
    expect(plan.references).toEqual([{ sheetId: SHEET.id, rect: rectOf("B2:B9") }]);
  });
});

describe("what keeps the formula from being written", () => {
  it("names the required arguments left empty", () => {
    const plan = planFormula("MATURITYPROFILE", MATURITYPROFILE, ["A2:A9", "", "", "", "", ""], context());
    expect(plan).toMatchObject({ formula: null, missing: ["maturity_dates"], references: [] });
  });

  it("refuses a sheet that does not exist, a range where one cell is wanted, a circular reference, long text", () => {
    const share = [range("values"), range("labels"), scalar("label", "cell", false)];
    const plan = planFormula("SHARE", share, ["Nope!B2:B6", "A1:D9", "A2:A3"], context());
    expect(plan.formula).toBeNull();
    expect(plan.arguments.map((argument) => argument.kind === "problem" && argument.problem)).toEqual([
      { kind: "noSheet", sheet: "Nope" },
      { kind: "circular", cell: "D2" },
      { kind: "notOneCell" },
    ]);
    expect(planFormula("SHARE", share, ["B2:B6", "A2:A6", "x".repeat(256)], context()).arguments[2]).toEqual({
      kind: "problem",
      problem: { kind: "textTooLong" },
    });
  });

  it("is no circular reference when the range is on another sheet than the result cell", () => {
    expect(planFormula("HHI", [range("values")], ["'My data'!D1:D9"], context()).formula).toBe(
      "=AMC.HHI('My data'!D1:D9)",
    );
  });
});

describe("the fields as the analyst changes things", () => {
  const start = (): BuilderState => initialState({ sheet: SHEET, row: 1, column: 3 }, [SHEET, DATA, PLAIN], 2, false);

  it("fills the field that follows the selection, naming the sheet only when it is not the result cell's", () => {
    let state = builderReducer(start(), { type: "selected", key: 0, sheet: DATA, rect: rectOf("B2:B26") });
    expect(state.fields[0]).toBe("'My data'!B2:B26");
    state = builderReducer(state, { type: "selected", key: 1, sheet: SHEET, rect: rectOf("C3") });
    expect(state.fields[1]).toBe("C3");
  });

  it("writes every reference again when absolute references are chosen, keeping the sheet each names", () => {
    let state = builderReducer(start(), { type: "field", index: 0, text: "'My data'!B2:B26" });
    state = builderReducer(state, { type: "field", index: 1, text: "5" });
    state = builderReducer(state, { type: "absolute", absolute: true });
    expect(state.fields).toEqual(["'My data'!$B$2:$B$26", "5"]);
  });

  it("names the old sheet in references that had none when the result cell moves to another sheet", () => {
    let state = builderReducer(start(), { type: "field", index: 0, text: "B2:B26" });
    state = builderReducer(state, { type: "selected", key: "target", sheet: PLAIN, rect: rectOf("F4:G9") });
    expect(state.target).toEqual({ sheet: PLAIN, row: 3, column: 5 });
    expect(state.targetText).toBe("数据!F4");
    expect(state.fields[0]).toBe("Sheet1!B2:B26");
  });

  it("keeps the last good result cell while the typed one names no single cell of a known sheet", () => {
    const state = builderReducer(start(), { type: "targetText", text: "Nope!A1" });
    expect(state).toMatchObject({ targetInvalid: true, targetText: "Nope!A1", target: { sheet: SHEET, row: 1 } });
    expect(builderReducer(state, { type: "targetText", text: "'my data'!c7" })).toMatchObject({
      targetInvalid: false,
      target: { sheet: DATA, row: 6, column: 2 },
    });
  });

  it("takes renamed sheets from a read, the result cell's name with them", () => {
    const renamed = { ...SHEET, name: "Model" };
    const state = builderReducer(start(), { type: "sheets", sheets: [renamed, DATA, PLAIN] });
    expect(state.target.sheet).toEqual(renamed);
    expect(state.targetText).toBe("Model!D2");
  });
});
