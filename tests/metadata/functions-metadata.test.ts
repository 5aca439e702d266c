import fs from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata, translationProblems } = require("../../scripts/build/localize-metadata");

const ROOT = path.resolve(__dirname, "../..");
const GOLDEN = path.join(__dirname, "../golden/functions.json");
const ZH = JSON.parse(fs.readFileSync(path.join(ROOT, "src/i18n/functions.zh-CN.json"), "utf8"));

interface Parameter {
  name: string;
  description: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  helpUrl?: string;
  parameters: Parameter[];
  result: unknown;
}
interface Metadata {
  functions: FunctionMetadata[];
}

async function generated(): Promise<Metadata> {
  const result = await generateCustomFunctionsMetadata(path.join(ROOT, "src/functions/functions.ts"));
  expect(result.errors).toEqual([]);
  return JSON.parse(result.metadataJson);
}

describe("functions.json", () => {
  it("matches the reviewed golden file (UPDATE_GOLDEN=1 rewrites it)", async () => {
    const metadata = await generated();
    const text = `${JSON.stringify(metadata, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN === "1") fs.writeFileSync(GOLDEN, text);
    expect(text).toBe(fs.readFileSync(GOLDEN, "utf8"));
  });

  it("gives every function an upper-case ASCII id equal to its name, and a help page anchor", async () => {
    for (const fn of (await generated()).functions) {
      expect(fn.id).toMatch(/^[A-Z][A-Z0-9]*$/);
      expect(fn.name).toBe(fn.id);
      expect(fn.helpUrl).toBe(`https://localhost:3000/help.html#${fn.id}`);
    }
  });
});

describe("functions-zh-cn.json", () => {
  it("has a Chinese description for every function and parameter, and nothing else", async () => {
    expect(translationProblems(await generated(), ZH)).toEqual([]);
  });

  it("changes only descriptions and the help page language: ids, names, types and shapes stay", async () => {
    const en = await generated();
    const zh: Metadata = localizeMetadata(en, ZH);
    const shape = (m: Metadata) =>
      m.functions.map((f) => ({
        id: f.id,
        name: f.name,
        result: f.result,
        params: f.parameters.map(({ description: _d, ...rest }) => rest),
      }));
    expect(shape(zh)).toEqual(shape(en));
    for (const fn of zh.functions) {
      expect(fn.description).toMatch(/[\u4e00-\u9fff]/);
      expect(fn.helpUrl).toBe(`https://localhost:3000/help.html?lang=zh-CN#${fn.id}`);
      for (const p of fn.parameters) expect(p.description).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("refuses to build when a translation is missing", async () => {
    const en = await generated();
    const [first] = en.functions;
    const incomplete = { ...ZH, [first.id]: undefined };
    expect(() => localizeMetadata(en, incomplete)).toThrow(new RegExp(`${first.id}: no zh-CN description`));
  });
});

describe("the README's Functions section", () => {
  it("lists every registered function, and only those", async () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Functions"), readme.indexOf("## Data\n"));
    const listed = [...section.matchAll(/^\| `([A-Z0-9]+)\(/gm)].map((m) => m[1]);
    expect(listed).toEqual((await generated()).functions.map((fn) => fn.id));
  });
});
