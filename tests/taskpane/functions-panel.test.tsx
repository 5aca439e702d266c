/** @jest-environment jsdom */
/** The function reference: loaded lazily from the metadata Excel reads, searchable, inserting examples, failures shown. */
import { configure, screen, within } from "@testing-library/react";
import golden from "../golden/functions.json";
import zhStrings from "../../src/i18n/functions.zh-CN.json";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata } = require("../../scripts/build/localize-metadata");
import { mergeFunctionDocs, type FunctionReference } from "../../src/taskpane/functions/function-docs";
import { chooseLanguage, fakeServices, findButton, findLabelled, renderPane, user as userEvent } from "./support";

configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(20_000);

const REFERENCE: FunctionReference = {
  DEBTRATIO: {
    category: "leverage",
    excel: "SUM(liabilities)/SUM(assets)",
    example: "=AMC.DEBTRATIO(C2:C26,B2:B26)",
    exampleResult: "0.6224",
    exampleNote: { en: "the sample at 2025-06-30", zh: "2025年6月末样本" },
    errors: [{ code: "#DIV/0!", en: "assets sum to 0", zh: "资产合计为 0" }],
  },
};

/** The docs the loader would build from functions.json, or from functions-zh-cn.json as the build derives it. */
const docsFor = (locale: "en-US" | "zh-CN") =>
  mergeFunctionDocs(locale === "zh-CN" ? localizeMetadata(golden, zhStrings) : golden, REFERENCE, locale);

async function openFunctions(name = "Functions") {
  await userEvent.click(screen.getByRole("tab", { name }));
}

describe("the function reference", () => {
  it("loads the functions for the pane's language and lists each with its signature and description", async () => {
    const services = fakeServices({ loadFunctionDocs: jest.fn().mockResolvedValue(docsFor("en-US")) });
    renderPane({ services });
    await openFunctions();
    const list = await findLabelled("ul", "Functions");
    expect(services.loadFunctionDocs).toHaveBeenCalledWith("en-US");
    const cards = within(list)
      .getAllByRole("listitem")
      .filter((item) => item.getAttribute("aria-label"));
    expect(cards.map((card) => card.getAttribute("aria-label"))).toEqual(golden.functions.map((f) => `AMC.${f.name}`));
    const debt = within(list).getByRole("listitem", { name: "AMC.DEBTRATIO" });
    expect(debt.textContent).toContain("AMC.DEBTRATIO(liabilities, assets)");
    expect(debt.textContent).toContain("SUM(liabilities)/SUM(assets)");
    expect(debt.textContent).toContain("=AMC.DEBTRATIO(C2:C26,B2:B26) → 0.6224");
  });

  it("reloads in Chinese when the language switches", async () => {
    const loadFunctionDocs = jest.fn((locale: "en-US" | "zh-CN") => Promise.resolve(docsFor(locale)));
    renderPane({ services: fakeServices({ loadFunctionDocs }) });
    await openFunctions();
    await findLabelled("ul", "Functions");
    await chooseLanguage("中文");
    await screen.findByText(zhStrings.DEBTRATIO.description);
    expect(loadFunctionDocs).toHaveBeenLastCalledWith("zh-CN");
    screen.getByText(/2025年6月末样本/);
  });

  it("filters by any word of the name or description", async () => {
    renderPane({ services: fakeServices({ loadFunctionDocs: jest.fn().mockResolvedValue(docsFor("en-US")) }) });
    await openFunctions();
    await findLabelled("ul", "Functions");
    await userEvent.type(screen.getByRole("searchbox"), "liabilities");
    const labels = within(await findLabelled("ul", "Functions"))
      .getAllByRole("listitem")
      .map((item) => item.getAttribute("aria-label"))
      .filter(Boolean);
    expect(labels).toEqual(["AMC.DEBTRATIO"]);
    await userEvent.type(screen.getByRole("searchbox"), " nothing-like-this");
    screen.getByText("No function matches “liabilities nothing-like-this”.");
  });

  it("inserts the example into the selected cell and reports where", async () => {
    const insertFormula = jest.fn().mockResolvedValue({ status: "inserted", address: "Sheet1!D4", formula: "x" });
    renderPane({
      services: fakeServices({ loadFunctionDocs: jest.fn().mockResolvedValue(docsFor("en-US")), insertFormula }),
    });
    await openFunctions();
    const card = await findLabelled("li", "AMC.DEBTRATIO");
    await userEvent.click(await findButton("Insert example", card));
    expect(insertFormula).toHaveBeenCalledWith("=AMC.DEBTRATIO(C2:C26,B2:B26)");
    await screen.findByText("Wrote =AMC.DEBTRATIO(C2:C26,B2:B26) into Sheet1!D4.");
  });

  it("warns and writes nothing when the selected cell is not empty", async () => {
    const insertFormula = jest
      .fn()
      .mockResolvedValue({ status: "occupied", address: "Sheet1!A1", occupant: { kind: "comment", cell: "A1" } });
    renderPane({
      services: fakeServices({ loadFunctionDocs: jest.fn().mockResolvedValue(docsFor("en-US")), insertFormula }),
    });
    await openFunctions();
    const card = await findLabelled("li", "AMC.DEBTRATIO");
    await userEvent.click(await findButton("Insert example", card));
    await screen.findByText(/The selected cell Sheet1!A1 is not empty \(A1 has a comment\), so nothing was written/);
  });

  it("offers no insert for a function without an example", async () => {
    renderPane({ services: fakeServices({ loadFunctionDocs: jest.fn().mockResolvedValue(docsFor("en-US")) }) });
    await openFunctions();
    const card = await findLabelled("li", "AMC.NETFINANCING");
    expect(within(card).queryByRole("button", { name: "Insert example" })).toBeNull();
  });

  it("shows a load failure in a MessageBar, and retries when dismissed", async () => {
    const loadFunctionDocs = jest
      .fn()
      .mockRejectedValueOnce(new Error("functions.json: HTTP 404"))
      .mockResolvedValue(docsFor("en-US"));
    renderPane({ services: fakeServices({ loadFunctionDocs }) });
    await openFunctions();
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("The function list could not be loaded (functions.json: HTTP 404)");
    await userEvent.click(within(alert).getByRole("button", { name: "Dismiss" }));
    await findLabelled("ul", "Functions");
    expect(loadFunctionDocs).toHaveBeenCalledTimes(2);
  });
});
