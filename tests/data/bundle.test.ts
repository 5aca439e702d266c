import fs from "fs";
import path from "path";

const DATA = path.resolve(__dirname, "../../src/data");
/** The modules runtime code may import: none of them may load zod, HyperFormula, fs or Office. */
const RUNTIME_MODULES = ["index.ts", "catalog.ts", "catalog-definitions.ts", "columns.ts", "ids.ts", "periods.ts"];

const importsOf = (source: string) => [...source.matchAll(/^import\s+(type\s+)?[^;]*?from\s+"([^"]+)"/gms)];

describe("the data layer keeps zod and tools out of the add-in bundle", () => {
  it.each(RUNTIME_MODULES)("%s imports schema.ts for types only and nothing heavy", (file) => {
    const source = fs.readFileSync(path.join(DATA, file), "utf8");
    const imports = importsOf(source);
    const forbidden = imports.filter(
      ([, typeOnly, from]) =>
        ["zod", "hyperformula", "fs", "path"].includes(from) || (from === "./schema" && !typeOnly),
    );
    expect(forbidden.map(([statement]) => statement)).toEqual([]);
  });

  it.each(RUNTIME_MODULES)("%s imports only runtime modules of the data layer and JSON", (file) => {
    const source = fs.readFileSync(path.join(DATA, file), "utf8");
    const local = importsOf(source)
      .filter(([, typeOnly]) => !typeOnly)
      .map(([, , from]) => from)
      .filter((from) => !from.endsWith(".json"));
    const allowed = RUNTIME_MODULES.map((module) => `./${module.replace(/\.ts$/, "")}`);
    expect(local.filter((from) => !allowed.includes(from))).toEqual([]);
  });

  it("no module of the data layer refers to Office globals", () => {
    const files = fs
      .readdirSync(DATA, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith(".ts"));
    const offending = files.filter((file) =>
      /\b(Office|Excel|CustomFunctions)\.\w/.test(fs.readFileSync(path.join(DATA, file), "utf8")),
    );
    expect(offending).toEqual([]);
  });
});
