/** Rendering the pane in jsdom with fake services (no Office, no Excel), and a promise the test settles by hand. */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { WorkbookScan } from "../../src/excel/repair";
import type { PaneServices } from "../../src/taskpane/shell/services";
import type { Locale } from "../../src/i18n/locale";
import type { ThemeKind } from "../../src/taskpane/shell/settings";
import { THEME_STYLE_ID } from "../../src/taskpane/shell/theme";

export function fakeServices(overrides: Partial<PaneServices> = {}): jest.Mocked<PaneServices> {
  return {
    insertDataset: jest.fn().mockRejectedValue(new Error("insertDataset not expected")),
    insertFormula: jest.fn().mockRejectedValue(new Error("insertFormula not expected")),
    buildReportModel: jest.fn().mockRejectedValue(new Error("buildReportModel not expected")),
    loadFunctionDocs: jest.fn().mockResolvedValue([]),
    scanWorkbook: jest.fn().mockResolvedValue(cleanScan()),
    repairAmcFormulas: jest.fn().mockRejectedValue(new Error("repairAmcFormulas not expected")),
    insertFigure: jest.fn().mockRejectedValue(new Error("insertFigure not expected")),
    insertFigureOnNewSheet: jest.fn().mockRejectedValue(new Error("insertFigureOnNewSheet not expected")),
    followSelection: jest.fn().mockResolvedValue(() => undefined),
    readActiveCell: jest.fn().mockRejectedValue(new Error("no workbook in this test")),
    readFormulaTarget: jest.fn().mockRejectedValue(new Error("readFormulaTarget not expected")),
    readFormulaInputs: jest.fn().mockRejectedValue(new Error("readFormulaInputs not expected")),
    insertFormulaInto: jest.fn().mockRejectedValue(new Error("insertFormulaInto not expected")),
    selectedAddress: jest.fn().mockRejectedValue(new Error("selectedAddress not expected")),

    listWorksheets: jest.fn().mockResolvedValue({ sheets: [{ id: "S1", name: "Sheet1" }], activeId: "S1" }),
    copyAsValues: jest.fn().mockRejectedValue(new Error("copyAsValues not expected")),
    ...overrides,
  } as jest.Mocked<PaneServices>;
}

/** What the pane's workbook check answers for a workbook with no AMC.* cell stuck. */
export function cleanScan(overrides: Partial<WorkbookScan> = {}): WorkbookScan {
  return { amcCells: 0, nameErrors: 0, busy: 0, sheets: [], ...overrides };
}

export function renderPane(
  options: { locale?: Locale; theme?: ThemeKind; services?: PaneServices; ownsPage?: boolean } = {},
) {
  const services = options.services ?? fakeServices();
  const view = render(
    <App
      locale={options.locale ?? "en-US"}
      theme={options.theme ?? "light"}
      services={services}
      ownsPage={options.ownsPage}
    />,
  );
  return { ...view, services };
}

/** A colour token as the pane's theme sets it now on the page's root (its one theme `<style>`), if one is shown. */
export function themeToken(token: string): string | undefined {
  const style = document.querySelectorAll<HTMLStyleElement>(`style#${THEME_STYLE_ID}`);
  if (style.length > 1) throw new Error(`${style.length} theme styles on the page: there must be at most one`);
  const rule = [...(style[0]?.sheet?.cssRules ?? [])].find(
    (candidate) => (candidate as CSSStyleRule).selectorText === ":root",
  ) as CSSStyleRule | undefined;
  return rule?.style.getPropertyValue(`--${token}`).trim() || undefined;
}

export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * user-event without its pointer-events check: that check calls getComputedStyle up the tree on every event, and
 * jsdom matches every Fluent style rule each time, which makes the tests very slow for no extra confidence.
 */
export const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never, delay: null });

/**
 * Plain DOM lookups that wait: role queries compute every element's accessible name and visibility, which jsdom
 * makes slow under Fluent's many style rules, so the busiest tests find elements by text or label instead.
 */
export function findButton(text: string, container: ParentNode = document): Promise<HTMLButtonElement> {
  return waitFor(() => {
    const button = [...container.querySelectorAll("button")].find((b) => b.textContent?.trim() === text);
    if (!button) throw new Error(`no button “${text}”`);
    return button;
  });
}

export function findLabelled(tag: string, label: string): Promise<HTMLElement> {
  return waitFor(() => {
    const element = document.querySelector<HTMLElement>(`${tag}[aria-label="${label}"]`);
    if (!element) throw new Error(`no ${tag} labelled “${label}”`);
    return element;
  });
}

/** Switches the pane's language from the header's language menu, as the analyst does. */
export async function chooseLanguage(language: "中文" | "English"): Promise<void> {
  // The header's menus are a chunk rendered after the pane's first paint.
  const button = await waitFor(() => {
    const found = document.querySelector<HTMLElement>('button[aria-label^="Language:"], button[aria-label^="语言："]');
    if (!found) throw new Error("no language button in the header");
    return found;
  });
  await user.click(button);
  await user.click(await screen.findByRole("menuitemradio", { name: language }));
}
