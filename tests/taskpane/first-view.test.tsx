/** @jest-environment jsdom */
/**
 * The pane's first view by keyboard and mouse: its tab list and dataset list are each one tab stop moved along with
 * the arrow keys (roving focus, drawn without Fluent's Tabster), and its search box clears from its button.
 */
import { act, fireEvent, screen } from "@testing-library/react";
import { CATALOG } from "../../src/data/catalog";
import { DATASET_IDS } from "../../src/data/index";
import { rovingTarget } from "../../src/taskpane/shell/roving-focus";
import { renderPane, user as userEvent } from "./support";

jest.setTimeout(20_000);

const tabs = () => [...document.querySelectorAll<HTMLButtonElement>('[role="tablist"] [role="tab"]')];
const datasetButtons = () => [...document.querySelectorAll<HTMLButtonElement>('ul[aria-label="Datasets"] button')];
const tabStops = (elements: HTMLElement[]) => elements.filter((element) => element.tabIndex === 0);
const focus = (element: HTMLElement) => act(() => element.focus());
const press = (key: string) => fireEvent.keyDown(document.activeElement as Element, { key });

describe("where the arrow keys move focus (rovingTarget)", () => {
  const horizontal = { axis: "horizontal" as const };
  const cases: [string, number, number, { axis: "horizontal" | "vertical"; circular?: boolean }, number | null][] = [
    ["ArrowRight", 0, 5, horizontal, 1],
    ["ArrowLeft", 3, 5, horizontal, 2],
    ["ArrowRight", 4, 5, horizontal, 4],
    ["ArrowLeft", 0, 5, horizontal, 0],
    ["ArrowRight", 4, 5, { axis: "horizontal", circular: true }, 0],
    ["ArrowLeft", 0, 5, { axis: "horizontal", circular: true }, 4],
    ["ArrowDown", 0, 5, horizontal, null],
    ["ArrowDown", 2, 5, { axis: "vertical" }, 3],
    ["ArrowUp", 2, 5, { axis: "vertical" }, 1],
    ["ArrowRight", 2, 5, { axis: "vertical" }, null],
    ["Home", 3, 5, { axis: "vertical" }, 0],
    ["End", 1, 5, horizontal, 4],
    ["Enter", 1, 5, horizontal, null],
    ["End", 0, 0, horizontal, null],
  ];
  it.each(cases)("%s from %i of %i (%j) goes to %p", (key, from, count, options, expected) => {
    expect(rovingTarget(key, from, count, options)).toBe(expected);
  });
});

describe("the tab list", () => {
  it("is one tab stop, the selected tab; the arrows move focus (wrapping) without opening; Enter opens", async () => {
    renderPane();
    expect(tabs().map((tab) => tab.getAttribute("aria-selected"))).toEqual([
      "true",
      "false",
      "false",
      "false",
      "false",
    ]);
    expect(tabStops(tabs())).toEqual([tabs()[0]]);
    focus(tabs()[0]);
    press("ArrowRight");
    expect(document.activeElement).toBe(tabs()[1]);
    expect(tabStops(tabs())).toEqual([tabs()[1]]);
    expect(tabs()[0].getAttribute("aria-selected")).toBe("true");
    press("ArrowLeft");
    press("ArrowLeft");
    expect(document.activeElement).toBe(tabs()[4]);
    press("Home");
    expect(document.activeElement).toBe(tabs()[0]);
    press("End");
    expect(document.activeElement).toBe(tabs()[4]);
    await userEvent.keyboard("{Enter}");
    expect(tabs()[4].getAttribute("aria-selected")).toBe("true");
    expect(document.getElementById("panel-workbook")?.hidden).toBe(false);
    expect(document.getElementById("panel-data")?.hidden).toBe(true);
  });

  it("gives the tab stop back to the selected tab when focus leaves the list", () => {
    renderPane();
    focus(tabs()[0]);
    press("ArrowRight");
    press("ArrowRight");
    expect(tabStops(tabs())).toEqual([tabs()[2]]);
    focus(screen.getByRole("searchbox"));
    expect(tabStops(tabs())).toEqual([tabs()[0]]);
    expect(tabs()[0].getAttribute("aria-selected")).toBe("true");
  });

  it("keeps the focused tab as the stop while focus moves inside the list", () => {
    renderPane();
    focus(tabs()[0]);
    press("End");
    focus(tabs()[3]);
    expect(tabStops(tabs())).toEqual([tabs()[3]]);
  });

  it("names each tab by its label alone, and ties it to its panel", () => {
    renderPane({ locale: "zh-CN" });
    const data = screen.getByRole("tab", { name: "数据" });
    expect(data.getAttribute("aria-controls")).toBe("panel-data");
    expect(document.getElementById("panel-data")?.getAttribute("aria-labelledby")).toBe(data.id);
  });
});

describe("the dataset list", () => {
  it("is one tab stop; the arrows, Home and End move along it, and the item focused last keeps the stop", () => {
    renderPane();
    const buttons = datasetButtons();
    expect(buttons).toHaveLength(DATASET_IDS.length);
    expect(tabStops(buttons)).toEqual([buttons[0]]);
    focus(buttons[0]);
    press("ArrowUp");
    expect(document.activeElement).toBe(buttons[0]);
    press("ArrowDown");
    press("ArrowDown");
    expect(document.activeElement).toBe(buttons[2]);
    expect(tabStops(datasetButtons())).toEqual([buttons[2]]);
    press("End");
    expect(document.activeElement).toBe(buttons[buttons.length - 1]);
    press("Home");
    expect(document.activeElement).toBe(buttons[0]);
  });

  it("keeps the stop on the item focused last when focus leaves the list and comes back", () => {
    renderPane();
    focus(datasetButtons()[0]);
    press("ArrowDown");
    focus(screen.getByRole("searchbox"));
    expect(tabStops(datasetButtons())).toEqual([datasetButtons()[1]]);
  });

  it("gives the stop to the first hit when a search hides the item that had it", async () => {
    renderPane();
    focus(datasetButtons()[3]);
    expect(tabStops(datasetButtons())).toEqual([datasetButtons()[3]]);
    await userEvent.type(screen.getByRole("searchbox"), "net financing");
    expect(datasetButtons()).toHaveLength(1);
    expect(tabStops(datasetButtons())).toEqual(datasetButtons());
  });
});

describe("the search box", () => {
  it("shows a clear button once something is typed, which empties the box and gives it focus", async () => {
    renderPane();
    expect(screen.queryByRole("button", { name: "Clear the search" })).toBeNull();
    const box = screen.getByRole("searchbox") as HTMLInputElement;
    await userEvent.type(box, "net financing");
    await userEvent.click(screen.getByRole("button", { name: "Clear the search" }));
    expect(box.value).toBe("");
    expect(document.activeElement).toBe(box);
    expect(datasetButtons()).toHaveLength(DATASET_IDS.length);
    expect(screen.queryByRole("button", { name: "Clear the search" })).toBeNull();
  });

  it("names its clear button in Chinese", async () => {
    renderPane({ locale: "zh-CN" });
    await userEvent.type(screen.getByRole("searchbox"), "浙江");
    screen.getByRole("button", { name: "清除搜索" });
    screen.getByText(CATALOG.roster.title.zh, { exact: false });
  });
});
