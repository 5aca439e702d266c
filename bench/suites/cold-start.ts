/**
 * Cold start of the built runtime page in headless Chromium (the production build's taskpane.html, office.js routed
 * to the stub that mocks Office and records each CustomFunctions.associate with performance.now()): milliseconds
 * from navigation to the last of the functions associated, and to the task pane's first render. The baseline is
 * the same page with an empty bundle (functions.js and taskpane.js replaced by one line that notes when it ran),
 * served alike, gzipped as the deployment serves them: what any add-in's page costs before its own code. A fresh
 * page per load, loads interleaved.
 */
import fs from "fs";
import os from "os";
import path from "path";
import type { Page } from "playwright-core";
import { chromiumAvailable, CHROMIUM_PATH, launchChromium, type LaunchedBrowser } from "../../tests/support/browser";
import { serveFolder, type ServedFolder } from "../../tests/support/https-static-server";
import { pageScripts, productionBuild } from "../../tests/support/production-build";
import { OFFICE_JS_URL, OFFICE_STUB, type Association } from "../../tests/e2e/office-stub";
import { atMost, makeRow, type Row } from "../support/report";
import { compareRuns } from "../support/timing";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureDevCertificates } = require("../../scripts/build/dev-certs");

const LOADS = 21;

/** Notes, before any script of the page runs, when #root first gets content (the pane's first render). */
const FIRST_RENDER_PROBE = `
  window.__amcFirstRender = null;
  document.addEventListener("DOMContentLoaded", () => {
    const root = document.getElementById("root");
    if (!root) return;
    const note = () => {
      if (window.__amcFirstRender === null && root.childElementCount > 0) window.__amcFirstRender = performance.now();
    };
    new MutationObserver(note).observe(root, { childList: true });
    note();
  });
`;

interface Load {
  /** ms from navigation to the last association (ours) or to the empty functions.js running (baseline). */
  associated: number;
  /** ms from navigation to the pane's first render (ours) or to the empty taskpane.js running (baseline). */
  paneShown: number;
}

/** The built folder with its two scripts replaced by a line each that notes when it ran. */
function emptyBundle(dist: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "amc-bench-empty-"));
  fs.cpSync(dist, folder, { recursive: true });
  const scripts = pageScripts(fs.readFileSync(path.join(folder, "taskpane.html"), "utf8")).filter(
    (script) => !/^https?:/.test(script.src),
  );
  for (const script of scripts) {
    const marker = script.blocking ? "__amcEmptyBlocking" : "__amcEmptyDeferred";
    fs.writeFileSync(path.join(folder, script.src), `window.${marker} = performance.now();\n`);
  }
  return folder;
}

async function openPage(browser: LaunchedBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.route(OFFICE_JS_URL, (route) => route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB }));
  await page.addInitScript(FIRST_RENDER_PROBE);
  return page;
}

async function loadOurs(browser: LaunchedBrowser, url: string, functionCount: number): Promise<Load> {
  const page = await openPage(browser);
  await page.goto(url);
  await page.waitForFunction(
    (count) => ((window as { __amcAssociations?: unknown[] }).__amcAssociations ?? []).length >= count,
    functionCount,
  );
  await page.waitForFunction(() => (window as { __amcFirstRender?: number | null }).__amcFirstRender !== null);
  const result = await page.evaluate(() => ({
    associations: (window as unknown as { __amcAssociations: Association[] }).__amcAssociations,
    firstRender: (window as unknown as { __amcFirstRender: number }).__amcFirstRender,
  }));
  await page.close();
  return { associated: Math.max(...result.associations.map((a) => a.at)), paneShown: result.firstRender };
}

async function loadEmpty(browser: LaunchedBrowser, url: string): Promise<Load> {
  const page = await openPage(browser);
  await page.goto(url);
  await page.waitForFunction(() => typeof (window as { __amcEmptyDeferred?: number }).__amcEmptyDeferred === "number");
  const result = await page.evaluate(() => {
    const marks = window as unknown as { __amcEmptyBlocking: number; __amcEmptyDeferred: number };
    return { associated: marks.__amcEmptyBlocking, paneShown: marks.__amcEmptyDeferred };
  });
  await page.close();
  return result;
}

/** The cold-start rows; none, said loudly, where there is no Chromium to load the page in. */
export async function coldStartRows(): Promise<Row[]> {
  if (!chromiumAvailable()) {
    process.stderr.write(
      `\nbench: COLD START NOT MEASURED, no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)\n\n`,
    );
    return [];
  }
  const dist = await productionBuild();
  const functionCount = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8")).functions.length;
  const empty = emptyBundle(dist);
  const tls = await ensureDevCertificates();
  const servers: ServedFolder[] = [await serveFolder(dist, tls), await serveFolder(empty, tls)];
  const browser = await launchChromium();
  try {
    const [ours, baseline] = [`${servers[0].url}taskpane.html`, `${servers[1].url}taskpane.html`];
    await loadOurs(browser, ours, functionCount); // the first load of a browser pays for starting its processes
    await loadEmpty(browser, baseline);
    const loads = { ours: [] as Load[], baseline: [] as Load[] };
    await compareRuns(
      async () => (loads.ours.push(await loadOurs(browser, ours, functionCount)), 0),
      async () => (loads.baseline.push(await loadEmpty(browser, baseline)), 0),
      LOADS,
    );
    return coldStartTable(loads, functionCount);
  } finally {
    await browser.close();
    await Promise.all(servers.map((server) => server.close()));
    fs.rmSync(empty, { recursive: true, force: true });
  }
}

function medianOf(loads: Load[], key: keyof Load): number {
  const sorted = loads.map((load) => load[key]).sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

function coldStartTable(loads: { ours: Load[]; baseline: Load[] }, functionCount: number): Row[] {
  const associated = medianOf(loads.ours, "associated");
  const paneShown = medianOf(loads.ours, "paneShown");
  return [
    makeRow(
      `cold start: ${functionCount} functions associated (ms from navigation)`,
      {
        unit: "ms",
        ours: associated,
        baseline: medianOf(loads.baseline, "associated"),
        baselineName: "empty bundle",
        clock: "wall",
      },
      null,
    ),
    makeRow(
      "cold start: task pane first render (ms from navigation)",
      {
        unit: "ms",
        ours: paneShown,
        baseline: medianOf(loads.baseline, "paneShown"),
        baselineName: "empty bundle",
        clock: "wall",
      },
      atMost(2),
    ),
    makeRow(
      "cold start: functions associated before the pane renders",
      { unit: "ms", ours: associated, baseline: paneShown, baselineName: "pane render", clock: "wall" },
      atMost(1),
    ),
  ];
}
