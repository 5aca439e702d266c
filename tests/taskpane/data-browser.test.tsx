/** @jest-environment jsdom */
/** The data browser: search in both languages, the detail and its virtualised preview, inserting, the dialog, errors. */
import { act, configure, screen, waitFor, within } from "@testing-library/react";
import { CATALOG } from "../../src/data/catalog";
import { DATASET_IDS, getDataset } from "../../src/data/index";
import { ExcelActionError } from "../../src/excel/action-errors";
import type { InsertDatasetResult } from "../../src/excel/insert-dataset";
import { deferred, fakeServices, renderPane, user as userEvent } from "./support";

// Role queries walk the whole preview; give them time on a slow machine.
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(20_000);

/** The occupied-target dialog, found by its title (its role query can miss it while it animates open). */
async function findDialog(): Promise<HTMLElement> {
  const title = await screen.findByText("The cells are already in use");
  return title.closest('[role="alertdialog"]') as HTMLElement;
}

const inserted = (over: Partial<InsertDatasetResult> = {}): InsertDatasetResult => ({
  status: "inserted",
  sheet: "Roster of local AMCs",
  table: "AMC_roster",
  address: "A1:K59",
  noteAddress: "A61",
  rows: 58,
  columns: 11,
  chart: null,
  ...(over as object),
});

/** The texts of the dataset list's entries (plain DOM queries: role queries compute names slowly in jsdom). */
function datasetButtons(): string[] {
  return [...document.querySelectorAll('ul[aria-label="Datasets"] button, ul[aria-label="数据集"] button')].map(
    (button) => button.textContent ?? "",
  );
}

/** A dataset's entry in the list, found by its exact title. */
function datasetButton(title: string): HTMLElement {
  return screen.getByText(title, { selector: "button *" }).closest("button") as HTMLElement;
}

async function search(text: string) {
  const box = screen.getByRole("searchbox");
  await userEvent.clear(box);
  if (text) await userEvent.type(box, text);
}

async function open(title: string) {
  await userEvent.click(datasetButton(title));
  return screen.findByRole("heading", { level: 2 });
}

describe("searching the catalog", () => {
  it("finds a dataset by English words", async () => {
    renderPane();
    await search("net financing");
    expect(datasetButtons()).toHaveLength(1);
    expect(datasetButtons()[0]).toContain(CATALOG.net_financing.title.en);
  });

  it("finds the same dataset by Chinese words, whatever the pane's language", async () => {
    renderPane({ locale: "en-US" });
    await search("净融资");
    expect(datasetButtons()[0]).toContain(CATALOG.net_financing.title.en);
  });

  it("finds datasets by a column title and by full-width letters", async () => {
    renderPane({ locale: "zh-CN" });
    await search("资产负债率");
    expect(datasetButtons().some((text) => text.includes(CATALOG.leverage.title.zh))).toBe(true);
    await search("ＲＯＳＴＥＲ");
    expect(datasetButtons()[0]).toContain(CATALOG.roster.title.zh);
  });

  it("requires every word and says so when nothing matches", async () => {
    renderPane();
    await search("roster zzzz");
    expect(datasetButtons()).toHaveLength(0);
    screen.getByText("No dataset matches “roster zzzz”. Try a shorter word, or the other language.");
  });

  it("shows each dataset's row count, as-of date and whether it has a chart", () => {
    renderPane();
    const item = datasetButton(CATALOG.bond_issuance.title.en);
    expect(item.textContent).toContain(`${CATALOG.bond_issuance.rowCount} rows · ${CATALOG.bond_issuance.asOf}`);
    expect(item.textContent).toContain("with chart");
    expect(datasetButton(CATALOG.roster.title.en).textContent).not.toContain("with chart");
    expect(datasetButton(CATALOG.maturities.title.en).textContent).toContain("1 row ·");
  });

  it("finds the datasets that mention a province's companies, and says which", async () => {
    renderPane({ locale: "zh-CN" });
    await search("浙江");
    const lines = datasetButtons();
    expect(lines.find((line) => line.includes(CATALOG.roster.title.zh))).toMatch(/提及：.*浙商资产/);
    expect(lines.find((line) => line.includes(CATALOG.figures.title.zh))).toMatch(/提及：/);
    expect(lines.every((line) => line.includes("提及："))).toBe(true);
  });

  it("clears the search with Esc and opens the first hit with Enter", async () => {
    renderPane();
    const box = screen.getByRole("searchbox") as HTMLInputElement;
    await userEvent.type(box, "net financing");
    await userEvent.keyboard("{Escape}");
    expect(box.value).toBe("");
    expect(datasetButtons()).toHaveLength(DATASET_IDS.length);
    await userEvent.type(box, "roster{Enter}");
    expect((await screen.findByRole("heading", { level: 2 })).textContent).toBe(CATALOG.roster.title.en);
  });
});

describe("a dataset's detail", () => {
  it("shows its description, source and a virtualised preview of its rows", async () => {
    renderPane();
    expect((await open(CATALOG.roster.title.en)).textContent).toBe(CATALOG.roster.title.en);
    screen.getByText(CATALOG.roster.description.en);
    screen.getByText(new RegExp(CATALOG.roster.source.en.slice(0, 40).replace(/[().]/g, "\\$&")));
    const preview = screen.getByRole("table", { name: "Preview of all 58 rows" });
    const rows = within(preview).getAllByRole("row");
    const firstCompany = (getDataset("roster").records[0] as { full_name: string }).full_name;
    expect(
      within(rows[1])
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toContain(firstCompany);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(1 + 58);
  });

  it("shows percentages in the preview as Excel will (24.52%)", async () => {
    renderPane();
    await open(CATALOG.top_net_assets.title.en);
    const share = (getDataset("top_net_assets").records[0] as { share: number }).share;
    screen.getAllByText(`${share.toFixed(2)}%`);
  });

  it("goes back to the list, with focus on the dataset that was opened", async () => {
    renderPane();
    await open(CATALOG.leverage.title.en);
    await waitFor(() => expect(document.activeElement?.textContent).toBe("All datasets"));
    await userEvent.keyboard("{Enter}");
    expect(datasetButtons().length).toBeGreaterThan(20);
    expect(document.activeElement).toBe(datasetButton(CATALOG.leverage.title.en));
  });
});

describe("inserting", () => {
  it("inserts the table on a new sheet in the pane's language and reports where", async () => {
    const services = fakeServices({ insertDataset: jest.fn().mockResolvedValue(inserted()) });
    renderPane({ services });
    await open(CATALOG.roster.title.en);
    await userEvent.click(screen.getByRole("button", { name: "Insert table" }));
    expect(services.insertDataset).toHaveBeenCalledWith("roster", {
      locale: "en-US",
      at: "newSheet",
      withChart: false,
      provenance: true,
    });
    await screen.findByText(
      "Inserted 58 rows into “Roster of local AMCs” at A1:K59 as table AMC_roster. The record key and provenance " +
        "are grouped at the right of the table: click + above the columns to show them.",
    );
  });

  it("leaves the provenance columns out when the analyst unticks them, and counts one row as a row", async () => {
    const services = fakeServices({ insertDataset: jest.fn().mockResolvedValue(inserted({ rows: 1 })) });
    renderPane({ services });
    await open(CATALOG.maturities.title.en);
    const option = screen.getByRole("checkbox", { name: /Include provenance columns/ });
    expect((option as HTMLInputElement).checked).toBe(true);
    await userEvent.click(option);
    await userEvent.click(screen.getByRole("button", { name: "Insert table" }));
    expect(services.insertDataset).toHaveBeenCalledWith("maturities", {
      locale: "en-US",
      at: "newSheet",
      withChart: false,
      provenance: false,
    });
    await screen.findByText(/^Inserted 1 row into/);
  });

  it("offers the chart only for datasets that have one, and asks for it", async () => {
    const services = fakeServices({
      insertDataset: jest.fn().mockResolvedValue(inserted({ chart: "AMC_bond_issuance_chart" })),
    });
    renderPane({ services, locale: "zh-CN" });
    await open(CATALOG.bond_issuance.title.zh);
    await userEvent.click(screen.getByRole("button", { name: "插入表格和图表" }));
    expect(services.insertDataset).toHaveBeenCalledWith("bond_issuance", {
      locale: "zh-CN",
      at: "newSheet",
      withChart: true,
      provenance: true,
    });
    await screen.findByText(/并在旁边添加了图表/);
    await userEvent.click(screen.getByRole("button", { name: "全部数据集" }));
    await open(CATALOG.roster.title.zh);
    expect(screen.queryByRole("button", { name: "插入表格和图表" })).toBeNull();
  });

  it("inserts at the selected cell when asked", async () => {
    const services = fakeServices({
      insertDataset: jest.fn().mockResolvedValue(inserted({ sheet: "Sheet1", address: "C3:M61" })),
    });
    renderPane({ services });
    await open(CATALOG.roster.title.en);
    await userEvent.click(screen.getByRole("radio", { name: /At the selected cell/ }));
    await userEvent.click(screen.getByRole("button", { name: "Insert table" }));
    expect(services.insertDataset).toHaveBeenCalledWith("roster", {
      locale: "en-US",
      at: "selection",
      withChart: false,
      provenance: true,
    });
  });

  it("asks before anything else when the target is not empty, then inserts on a new sheet if told to", async () => {
    const insertDataset = jest
      .fn()
      .mockResolvedValueOnce({
        status: "occupied",
        sheet: "Sheet1",
        address: "Sheet1!B2:L62",
        occupant: { kind: "numberFormat", cell: "D7" },
      })
      .mockResolvedValueOnce(inserted());
    renderPane({ services: fakeServices({ insertDataset }) });
    await open(CATALOG.roster.title.en);
    await userEvent.click(screen.getByRole("radio", { name: /At the selected cell/ }));
    await userEvent.click(screen.getByRole("button", { name: "Insert table" }));
    const dialog = await findDialog();
    expect(dialog.textContent).toContain("Sheet1!B2:L62");
    expect(dialog.textContent).toContain("D7 has a number format");
    await userEvent.click(within(dialog).getByRole("button", { name: "Insert on a new worksheet", hidden: true }));
    expect(insertDataset).toHaveBeenLastCalledWith("roster", {
      locale: "en-US",
      at: "newSheet",
      withChart: false,
      provenance: true,
    });
    await screen.findByText(/Inserted 58 rows/);
  });

  it("writes nothing more when the analyst cancels the dialog", async () => {
    const insertDataset = jest.fn().mockResolvedValue({
      status: "occupied",
      sheet: "Sheet1",
      address: "Sheet1!A1:K61",
      occupant: { kind: "table", table: "Mine" },
    });
    renderPane({ services: fakeServices({ insertDataset }) });
    await open(CATALOG.roster.title.en);
    await userEvent.click(screen.getByRole("radio", { name: /At the selected cell/ }));
    await userEvent.click(screen.getByRole("button", { name: "Insert table" }));
    const dialog = await findDialog();
    expect(dialog.textContent).toContain("the cells overlap the table Mine");
    await userEvent.click(within(dialog).getByRole("button", { name: "Cancel", hidden: true }));
    expect(screen.queryByText("The cells are already in use")).toBeNull();
    expect(insertDataset).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Insert table" }));
  });

  it("shows a busy state while Excel works", async () => {
    const pending = deferred<InsertDatasetResult>();
    const insertDataset = jest.fn().mockReturnValue(pending.promise);
    renderPane({ services: fakeServices({ insertDataset }) });
    await open(CATALOG.roster.title.en);
    await userEvent.click(screen.getByRole("button", { name: "Insert table" }));
    // Busy, it stays focusable (a keyboard user keeps their place) but does nothing.
    const button = screen.getByRole("button", { name: "Insert table" });
    expect(button.getAttribute("aria-disabled")).toBe("true");
    expect(document.activeElement).toBe(button);
    await userEvent.click(button);
    expect(insertDataset).toHaveBeenCalledTimes(1);
    screen.getByText("Inserting…");
    await act(async () => pending.resolve(inserted()));
    expect(screen.getByRole("button", { name: "Insert table" }).getAttribute("aria-disabled")).not.toBe("true");
  });
});

describe("errors", () => {
  it.each([
    [
      "cell edit mode",
      Object.assign(new Error("cell edit"), { code: "InvalidOperationInCellEditMode" }),
      "Press Enter or Esc to finish editing",
    ],
    [
      "a protected sheet",
      Object.assign(new Error("denied"), { code: "AccessDenied" }),
      "The sheet or workbook is protected",
    ],
    [
      "a selection without room",
      new ExcelActionError("selectionUnusable", "x"),
      "Select a single cell with enough free room",
    ],
    ["an unknown failure", new Error("Something odd happened"), "Something odd happened. Try again"],
  ])("shows %s in a MessageBar with what to do", async (_case, error, text) => {
    renderPane({ services: fakeServices({ insertDataset: jest.fn().mockRejectedValue(error) }) });
    await open(CATALOG.roster.title.en);
    await userEvent.click(screen.getByRole("button", { name: "Insert table" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("That did not work");
    expect(alert.textContent).toContain(text);
    await userEvent.click(within(alert).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("explains, in Chinese, that Excel is missing when the pane runs outside Excel", async () => {
    const missing = new ReferenceError("Excel is not defined");
    renderPane({ locale: "zh-CN", services: fakeServices({ insertDataset: jest.fn().mockRejectedValue(missing) }) });
    await open(CATALOG.roster.title.zh);
    await userEvent.click(screen.getByRole("button", { name: "插入表格" }));
    expect((await screen.findByRole("alert")).textContent).toContain("请在 Excel 中打开任务窗格");
  });
});
