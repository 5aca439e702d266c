/**
 * The Excel API the add-in's actions call is the Excel API the manifest requires: Office then offers the add-in only
 * where every call works. The newest member the actions rely on is Range.getMergedAreasOrNullObject (ExcelApi 1.13,
 * in the read that tells whether cells are free); notes (1.18) are read only where the host reports them.
 */
import fs from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

/** Calls made in src/excel to members of ExcelApi 1.9 and later, with the minor version of the set that brought each. */
const NEWER_MEMBERS: Record<string, number> = {
  "getMergedAreasOrNullObject(": 13,
  "comments.getCount(": 10,
  "getCellProperties(": 9,
  "getSpecialCellsOrNullObject(": 9,
  "getTables(": 9,
  "group(": 10,
  "hideGroupDetails(": 10,
  "chart.activate(": 9,
};

/** The minor version of the ExcelApi set the manifest requires ("1.13" → 13). */
function declaredMinor(): number {
  const declared = /<Set Name="ExcelApi" MinVersion="1\.(\d+)"\/>/.exec(MANIFEST)?.[1];
  return declared === undefined ? 0 : Number(declared);
}

function excelSources(): string {
  const dir = path.join(ROOT, "src/excel");
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".ts"))
    .map((file) => fs.readFileSync(path.join(dir, file), "utf8"))
    .join("\n");
}

describe("the Excel API requirement", () => {
  it("is declared in the manifest at the version of the newest member the actions call", () => {
    const sources = excelSources();
    const used = Object.entries(NEWER_MEMBERS).filter(([member]) => sources.includes(member));
    expect(used.map(([member]) => member)).toContain("getMergedAreasOrNullObject(");
    const newest = Math.max(...used.map(([, version]) => version));
    expect(declaredMinor()).toBeGreaterThanOrEqual(newest);
  });

  it("reads notes only where the host reports ExcelApi 1.18", () => {
    expect(excelSources()).toMatch(/isSetSupported\("ExcelApi", "1\.18"\)/);
    expect(declaredMinor()).toBeLessThan(18);
  });
});
