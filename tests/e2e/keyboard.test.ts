/**
 * The pane's actions with the keyboard alone, in the preview workbench: insert a dataset (at an occupied selection,
 * through the "nothing changed" dialog, then with its chart on a new sheet), build the model, copy sheets as values
 * and repair. Every element that takes focus on the way shows a focus ring. The analyst's selection in the grid is
 * made with the mouse, as it is Excel's, not the pane's; from then on only keys are pressed.
 */
import type { Page } from "playwright-core";
import { launchChromium, type LaunchedBrowser } from "../support/browser";
import { describeInBrowser } from "./environment";
import {
  cellText,
  numberFormats,
  openPreview,
  selectCell,
  setNumberFormats,
  sheetFormulas,
  sheetValues,
  sheetTab,
  typeIntoCell,
  writeFormulas,
  type OpenedPreview,
} from "./preview-page";

jest.setTimeout(120_000);

interface Focused {
  role: string;
  name: string;
  /** Whether it belongs to the pane (its frame, or a dialog or menu it opened). */
  inPane: boolean;
  /** What draws the focus indicator (outline, box shadow, or the underline/frame pseudo-element), or "". */
  ring: string;
}

/**
 * The focused element, whether it belongs to the pane (its frame, or a dialog or menu it opened), and what shows
 * it focused: an opaque outline or inset shadow on it, or the frame/underline Fluent draws in a pseudo-element of
 * it or of one of the two elements around it.
 */
async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const visible = (width: string, style: string) => parseFloat(width) > 0 && style !== "none";
    const opaque = (color: string) => color !== "transparent" && !/^rgba\(.*,\s*0\)$/.test(color);
    const keyboardFocus = ":focus-visible, :focus-within, [data-fui-focus-visible], [data-fui-focus-within]";
    const ringOf = (node: Element, depth: number): string => {
      const own = getComputedStyle(node);
      if (visible(own.outlineWidth, own.outlineStyle) && opaque(own.outlineColor)) return "outline";
      if (depth === 0 && own.boxShadow !== "none" && node.matches(keyboardFocus)) return "shadow";
      for (const pseudo of ["::after", "::before"]) {
        const drawn = getComputedStyle(node, pseudo);
        const shown = drawn.content !== "none" && !drawn.transform.startsWith("matrix(0");
        const frame =
          (visible(drawn.outlineWidth, drawn.outlineStyle) && opaque(drawn.outlineColor)) ||
          (visible(drawn.borderTopWidth, drawn.borderTopStyle) && opaque(drawn.borderTopColor));
        const underline = visible(drawn.borderBottomWidth, drawn.borderBottomStyle) && opaque(drawn.borderBottomColor);
        if (shown && (frame || underline) && node.matches(keyboardFocus))
          return `${pseudo} ${frame ? "frame" : "underline"}`;
      }
      return "";
    };
    let ring = "";
    for (let node: Element | null = element, depth = 0; node && depth < 3 && !ring; node = node.parentElement, depth++)
      ring = ringOf(node, depth);
    return {
      role:
        element.getAttribute("role") ??
        ({ search: "searchbox", radio: "radio", checkbox: "checkbox" } as Record<string, string>)[
          (element as HTMLInputElement).type
        ] ??
        element.tagName.toLowerCase(),
      name: (element.getAttribute("aria-label") ?? element.textContent ?? "").trim().slice(0, 60),
      ring,
      inPane: !!element.closest('[data-testid="task-pane"], [role="alertdialog"], [role="dialog"], [role="menu"]'),
    };
  });
}

/** Presses a key and checks the element then focused, when it is the pane's, has a visible focus ring. */
async function press(page: Page, key: string): Promise<Focused> {
  await page.keyboard.press(key);
  let now = await focused(page);
  // Fluent animates some indicators in (the search box's underline grows): give them their transition's time.
  for (let wait = 0; wait < 5 && now.inPane && !now.ring; wait++) {
    await page.waitForTimeout(100);
    now = await focused(page);
  }
  if (now.inPane && !now.ring) throw new Error(`no focus ring on ${now.role} “${now.name}” after ${key}`);
  return now;
}

/** Waits until focus rests on an element of the pane whose name matches, and checks its ring. */
async function focusLandsOn(page: Page, name: RegExp): Promise<Focused> {
  await page.waitForFunction(
    ([source, flags]) => new RegExp(source, flags).test((document.activeElement?.textContent ?? "").trim()),
    [name.source, name.flags] as const,
  );
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== "running"));
  const now = await focused(page);
  expect(now.ring).not.toBe("");
  return now;
}

/** Tabs (or Shift+Tabs) until the focused element matches, at most 40 times. */
async function tabTo(page: Page, matches: (at: Focused) => boolean, key = "Tab"): Promise<Focused> {
  const visited: string[] = [];
  for (let step = 0; step < 40; step++) {
    const now = await press(page, key);
    if (matches(now)) return now;
    visited.push(`${now.role} “${now.name}”`);
  }
  throw new Error(`${key} never reached the element sought; it went through ${visited.slice(0, 12).join(", ")}`);
}

const named = (pattern: RegExp) => (at: Focused) => pattern.test(at.name);

/** Into the pane as Office's F6 would take the analyst: its first control. */
async function enterPane(page: Page): Promise<void> {
  await page.getByTestId("task-pane").getByRole("button").first().focus();
  await press(page, "Tab");
  await press(page, "Shift+Tab");
}

/**
 * To the pane's tab list (Tab from the header, Shift+Tab from a panel) and along it to the tab named, opened with
 * Enter; returns once `ready` shows in its panel. An unselected tab's text holds its label twice (a hidden copy
 * reserves the bold width), so `name` is anchored at its start only.
 */
async function openTab(page: Page, name: RegExp, ready: string, key = "Shift+Tab"): Promise<void> {
  await tabTo(page, (at) => at.role === "tab" && at.inPane, key);
  for (let step = 0; step < 6 && !name.test((await focused(page)).name); step++) await press(page, "ArrowRight");
  await press(page, "Enter");
  await page.getByTestId("task-pane").getByRole("button", { name: ready, exact: true }).waitFor();
}

describeInBrowser("the pane by keyboard alone (preview workbench)", () => {
  let browser: LaunchedBrowser;
  let opened: OpenedPreview;

  beforeAll(async () => {
    browser = await launchChromium();
    opened = await openPreview(browser.context, { lang: "en-US" });
  });

  afterAll(async () => {
    await opened?.page.close();
    await browser?.close();
  });

  it("inserts datasets: Enter opens the first hit, the occupied selection asks and changes nothing, Esc clears, a table and chart go on new sheets, Back returns focus", async () => {
    const { page, problems } = opened;
    const pane = page.getByTestId("task-pane");
    await setNumberFormats(page, "Sheet1", "C3", [["0.00%"]]);
    await selectCell(page, "C3");
    await enterPane(page);
    await tabTo(page, (at) => at.role === "searchbox");
    await page.keyboard.type("roster");
    await page.keyboard.press("Enter");
    await focusLandsOn(page, /All datasets/);

    await tabTo(page, (at) => at.role === "radio");
    await press(page, "ArrowDown");
    await tabTo(page, named(/^Insert table$/));
    await press(page, "Enter");
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    await focusLandsOn(page, /Insert on a new worksheet/);
    await tabTo(page, named(/^Cancel$/));
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "detached" });
    await focusLandsOn(page, /^Insert table$/);
    expect(await numberFormats(page, "Sheet1", "C3")).toEqual([["0.00%"]]);
    expect(await sheetValues(page, "Sheet1", "C3")).toEqual([[""]]);

    await tabTo(page, (at) => at.role === "radio", "Shift+Tab");
    await press(page, "ArrowUp");
    await tabTo(page, named(/^Insert table$/));
    await press(page, "Enter");
    await pane.getByText(/Inserted 58 rows/).waitFor();
    await tabTo(page, named(/All datasets/), "Shift+Tab");
    await page.keyboard.press("Enter");
    await focusLandsOn(page, /^Roster of local AMCs/);

    await tabTo(page, (at) => at.role === "searchbox", "Shift+Tab");
    await press(page, "Escape");
    expect(await pane.getByRole("searchbox").inputValue()).toBe("");
    await page.keyboard.type("Number of local AMCs");
    await page.keyboard.press("Enter");
    await focusLandsOn(page, /All datasets/);
    await tabTo(page, named(/^Insert table and chart$/));
    await press(page, "Enter");
    await pane.getByText(/with the chart beside it/).waitFor();
    await tabTo(page, named(/All datasets/), "Shift+Tab");
    await page.keyboard.press("Enter");
    await focusLandsOn(page, /^Number of local AMCs/);
    expect(problems.all()).toEqual([]);
  });

  it("builds the model", async () => {
    const { page } = opened;
    await openTab(page, /^Model/, "Build the model");
    await tabTo(page, named(/^Build the model$/));
    await press(page, "Enter");
    await page
      .getByTestId("task-pane")
      .getByText(/^Built “/)
      .waitFor();
    expect(await sheetTab(page, /./).count()).toBeGreaterThan(3);
  });

  it("copies a sheet of AMC formulas as values: every spilled cell a value, formats kept, the original untouched", async () => {
    const { page, problems } = opened;
    await sheetTab(page, "Sheet1").click();
    await typeIntoCell(page, "A1", "=AMC.AMCCOUNT()");
    await writeFormulas(page, "Sheet1", "H1:I4", [
      [500, "甲"],
      [300, "乙"],
      [900, "丙"],
      [100, "丁"],
    ]);
    await typeIntoCell(page, "B1", "=AMC.TOPN(H1:H4,I1:I4,3)");
    await typeIntoCell(page, "A2", "=A1*2");
    await setNumberFormats(page, "Sheet1", "A1", [["0.0"]]);
    const formulasBefore = await sheetFormulas(page, "Sheet1", "A1:K6");
    const valuesBefore = await sheetValues(page, "Sheet1", "A1:K6");
    const formatsBefore = await numberFormats(page, "Sheet1", "A1:K6");
    expect(String(formulasBefore[0][1])).toMatch(/^=AMC\.TOPN/);
    expect(valuesBefore[1][1]).not.toBe(""); // the spill reaches below its anchor

    await selectCell(page, "H10");
    await enterPane(page);
    await openTab(page, /^Workbook/, "Copy as values", "Tab");
    await tabTo(page, named(/^Copy as values$/));
    await press(page, "Enter");
    const pane = page.getByTestId("task-pane");
    await pane.getByText(/The originals are unchanged/).waitFor();

    const copy = "Sheet1 (values)";
    const copied = await sheetValues(page, copy, "A4:K9");
    const copiedFormulas = await sheetFormulas(page, copy, "A4:K9");
    expect(copied).toEqual(valuesBefore);
    expect(copiedFormulas.flat().filter((formula) => /AMC\./i.test(String(formula)))).toEqual([]);
    expect(copiedFormulas[1][0]).toBe("=A4*2"); // a formula over its own sheet stays a formula
    expect(await numberFormats(page, copy, "A4:K9")).toEqual(formatsBefore);
    expect(String((await sheetValues(page, copy, "A1"))[0][0])).toMatch(/Values copy of “Sheet1”/);
    expect(await sheetFormulas(page, "Sheet1", "A1:K6")).toEqual(formulasBefore);
    expect(await numberFormats(page, "Sheet1", "A1:K6")).toEqual(formatsBefore);
    expect(await cellText(page, "A1")).not.toBe("#NAME?");
    expect(problems.all()).toEqual([]);
  });

  it("repairs AMC formulas", async () => {
    const { page, problems } = opened;
    await tabTo(page, named(/^Repair AMC formulas$/));
    await press(page, "Enter");
    await page
      .getByTestId("task-pane")
      .getByText(/Re-entered|No AMC/)
      .first()
      .waitFor();
    expect(problems.all()).toEqual([]);
  });
});
