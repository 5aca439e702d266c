/** @jest-environment jsdom */
/**
 * The repair in the pane: the offer the pane makes when its check at open finds AMC.* cells stuck at #NAME? (or
 * #BUSY! that does not settle), with counts per sheet, dismissable; the repair from the offer and from its tab.
 */
import { act, configure, screen, waitFor } from "@testing-library/react";
import type { RepairResult } from "../../src/excel/repair";
import { BUSY_SETTLE_MS } from "../../src/taskpane/workbook/stuck-cell-check";
import { cleanScan, deferred, fakeServices, findButton, renderPane, user as userEvent } from "./support";

configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(20_000);

const STUCK = cleanScan({
  amcCells: 9,
  nameErrors: 5,
  sheets: [
    { sheet: "Model", cells: 7, nameErrors: 4, busy: 0 },
    { sheet: "Inputs", cells: 2, nameErrors: 1, busy: 0 },
  ],
});

const REPAIRED: RepairResult = {
  status: "repaired",
  cells: 9,
  sheets: [
    { sheet: "Model", cells: 7 },
    { sheet: "Inputs", cells: 2 },
  ],
  writeBatches: 1,
};

describe("the repair offer", () => {
  it("offers the repair with the count of #NAME? cells per sheet, and repairs on request", async () => {
    const done = deferred<RepairResult>();
    const services = fakeServices({
      scanWorkbook: jest.fn().mockResolvedValue(STUCK),
      repairAmcFormulas: jest.fn(() => done.promise),
    });
    renderPane({ services });
    await screen.findByText(/5 cells with AMC\.\* formulas show #NAME\? \(Model \(4\), Inputs \(1\)\)/);
    await userEvent.click(await findButton("Repair now"));
    expect(services.repairAmcFormulas).toHaveBeenCalledTimes(1);
    expect((await findButton("Repairing…")).disabled).toBe(true);
    await act(async () => done.resolve(REPAIRED));
    await screen.findByText("Re-entered 9 AMC formulas: Model (7), Inputs (2).");
    expect(screen.queryByText(/show #NAME\?/)).toBeNull();
    expect(services.scanWorkbook).toHaveBeenCalledTimes(1);
  });

  it("says nothing when no AMC cell is stuck", async () => {
    const services = fakeServices({ scanWorkbook: jest.fn().mockResolvedValue(cleanScan({ amcCells: 12 })) });
    renderPane({ services });
    await waitFor(() => expect(services.scanWorkbook).toHaveBeenCalledTimes(1));
    await act(async () => undefined);
    expect(screen.queryByText(/AMC formulas need to be re-entered/)).toBeNull();
  });

  it("goes away when dismissed, without repairing", async () => {
    const services = fakeServices({ scanWorkbook: jest.fn().mockResolvedValue(STUCK) });
    renderPane({ services });
    await screen.findByText("AMC formulas need to be re-entered");
    await userEvent.click(await findButton("Dismiss"));
    expect(screen.queryByText("AMC formulas need to be re-entered")).toBeNull();
    expect(services.repairAmcFormulas).not.toHaveBeenCalled();
  });

  it("stays quiet when the check cannot read the workbook", async () => {
    const services = fakeServices({
      scanWorkbook: jest.fn().mockRejectedValue(new ReferenceError("Excel is not defined")),
    });
    renderPane({ services });
    await waitFor(() => expect(services.scanWorkbook).toHaveBeenCalled());
    await act(async () => undefined);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.queryByText("AMC formulas need to be re-entered")).toBeNull();
  });

  it("shows a failed repair with what to do", async () => {
    const failure = Object.assign(new Error("protected"), { code: "AccessDenied" });
    const services = fakeServices({
      scanWorkbook: jest.fn().mockResolvedValue(STUCK),
      repairAmcFormulas: jest.fn().mockRejectedValue(failure),
    });
    renderPane({ services });
    await userEvent.click(await findButton("Repair now"));
    expect((await screen.findByRole("alert")).textContent).toContain("The sheet or workbook is protected");
  });

  it("speaks Chinese in a Chinese pane", async () => {
    renderPane({ locale: "zh-CN", services: fakeServices({ scanWorkbook: jest.fn().mockResolvedValue(STUCK) }) });
    await screen.findByText(/5 个含 AMC\.\* 公式的单元格显示 #NAME\?（Model（4）、Inputs（1））/);
    await findButton("立即修复");
  });
});

describe("cells stuck at #BUSY!", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const busy = cleanScan({ amcCells: 3, busy: 3, sheets: [{ sheet: "Model", cells: 3, nameErrors: 0, busy: 3 }] });

  it("are offered the repair only when they are still busy after a while", async () => {
    const scanWorkbook = jest.fn().mockResolvedValue(busy);
    renderPane({ services: fakeServices({ scanWorkbook }) });
    expect(scanWorkbook).not.toHaveBeenCalled(); // the check waits for the first paint
    await act(async () => jest.advanceTimersByTime(0));
    expect(scanWorkbook).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/stuck at #BUSY!/)).toBeNull();
    await act(async () => jest.advanceTimersByTime(BUSY_SETTLE_MS));
    expect(scanWorkbook).toHaveBeenCalledTimes(2);
    screen.getByText(/3 cells with AMC\.\* formulas are stuck at #BUSY! \(Model \(3\)\)/);
  });

  it("are not offered anything when they settle", async () => {
    const scanWorkbook = jest
      .fn()
      .mockResolvedValueOnce(busy)
      .mockResolvedValueOnce(cleanScan({ amcCells: 3 }));
    renderPane({ services: fakeServices({ scanWorkbook }) });
    await act(async () => jest.advanceTimersByTime(0));
    await act(async () => jest.advanceTimersByTime(BUSY_SETTLE_MS));
    expect(scanWorkbook).toHaveBeenCalledTimes(2);
    expect(screen.queryByText("AMC formulas need to be re-entered")).toBeNull();
  });
});

describe("the repair in the Workbook tab", () => {
  it("repairs on request and says how many cells on which sheets", async () => {
    const services = fakeServices({ repairAmcFormulas: jest.fn().mockResolvedValue(REPAIRED) });
    renderPane({ services });
    await userEvent.click(screen.getByRole("tab", { name: "Workbook" }));
    await userEvent.click(await findButton("Repair AMC formulas"));
    await screen.findByText("Re-entered 9 AMC formulas: Model (7), Inputs (2).");
  });

  it("says so when there is nothing to repair", async () => {
    const nothing: RepairResult = { status: "nothingToRepair", cells: 0, sheets: [], writeBatches: 0 };
    renderPane({ services: fakeServices({ repairAmcFormulas: jest.fn().mockResolvedValue(nothing) }) });
    await userEvent.click(screen.getByRole("tab", { name: "Workbook" }));
    await userEvent.click(await findButton("Repair AMC formulas"));
    await screen.findByText("No cell of this workbook calls an AMC.* function; nothing was changed.");
  });
});
