/**
 * The bundle Excel loads never contains the preview or HyperFormula (GPL-3.0): checked on real builds, with the
 * development build as the control that proves the checks can find them.
 */
import fs from "fs";
import path from "path";
import { E2E } from "./environment";

/** Strings only the preview and HyperFormula bring into a bundle (they survive minification). */
const LEAK_PATTERNS: [string, RegExp][] = [
  ["HyperFormula", /hyperformula|handsoncode/i],
  ["the preview workbench", /amc-preview-workbench|src\/preview\//],
];

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function filesMatching(dir: string, pattern: RegExp): string[] {
  return filesUnder(dir)
    .filter((file) => /\.(js|html|json|map|txt)$/.test(file) && pattern.test(fs.readFileSync(file, "utf8")))
    .map((file) => path.relative(dir, file));
}

describe("the production build Excel loads", () => {
  it("has no preview page and no preview script", () => {
    const files = filesUnder(E2E.prodDir).map((file) => path.relative(E2E.prodDir, file));
    expect(files).toEqual(expect.arrayContaining(["taskpane.html", "functions.js", "functions.json"]));
    expect(files.filter((file) => /preview/i.test(file))).toEqual([]);
  });

  it.each(LEAK_PATTERNS)("contains nothing of %s (the development build, as a control, does)", (_, pattern) => {
    expect(filesMatching(E2E.devDir, pattern).length).toBeGreaterThan(0);
    expect(filesMatching(E2E.prodDir, pattern)).toEqual([]);
  });
});
