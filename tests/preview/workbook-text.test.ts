/** The text rules of the preview's workbook: number formats, structured references. */
import { formatCellValue, formatGeneral } from "../../src/excel-rules/number-format";
import { rewriteStructuredReferences, type TableGeometry } from "../../src/preview/workbook/structured-references";

describe("number formats", () => {
  it.each([
    [0.3776, "0.00%", "37.76%"],
    [0.05, "0%", "5%"],
    [1234567.891, "#,##0.00", "1,234,567.89"],
    [-1234.5, "#,##0.0", "-1,234.5"],
    [2.5, "0", "3"],
    [3.14159, "0.00", "3.14"],
    [-2, "0.00;(0.00)", "(2.00)"],
    [1560.3, '0.0"亿元"', "1560.3亿元"],
    [45991, "yyyy-mm-dd", "2025-11-30"],
    [45992, 'yyyy"年"m"月"', "2025年12月"],
    [12, "@", "12"],
  ])("shows %p under %s as %s", (value, format, text) => {
    expect(formatCellValue(value, format)).toBe(text);
  });

  it("shows General like Excel: integers whole, others to 10 significant digits, big ones in E notation", () => {
    expect(formatGeneral(58)).toBe("58");
    expect(formatGeneral(0.1 + 0.2)).toBe("0.3");
    expect(formatGeneral(2 / 3)).toBe("0.6666666667");
    expect(formatGeneral(1.5e12)).toBe("1.5E+12");
  });

  it("shows text, booleans and blanks as they are", () => {
    expect(formatCellValue("地方AMC", "0.00")).toBe("地方AMC");
    expect(formatCellValue(true, undefined)).toBe("TRUE");
    expect(formatCellValue(null, "0.00%")).toBe("");
  });
});

describe("structured references", () => {
  const input: TableGeometry = {
    name: "Input",
    sheetName: "输入",
    rect: { row: 0, column: 0, rowCount: 26, columnCount: 3 },
    headers: ["公司", "总资产", "Net assets"],
  };
  const at = { sheetName: "指标", row: 0, column: 0 };

  it.each([
    ["=AMC.TOP5SHARE(Input[总资产])", "=AMC.TOP5SHARE(输入!B2:B26)"],
    ["=SUM(input[[Net assets]])", "=SUM(输入!C2:C26)"],
    ["=COUNTA(Input[[#Headers],[公司]:[总资产]])", "=COUNTA(输入!A1:B1)"],
    ["=ROWS(Input[#All])", "=ROWS(输入!A1:C26)"],
    ["=ROWS(Input[])", "=ROWS(输入!A2:C26)"],
    ['="Input[总资产]"&Input[[#Data],[公司]]', '="Input[总资产]"&输入!A2:A26'],
  ])("rewrites %s", (formula, expected) => {
    expect(rewriteStructuredReferences(formula, [input], at)).toEqual({
      formula: expected,
      usesTables: true,
      unresolved: [],
    });
  });

  it("resolves this-row references inside the table, with or without the table name", () => {
    const inside = { sheetName: "输入", row: 4, column: 3 };
    const table = { ...input, rect: { ...input.rect, columnCount: 4 } };
    expect(rewriteStructuredReferences("=[@总资产]*2", [table], inside).formula).toBe("=输入!B5*2");
    expect(rewriteStructuredReferences("=Input[@[Net assets]]", [table], inside).formula).toBe("=输入!C5");
  });

  it("leaves the formula as written when a table or column is unknown", () => {
    const result = rewriteStructuredReferences("=SUM(Input[Missing])+SUM(Other[x])", [input], at);
    expect(result).toEqual({
      formula: "=SUM(Input[Missing])+SUM(Other[x])",
      usesTables: true,
      unresolved: ["Input[Missing]", "Other[x]"],
    });
  });

  it("does not touch formulas without structured references", () => {
    expect(rewriteStructuredReferences("=SUM('My sheet'!A1:A5)", [input], at)).toEqual({
      formula: "=SUM('My sheet'!A1:A5)",
      usesTables: false,
      unresolved: [],
    });
  });
});
