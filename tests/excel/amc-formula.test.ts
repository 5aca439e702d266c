/** Which formulas call an AMC.* function: decided on tokens, so strings, quoted sheet names and brackets never count. */
import fc from "fast-check";
import { calledFunctions, callsAmcFunction } from "../../src/excel/amc-formula";

describe("callsAmcFunction", () => {
  it.each([
    "=AMC.TOP5SHARE(B2:B26)",
    '=amc.figure("net_financing","industry","2024")',
    "=Amc.Hhi(A1:A5)*100",
    '=IFERROR(AMC.FIGURE("x"),0)',
    "=-AMC.SPREADBP(0.026,0.0259)",
    "=SUM(A1:A3)+AMC.AMCCOUNT()",
    "='AMC.Data'!A1+AMC.AMCCOUNT()",
    '="AMC.TOP5SHARE"&AMC.COMPANY("浙商资产")',
    "=LET(x,AMC.AMCCOUNT(),x+1)",
    '=AMC.DATASET("net_financing",FALSE)',
  ])("finds the call in %s", (formula) => {
    expect(callsAmcFunction(formula)).toBe(true);
  });

  it.each([
    ['="AMC.TOP5SHARE"', "AMC. inside a string literal"],
    ['="Call AMC.FIGURE(x) later"', "a call written inside a string"],
    ['="say ""AMC.X(1)"""', "a call inside a string with doubled quotes"],
    ["='AMC.Data'!A1", "a quoted sheet name"],
    ["='AMC.X(1)'!A1", "a quoted sheet name that looks like a call"],
    ["='It''s AMC.X('!A1", "a quoted sheet name with a doubled apostrophe"],
    ["=AMC.Data!A1", "an unquoted sheet name"],
    ["=SUM(Table1[AMC.X(1)])", "a table column whose name looks like a call"],
    ["=[AMC.xlsx]Sheet1!A1", "an external workbook's name"],
    ["=AMC.rate*2", "a defined name without a call"],
    ["=XAMC.TOP5SHARE(A1)", "another namespace ending in AMC"],
    ["=MYAMC.X(1)", "another namespace containing AMC"],
    ["=AMC(1)", "a function named AMC"],
    ["=AMC.(1)", "the namespace alone"],
    ["AMC.TOP5SHARE(B2:B26)", "text, not a formula"],
    ["'=AMC.TOP5SHARE(B2:B26)", "quote-prefixed text"],
    ["=SUM(A1:A3)", "another function"],
    ["", "an empty cell"],
  ])("ignores %s (%s)", (formula) => {
    expect(callsAmcFunction(formula)).toBe(false);
  });

  it("ignores what is not a string (numbers, booleans, null)", () => {
    for (const value of [42, true, null, undefined, { formula: "=AMC.X()" }])
      expect(callsAmcFunction(value)).toBe(false);
  });

  it("lists the calls of a formula in order, brackets and strings skipped", () => {
    expect(calledFunctions('=IF(Table1[[#Headers],[A(1)]]="x",AMC.FIGURE("SUM(1)"),SUM(A1))')).toEqual([
      "IF",
      "AMC.FIGURE",
      "SUM",
    ]);
  });

  it("never finds a call in any formula that is one string literal, whatever it holds", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(callsAmcFunction(`="${text.replace(/"/g, '""')}"`)).toBe(false);
      }),
    );
  });

  it("always finds a call written after any string literal", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(callsAmcFunction(`="${text.replace(/"/g, '""')}"&AMC.AMCCOUNT()`)).toBe(true);
      }),
    );
  });
});
