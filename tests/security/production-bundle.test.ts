/** The production build is locked down: no eval-like code, a strict Content-Security-Policy, no dev-only code. */
import fs from "fs";
import path from "path";
import { cspDirectives, metaPolicy } from "../support/content-security-policy";
import { productionBuild } from "../support/production-build";

const EVAL_LIKE = /\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]|setTimeout\s*\(\s*["'`]/;
const OFFICE_JS_HOST = "https://appsforoffice.microsoft.com";

let dist: string;
const read = (file: string) => fs.readFileSync(path.join(dist, file), "utf8");
const builtFiles = (extension: string) => fs.readdirSync(dist).filter((file) => file.endsWith(extension));

function cspOf(html: string): Map<string, string[]> {
  const policy = metaPolicy(html);
  return policy ? cspDirectives(policy) : new Map();
}

beforeAll(async () => {
  dist = await productionBuild();
}, 300_000);

describe("the production bundle", () => {
  it("recognises eval-like code when it is there (the check can fail)", () => {
    for (const sample of [
      'eval("1")',
      'new Function("return this")',
      "Function('x', 'return x')",
      'setTimeout("f()", 1)',
    ]) {
      expect(sample).toMatch(EVAL_LIKE);
    }
  });

  it("contains no eval, new Function or string timers in any script", () => {
    const offenders = builtFiles(".js").filter((file) => EVAL_LIKE.test(read(file)));
    expect(offenders).toEqual([]);
  });

  it("contains no preview code and no HyperFormula (GPL-3.0, preview and tests only)", () => {
    expect(builtFiles(".html")).not.toContain("preview.html");
    const offenders = builtFiles(".js").filter((file) => /HyperFormula|hyperformula/.test(read(file)));
    expect(offenders).toEqual([]);
  });

  it("ships no certificate or private key", () => {
    const all = fs.readdirSync(dist, { recursive: true }) as string[];
    expect(all.filter((file) => /\.(crt|key|pem|pfx)$/.test(file))).toEqual([]);
  });
});

describe("the help page's Content-Security-Policy", () => {
  it("allows nothing but the page's own inline styles (it runs no script and loads nothing)", () => {
    const csp = cspOf(read("help.html"));
    expect(csp.get("default-src")).toEqual(["'none'"]);
    expect(csp.get("style-src")).toEqual(["'unsafe-inline'"]);
    expect(read("help.html")).not.toMatch(/<script|<img|<link/i);
  });
});

describe("every production page", () => {
  it("carries a Content-Security-Policy", () => {
    const pages = builtFiles(".html");
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.filter((page) => cspOf(read(page)).size === 0)).toEqual([]);
  });
});

describe("the task pane page's Content-Security-Policy", () => {
  let csp: Map<string, string[]>;
  beforeAll(() => {
    csp = cspOf(read("taskpane.html"));
  });

  it("is present and defaults to the add-in's own origin", () => {
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
  });

  it("allows scripts only from the add-in's origin and the office.js host, never inline or eval", () => {
    expect(csp.get("script-src")).toEqual(["'self'", OFFICE_JS_HOST]);
  });

  it("lets the page talk only to its own origin and the office.js host", () => {
    for (const directive of ["connect-src", "frame-src"]) {
      expect(csp.get(directive)).toEqual(["'self'", OFFICE_JS_HOST]);
    }
  });

  it("loads no script from any other host", () => {
    const hosts = [...read("taskpane.html").matchAll(/<script[^>]+src=["']?(https?:\/\/[^/"'\s>]+)/g)].map((m) => m[1]);
    expect(new Set(hosts)).toEqual(new Set([OFFICE_JS_HOST]));
  });
});
