/**
 * The closest this machine gets to Excel on the web loading the add-in: the production build's taskpane.html in
 * Chromium, office.js routed to a stub that mocks Office and records CustomFunctions.associate. Every function of
 * the built functions.json must be associated, with no page or console error; the timings are printed, and every
 * request the page makes is recorded (test-output/runtime-page-requests.json).
 */
import type { Page } from "playwright-core";
import { chromiumForSuite, launchChromium, ProblemLog, RequestLog, type LaunchedBrowser } from "../support/browser";
import { builtMetadata, describeInBrowser, E2E, saveReport } from "./environment";
import { OFFICE_JS_URL, OFFICE_STUB, type Association } from "./office-stub";

jest.setTimeout(60_000);

interface Loaded {
  page: Page;
  associations: Association[];
  /** Milliseconds after navigation at which the page and each script had arrived (resource timing). */
  arrivals: Record<string, number>;
  firstPaneRender: number;
  problems: ProblemLog;
  requests: RequestLog;
}

async function loadRuntimePage(browser: LaunchedBrowser): Promise<Loaded> {
  const page = await browser.context.newPage();
  const problems = new ProblemLog(page);
  const requests = new RequestLog(page);
  await page.route(OFFICE_JS_URL, (route) => route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB }));
  const expected = builtMetadata(E2E.prodDir).functions.length;
  await page.goto(`${E2E.prodUrl}taskpane.html`);
  await page.waitForFunction(
    (count) => (window as { __amcAssociations?: unknown[] }).__amcAssociations!.length >= count,
    expected,
  );
  const firstPaneRender = await page.waitForFunction(() => {
    const root = document.getElementById("root");
    return root && root.childElementCount > 0 ? performance.now() : 0;
  });
  await page.waitForLoadState("load");
  const associations = await page.evaluate(() => (window as { __amcAssociations?: Association[] }).__amcAssociations!);
  const arrivals = await page.evaluate(() => {
    const entries = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")];
    return Object.fromEntries(
      entries.map((entry) => [
        new URL(entry.name).pathname.split("/").pop() || "page",
        Math.round((entry as PerformanceResourceTiming).responseEnd),
      ]),
    );
  });
  return {
    page,
    associations,
    arrivals,
    firstPaneRender: (await firstPaneRender.jsonValue()) as number,
    problems,
    requests,
  };
}

describeInBrowser("the production runtime page (taskpane.html from the production build)", () => {
  let browser: LaunchedBrowser;
  let loaded: Loaded;

  beforeAll(async () => {
    browser = await launchChromium();
    loaded = await loadRuntimePage(browser);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("associates every function of the built functions.json, each once, with a function", () => {
    const ids = builtMetadata(E2E.prodDir)
      .functions.map((fn) => fn.id)
      .sort();
    expect(loaded.associations.map((a) => a.id).sort()).toEqual(ids);
    expect(loaded.associations.every((a) => a.kind === "function")).toBe(true);
    const last = Math.max(...loaded.associations.map((a) => a.at));
    console.log(
      `runtime page: ${ids.length} functions associated ${last.toFixed(1)} ms after navigation; ` +
        `task pane first rendered at ${loaded.firstPaneRender.toFixed(1)} ms; arrived at (ms): ${JSON.stringify(loaded.arrivals)}`,
    );
  });

  it("associates the functions before the task pane renders (they do not wait for React)", () => {
    const last = Math.max(...loaded.associations.map((a) => a.at));
    expect(last).toBeLessThan(loaded.firstPaneRender);
  });

  it("styles the pane from its one stylesheet: no style rule is computed or inserted at run time", async () => {
    const styles = await loaded.page.evaluate(() => ({
      stylesheets: [...document.querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute("href")),
      insertedByGriffel: document.querySelectorAll("style[data-make-styles-bucket]").length,
      titleSize: getComputedStyle(document.querySelector("h1")!).fontSize,
    }));
    expect(styles.stylesheets).toEqual([expect.stringMatching(/^js\/styles\.[0-9a-f]{20}\.css$/)]);
    expect(styles.insertedByGriffel).toBe(0);
    expect(styles.titleSize).toBe("20px"); // Fluent's subtitle1, from the stylesheet
  });

  it("loads with no page error and no console error", () => {
    expect(loaded.problems.all()).toEqual([]);
  });

  it("asks nothing of any origin but its own and office.js's host while loading", () => {
    const file = saveReport("runtime-page-requests.json", loaded.requests.requests);
    console.log(
      `runtime page: ${loaded.requests.requests.length} requests (${loaded.requests.origins().join(", ")}); see ${file}`,
    );
    const allowed = [new URL(E2E.prodUrl).origin, "https://appsforoffice.microsoft.com"];
    expect(loaded.requests.outside(allowed)).toEqual([]);
  });
});

describeInBrowser("the production task pane, used tab by tab", () => {
  const browser = chromiumForSuite();

  it("keeps the pane visible and clickable under a tooltip: Fluent's pop-up layer carries none of its layout", async () => {
    const { page, problems } = await loadRuntimePage(browser());
    const themeButton = page.getByRole("button", { name: /^Theme:/ });
    await themeButton.hover();
    await page.getByRole("tooltip").waitFor();
    const tabList = await page.getByRole("tablist").boundingBox();
    const onTop = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('[role="tablist"]') !== null,
      { x: tabList!.x + tabList!.width / 2, y: tabList!.y + tabList!.height / 2 },
    );
    expect(onTop).toBe(true);
    await themeButton.click();
    await page.getByRole("menuitemradio", { name: "Dark" }).waitFor();
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  it("scrolls its panels, never the page: the header, tabs and search stay put in a short pane", async () => {
    const { page } = await loadRuntimePage(browser());
    await page.setViewportSize({ width: 350, height: 500 });
    const page_ = await page.evaluate(() => ({
      scrollHeight: document.scrollingElement!.scrollHeight,
      scrollWidth: document.scrollingElement!.scrollWidth,
      innerHeight,
      innerWidth,
    }));
    expect(page_.scrollHeight).toBeLessThanOrEqual(page_.innerHeight);
    expect(page_.scrollWidth).toBeLessThanOrEqual(page_.innerWidth);
    await page.getByRole("tab", { name: "Data" }).focus();
    await page.keyboard.press("PageDown");
    await page.mouse.move(175, 20);
    await page.mouse.wheel(0, 400);
    expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
    await page.close();
  });

  it("loads its lazy parts and the function metadata from its own origin only, with no error", async () => {
    const loaded = await loadRuntimePage(browser());
    const { page } = loaded;
    await page.getByRole("button", { name: /Roster of local AMCs/ }).click();
    await page.getByRole("button", { name: /Insert table/ }).waitFor();
    for (const tab of ["Functions", "Model", "Workbook"]) await page.getByRole("tab", { name: tab }).click();
    await page.getByRole("tab", { name: "Functions" }).click();
    await page.getByText("TOP5SHARE", { exact: false }).first().waitFor();

    // The lazy parts' styles were in the stylesheet too: opening them inserted no rule.
    expect(await page.evaluate(() => document.querySelectorAll("style[data-make-styles-bucket]").length)).toBe(0);
    const paths = loaded.requests.requests.map((request) => new URL(request.url).pathname);
    expect(paths).toContain("/functions.json");
    for (const chunk of ["pane-functions", "pane-dataset"]) {
      expect(paths.filter((p) => new RegExp(`^/js/${chunk}\\.[0-9a-f]{20}\\.js$`).test(p))).toHaveLength(1);
    }
    const allowed = [new URL(E2E.prodUrl).origin, "https://appsforoffice.microsoft.com"];
    expect(loaded.requests.outside(allowed)).toEqual([]);
    expect(loaded.problems.all()).toEqual([]);
    saveReport("task-pane-requests.json", loaded.requests.requests);
  });
});
