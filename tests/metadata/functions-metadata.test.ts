import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata, translationProblems, withFormulas } = require("../../scripts/build/localize-metadata");

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
  allowCustomDataForDataTypeAny?: boolean;
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

describe("data types in both languages' metadata", () => {
  it("allows custom data for parameters and results of type any (allowCustomDataForDataTypeAny), as shipped", async () => {
    const en = await generated();
    const REFERENCE = JSON.parse(fs.readFileSync(path.join(ROOT, "src/functions/reference.json"), "utf8"));
    const shipped = [withFormulas(en, REFERENCE, "en"), withFormulas(localizeMetadata(en, ZH), REFERENCE, "zh")];
    for (const metadata of [en, ...shipped]) expect(metadata.allowCustomDataForDataTypeAny).toBe(true);
  });

  it("declares every result that can be a formatted number or a card as any, the type data types need", async () => {
    const TEXT_ONLY = new Set(["LOWERRATING", "SOURCE"]);
    for (const fn of (await generated()).functions) {
      const type = (fn.result as { type?: string }).type ?? "any";
      expect([fn.id, type]).toEqual([fn.id, TEXT_ONLY.has(fn.id) ? "string" : "any"]);
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

describe("each function's Excel formula, written once in reference.json", () => {
  const REFERENCE = JSON.parse(fs.readFileSync(path.join(ROOT, "src/functions/reference.json"), "utf8"));

  it("is not in the JSDoc descriptions, which say what the function does", async () => {
    for (const fn of (await generated()).functions) expect(fn.description).not.toContain("≡");
    for (const entry of Object.values<{ description: string }>(ZH)) expect(entry.description).not.toContain("≡");
  });

  it("ends the shipped descriptions of both languages, with what it covers or where the function departs from it", async () => {
    const en = await generated();
    const shipped = {
      en: withFormulas(en, REFERENCE, "en"),
      zh: withFormulas(localizeMetadata(en, ZH), REFERENCE, "zh"),
    };
    for (const language of ["en", "zh"] as const) {
      shipped[language].functions.forEach((fn: FunctionMetadata, i: number) => {
        const entry = REFERENCE[fn.id];
        if (!entry.excel) return expect(fn.description).not.toContain("≡");
        const formula = entry.excel.replace(/^=/, "").split(", =")[0];
        expect(fn.description).toContain(`≡ ${formula}`);
        if (entry.excelNote) expect(fn.description).toContain(entry.excelNote[language]);
        expect(fn.description.startsWith(language === "en" ? en.functions[i].description : ZH[fn.id].description)).toBe(
          true,
        );
      });
    }
  });

  it("is in the README's function and dataset lists, which are what scripts/readme-functions.ts makes", () => {
    // A process of its own: the script formats with Prettier, whose ES modules jest's sandbox cannot load.
    const script = path.join(ROOT, "scripts/readme-functions.ts");
    const check = spawnSync(process.execPath, ["--import", "tsx", script, "--check"], { cwd: ROOT, encoding: "utf8" });
    expect({ status: check.status, stderr: check.stderr }).toEqual({ status: 0, stderr: "" });
  }, 60_000);
});
