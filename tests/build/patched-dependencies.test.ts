/**
 * The patches under patches/ are applied to the installed packages: HyperFormula's ContentChanges.exportChanges
 * gathers array changes without Array.prototype.concat (which copied the whole list for every spilled result), in
 * the CommonJS build jest and the benchmarks load and in the ES build webpack bundles into the preview.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";

const ENGINE_DIR = path.dirname(path.dirname(require.resolve("hyperformula")));
const COMMONJS_CHANGES = path.join(ENGINE_DIR, "commonjs/ContentChanges.js");
const ES_INDEX = path.join(ENGINE_DIR, "es/index.mjs");
const ES_CHANGES = path.join(ENGINE_DIR, "es/ContentChanges.mjs");
const PATCHES = path.resolve(__dirname, "../../patches");

const SPILLS = 50;
const CELLS_PER_SPILL = 4;

interface Exported {
  values: unknown[];
  concatCalls: number;
}

interface ContentChangesClass {
  empty(): {
    addChange(value: unknown, address: { sheet: number; row: number; col: number }): void;
    exportChanges(exporter: { exportChange(change: { value: unknown }): unknown }): unknown[];
  };
}

/** Exports SPILLS array changes of CELLS_PER_SPILL values each, counting Array.prototype.concat calls meanwhile. */
function exportSpills(ContentChanges: ContentChangesClass): Exported {
  const changes = ContentChanges.empty();
  for (let row = 0; row < SPILLS; row++) changes.addChange(row, { sheet: 0, row, col: 0 });
  const exporter = { exportChange: ({ value }: { value: unknown }) => Array(CELLS_PER_SPILL).fill(value) };
  const concat = Array.prototype.concat;
  let concatCalls = 0;
  Array.prototype.concat = function (this: unknown[], ...items: unknown[]) {
    concatCalls++;
    return concat.apply(this, items);
  };
  try {
    return { values: changes.exportChanges(exporter), concatCalls };
  } finally {
    Array.prototype.concat = concat;
  }
}

const expectedValues = () => Array.from({ length: SPILLS }, (_, row) => Array(CELLS_PER_SPILL).fill(row)).flat();

describe("HyperFormula as installed (patches/hyperformula+*.patch)", () => {
  it("has its patch committed for the installed version", () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ENGINE_DIR, "package.json"), "utf8"));
    expect(fs.readdirSync(PATCHES)).toContain(`hyperformula+${version}.patch`);
  });

  it("exports array changes in order without concat in the CommonJS build (jest, benchmarks)", () => {
    // The engine's modules import each other in a cycle that only its index resolves, so it is loaded first.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require("hyperformula");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { ContentChanges } = require(COMMONJS_CHANGES) as { ContentChanges: ContentChangesClass };
    const exported = exportSpills(ContentChanges);
    expect(exported.values).toEqual(expectedValues());
    expect(exported.concatCalls).toBe(0);
  });

  it("exports array changes in order without concat in the ES build (the preview's bundle)", () => {
    const script = `
      await import(${JSON.stringify(ES_INDEX)});
      const { ContentChanges } = await import(${JSON.stringify(ES_CHANGES)});
      const exportSpills = ${exportSpills.toString()};
      const SPILLS = ${SPILLS}, CELLS_PER_SPILL = ${CELLS_PER_SPILL};
      process.stdout.write(JSON.stringify(exportSpills(ContentChanges)));
    `;
    const output = execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    const exported = JSON.parse(output) as Exported;
    expect(exported.values).toEqual(expectedValues());
    expect(exported.concatCalls).toBe(0);
  });
});
