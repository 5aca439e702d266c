/** @jest-environment jsdom */
/**
 * The values copy in the Workbook tab: the sheet list with the active sheet chosen, the copy of the chosen sheets in
 * the pane's language, its outcome (copies made, or nothing copied while AMC cells are stuck), and the failures.
 */
import { act, configure, screen, waitFor } from "@testing-library/react";
import type { CopyAsValuesResult, WorksheetList } from "../../src/excel/copy-as-values";
import { deferred, fakeServices, findButton, renderPane, user as userEvent } from "./support";

configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(20_000);

const SHEETS: WorksheetList = {
  sheets: [
    { id: "S1", name: "Inputs" },
    { id: "S2", name: "Model" },
    { id: "S3", name: "Notes" },
  ],
  activeId: "S2",
};

const COPIED: CopyAsValuesResult = {
  status: "copied",
  copies: [
    { sheet: "Inputs", copy: "Inputs (values)", amcCells: 0, frozenFormulas: 0, keptFormulas: 1 },
    { sheet: "Model", copy: "Model (values)", amcCells: 12, frozenFormulas: 3, keptFormulas: 40 },
  ],
};

async function openWorkbookTab(name = "Workbook") {
  await userEvent.click(screen.getByRole("tab", { name }));
}

function checkbox(label: string): HTMLInputElement {
  return screen.getByRole("checkbox", { name: label }) as HTMLInputElement;
}

describe("the values copy", () => {
  it("offers the sheets with the active one chosen, and copies the chosen ones in the pane's language", async () => {
    const services = fakeServices({
      listWorksheets: jest.fn().mockResolvedValue(SHEETS),
      copyAsValues: jest.fn().mockResolvedValue(COPIED),
    });
    renderPane({ services });
    await openWorkbookTab();
    await waitFor(() => expect(checkbox("Model (active)").checked).toBe(true));
    expect(checkbox("Inputs").checked).toBe(false);
    await userEvent.click(checkbox("Inputs"));
    await userEvent.click(await findButton("Copy as values"));
    expect(services.copyAsValues).toHaveBeenCalledWith({ sheetIds: ["S1", "S2"], locale: "en-US" });
    await screen.findByText(
      "Made “Inputs (values)” from “Inputs” (AMC results as values: 0; other formulas as values: 0; formulas kept: 1); " +
        "“Model (values)” from “Model” (AMC results as values: 12; other formulas as values: 3; formulas kept: 40). " +
        "The originals are unchanged.",
    );
    expect(services.listWorksheets).toHaveBeenCalledTimes(2);
  });

  it("says in Chinese which sheets hold AMC cells stuck at #NAME?, and that nothing was copied", async () => {
    const services = fakeServices({
      listWorksheets: jest.fn().mockResolvedValue(SHEETS),
      copyAsValues: jest.fn().mockResolvedValue({ status: "stuck", sheets: [{ sheet: "Model", cells: 4 }] }),
    });
    renderPane({ services, locale: "zh-CN" });
    await openWorkbookTab("工作簿");
    await waitFor(() => expect(checkbox("Model（当前）").checked).toBe(true));
    await userEvent.click(await findButton("复制为数值"));
    expect(services.copyAsValues).toHaveBeenCalledWith({ sheetIds: ["S2"], locale: "zh-CN" });
    await screen.findByText(/未复制任何内容：“Model”中有 AMC\.\* 单元格显示 #NAME\? 或 #BUSY!/);
  });

  it("asks for a sheet when none is chosen, without calling Excel", async () => {
    const services = fakeServices({ listWorksheets: jest.fn().mockResolvedValue(SHEETS) });
    renderPane({ services });
    await openWorkbookTab();
    await waitFor(() => expect(checkbox("Model (active)").checked).toBe(true));
    await userEvent.click(checkbox("Model (active)"));
    await userEvent.click(await findButton("Copy as values"));
    await screen.findByText("Choose at least one sheet.");
    expect(services.copyAsValues).not.toHaveBeenCalled();
  });

  it("shows a busy state while Excel copies", async () => {
    const pending = deferred<CopyAsValuesResult>();
    const services = fakeServices({
      listWorksheets: jest.fn().mockResolvedValue(SHEETS),
      copyAsValues: jest.fn(() => pending.promise),
    });
    renderPane({ services });
    await openWorkbookTab();
    await waitFor(() => expect(checkbox("Model (active)").checked).toBe(true));
    await userEvent.click(await findButton("Copy as values"));
    expect((await findButton("Copy as values")).disabled).toBe(true);
    screen.getByText("Copying…");
    await act(async () => pending.resolve(COPIED));
    expect((await findButton("Copy as values")).disabled).toBe(false);
  });

  it("says when the sheets cannot be read, and reads them again on request", async () => {
    const listWorksheets = jest
      .fn()
      .mockRejectedValueOnce(Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" }))
      .mockResolvedValueOnce(SHEETS);
    renderPane({ services: fakeServices({ listWorksheets }) });
    await openWorkbookTab();
    await screen.findByText(/The sheets could not be read\. Excel is editing a cell/);
    await userEvent.click(await findButton("Read the sheets again"));
    await waitFor(() => expect(checkbox("Model (active)").checked).toBe(true));
    expect(checkbox("Notes").checked).toBe(false);
    expect(screen.queryByText(/The sheets could not be read/)).toBeNull();
  });
});
