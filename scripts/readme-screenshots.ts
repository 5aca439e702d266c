/**
 * The README's two screenshots, made the way the browser tests see the add-in: a development build (which adds the
 * preview workbench) in a temp folder, served over HTTPS with the dev certificates, opened in Debian's Chromium at
 * 1400×900 in Chinese; the net financing dataset inserted from the task pane as a table and chart.
 *
 *   npm run docs:screenshots     writes docs/images/pane.png (the 350-pixel task pane) and docs/images/sheet.png
 */
import fs from "fs";
import os from "os";
import path from "path";
import { CATALOG } from "../src/data/catalog";
import { developmentBuild } from "../tests/e2e/global-setup";
import { chromiumAvailable, CHROMIUM_PATH, launchChromium, ProblemLog } from "../tests/support/browser";
import { serveFolder } from "../tests/support/https-static-server";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureDevCertificates } = require("./build/dev-certs");

const ROOT = path.resolve(__dirname, "..");
const IMAGES = path.join(ROOT, "docs/images");
const VIEWPORT = { width: 1400, height: 900 };
const DATASET = "net_financing";

async function main(): Promise<void> {
  if (!chromiumAvailable()) throw new Error(`no Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  const outputRoot = fs.mkdtempSync(path.join(os.tmpdir(), "amc-screenshots-"));
  const server = await developmentBuild(outputRoot)
    .then(() => ensureDevCertificates())
    .then((tls) => serveFolder(outputRoot, tls));
  const browser = await launchChromium({ viewport: VIEWPORT, locale: "zh-CN" });
  try {
    // As tests/e2e/preview-page.ts opens it (that module needs jest's globals).
    const page = await browser.context.newPage();
    const problems = new ProblemLog(page);
    await page.goto(`${server.url}preview.html?lang=zh-CN&theme=light`);
    await page.waitForSelector('[data-testid="grid"]');
    const pane = page.getByTestId("task-pane");
    const title = CATALOG[DATASET].title.zh;
    await pane.getByRole("searchbox").fill(title);
    await pane.getByRole("button", { name: new RegExp(`^${title.replace(/[()]/g, "\\$&")}(\\s|$)`) }).click();
    await pane.getByRole("button", { name: "插入表格和图表", exact: true }).click();
    const sheets = page.getByRole("navigation", { name: "Sheets" });
    await sheets.getByRole("tab", { name: CATALOG[DATASET].sheetTitle.zh, exact: true }).waitFor();
    await page.getByTestId("chart").waitFor();
    await page.waitForTimeout(500);
    fs.mkdirSync(IMAGES, { recursive: true });
    await page.screenshot({ path: path.join(IMAGES, "sheet.png") });
    await pane.screenshot({ path: path.join(IMAGES, "pane.png") });
    if (problems.all().length > 0) throw new Error(`the page reported problems: ${JSON.stringify(problems.all())}`);
    for (const name of ["pane.png", "sheet.png"]) console.log(path.relative(ROOT, path.join(IMAGES, name)));
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(outputRoot, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
