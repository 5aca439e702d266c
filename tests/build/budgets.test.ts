/**
 * Deterministic budgets of the production build: what loads before AMC.* is associated, and the pane's first
 * JavaScript: the scripts taskpane.html loads after functions.js, plus the chunks the pane awaits before its first
 * render (index.tsx: the dark theme, for a pane shown dark), read from webpack's chunk groups; the pane's one
 * stylesheet; and the page's order: every file asked for before the first script blocks the parser.
 */
import fs from "fs";
import path from "path";
import zlib from "zlib";
import {
  pageLinks,
  pageScripts,
  productionBuild,
  productionChunkGroups,
  PRODUCTION_MODULES,
  type ChunkGroups,
} from "../support/production-build";

const KB = 1024;
const FUNCTIONS_BUDGET_GZIP = 60 * KB;
const TASKPANE_BUDGET_GZIP = 82 * KB;
const STYLESHEET_BUDGET_GZIP = 20 * KB;

/** The named chunks index.tsx awaits before the pane's first render, for each theme it can start in. */
const BEFORE_FIRST_RENDER: Record<"light" | "dark", string[]> = { light: [], dark: ["theme-dark"] };

const gzipSize = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const isLocal = (src: string) => !/^https?:\/\//.test(src);

let dist: string;
let scripts: { src: string; blocking: boolean }[];
let groups: ChunkGroups;
let html: string;

/** The href of each `<link rel=…>` of the page, in document order. */
const links = (rel: string) =>
  pageLinks(html)
    .filter((link) => link.rel === rel)
    .map((link) => link.href);

beforeAll(async () => {
  dist = await productionBuild();
  html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  scripts = pageScripts(html).filter((s) => isLocal(s.src));
  groups = productionChunkGroups();
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

  it("loads from the page exactly the pane's entry point: the budget below sees every script the page names", () => {
    const deferred = scripts.filter((s) => !s.blocking).map((s) => s.src);
    expect(deferred).toEqual(
      groups.entrypoints.taskpane.filter((file) => !groups.entrypoints.functions.includes(file)),
    );
  });

  it.each(Object.keys(BEFORE_FIRST_RENDER) as ("light" | "dark")[])(
    `keeps the task pane's first JavaScript, shown %s, under ${TASKPANE_BUDGET_GZIP / KB} KB gzip`,
    (theme) => {
      const awaited = BEFORE_FIRST_RENDER[theme].flatMap((name) => {
        expect(groups.named[name]?.length).toBeGreaterThan(0); // a renamed chunk fails here, not silently
        return groups.named[name];
      });
      const page = scripts.filter((s) => !s.blocking).map((s) => s.src);
      const files = [...new Set([...page, ...awaited])];
      const size = files.reduce((sum, file) => sum + gzipSize(path.join(dist, file)), 0);
      console.log(`task pane first JS (${theme}): ${(size / KB).toFixed(1)} KB gzip, ${files.join(", ")}`);
      expect(size).toBeLessThanOrEqual(TASKPANE_BUDGET_GZIP);
    },
  );

  it(`keeps the pane's one stylesheet under ${STYLESHEET_BUDGET_GZIP / KB} KB gzip`, () => {
    const [stylesheet, ...others] = links("stylesheet");
    expect(others).toEqual([]);
    const size = gzipSize(path.join(dist, stylesheet));
    console.log(`task pane stylesheet: ${(size / KB).toFixed(1)} KB gzip, ${stylesheet}`);
    expect(size).toBeLessThanOrEqual(STYLESHEET_BUDGET_GZIP);
  });

  it("ships no CSS compiler: every style rule was computed at build time", () => {
    const shipped = JSON.parse(fs.readFileSync(PRODUCTION_MODULES, "utf8")) as string[];
    expect(shipped.some((file) => file.includes("/@griffel/core/"))).toBe(true); // the check can fail
    const compilers = shipped.filter((file) =>
      /\/node_modules\/(stylis|rtl-css-js)\/|\/resolveStyleRules\.js$/.test(file),
    );
    expect(compilers).toEqual([]);
  });

  it("asks for every script and the stylesheet before office.js blocks the parser", () => {
    // A Content-Security-Policy <meta> stops Chromium's preload scanner: without these links, each file would be
    // requested only when the parser reaches it, after office.js and functions.js have loaded and run.
    const preloaded = links("preload");
    expect(preloaded).toEqual([...scripts.map((s) => s.src), ...links("stylesheet")]);
    const preloadEnds = pageLinks(html)
      .filter((link) => link.rel === "preload")
      .map((link) => link.end);
    expect(Math.max(...preloadEnds)).toBeLessThan(html.indexOf("appsforoffice.microsoft.com/lib"));
  });

  it("keeps Tabster and Fluent's token table out of the pane's first JS; later chunks load them, so the check can fail", () => {
    // The first view draws its tabs, search box and list without them: Tabster is about 50 KB, the table about 27 KB.
    const markers = { tabster: /data-tabster/, tokenTable: /"var\(--colorNeutralForeground1\)"/ };
    const first = scripts.filter((s) => !s.blocking).map((s) => fs.readFileSync(path.join(dist, s.src), "utf8"));
    const chunks = fs
      .readdirSync(path.join(dist, "js"))
      .filter((file) => file.endsWith(".js"))
      .map((file) => fs.readFileSync(path.join(dist, "js", file), "utf8"));
    for (const marker of Object.values(markers)) {
      expect(chunks.some((code) => marker.test(code))).toBe(true);
      expect(first.filter((code) => marker.test(code))).toEqual([]);
    }
  });

  it("keeps React out of functions.js (the marker is found in the pane's bundle, so the check can fail)", () => {
    const reactMarker = /react\.(transitional\.)?element|__CLIENT_INTERNALS|__SECRET_INTERNALS/;
    const pane = scripts.find((s) => /(^|\/)taskpane\.[0-9a-f]+\.js$/.test(s.src))!;
    expect(fs.readFileSync(path.join(dist, pane.src), "utf8")).toMatch(reactMarker);
    expect(fs.readFileSync(path.join(dist, "functions.js"), "utf8")).not.toMatch(reactMarker);
  });
});
