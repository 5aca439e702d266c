/** Deterministic budgets of the production build: what loads before AMC.* is associated, and the pane's first load. */
import fs from "fs";
import path from "path";
import zlib from "zlib";
import { pageScripts, productionBuild } from "../support/production-build";

const KB = 1024;
const FUNCTIONS_BUDGET_GZIP = 60 * KB;
const TASKPANE_BUDGET_GZIP = 200 * KB;

const gzipSize = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const isLocal = (src: string) => !/^https?:\/\//.test(src);

let dist: string;
let scripts: { src: string; blocking: boolean }[];

beforeAll(async () => {
  dist = await productionBuild();
  scripts = pageScripts(fs.readFileSync(path.join(dist, "taskpane.html"), "utf8")).filter((s) => isLocal(s.src));
}, 300_000);

describe("the shared-runtime page's JavaScript budgets", () => {
  it("loads functions.js blocking and everything else deferred, so the functions never wait for the pane", () => {
    expect(scripts.filter((s) => s.blocking).map((s) => s.src)).toEqual(["functions.js"]);
    expect(scripts.filter((s) => !s.blocking).length).toBeGreaterThan(0);
  });

  it(`keeps what loads before the functions are associated under ${FUNCTIONS_BUDGET_GZIP / KB} KB gzip`, () => {
    const size = scripts.filter((s) => s.blocking).reduce((sum, s) => sum + gzipSize(path.join(dist, s.src)), 0);
    console.log(`functions (before association): ${(size / KB).toFixed(1)} KB gzip`);
    expect(size).toBeLessThanOrEqual(FUNCTIONS_BUDGET_GZIP);
  });

  it(`keeps the task pane's initial JavaScript under ${TASKPANE_BUDGET_GZIP / KB} KB gzip`, () => {
    const size = scripts.filter((s) => !s.blocking).reduce((sum, s) => sum + gzipSize(path.join(dist, s.src)), 0);
    console.log(`task pane initial JS: ${(size / KB).toFixed(1)} KB gzip`);
    expect(size).toBeLessThanOrEqual(TASKPANE_BUDGET_GZIP);
  });

  it("keeps React out of functions.js (the marker is found in the pane's bundle, so the check can fail)", () => {
    const reactMarker = /react\.(transitional\.)?element|__CLIENT_INTERNALS|__SECRET_INTERNALS/;
    const pane = scripts.find((s) => /(^|\/)taskpane\.[0-9a-f]+\.js$/.test(s.src))!;
    expect(fs.readFileSync(path.join(dist, pane.src), "utf8")).toMatch(reactMarker);
    expect(fs.readFileSync(path.join(dist, "functions.js"), "utf8")).not.toMatch(reactMarker);
  });
});
