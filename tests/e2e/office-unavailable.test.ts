/**
 * The production runtime page when Office cannot be reached: office.js fails to load (blocked by a proxy), or it
 * loads but Office never answers. The pane must say so, in Chinese and English, within a few seconds, instead of
 * staying blank, and functions.js must not throw for want of CustomFunctions.
 */
import type { Page } from "playwright-core";
import { chromiumForSuite, ProblemLog } from "../support/browser";
import { describeInBrowser, E2E } from "./environment";
import { OFFICE_JS_URL } from "./office-stub";

jest.setTimeout(60_000);

/** An office.js that defines Office but whose onReady never resolves, as when its host never connects. */
const SILENT_OFFICE = "window.Office = { onReady: function () { return new Promise(function () {}); } };";

const TITLES = ["加载项无法连接到 Office", "The add-in could not connect to Office"];

async function messageShownAfter(page: Page): Promise<number> {
  const started = Date.now();
  await page.goto(`${E2E.prodUrl}taskpane.html`);
  const alert = page.getByTestId("office-unavailable");
  await alert.waitFor({ timeout: 15_000 });
  for (const title of TITLES) await alert.getByText(title).waitFor();
  return Date.now() - started;
}

describeInBrowser("the production task pane without Office", () => {
  const browser = chromiumForSuite();

  it("says in both languages that office.js did not load, at once, with no script error", async () => {
    const page = await browser().context.newPage();
    const problems = new ProblemLog(page);
    await page.route(OFFICE_JS_URL, (route) => route.abort("blockedbyclient"));
    const elapsed = await messageShownAfter(page);
    console.log(`office.js blocked: message shown ${elapsed} ms after navigation`);
    expect(elapsed).toBeLessThan(5_000);
    expect(problems.pageErrors).toEqual([]);
    expect(await page.evaluate(() => typeof (window as { CustomFunctions?: unknown }).CustomFunctions)).toBe(
      "undefined",
    );
  });

  it("says so within a few seconds when Office never answers", async () => {
    const page = await browser().context.newPage();
    const problems = new ProblemLog(page);
    await page.route(OFFICE_JS_URL, (route) => route.fulfill({ contentType: "text/javascript", body: SILENT_OFFICE }));
    const elapsed = await messageShownAfter(page);
    console.log(`Office silent: message shown ${elapsed} ms after navigation`);
    expect(elapsed).toBeLessThan(10_000);
    expect(problems.all()).toEqual([]);
  });
});
