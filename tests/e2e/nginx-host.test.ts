/**
 * The production host of deploy/: the real nginx with deploy/nginx's template serving the production build over
 * HTTPS (the dev certificates), checked as Office and a reviewer would: every header of every file, every URL of
 * the built manifest (200, content type), compression, the redirect from http, no source map or dot-file served,
 * frame-ancestors enforced by Chromium, and the runtime page, loaded through it, registering all 28 functions.
 * Without nginx these tests skip, loudly; AMC_REQUIRE_NGINX=1 (CI) makes a missing nginx a failure.
 */
import fs from "fs";
import https from "https";
import http from "http";
import os from "os";
import path from "path";
import zlib from "zlib";
import { allUrls, parseManifest } from "../../scripts/manifest-checks";
import { chromiumForSuite, launchChromium, ProblemLog } from "../support/browser";
import {
  NGINX_PATH,
  NGINX_TEMPLATE,
  nginxAvailable,
  startNginx,
  templateHeaders,
  type RunningNginx,
} from "../support/nginx";
import { builtMetadata, describeInBrowser, E2E } from "./environment";
import { OFFICE_JS_URL, OFFICE_STUB, type Association } from "./office-stub";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureDevCertificates } = require("../../scripts/build/dev-certs");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_BASE_URL } = require("../../scripts/build/addin-urls");

jest.setTimeout(60_000);

const withNginx = nginxAvailable() || process.env.AMC_REQUIRE_NGINX === "1";
if (!withNginx) {
  process.stdout.write(`\n!!! NGINX TESTS SKIPPED: no nginx at ${NGINX_PATH} (apt-get install -y nginx) !!!\n\n`);
}
const describeWithNginx = withNginx ? describe : describe.skip;

const EXPECTED_TYPES: Record<string, RegExp> = {
  ".html": /^text\/html; charset=utf-8$/,
  ".js": /^(application|text)\/javascript; charset=utf-8$/,
  ".json": /^application\/json; charset=utf-8$/,
  ".xml": /^(text|application)\/xml; charset=utf-8$/,
  ".png": /^image\/png$/,
  ".txt": /^text\/plain; charset=utf-8$/,
};

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

let ca: Buffer;

function request(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  const client = url.startsWith("https:") ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, { headers, ca }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on("error", reject);
  });
}

/** A copy of the build to serve, with a source map and a dot-file planted where a careless copy would put them. */
function servedCopy(dist: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "amc-nginx-root-"));
  fs.cpSync(dist, root, { recursive: true });
  fs.writeFileSync(path.join(root, "functions.js.map"), "{}");
  fs.writeFileSync(path.join(root, ".env"), "SECRET=1");
  // nginx's workers may run as another user (nobody, when the tests run as root): they must be able to read it.
  fs.chmodSync(root, 0o755);
  return root;
}

function builtFiles(dist: string): string[] {
  return (fs.readdirSync(dist, { recursive: true }) as string[])
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => !file.split("/").some((part) => part.startsWith(".")))
    .filter((file) => fs.statSync(path.join(dist, file)).isFile());
}

describeWithNginx("the production build served by nginx with deploy/'s configuration", () => {
  let nginx: RunningNginx;
  let root: string;
  const expected = templateHeaders(fs.readFileSync(NGINX_TEMPLATE, "utf8"));

  beforeAll(async () => {
    const tls = await ensureDevCertificates();
    ca = fs.readFileSync(tls.ca);
    root = servedCopy(E2E.prodDir);
    nginx = await startNginx(root, { cert: tls.cert, key: tls.key });
  });

  afterAll(async () => {
    await nginx?.stop();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  it("answers every built file with 200, its content type and every security header", async () => {
    const files = builtFiles(E2E.prodDir);
    expect(files).toEqual(expect.arrayContaining(["taskpane.html", "functions.js", "THIRD-PARTY-NOTICES.txt"]));
    for (const file of files) {
      const answer = await request(`${nginx.url}${file}`);
      const type = EXPECTED_TYPES[path.extname(file)] ?? /./;
      expect({ file, status: answer.status, typeOk: type.test(String(answer.headers["content-type"])) }).toEqual({
        file,
        status: 200,
        typeOk: true,
      });
      for (const name of ["Content-Security-Policy", "Strict-Transport-Security", "X-Content-Type-Options"]) {
        expect({ file, [name]: answer.headers[name.toLowerCase()] }).toEqual({ file, [name]: expected.get(name) });
      }
      for (const name of ["Referrer-Policy", "Permissions-Policy"]) {
        expect(answer.headers[name.toLowerCase()]).toBe(expected.get(name));
      }
      expect(answer.headers["x-frame-options"]).toBeUndefined();
      expect(answer.headers.server).toBe("nginx");
    }
  });

  it("caches content-hashed scripts and styles for a year and makes every other file revalidate", async () => {
    for (const file of builtFiles(E2E.prodDir)) {
      const cache = (await request(`${nginx.url}${file}`)).headers["cache-control"];
      const hashed = /^js\/.+\.[0-9a-f]{20}\.(js|css)(\.LICENSE\.txt)?$/.test(file);
      expect({ file, cache }).toEqual({ file, cache: hashed ? "public, max-age=31536000, immutable" : "no-cache" });
    }
    const revalidated = await request(`${nginx.url}taskpane.html`, {
      "If-None-Match": String((await request(`${nginx.url}taskpane.html`)).headers.etag),
    });
    expect(revalidated.status).toBe(304);
  });

  it("answers every URL of the built manifest with 200 and the content type of its file", async () => {
    const manifest = parseManifest(fs.readFileSync(path.join(E2E.prodDir, "manifest.xml"), "utf8"));
    const urls = [...new Set(allUrls(manifest).filter((url) => url.startsWith(DEV_BASE_URL)))];
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      const answer = await request(url.replace(DEV_BASE_URL, nginx.url));
      const extension = path.extname(new URL(url).pathname);
      expect({ url, status: answer.status }).toEqual({ url, status: 200 });
      expect({ url, type: EXPECTED_TYPES[extension].test(String(answer.headers["content-type"])) }).toEqual({
        url,
        type: true,
      });
    }
    expect((await request(`${nginx.url}manifest.xml`)).status).toBe(200);
  });

  it("lets other origins read the functions' metadata and nothing else", async () => {
    const origin = { Origin: "https://excel.officeapps.live.com" };
    for (const file of ["functions.json", "functions-zh-cn.json"]) {
      expect((await request(`${nginx.url}${file}`, origin)).headers["access-control-allow-origin"]).toBe("*");
    }
    for (const file of ["functions.js", "taskpane.html", "manifest.xml", "help.html"]) {
      expect((await request(`${nginx.url}${file}`, origin)).headers["access-control-allow-origin"]).toBeUndefined();
    }
  });

  it("compresses scripts, pages, metadata and the manifest with gzip", async () => {
    const scripts = builtFiles(E2E.prodDir).filter((file) => file.endsWith(".js"));
    for (const file of [...scripts, "taskpane.html", "help.html", "functions.json", "manifest.xml"]) {
      const answer = await request(`${nginx.url}${file}`, { "Accept-Encoding": "gzip" });
      expect({ file, encoding: answer.headers["content-encoding"] }).toEqual({ file, encoding: "gzip" });
      expect(answer.headers.vary).toMatch(/Accept-Encoding/);
      expect(zlib.gunzipSync(answer.body).equals(fs.readFileSync(path.join(E2E.prodDir, file)))).toBe(true);
    }
  });

  it("serves no source map and no dot-file, even when one is copied into the folder", async () => {
    for (const file of ["functions.js.map", ".env", ".source-hash"]) {
      const answer = await request(`${nginx.url}${file}`);
      expect({ file, status: answer.status }).toEqual({ file, status: 404 });
    }
  });

  it("redirects plain http to https", async () => {
    const answer = await request(`${nginx.httpUrl}taskpane.html`);
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toMatch(/^https:\/\/localhost(:\d+)?\/taskpane\.html$/);
  });

  describeInBrowser("in headless Chromium", () => {
    const browser = chromiumForSuite();

    it("loads the runtime page, which registers every function of the built functions.json, all 28", async () => {
      const page = await browser().context.newPage();
      const problems = new ProblemLog(page);
      await page.route(OFFICE_JS_URL, (route) => route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB }));
      const ids = builtMetadata(E2E.prodDir).functions.map((fn) => fn.id);
      await page.goto(`${nginx.url}taskpane.html`);
      await page.waitForFunction(
        (count) => ((window as { __amcAssociations?: unknown[] }).__amcAssociations ?? []).length >= count,
        ids.length,
      );
      await page.getByRole("tab", { name: "Functions" }).waitFor();
      const associated = await page.evaluate(() =>
        (window as { __amcAssociations?: Association[] }).__amcAssociations!.map((a) => a.id),
      );
      expect(ids).toHaveLength(28);
      expect(associated.sort()).toEqual([...ids].sort());
      expect(problems.all()).toEqual([]);
    });

    it("may be framed by Excel on the web and is refused to any other site", async () => {
      // The stand-ins for Excel on the web and another site are public origins framing localhost, which Chromium's
      // Local Network Access blocks before reading any header; real Office frames a public host.
      const framing = await launchChromium({ args: ["--disable-features=LocalNetworkAccessChecks"] });
      const framed = async (host: string) => {
        const page = await framing.context.newPage();
        const console: string[] = [];
        page.on("console", (message) => console.push(message.text()));
        await page.route(`${host}/**`, (route) =>
          route.fulfill({ contentType: "text/html", body: `<iframe src="${nginx.url}help.html"></iframe>` }),
        );
        await page.goto(`${host}/workbook.html`);
        const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
        const title = await frame!
          .waitForFunction(() => document.title, undefined, { timeout: 3_000 })
          .then((handle) => handle.jsonValue())
          .catch(() => "");
        await page.close();
        return { shown: /AMC Analyst/.test(title), refused: console.some((text) => /frame-ancestors/.test(text)) };
      };
      try {
        expect(await framed("https://excel.officeapps.live.com")).toEqual({ shown: true, refused: false });
        expect(await framed("https://attacker.example")).toEqual({ shown: false, refused: true });
      } finally {
        await framing.close();
      }
    });
  });
});
