/**
 * Counts read as a reader writes them: "1 row", "2 rows" in English (Chinese has no plural), for every string of the
 * pane and the workbook, through the one place that fills strings in (translate).
 */
import { translate, UI, type UiKey } from "../../src/i18n/ui";

const keys = Object.keys(UI["en-US"]) as UiKey[];
/** Every `{name}` and `{name:one|other}` a string takes. */
const paramsOf = (text: string) => [...text.matchAll(/\{(\w+)(?::[^{}]*)?\}/g)].map(([, name]) => name);
const filled = (key: UiKey, count: number) =>
  Object.fromEntries(paramsOf(UI["en-US"][key]).map((name) => [name, count] as const));

/** English nouns a count comes before in the strings, singular and plural. */
const NOUNS = ["row", "dataset", "function", "cell", "formula", "month"];

describe("plural forms", () => {
  it("pick the singular for 1 and the plural otherwise", () => {
    expect(translate("en-US", "data.rows", { count: 1 })).toBe("1 row");
    expect(translate("en-US", "data.rows", { count: 2 })).toBe("2 rows");
    expect(translate("en-US", "data.rows", { count: 0 })).toBe("0 rows");
    expect(translate("en-US", "fn.count", { count: 1 })).toBe("1 function · Enter opens the first");
    expect(translate("en-US", "repair.offer.busy", { count: 1, sheets: "S" })).toMatch(/^1 cell with .* is stuck/);
    expect(translate("en-US", "repair.offer.busy", { count: 3, sheets: "S" })).toMatch(/^3 cells with .* are stuck/);
  });

  it("leave Chinese as written: it has no plural", () => {
    expect(translate("zh-CN", "data.rows", { count: 1 })).toBe("1 行");
    expect(translate("zh-CN", "fn.count", { count: 2 })).toBe("共 2 个函数 · 按 Enter 展开第一个");
  });

  it.each(keys)("%s: no English count disagrees with its noun", (key) => {
    const one = translate("en-US", key, filled(key, 1));
    const two = translate("en-US", key, filled(key, 2));
    for (const noun of NOUNS) {
      expect(one).not.toMatch(new RegExp(`\\b1 (AMC )?${noun}s\\b`));
      expect(two).not.toMatch(new RegExp(`\\b2 (AMC )?${noun}\\b`));
    }
  });

  it("leave a form whose count is missing as written", () => {
    expect(translate("en-US", "data.rows")).toBe("{count} {count:row|rows}");
  });
});
