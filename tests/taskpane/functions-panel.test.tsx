/** @jest-environment jsdom */
/**
 * The Functions tab's index, in both languages: loaded lazily from the metadata Excel reads, one line per function
 * grouped by category in lists of list items only, a line expanding in place, the search (both languages, Enter
 * opens the first hit), the keys between lines, the example insert with its dialog, the builder and back.
 */
import { configure, screen, waitFor, within } from "@testing-library/react";
import golden from "../golden/functions.json";
import { CATEGORY_ORDER, CATEGORY_TITLES, FUNCTION_REFERENCE } from "../../src/functions/reference";
import { docsFor, type Locale } from "./function-docs-fixture";
import { fakeServices, findButton, renderPane, user as userEvent } from "./support";

configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(30_000);

const TAB: Record<Locale, string> = { "en-US": "Functions", "zh-CN": "函数" };

async function openIndex(locale: Locale = "en-US", overrides = {}) {
  const loadFunctionDocs = jest.fn((which: Locale) => Promise.resolve(docsFor(which)));
  const services = fakeServices({ loadFunctionDocs, ...overrides });
  renderPane({ locale, services });
  await userEvent.click(screen.getByRole("tab", { name: TAB[locale] }));
  await waitFor(() => expect(lines().length).toBeGreaterThan(0));
  return services;
}

/** The index's function lines (plain DOM queries: role queries are slow in jsdom under Fluent's styles). */
function lines(): HTMLButtonElement[] {
  return [
    ...document.querySelectorAll<HTMLButtonElement>('[role="tabpanel"]:not([hidden]) li > button[aria-expanded]'),
  ];
}

/** A line's function name: its first text, before the description. */
const nameOf = (button: HTMLButtonElement) => button.querySelector("span")?.textContent;
const line = (name: string) => lines().find((button) => nameOf(button) === name)!;
const names = () => lines().map(nameOf);

describe.each(["en-US", "zh-CN"] as const)("the function index in %s", (locale) => {
  it("lists every function on one line, grouped under its category, in lists of list items only", async () => {
    const services = await openIndex(locale);
    expect(services.loadFunctionDocs).toHaveBeenCalledWith(locale);
    expect(names().sort()).toEqual(golden.functions.map((fn) => fn.name).sort());
    const lists = [...document.querySelectorAll('[role="tabpanel"]:not([hidden]) ul')];
    expect(lists.length).toBe(CATEGORY_ORDER.length);
    for (const list of lists) {
      expect([...list.children].every((child) => child.tagName === "LI")).toBe(true);
      const heading = document.getElementById(list.getAttribute("aria-labelledby") ?? "");
      expect(heading?.tagName).toBe("H2");
    }
    const language = locale === "zh-CN" ? "zh" : "en";
    const titles = [...document.querySelectorAll('[role="tabpanel"]:not([hidden]) h2')].map((h) => h.textContent);
    expect(titles).toEqual(CATEGORY_ORDER.map((category) => CATEGORY_TITLES[category][language]));
    const debt = docsFor(locale).find((doc) => doc.id === "DEBTRATIO")!;
    expect(line("DEBTRATIO").textContent).toBe(`DEBTRATIO${debt.summary}`);
    expect(line("DEBTRATIO").getAttribute("aria-expanded")).toBe("false");
  });

  it("expands a line in place to its arguments, Excel formula, example and errors, and folds it again", async () => {
    await openIndex(locale);
    await userEvent.click(line("TOP5SHARE"));
    const detail = document.getElementById(line("TOP5SHARE").getAttribute("aria-controls")!)!;
    expect(line("TOP5SHARE").getAttribute("aria-expanded")).toBe("true");
    expect(detail.textContent).toContain("=SUM(LARGE(values,SEQUENCE(n)))/SUM(values)");
    expect(detail.textContent).toContain(FUNCTION_REFERENCE.TOP5SHARE.example);
    const shortfall = FUNCTION_REFERENCE.TOP5SHARE.errors.find((e) => e.shortfall && e.code === "#NUM!")!;
    expect(detail.textContent).toContain(
      locale === "zh-CN" ? `数据不足：${shortfall.zh}` : `Fix the data: ${shortfall.en}`,
    );
    await userEvent.click(line("TOP5SHARE"));
    expect(line("TOP5SHARE").getAttribute("aria-expanded")).toBe("false");
  });
});

describe("searching", () => {
  it("finds by a word of the other language, and Enter opens the first hit with the focus on it", async () => {
    await openIndex("en-US");
    await userEvent.type(screen.getByRole("searchbox"), "前五大{Enter}");
    expect(names()).toEqual(["TOP5SHARE"]);
    expect(line("TOP5SHARE").getAttribute("aria-expanded")).toBe("true");
    expect(document.activeElement).toBe(line("TOP5SHARE"));
    screen.getByText("1 function · Enter opens it");
  });

  it("puts the function the query names first, and says when nothing matches", async () => {
    await openIndex("zh-CN");
    await userEvent.type(screen.getByRole("searchbox"), "share");
    expect(names().slice(0, 2)).toEqual(["SHARE", "TOP5SHARE"]);
    await userEvent.type(screen.getByRole("searchbox"), " nothing-like-this");
    screen.getByText("没有与“share nothing-like-this”匹配的函数。");
  });
});

it("moves between lines with Up, Down, Home and End", async () => {
  await openIndex("en-US");
  lines()[0].focus();
  await userEvent.keyboard("{ArrowDown}{ArrowDown}");
  expect(document.activeElement).toBe(lines()[2]);
  await userEvent.keyboard("{End}");
  expect(document.activeElement).toBe(lines().at(-1));
  await userEvent.keyboard("{Home}{ArrowUp}");
  expect(document.activeElement).toBe(lines()[0]);
});

describe("the example insert", () => {
  it("inserts the example into the selected cell and says where", async () => {
    const insertFormula = jest.fn().mockResolvedValue({ status: "inserted", address: "Sheet1!D4", formula: "x" });
    await openIndex("en-US", { insertFormula });
    await userEvent.click(line("HHI"));
    await userEvent.click(await findButton("Insert example"));
    expect(insertFormula).toHaveBeenCalledWith(FUNCTION_REFERENCE.HHI.example);
    await screen.findByText(`Wrote ${FUNCTION_REFERENCE.HHI.example} into Sheet1!D4.`);
  });

  it("says in the dialog what occupies the cell and that nothing changed", async () => {
    const insertFormula = jest
      .fn()
      .mockResolvedValue({ status: "occupied", address: "Sheet1!A1", occupant: { kind: "comment", cell: "A1" } });
    await openIndex("zh-CN", { insertFormula });
    await userEvent.click(line("HHI"));
    await userEvent.click(await findButton("插入示例"));
    const title = await screen.findByText("目标单元格已被占用");
    const dialog = title.closest('[role="alertdialog"]') as HTMLElement;
    expect(dialog.textContent).toContain("写入位置 Sheet1!A1 已被占用：A1 有批注。未做任何更改。");
    await userEvent.click(await findButton("另选单元格", dialog));
    await waitFor(() => expect(screen.queryByText("目标单元格已被占用")).toBeNull());
  });
});

it("opens the builder from a function and returns the focus to its line on Back", async () => {
  const readFormulaTarget = jest.fn(() => new Promise(() => {}));
  await openIndex("en-US", { readFormulaTarget });
  await userEvent.click(line("DEBTRATIO"));
  await userEvent.click(await findButton("Build formula"));
  await screen.findByRole("heading", { name: "AMC.DEBTRATIO" });
  expect(readFormulaTarget).toHaveBeenCalled();
  await userEvent.click(await findButton("All functions"));
  await waitFor(() => expect(document.activeElement).toBe(line("DEBTRATIO")));
  expect(line("DEBTRATIO").getAttribute("aria-expanded")).toBe("true");
});

it("shows a load failure, and retries when dismissed", async () => {
  const loadFunctionDocs = jest
    .fn()
    .mockRejectedValueOnce(new Error("functions.json: HTTP 404"))
    .mockResolvedValue(docsFor("en-US"));
  renderPane({ services: fakeServices({ loadFunctionDocs }) });
  await userEvent.click(screen.getByRole("tab", { name: "Functions" }));
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toContain("The function list could not be loaded (functions.json: HTTP 404)");
  await userEvent.click(within(alert).getByRole("button", { name: "Dismiss" }));
  await waitFor(() => expect(lines().length).toBe(golden.functions.length));
  expect(loadFunctionDocs).toHaveBeenCalledTimes(2);
});
