/**
 * `npm start`: creates the dev certificates if needed, serves the add-in at https://localhost:3000 and says how to
 * sideload it. Where there is no desktop Excel (Linux), it opens the preview workbench that runs the add-in without
 * Excel; on Windows and macOS it tries office-addin-debugging when it happens to be installed (optional, not a
 * dependency: its keytar build needs libsecret).
 */
import { spawn, spawnSync } from "child_process";
import https from "https";
import fs from "fs";
import path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureDevCertificates } = require("./build/dev-certs");

const ROOT = path.resolve(__dirname, "..");
const BASE_URL = "https://localhost:3000/";
const PREVIEW_PAGE = "preview.html";
const TASKPANE_PAGE = "taskpane.html";
const MANIFEST = path.join(ROOT, "manifest.xml");

function get(url: string, ca: Buffer): Promise<number> {
  return new Promise((resolve) => {
    const request = https.get(url, { ca }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("error", () => resolve(0));
  });
}

async function waitUntilServed(url: string, ca: Buffer, timeoutMs = 180_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await get(url, ca)) === 200) return true;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return false;
}

function sideloadHelp(certificates: { ca: string }): string {
  return `
AMC Analyst is served at ${BASE_URL}
  Manifest:      ${MANIFEST}
  Task pane:     ${BASE_URL}${TASKPANE_PAGE}
  Preview:       ${BASE_URL}${PREVIEW_PAGE}  (the add-in without Excel: grid + task pane)
  Dev CA:        ${certificates.ca}  (trust it in your browser/OS, or Office will refuse the https pages)

Sideload the manifest:
  Excel on the web:  Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in > choose manifest.xml
  Excel on Windows:  share a folder holding manifest.xml, add it under File > Options > Trust Center >
                     Trust Center Settings > Trusted Add-in Catalogs, restart Excel, then Home > Add-ins >
                     Advanced > Shared Folder; or run: npx office-addin-debugging start manifest.xml desktop
  Excel on Mac:      copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/
                     (create the folder if missing), restart Excel, then Home > Add-ins
Stop with Ctrl+C.
`;
}

function hasDesktopExcel(): boolean {
  return process.platform === "win32" || process.platform === "darwin";
}

function tryDesktopSideload(): void {
  const debugging = spawnSync("npx", ["--no-install", "office-addin-debugging", "start", MANIFEST, "desktop"], {
    stdio: "inherit",
    cwd: ROOT,
  });
  if (debugging.status !== 0) console.log("office-addin-debugging is not installed: sideload by hand as above.");
}

function openInBrowser(url: string): void {
  const opener = process.platform === "darwin" ? "open" : process.platform === "win32" ? "start" : "xdg-open";
  const child = spawn(opener, [url], { stdio: "ignore", detached: true, shell: process.platform === "win32" });
  child.on("error", () => console.log(`Open ${url} in a browser.`));
  child.unref();
}

async function main() {
  const certificates = await ensureDevCertificates();
  const server = spawn("npx", ["webpack", "serve", "--mode", "development"], { stdio: "inherit", cwd: ROOT });
  const stop = () => server.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));

  const ca = fs.readFileSync(certificates.ca);
  if (!(await waitUntilServed(`${BASE_URL}${TASKPANE_PAGE}`, ca))) {
    console.error(`The dev server did not answer at ${BASE_URL} in time.`);
    stop();
    return;
  }
  console.log(sideloadHelp(certificates));
  const previewOnly = process.argv.includes("--preview"); // npm run preview: the workbench, no sideloading
  if (hasDesktopExcel() && !previewOnly && process.env.AMC_NO_SIDELOAD !== "1") tryDesktopSideload();
  const preview = `${BASE_URL}${PREVIEW_PAGE}`;
  const page = (await get(preview, ca)) === 200 ? preview : `${BASE_URL}${TASKPANE_PAGE}`;
  if (process.env.AMC_NO_BROWSER !== "1") openInBrowser(page);
}

void main();
