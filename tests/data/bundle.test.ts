/**
 * The bundle boundary is the folder boundary: the production build Excel loads holds the edition JSON and the
 * runtime modules of src/data/, and nothing of the authoring tools in data-src/ nor zod, which only they use.
 * Checked on the modules webpack put in the build's chunks (the production build keeps its source maps out of dist/).
 */
import fs from "fs";
import path from "path";
import { getDataset } from "../../src/data/index";
import { PRODUCTION_MODULES, productionBuild } from "../support/production-build";

let bundledModules: string[];
let bundledScripts: string[];

const ROOT = path.resolve(__dirname, "../..");

/** Every module webpack put in the build's chunks, as a path such as `./src/data/index.ts`. */
function shippedModules(): string[] {
  const files = JSON.parse(fs.readFileSync(PRODUCTION_MODULES, "utf8")) as string[];
  return files.map((file) => `./${path.relative(ROOT, file).split(path.sep).join("/")}`);
}

beforeAll(async () => {
  const dist = await productionBuild();
  bundledModules = shippedModules();
  bundledScripts = fs
    .readdirSync(dist)
    .filter((file) => file.endsWith(".js"))
    .map((file) => fs.readFileSync(path.join(dist, file), "utf8"));
}, 300_000);

describe("the add-in bundle holds the data the add-in loads and none of the authoring tools", () => {
  it("lists the data layer's runtime modules by path (so the checks below can find a module by its folder)", () => {
    expect(bundledModules).toEqual(expect.arrayContaining(["./src/data/index.ts", "./src/data/catalog.ts"]));
  });

  it("holds the edition's records", () => {
    const key = getDataset("figures").records[0].id;
    expect(bundledScripts.some((script) => script.includes(key))).toBe(true);
  });

  it("contains no module of data-src/", () => {
    expect(bundledModules.filter((module) => module.includes("data-src/"))).toEqual([]);
  });

  it("contains neither zod nor the report's text reader", () => {
    expect(bundledModules.filter((module) => /node_modules\/zod\/|report-text/.test(module))).toEqual([]);
  });

  it("contains no JSON Schema of the datasets", () => {
    expect(bundledScripts.filter((script) => script.includes("json-schema.org"))).toEqual([]);
  });
});

describe("the data layer holds no Office code", () => {
  it("no module of src/data/ refers to Office globals", () => {
    const dir = path.resolve(__dirname, "../../src/data");
    const files = fs
      .readdirSync(dir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(0);
    const offending = files.filter((file) =>
      /\b(Office|Excel|CustomFunctions)\.\w/.test(fs.readFileSync(path.join(dir, file), "utf8")),
    );
    expect(offending).toEqual([]);
  });
});
