import fs from "fs";
import os from "os";
import path from "path";
import {
  manifestVersionOf,
  nextVersion,
  readManifestVersion,
  releaseVersion,
  stampManifestVersion,
} from "../../scripts/release-version";
import { productionBuild } from "../support/production-build";

const ROOT = path.resolve(__dirname, "../..");
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");
const packageVersion = () => JSON.parse(read("package.json")).version as string;

describe("nextVersion", () => {
  it.each([
    ["1.2.3", "patch", "1.2.4"],
    ["1.2.3", "minor", "1.3.0"],
    ["1.2.3", "major", "2.0.0"],
    ["1.2.3", "1.10.0", "1.10.0"],
  ])("%s + %s → %s", (from, request, to) => {
    expect(nextVersion(from, request)).toBe(to);
  });

  it("refuses a version that is not above the current one, and unknown requests", () => {
    expect(() => nextVersion("1.2.3", "1.2.3")).toThrow(/not above/);
    expect(() => nextVersion("1.2.3", "1.1.9")).toThrow(/not above/);
    expect(() => nextVersion("1.2.3", "bump")).toThrow(/expected patch/);
  });
});

describe("the repository's versions", () => {
  it("keeps the manifest's <Version> equal to package.json's version", () => {
    expect(readManifestVersion(read("manifest.xml"))).toBe(manifestVersionOf(packageVersion()));
  });

  it("stamps the version into the built task pane page", async () => {
    const dist = await productionBuild();
    const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    expect(html).toMatch(
      new RegExp(`name="?amc-analyst-version"? content="?${packageVersion().replace(/\./g, "\\.")}`),
    );
  }, 300_000);
});

describe("releaseVersion", () => {
  it("bumps package.json, package-lock.json and the manifest together, changing nothing else", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amc-release-"));
    const manifest = read("manifest.xml");
    fs.writeFileSync(path.join(dir, "manifest.xml"), manifest);
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "x", version: "1.4.9" }));
    fs.writeFileSync(
      path.join(dir, "package-lock.json"),
      JSON.stringify({
        version: "1.4.9",
        packages: { "": { version: "1.4.9" }, "node_modules/a": { version: "1.4.9" } },
      }),
    );

    expect(releaseVersion(dir, "minor")).toEqual({ from: "1.4.9", to: "1.5.0" });

    const lock = JSON.parse(fs.readFileSync(path.join(dir, "package-lock.json"), "utf8"));
    expect([lock.version, lock.packages[""].version, lock.packages["node_modules/a"].version]).toEqual([
      "1.5.0",
      "1.5.0",
      "1.4.9",
    ]);
    expect(JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).version).toBe("1.5.0");
    const bumped = fs.readFileSync(path.join(dir, "manifest.xml"), "utf8");
    expect(readManifestVersion(bumped)).toBe("1.5.0.0");
    expect(bumped).toBe(stampManifestVersion(manifest, "1.5.0"));
    const changedLines = bumped.split("\n").filter((line, i) => line !== manifest.split("\n")[i]);
    expect(changedLines).toEqual(["  <Version>1.5.0.0</Version>"]);
  });
});
