/** @jest-environment jsdom */
/**
 * The docked "this cell" explainer in both languages: shown only when the selected cell has something to explain,
 * one line (announced politely, focus untouched) that expands to the provenance; one read per settled selection,
 * none while the pane is hidden.
 */
import { act, configure, screen, waitFor } from "@testing-library/react";
import { CATALOG, columnHeader, toCellValue, type ColumnMeta } from "../../src/data/catalog";
import { getDataset } from "../../src/data/index";
import type { CellRead } from "../../src/excel/read-cell";
import type { SelectionChange } from "../../src/excel/selection";
import { paneWrote } from "../../src/taskpane/explainer/pane-writes";
import { fakeServices, renderPane, user } from "./support";

configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(30_000);

/** A formula cell alone on its sheet. */
function formulaCell(formula: string, value: unknown): CellRead {
  return {
    sheet: "Sheet1",
    address: "C3",
    row: 2,
    column: 2,
    formula,
    value,
    numberFormat: "General",
    tables: [],
    region: { address: "Sheet1!C3", row: 2, column: 2, header: [value], cells: [value] },
  };
}

/** A cell of the net financing table as the add-in inserts it at A1 (its record key last), on the record's row. */
function netFinancingCell(period: string, column: string, language: "zh" | "en"): CellRead {
  const columns = CATALOG.net_financing.columns as ColumnMeta[];
  const records = getDataset("net_financing").records as unknown as Record<string, unknown>[];
  const index = records.findIndex((record) => record.period === period);
  const cells = columns.map((c) => toCellValue(records[index][c.id], c, records[index]));
  const position = columns.findIndex((c) => c.id === column);
  return {
    sheet: "债券净融资额",
    address: `${String.fromCharCode(65 + position)}${index + 2}`,
    row: index + 1,
    column: position,
    formula: cells[position],
    value: cells[position],
    numberFormat: "0.00",
    tables: ["AMC_net_financing"],
    region: {
      address: "'债券净融资额'!A1:F3",
      row: 0,
      column: 0,
      // The record key column the add-in's tables end with.
      header: [...columns.map((c) => columnHeader(c, language)), language === "zh" ? "记录键" : "Record key"],
      cells: [...cells, records[index].period],
    },
  };
}

/** Services whose selection the test moves, answering each read with the next cell given. */
function following(...reads: CellRead[]) {
  let listener: (change: SelectionChange) => void = () => {};
  let calls = 0;
  const readActiveCell = jest.fn(async (): Promise<CellRead> => reads[Math.min(calls++, reads.length - 1)]);
  const services = fakeServices({
    followSelection: jest.fn(async (follow: (change: SelectionChange) => void) => {
      listener = follow;
      return () => undefined;
    }),
    readActiveCell,
  });
  const select = (address: string) => act(() => listener({ worksheetId: "{1}", address }));
  return { services, select, readActiveCell };
}

const dock = () => document.querySelector('section[aria-label="此单元格"], section[aria-label="This cell"]');
const live = () => document.querySelector('[aria-live="polite"][aria-atomic="true"]');

function setVisibility(state: "visible" | "hidden") {
  Object.defineProperty(document, "visibilityState", { value: state, configurable: true });
  document.dispatchEvent(new Event("visibilitychange"));
}

afterEach(() => setVisibility("visible"));

describe("the cell explainer", () => {
  it("says where a FIGURE formula's number is printed, in one line, and expands to its provenance (zh)", async () => {
    const { services } = following(formulaCell('=AMC.FIGURE("债券净融资额","行业","2024年")', 251.2));
    renderPane({ locale: "zh-CN", services });
    await waitFor(() => expect(dock()).not.toBeNull());
    expect(dock()!.getAttribute("aria-label")).toBe("此单元格");
    const line = "C3 · AMC.FIGURE → 债券净融资额 · 行业 · 2024年 · 251.20 亿元 · 四.2 · 图表15";
    expect(live()!.textContent).toBe(line);
    const toggle = dock()!.querySelector("button")!;
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).not.toBe(toggle);
    await user.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    await screen.findByText(/“2024年净融资额251\.20亿元”/);
  });

  it("says which record a cell of an inserted table comes from, and that it is printed (en)", async () => {
    const { services } = following(netFinancingCell("2024", "net_financing", "en"));
    renderPane({ locale: "en-US", services });
    await waitFor(() =>
      expect(live()!.textContent).toBe("B2 · Net financing · Industry · 2024 · 251.20 CNY 100m · 四.2 · 图表15"),
    );
    await user.click(dock()!.querySelector("button")!);
    await screen.findByText(`Row of ${CATALOG.net_financing.title.en} · AMC_net_financing`);
    screen.getByText(/“2024年净融资额251\.20亿元”/);
  });

  it("shows nothing for a cell with nothing to explain, and appears when the selection moves to one", async () => {
    const { services, select, readActiveCell } = following(
      formulaCell("=SUM(A1:A2)", 3),
      formulaCell("=AMC.TOP5SHARE(B2:B26)", 0.5),
    );
    renderPane({ locale: "en-US", services });
    await waitFor(() => expect(readActiveCell).toHaveBeenCalledTimes(1));
    expect(dock()).toBeNull();
    select("C4");
    await waitFor(() => expect(dock()).not.toBeNull());
    expect(live()!.textContent).toBe("C3 · AMC.TOP5SHARE · Reads B2:B26");
  });

  it("reads once after the selection settles, not on every move", async () => {
    const { services, select, readActiveCell } = following(formulaCell("=1", 1));
    renderPane({ locale: "en-US", services });
    await waitFor(() => expect(readActiveCell).toHaveBeenCalledTimes(1));
    select("A1");
    select("A2");
    select("A3");
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(readActiveCell).toHaveBeenCalledTimes(2);
  });

  it("reads the selected cell again after the pane wrote into it, which Excel does not report as a change", async () => {
    const { services, readActiveCell } = following(
      formulaCell("", ""),
      formulaCell('=AMC.FIGURE("债券净融资额","行业","2024年")', 251.2),
    );
    renderPane({ locale: "zh-CN", services });
    await waitFor(() => expect(readActiveCell).toHaveBeenCalledTimes(1));
    expect(dock()).toBeNull();
    act(() => paneWrote());
    await waitFor(() => expect(live()!.textContent).toMatch(/^C3 · AMC\.FIGURE → 债券净融资额/));
    expect(readActiveCell).toHaveBeenCalledTimes(2);
  });

  it("does not read while the pane is hidden, and reads when it is shown again", async () => {
    const { services, select, readActiveCell } = following(formulaCell("=1", 1));
    renderPane({ locale: "en-US", services });
    await waitFor(() => expect(readActiveCell).toHaveBeenCalledTimes(1));
    setVisibility("hidden");
    select("B7");
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(readActiveCell).toHaveBeenCalledTimes(1);
    act(() => setVisibility("visible"));
    await waitFor(() => expect(readActiveCell).toHaveBeenCalledTimes(2));
  });

  it("expands and collapses from the keyboard", async () => {
    const { services } = following(formulaCell('=AMC.COMPANY("浙商资产")', "浙江省浙商资产管理有限公司"));
    renderPane({ locale: "zh-CN", services });
    await waitFor(() => expect(dock()).not.toBeNull());
    const toggle = dock()!.querySelector("button")!;
    toggle.focus();
    await user.keyboard("{Enter}");
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    await screen.findByText(/附件：“56 浙江省浙商资产管理有限公司/);
    await user.keyboard(" ");
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
  });
});
