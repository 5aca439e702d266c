/**
 * Which formulas read their own sheet alone (a values copy keeps them), decided on tokens: other sheets, workbooks,
 * tables, names, whole columns and rows, spilled ranges, volatile functions and add-in functions all reach outside.
 */
import { readsOnlyItsSheet } from "../../src/excel/formula-scope";

describe("readsOnlyItsSheet", () => {
  it.each([
    "=B1*100",
    "=SUM($B$2:B7)/B8",
    "=IF(A1>0,A1,-A1)",
    '=IF(B2="Inputs!A1","x",B2)', // a sheet reference inside a string
    '="[Book1]"&A1', // brackets inside a string
    "=ROUND(A1, 2) + 1.5E+3",
    "=IFERROR(A1/B1,#N/A)",
    "=IF(A1=#DIV/0!,0,A1)",
    "=TRUE",
    "=XFD1048576",
    "=_xlfn.XLOOKUP(A1,B1:B9,C1:C9)",
    "=LOG10(A1)",
    "=A1 B1:C3", // intersection
    "=SUM(\nA1:A3)",
  ])("keeps %s", (formula) => {
    expect(readsOnlyItsSheet(formula)).toBe(true);
  });

  it.each([
    ["=Inputs!B2*2", "another sheet"],
    ["='AMC Model Inputs'!$B$8", "another sheet, quoted"],
    ["=SUM(Sheet1:Sheet3!A1)", "a 3-D reference"],
    ["=[Book1.xlsx]Sheet1!A1", "another workbook"],
    ["=SUM(Table1[Amount])", "a table"],
    ["=[@Amount]*2", "a table row"],
    ["=rate*A1", "a defined name"],
    ["=LET(x,A1,x+1)", "a LET name"],
    ["=SUM(A:A)", "a whole column"],
    ["=SUM($B:$C)", "whole columns, absolute"],
    ["=SUM(3:5)", "whole rows"],
    ["=SUM(A1#)", "a spilled range"],
    ["=TODAY()", "a volatile function"],
    ["=A1*RAND()", "another volatile function"],
    ['=INDIRECT("B"&A1)', "a reference made of text"],
    ["=OFFSET(A1,1,0)", "a moving reference"],
    ["=AMC.HHI(A1:A5)", "an add-in's function"],
    ["=_xll.MYFN(A1)", "an XLL function"],
    ["=CIQ.VALUE(A1)", "another add-in's namespace"],
  ])("does not keep %s (%s)", (formula) => {
    expect(readsOnlyItsSheet(formula)).toBe(false);
  });
});
