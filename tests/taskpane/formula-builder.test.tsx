/** @jest-environment jsdom */
/**
 * The formula builder in the pane, in both languages, over the preview's workbook and its Excel API (the real
 * src/excel actions): the cell it writes to, fields that follow the selection or take it with one click, the
 * formula with relative or absolute references, the preview computed by the function itself from one read per change,
 * what the insert writes (the preview's value, in 2 syncs) and what it refuses (the spill area in use: the dialog,
 * nothing changed), by keyboard too.
 */
import { act, configure, screen, waitFor } from "@testing-library/react";
import { formatCellValue } from "../../src/excel-rules/number-format";
import { FUNCTION_REFERENCE } from "../../src/functions/reference";
import type { PaneServices } from "../../src/taskpane/shell/services";
import { installPreview, newPreview, type Preview } from "../support/preview-workbook";
import { select, sheetNamed, snapshot } from "../support/workbook-view";
import { docsFor, type Locale } from "./function-docs-fixture";
import { fakeServices, findButton, renderPane, user as userEvent } from "./support";

import { TextEncoder } from "util";

// jsdom has no TextEncoder; the round-trip log measures what each sync sends with it.
Object.assign(globalThis, { TextEncoder });
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(30_000);

const TEXT = {
  "en-US": { tab: "Functions", build: "Build formula", insert: "Insert formula", target: "Result in" },
  "zh-CN": { tab: "函数", build: "构建公式", insert: "插入公式", target: "结果写入" },
};

let preview: Preview;
let uninstall: () => void;
/** Settles when the builder follows the selection (Excel registers the event in a sync of its own). */
let following: Promise<void>;

/** The pane's services over the installed preview: src/excel loaded afresh, as a page registers its events once. */
function previewServices(locale: Locale): PaneServices {
  let excel!: typeof import("../../src/excel/index");
  jest.isolateModules(() => {
    excel = jest.requireActual("../../src/excel/index");
  });
  let followed!: () => void;
  following = new Promise((resolve) => (followed = resolve));
  return fakeServices({
    loadFunctionDocs: jest.fn(() => Promise.resolve(docsFor(locale))),
    insertFormula: excel.insertFormulaAtSelection,
    readFormulaTarget: excel.readFormulaTarget,
    readFormulaInputs: excel.readFormulaInputs,
    insertFormulaInto: excel.insertFormulaInto,
    followSelection: async (listener) => {
      const stop = await excel.followSelection(listener);
      followed();
      return stop;
    },
    selectedAddress: excel.selectedAddress,
  });
}

/** Twenty-five companies' total assets in B2:B26 of a sheet, short names in A. */
function fillSample(sheetName: string, count = 25) {
  const sheet = sheetNamed(preview.workbook, sheetName);
  for (let i = 0; i < count; i++) {
    sheet.set(i + 1, 0, `AMC ${i + 1}`);
    sheet.set(i + 1, 1, Math.round(1128.45 * 100 * 0.9 ** i) / 100);
  }
}

const amounts = (count = 25) => Array.from({ length: count }, (_, i) => Math.round(1128.45 * 100 * 0.9 ** i) / 100);
const top5share = (values: number[], n = 5) =>
  [...values]
    .sort((a, b) => b - a)
    .slice(0, n)
    .reduce((s, v) => s + v, 0) / values.reduce((s, v) => s + v, 0);

beforeEach(() => {
  preview = newPreview(["Sheet1", "Data"]);
  uninstall = installPreview(preview);
});
afterEach(() => uninstall());

/** Opens the builder for a function from the index, the selection at `cell` of Sheet1. */
async function openBuilder(id: string, locale: Locale = "en-US", cell = "D2") {
  select(preview.workbook, "Sheet1", cell);
  renderPane({ locale, services: previewServices(locale) });
  await userEvent.click(screen.getByRole("tab", { name: TEXT[locale].tab }));
  await userEvent.type(await screen.findByRole("searchbox"), `${id}{Enter}`);
  await userEvent.click(await findButton(TEXT[locale].build));
  await screen.findByRole("heading", { name: `AMC.${id}` });
  await waitFor(() => expect(field(TEXT[locale].target).value).toMatch(/!/));
  await act(() => following);
}

/** A field's input by its label's start (its name, before "(optional…)"). */
function field(label: string): HTMLInputElement {
  const labels = [...document.querySelectorAll("label")].filter(
    (element) => element.textContent?.replace(/\s*\*$/, "").split(/[ （(]/)[0] === label.split(/[ （(]/)[0],
  );
  const input = labels.map((element) => document.getElementById(element.htmlFor)).find(Boolean);
  if (!(input instanceof HTMLInputElement || input instanceof HTMLSelectElement)) {
    throw new Error(`no field ${label}`);
  }
  return input as HTMLInputElement;
}

/** What a screen reader reads after a field's name: the texts its aria-describedby names. */
function description(input: HTMLElement): string {
  const ids = input.getAttribute("aria-describedby")?.split(" ") ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
}

function resultText(): string {
  return document.querySelector('[role="status"][aria-labelledby]')?.textContent ?? "";
}

const formulaText = () => document.querySelector("code")?.textContent ?? "";

/** Selects a range in the sheet, as the analyst's drag would, and lets the builder react. */
async function selectInSheet(sheet: string, address: string) {
  await act(async () => {
    select(preview.workbook, sheet, address);
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
}

describe.each(["en-US", "zh-CN"] as const)("building AMC.TOP5SHARE in %s", (locale) => {
  it("fills the focused range field from the selection and previews what the inserted cell then shows", async () => {
    fillSample("Sheet1");
    await openBuilder("TOP5SHARE", locale);
    expect(field(TEXT[locale].target).value).toBe("Sheet1!D2");
    expect(document.activeElement).toBe(field("values"));
    const expected = formatCellValue(top5share(amounts()), "0.00%");
    const runsBefore = preview.log.runs.length;
    await selectInSheet("Sheet1", "B2:B26");
    expect(field("values").value).toBe("B2:B26");
    await waitFor(() => expect(resultText()).toBe(expected));
    expect(formulaText()).toBe("=AMC.TOP5SHARE(B2:B26)");
    const reads = preview.log.runs.slice(runsBefore);
    expect(reads.map((run) => run.roundTrips.length)).toEqual([1]);

    const runsBeforeInsert = preview.log.runs.length;
    await userEvent.click(await findButton(TEXT[locale].insert));
    await waitFor(() => expect(sheetNamed(preview.workbook, "Sheet1").cell(1, 3)?.formula).toBe(formulaText()));
    const insertRun = preview.log.runs[runsBeforeInsert];
    expect(insertRun.roundTrips.length).toBe(2);
    expect(preview.workbook.cellView(preview.workbook.sheets.byName("Sheet1")!.id, 1, 3).text).toBe(expected);
  });
});

it("takes the selection on another sheet with one click, naming that sheet, and writes absolute references", async () => {
  fillSample("Data");
  await openBuilder("TOP5SHARE", "zh-CN");
  select(preview.workbook, "Data", "B2:B26");
  await userEvent.click(screen.getByRole("button", { name: "以所选区域作为 values" }));
  await waitFor(() => expect(field("values").value).toBe("Data!B2:B26"));
  await userEvent.click(screen.getByRole("switch", { name: "绝对引用（$B$2）" }));
  expect(field("values").value).toBe("Data!$B$2:$B$26");
  await userEvent.type(field("n"), "3");
  expect(formulaText()).toBe("=AMC.TOP5SHARE(Data!$B$2:$B$26,3)");
  await waitFor(() => expect(resultText()).toBe(formatCellValue(top5share(amounts(), 3), "0.00%")));
  await userEvent.click(screen.getByRole("switch", { name: "绝对引用（$B$2）" }));
  expect(field("values").value).toBe("Data!B2:B26");
});

it("follows the selection only while its field is the last one focused", async () => {
  fillSample("Sheet1");
  await openBuilder("TOP5SHARE");
  await selectInSheet("Sheet1", "B2:B10");
  expect(field("values").value).toBe("B2:B10");
  expect(description(field("values"))).toContain("this field follows your selection");
  await userEvent.click(field("n"));
  await selectInSheet("Sheet1", "B2:B26");
  expect(field("values").value).toBe("B2:B10");
  expect(description(field("values"))).not.toContain("follows your selection");
  expect(field("n").value).toBe("");
});

it("reads once per change, after a burst of keystrokes", async () => {
  fillSample("Sheet1");
  await openBuilder("HHI");
  const runsBefore = preview.log.runs.length;
  await userEvent.type(field("values"), "B2:B26");
  await waitFor(() => expect(resultText()).not.toBe(""));
  await new Promise((resolve) => setTimeout(resolve, 80));
  const reads = preview.log.runs.slice(runsBefore);
  expect(reads.length).toBeGreaterThanOrEqual(1);
  expect(reads.length).toBeLessThanOrEqual(3);
  expect(reads.every((run) => run.roundTrips.length === 1)).toBe(true);
});

it("says why a #NUM! is and that completing the data fixes it", async () => {
  fillSample("Sheet1", 3);
  await openBuilder("TOP5SHARE", "zh-CN");
  await selectInSheet("Sheet1", "B2:B26");
  await waitFor(() => expect(resultText()).toContain("#NUM!"));
  expect(resultText()).toContain("Excel 对 #NUM! 不显示提示信息。原因：values 只有 3 个数字，少于 n = 5。");
  expect(resultText()).toContain(`数据不足： ${FUNCTION_REFERENCE.TOP5SHARE.errors.find((e) => e.shortfall)!.zh}`);
});

it("refuses to insert a spill whose area is in use: the dialog, and nothing changed", async () => {
  fillSample("Sheet1");
  sheetNamed(preview.workbook, "Sheet1").set(3, 5, "mine");
  await openBuilder("TOPN");
  await selectInSheet("Sheet1", "B2:B26");
  await userEvent.click(field("labels"));
  await selectInSheet("Sheet1", "A2:A26");
  await userEvent.type(field("n"), "3");
  await waitFor(() => expect(resultText()).toContain("Spills into 4 rows × 3 columns"));
  const before = snapshot(preview.workbook);
  await userEvent.click(await findButton("Insert formula"));
  const title = await screen.findByText("The cells are already in use");
  const dialog = title.closest('[role="alertdialog"]') as HTMLElement;
  expect(dialog.textContent).toContain("would use Sheet1!D2:F5, but F4 holds a value. Nothing has been changed.");
  expect(snapshot(preview.workbook)).toEqual(before);
});

it("builds and inserts by keyboard alone: a typed reference, Enter to insert", async () => {
  fillSample("Sheet1");
  await openBuilder("HHI");
  await userEvent.keyboard("B2:B26");
  await waitFor(() => expect(resultText()).toMatch(/^\d/));
  const shown = resultText();
  await userEvent.keyboard("{Enter}");
  await waitFor(() => expect(sheetNamed(preview.workbook, "Sheet1").cell(1, 3)?.formula).toBe("=AMC.HHI(B2:B26)"));
  expect(preview.workbook.cellView(preview.workbook.sheets.byName("Sheet1")!.id, 1, 3).text).toBe(shown);
  await screen.findByText("Wrote =AMC.HHI(B2:B26) into Sheet1!D2.");
});

it("marks a reference to its own result cell, and writes nothing while it stands", async () => {
  fillSample("Sheet1");
  await openBuilder("HHI", "en-US", "B5");
  await selectInSheet("Sheet1", "B2:B26");
  expect(screen.getByText("The range holds the result cell B5: the formula would refer to itself.")).toBeTruthy();
  expect((await findButton("Insert formula")).disabled).toBe(true);
});
