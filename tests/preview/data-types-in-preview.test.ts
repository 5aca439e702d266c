/**
 * Data types in the preview workbench, as Excel with data types shows them: an AMC.* result arrives formatted (the
 * grid shows it under its format; formulas reading the cell compute with the number), a spill per column, a card
 * shows its short name and holds its fields, which `=A2.Province` / `=A2.省份` (rewritten to FIELDVALUE for
 * HyperFormula) and FIELDVALUE read; a cell that holds no card, or a missing field, is #FIELD!. Without data types
 * the same formulas show plain numbers and the short name.
 */
import { registerAmcFunctions, type CustomFunctionsMetadata } from "../../src/preview/hyperformula-bridge";
import { rewriteFieldReferences } from "../../src/preview/workbook/field-references";
import { PreviewWorkbook } from "../../src/preview/workbook/workbook";
import { withDisplayLanguage } from "../support/display-language";
import { registeredFunctions } from "../support/registered";
import GOLDEN from "../golden/functions.json";

const metadata = GOLDEN as CustomFunctionsMetadata;
const TOP5_SHARE = '=AMC.FIGURE("top5_share_of_sample_total_assets","sample","2025-06-30")';

/** A workbook over the functions as registered in an Excel with data types or without, in a display language. */
function workbookWith(dataTypes: boolean) {
  const plugin = registerAmcFunctions(registeredFunctions({ dataTypes }), metadata);
  const workbook = new PreviewWorkbook(plugin.spills, plugin.richValues);
  const sheet = workbook.sheets.activeSheetId;
  const cell = (address: string) => {
    const column = address.charCodeAt(0) - 65;
    const row = Number(address.slice(1)) - 1;
    return { row, column };
  };
  return {
    workbook,
    write(address: string, content: unknown, language = "en-US") {
      const { row, column } = cell(address);
      withDisplayLanguage(language, () =>
        workbook.cells.write(sheet, { row, column, rowCount: 1, columnCount: 1 }, [[content]]),
      );
    },
    view: (address: string) => workbook.cellView(sheet, cell(address).row, cell(address).column),
    value: (address: string) => {
      const { row, column } = cell(address);
      return workbook.cells.readValues(sheet, { row, column, rowCount: 1, columnCount: 1 })[0][0];
    },
    formula: (address: string) => {
      const { row, column } = cell(address);
      return workbook.cells.readFormulas(sheet, { row, column, rowCount: 1, columnCount: 1 })[0][0];
    },
  };
}

describe("with data types", () => {
  it("shows a figure formatted as the report prints it, and formulas compute with its number", () => {
    const book = workbookWith(true);
    book.write("A1", TOP5_SHARE);
    expect(book.view("A1")).toMatchObject({ text: "50.58%", numberFormat: "0.00%", value: 0.5058 });
    book.write("B1", "=A1*2");
    book.write("C1", "=ROUND(A1,2)+1");
    book.write("D1", '=TEXT(A1,"0.0")');
    expect([book.value("B1"), book.value("C1"), book.value("D1")]).toEqual([1.0116, 1.51, "0.5"]);
    expect(book.view("B1").text).toBe("1.0116");
  });

  it("keeps the analyst's own number format over the value's", () => {
    const book = workbookWith(true);
    book.write("A1", TOP5_SHARE);
    book.workbook.formats.writeNumberFormats(
      book.workbook.sheets.activeSheetId,
      { row: 0, column: 0, rowCount: 1, columnCount: 1 },
      [["0.0000"]],
    );
    expect(book.view("A1").text).toBe("0.5058");
  });

  it("formats a spill column by column, the header row as text", () => {
    const book = workbookWith(true);
    book.write("A1", '=AMC.TOPN({1128.45;761.4;746.51;728.75},{"山东金资";"陕西金资";"浙商资产";"中原资产"},2)');
    expect([book.view("A1").text, book.view("B2").text, book.view("C2").text]).toEqual(["Label", "1,128.45", "33.53%"]);
    book.write("E1", "=SUM(B2:B3)");
    expect(book.value("E1")).toBeCloseTo(1889.85, 10);
  });

  it("shows a card's short name, and its fields through =A2.Field, =A2.[Field] and FIELDVALUE", () => {
    const book = workbookWith(true);
    book.write("A2", '=AMC.PROFILE("浙江省浙商资产管理有限公司")');
    expect(book.view("A2")).toMatchObject({ text: "浙商资产", value: "浙商资产" });
    expect(book.view("A2").card?.properties?.Province).toMatchObject({ basicValue: "浙江省" });
    book.write("B2", "=A2.Province");
    book.write("C2", "=A2.[Total assets]");
    book.write("D2", '=FIELDVALUE(A2,"province")');
    book.write("E2", "=A2.[Total assets]/10");
    expect([book.value("B2"), book.value("C2"), book.value("D2"), book.value("E2")]).toEqual([
      "浙江省",
      746.51,
      "浙江省",
      74.651,
    ]);
    expect(book.view("C2").text).toBe("746.51 CNY 100m");
    expect(book.formula("B2")).toBe("=A2.Province");
  });

  it("fits a column to a card's icon and short name, wider than the same name as text", () => {
    const book = workbookWith(true);
    const sheet = book.workbook.sheets.activeSheetId;
    book.write("A1", '=AMC.PROFILE("浙商资产")');
    book.write("B1", "浙商资产");
    book.workbook.formats.autofitColumns(sheet, { row: 0, column: 0, rowCount: 1, columnCount: 2 });
    const [card, text] = [0, 1].map((column) => book.workbook.formats.columnWidth(sheet, column));
    expect(card).toBeGreaterThan(text);
  });

  it("reads the fields under their Chinese names in Chinese Excel", () => {
    const book = workbookWith(true);
    book.write("A2", '=AMC.PROFILE("山东金资")', "zh-CN");
    book.write("B2", "=A2.省份", "zh-CN");
    book.write("C2", "=A2.资产总额", "zh-CN");
    expect([book.value("B2"), book.value("C2")]).toEqual(["山东省", 1128.45]);
    expect(book.view("C2").text).toBe("1,128.45 亿元");
  });

  it("follows the card when the company changes, and lets a function read the card as its company", () => {
    const book = workbookWith(true);
    book.write("A2", '=AMC.PROFILE("浙商资产")');
    book.write("B2", "=A2.Province");
    book.write("C2", '=AMC.FIGURE("net_assets",A2)');
    book.write("A2", '=AMC.PROFILE("中原资产")');
    expect([book.value("B2"), book.value("C2")]).toEqual(["河南省", 181.43]);
  });

  it("is #FIELD! for a missing field, a cell without a card, or a card written over, and passes an error on", () => {
    const book = workbookWith(true);
    book.write("A2", '=AMC.PROFILE("浙商资产")');
    book.write("A3", "浙商资产");
    book.write("B2", "=A2.Population");
    book.write("B3", "=A3.Province");
    expect(book.view("B2").error).toMatchObject({ code: "#FIELD!", message: expect.stringContaining("Province") });
    expect(book.view("B3").error?.code).toBe("#FIELD!");
    expect(book.value("B3")).toBe("#FIELD!");
    book.write("C2", "=A2.Province");
    book.write("A2", "浙商资产");
    expect(book.view("A2").card).toBeUndefined();
    expect(book.view("C2").error?.code).toBe("#FIELD!");
    book.write("A2", '=AMC.PROFILE("没有这家公司")');
    expect(book.view("C2").error?.code).toBe("#N/A");
  });
});

describe("without data types", () => {
  it("shows the same formulas as plain numbers and the short name, with no card", () => {
    const book = workbookWith(false);
    book.write("A1", TOP5_SHARE);
    book.write("A2", '=AMC.PROFILE("浙商资产")');
    book.write("B2", "=A2.Province");
    expect(book.view("A1")).toMatchObject({ text: "0.5058", numberFormat: "General" });
    expect(book.view("A2").text).toBe("浙商资产");
    expect(book.view("A2").card).toBeUndefined();
    expect(book.view("B2").error?.code).toBe("#FIELD!");
  });
});

describe("field references rewritten for HyperFormula", () => {
  it.each([
    ["=A2.Province", '=FIELDVALUE(A2,"Province")'],
    ["=A2.省份&$B$3.[Total assets]", '=FIELDVALUE(A2,"省份")&FIELDVALUE($B$3,"Total assets")'],
    ["='Q2 data'!C10.资产总额*2", "=FIELDVALUE('Q2 data'!C10,\"资产总额\")*2"],
    ["=A2.[亏损额（2024年）]", '=FIELDVALUE(A2,"亏损额（2024年）")'],
  ])("%s becomes %s", (written, engine) => {
    expect(rewriteFieldReferences(written)).toEqual({ formula: engine, changed: true });
  });

  it.each([
    ['="A2.Province"'],
    ["=AMC.TOP5SHARE(A1:A5)"],
    ["=LOG10(A2)+1.5"],
    ["=Sheet1!A2+E1"],
    ['=AMC.FIGURE("total_assets",A2)'],
  ])("leaves %s as it is", (formula) => {
    expect(rewriteFieldReferences(formula)).toEqual({ formula, changed: false });
  });
});
