/** @jest-environment jsdom */
/**
 * The figure picker in both languages: search, the listbox and its count, ↑↓ and Enter from the search box, a click,
 * the source option kept for the session, the provenance of the active figure, and the occupied dialog.
 */
import { act, configure, screen, waitFor } from "@testing-library/react";
import type { FigureCells } from "../../src/excel/insert-figure";
import { fakeServices, findButton, findLabelled, renderPane, user } from "./support";

configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(30_000);

const inserted = (cells: FigureCells) =>
  Promise.resolve({
    status: "inserted" as const,
    sheet: "Sheet1",
    address: "Sheet1!C3",
    sourceAddress: cells.source === null ? null : "Sheet1!D3",
  });

async function openFigures(tab: string) {
  await user.click(screen.getByRole("tab", { name: tab }));
  return (await findLabelled(
    "input",
    tab === "指标" ? "搜索指标、公司、期间或数字" : "Search a metric, company, period or number",
  )) as HTMLInputElement;
}

const options = () => [...document.querySelectorAll('[role="option"]')];

beforeEach(() => sessionStorage.clear());

describe("the figure picker", () => {
  it("finds 净融资额 2024 and inserts it with Enter, in Chinese, as the pane shows it", async () => {
    const services = fakeServices({ insertFigure: jest.fn(inserted) });
    renderPane({ locale: "zh-CN", services });
    const search = await openFigures("指标");
    await user.type(search, "净融资额 2024");
    await screen.findByText("共 1 个数字");
    expect(options()).toHaveLength(1);
    expect(options()[0].textContent).toContain("债券净融资额");
    expect(options()[0].textContent).toContain("251.20 亿元");
    expect(options()[0].textContent).toContain("行业 · 2024年 · 四.2 · 图表15");
    expect(search.getAttribute("aria-activedescendant")).toBe(options()[0].id);
    await user.keyboard("{Enter}");
    expect(services.insertFigure).toHaveBeenCalledWith({
      formula: '=AMC.FIGURE("债券净融资额","行业","2024年")',
      numberFormat: '#,##0.00" 亿元"',
      source: null,
      sheetTitle: "债券净融资额 2024年",
    });
    await screen.findByText("已将债券净融资额（行业，2024年）写入 Sheet1!C3。");
  });

  it("writes the source beside the figure when asked, and keeps the choice for the session", async () => {
    const services = fakeServices({ insertFigure: jest.fn(inserted) });
    const first = renderPane({ locale: "en-US", services });
    await openFigures("Figures");
    await user.click(screen.getByLabelText("Also write its source (AMC.SOURCE) in the cell to the right"));
    first.unmount();
    renderPane({ locale: "en-US", services });
    const search = await openFigures("Figures");
    expect((screen.getByLabelText(/Also write its source/) as HTMLInputElement).checked).toBe(true);
    await user.type(search, "Net financing 2024{Enter}");
    expect(services.insertFigure).toHaveBeenCalledWith(
      expect.objectContaining({
        formula: '=AMC.FIGURE("Net financing","Industry","2024")',
        source: '=AMC.SOURCE("Net financing","Industry","2024")',
        numberFormat: '#,##0.00" CNY 100m"',
      }),
    );
    await screen.findByText("Wrote Net financing (Industry, 2024) into Sheet1!C3 and its source into Sheet1!D3.");
  });

  it("moves through the results with ↑↓ from the search box, and inserts the one chosen", async () => {
    const services = fakeServices({ insertFigure: jest.fn(inserted) });
    renderPane({ locale: "zh-CN", services });
    const search = await openFigures("指标");
    await user.type(search, "净融资");
    await waitFor(() => expect(options()).toHaveLength(2));
    await user.keyboard("{ArrowDown}");
    expect(options()[1].getAttribute("aria-selected")).toBe("true");
    expect(search.getAttribute("aria-activedescendant")).toBe(options()[1].id);
    await user.keyboard("{ArrowDown}{ArrowDown}{Enter}");
    expect(services.insertFigure).toHaveBeenCalledWith(
      expect.objectContaining({ formula: '=AMC.FIGURE("债券净融资额","行业","2025年1—11月")' }),
    );
  });

  it("inserts the figure clicked", async () => {
    const services = fakeServices({ insertFigure: jest.fn(inserted) });
    renderPane({ locale: "en-US", services });
    const search = await openFigures("Figures");
    await user.type(search, "607");
    await waitFor(() => expect(options()).toHaveLength(1));
    await user.click(options()[0]);
    expect(services.insertFigure).toHaveBeenCalledWith(
      expect.objectContaining({ formula: '=AMC.FIGURE("Long-term bond issuance","Industry","2024")' }),
    );
  });

  it("says in the detail that the data cannot rebuild the top-5 share of total assets", async () => {
    renderPane({ locale: "zh-CN" });
    const search = await openFigures("指标");
    await user.type(search, "50.58");
    await screen.findByText(/无法由打包数据重算：需要 25 家样本企业各自的资产总额（2025年6月末），报告仅列出 4 家/);
  });

  it("shows the report's inconsistency and the recomputation for the 2025 rating coverage", async () => {
    renderPane({ locale: "en-US" });
    const search = await openFigures("Figures");
    await user.type(search, "34.48");
    await screen.findByText(/Rebuilt from the bundled data: 43\.10%; the report prints 34\.48%\./);
    screen.getByText(/The 2025 rating coverage 34\.48% is 20\/58/);
  });

  it("counts the matches in English grammar (1 figure, 2 figures) and names a missing input as the list does", async () => {
    renderPane({ locale: "en-US" });
    const search = await openFigures("Figures");
    await user.type(search, "rating coverage 2025");
    await screen.findByText("1 figure");
    await user.clear(search);
    await user.type(search, "rating coverage");
    await screen.findByText("2 figures");
    await user.keyboard("{ArrowDown}");
    await screen.findByText(
      /Cannot be rebuilt from the bundled data: AMCs with valid public rating \(Industry, 31 Dec 2024\), which the report/,
    );
  });

  it("says when nothing matches", async () => {
    renderPane({ locale: "en-US" });
    const search = await openFigures("Figures");
    await user.type(search, "净融资额 1999");
    await screen.findByText("No figure matches “净融资额 1999”. Try fewer words, or the other language.");
    expect(options()).toHaveLength(0);
  });

  it("asks before anything else when the cells are in use, and can put the figure on a new worksheet", async () => {
    const services = fakeServices({
      insertFigure: jest.fn().mockResolvedValue({
        status: "occupied",
        address: "Sheet1!C3:D3",
        occupant: { kind: "value", cell: "D3" },
      }),
      insertFigureOnNewSheet: jest.fn(inserted),
    });
    renderPane({ locale: "en-US", services });
    const search = await openFigures("Figures");
    await user.type(search, "Net financing 2024{Enter}");
    await screen.findByText(/D3 holds a value/);
    await act(async () => (await findButton("Insert on a new worksheet")).click());
    expect(services.insertFigureOnNewSheet).toHaveBeenCalledWith(services.insertFigure.mock.calls[0][0]);
    await screen.findByText("Wrote Net financing (Industry, 2024) into Sheet1!C3.");
  });
});
