/**
 * What the builder's preview shows of a result, computed by the function itself: a value as the cell shows it, a
 * spill's size and first rows, an error with its cause in the pane's language, and whether completing the data
 * fixes a #NUM!/#DIV/0! (the reference's shortfall flag, the failure deciding where a code has causes of both kinds).
 * And how the function index searches.
 */
import { formatCellValue } from "../../src/excel-rules/number-format";
import { evaluateFunction } from "../../src/functions/evaluate";
import { CATEGORY_ORDER, CATEGORY_TITLES, FUNCTION_REFERENCE } from "../../src/functions/reference";
import { builderParameters } from "../../src/taskpane/builder/builder-parameters";
import { resultCellText, resultSize, shownResult, SHOWN_ROWS } from "../../src/taskpane/builder/result-view";
import {
  mergeFunctionDocs,
  searchFunctions,
  summaryOf,
  type FunctionDoc,
} from "../../src/taskpane/functions/function-docs";
import zhStrings from "../../src/i18n/functions.zh-CN.json";
import golden from "../golden/functions.json";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata } = require("../../scripts/build/localize-metadata");

const categories = { order: CATEGORY_ORDER, titles: CATEGORY_TITLES };
const zhMetadata = localizeMetadata(golden, zhStrings);
const EN = mergeFunctionDocs(golden, FUNCTION_REFERENCE, "en-US", categories, zhMetadata);
const ZH = mergeFunctionDocs(zhMetadata, FUNCTION_REFERENCE, "zh-CN", categories, golden);
const doc = (docs: FunctionDoc[], id: string) => docs.find((d) => d.id === id)!;

function shown(id: string, args: unknown[], docs = EN, locale: "en-US" | "zh-CN" = "en-US") {
  const fn = doc(docs, id);
  return shownResult(fn, builderParameters(fn), evaluateFunction(id as never, args), locale);
}

describe("a result as the cell shows it", () => {
  it("shows a plain number as General shows it, a formatted one under its format, and an error as its code", () => {
    expect(resultCellText(1234.5678901234)).toBe("1234.56789");
    expect(resultCellText(true)).toBe("TRUE");
    expect(resultCellText({ type: "Double", basicValue: 0.4624, numberFormat: "0.00%" })).toBe("46.24%");
    expect(resultCellText(new CustomFunctions.Error("#DIV/0!" as CustomFunctions.ErrorCode))).toBe("#DIV/0!");
  });

  it("computes the value with the function itself, as Excel without data types shows it here", () => {
    expect(shown("TOP5SHARE", [[[6], [3], [1]], 2])).toEqual({ kind: "value", text: "0.9" });
  });

  it("gives a spill's size and its first rows only", () => {
    const values = Array.from({ length: 12 }, (_, i) => [i + 1]);
    const labels = values.map(([v]) => [`AMC ${v}`]);
    const result = shown("TOPN", [values, labels, 10, true]);
    expect(result).toMatchObject({ kind: "spill", rows: 11, columns: 3 });
    expect(result.kind === "spill" && result.cells.length).toBe(SHOWN_ROWS);
    expect(result.kind === "spill" && result.cells[0]).toEqual(["Label", "Value", "Share"]);
    expect(result.kind === "spill" && result.cells[1]).toEqual(["AMC 12", "12", formatCellValue(12 / 78, "General")]);
    expect(resultSize(evaluateFunction("TOPN", [values, labels, 10, true]))).toEqual({ rows: 11, columns: 3 });
  });
});

describe("an error and why", () => {
  it("says in the pane's language why a #NUM! is, and that completing the data fixes it", () => {
    const result = shown("TOP5SHARE", [[[10], [20], ["n/a"]], 5], ZH, "zh-CN");
    expect(result).toMatchObject({ kind: "error", code: "#NUM!", message: "values 只有 2 个数字，少于 n = 5。" });
    const shortfall = FUNCTION_REFERENCE.TOP5SHARE.errors.find((e) => e.shortfall && e.code === "#NUM!")!;
    expect(result.kind === "error" && result.shortfall).toBe(shortfall.zh);
  });

  it("does not call a mistyped n a data shortfall, though its code is the same #NUM!", () => {
    const result = shown("TOP5SHARE", [[[10], [20]], 0]);
    expect(result).toMatchObject({ kind: "error", code: "#NUM!", shortfall: null });
    expect(result.kind === "error" && result.message).toMatch(/^n must be a whole number of at least 1/);
  });

  it("calls a #DIV/0! a shortfall where the reference does (HHI), and not where it does not (DEBTRATIO)", () => {
    expect(shown("HHI", [[[0], [""]]])).toMatchObject({
      code: "#DIV/0!",
      shortfall: expect.stringMatching(/add up to 0/),
    });
    expect(shown("DEBTRATIO", [[[5]], [[0]]])).toMatchObject({ code: "#DIV/0!", shortfall: null });
  });

  it("shows a #VALUE! with the message Excel shows", () => {
    expect(shown("GROWTHRATE", [[[""]], [[419]]])).toMatchObject({
      kind: "error",
      code: "#VALUE!",
      message: expect.stringMatching(/^current holds no number/),
      shortfall: null,
    });
  });
});

describe("the function index's search", () => {
  const ids = (docs: FunctionDoc[]) => docs.map((d) => d.id);

  it("lists every function, category by category, without a query", () => {
    const listed = searchFunctions(EN, "");
    expect(ids(listed)).toEqual(ids(EN));
    const order = listed.map((d) => CATEGORY_ORDER.indexOf(d.category as never));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("puts the function named by the query first, still grouped by category", () => {
    const found = searchFunctions(EN, "share");
    expect(ids(found).slice(0, 2)).toEqual(["SHARE", "TOP5SHARE"]);
    expect(ids(found)).toContain("TERMSHARE");
    const categoriesInOrder = found.map((d) => d.category);
    expect(new Set(categoriesInOrder).size).toBe(
      categoriesInOrder.filter((c, i) => c !== categoriesInOrder[i - 1]).length,
    );
  });

  it("finds by the description in the other language and by category, in either language", () => {
    expect(ids(searchFunctions(EN, "资产负债率"))).toContain("DEBTRATIO");
    expect(ids(searchFunctions(ZH, "liabilities"))).toContain("DEBTRATIO");
    expect(ids(searchFunctions(ZH, "集中度")).sort()).toEqual(["HHI", "SHARE", "TOP5SHARE", "TOPN"]);
    expect(ids(searchFunctions(EN, "Concentration")).sort()).toEqual(["HHI", "SHARE", "TOP5SHARE", "TOPN"]);
    expect(searchFunctions(EN, "nothing-like-this")).toEqual([]);
  });

  it("shows a description without the Excel formula the build closes it with", () => {
    expect(summaryOf("Debt ratio: total liabilities over total assets. ≡ SUM(liabilities)/SUM(assets).")).toBe(
      "Debt ratio: total liabilities over total assets.",
    );
    expect(summaryOf("资产负债率：负债总额除以资产总额。≡ SUM(liabilities)/SUM(assets)。")).toBe(
      "资产负债率：负债总额除以资产总额。",
    );
  });
});
