/**
 * The offline dependency audit (scripts/audit/known-vulnerable.js): the lock file installs no version that the
 * maintained advisory list names, the list is well-formed, and the check finds a listed version where there is one.
 */
import fs from "fs";
import path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { vulnerableInstalls, listProblems, lockedPackageName, LIST } = require("../../scripts/audit/known-vulnerable");

const ROOT = path.resolve(__dirname, "../..");
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, "utf8"));

interface Advisory {
  id: string;
  package: string;
  vulnerable: string;
  fixed: string;
}

const { advisories } = readJson(LIST) as { advisories: Advisory[] };
const lock = readJson(path.join(ROOT, "package-lock.json"));

describe("the offline dependency audit", () => {
  it("finds no known-vulnerable version in package-lock.json", () => {
    const findings = vulnerableInstalls(lock, advisories).map(
      (f: { path: string; version: string; advisory: Advisory }) => `${f.path}@${f.version} ${f.advisory.id}`,
    );
    expect(findings).toEqual([]);
  });

  it("lists GHSA-5c6j-r48x-rmvq (serialize-javascript ≤ 7.0.2) and keeps its list well-formed", () => {
    expect(advisories.map((a) => a.id)).toContain("GHSA-5c6j-r48x-rmvq");
    expect(listProblems(advisories)).toEqual([]);
    expect(listProblems([{ id: "X", package: "p", vulnerable: "<=2", fixed: "1.0.0", url: "u" }])).toEqual([
      "X: the fixed version 1.0.0 is inside the vulnerable range",
    ]);
  });

  it("finds a listed version wherever the lock file installs it, nested or aliased", () => {
    const planted = {
      packages: {
        "": { name: "app" },
        "node_modules/copy-webpack-plugin/node_modules/serialize-javascript": { version: "6.0.2" },
        "node_modules/alias": { name: "serialize-javascript", version: "7.0.2" },
        "node_modules/serialize-javascript": { version: "7.0.3" },
      },
    };
    const found = vulnerableInstalls(planted, advisories).map((f: { path: string }) => f.path);
    expect(found).toEqual(["node_modules/copy-webpack-plugin/node_modules/serialize-javascript", "node_modules/alias"]);
    expect(lockedPackageName("node_modules/@scope/name", {})).toBe("@scope/name");
  });

  it("overrides every listed package in package.json to a version outside its vulnerable range", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const semver = require("semver");
    const { overrides = {} } = readJson(path.join(ROOT, "package.json"));
    const installed = advisories.filter((a) => Object.keys(lock.packages).some((p) => p.endsWith(`/${a.package}`)));
    for (const advisory of installed) {
      expect({ [advisory.package]: overrides[advisory.package] }).toEqual({ [advisory.package]: expect.any(String) });
      expect(semver.satisfies(overrides[advisory.package], advisory.vulnerable)).toBe(false);
    }
  });
});
