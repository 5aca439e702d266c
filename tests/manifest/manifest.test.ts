import fs from "fs";
import os from "os";
import path from "path";
import {
  customFunctionsUrls,
  duplicateIds,
  manifestFacts,
  manifestProblems,
  nonHttpsUrls,
  parseManifest,
  schemaErrors,
  unresolvedResids,
  builtFilesNamed,
  MANIFEST_SCHEMA_DIR,
} from "../../scripts/manifest-checks";
import { plannedOutputs, productionConfig } from "../../scripts/planned-outputs";
import { FUNCTION_NAMESPACE } from "../../src/functions/namespace";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_BASE_URL, rewriteBaseUrl } = require("../../scripts/build/addin-urls");

const MANIFEST_XML = fs.readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
const manifest = parseManifest(MANIFEST_XML);

describe("manifest.xml passes the offline checks", () => {
  it("resolves every resid to a resource", () => {
    expect(unresolvedResids(manifest)).toEqual([]);
  });

  it("uses every id once", () => {
    expect(duplicateIds(manifest)).toEqual([]);
  });

  it("names only https URLs", () => {
    expect(nonHttpsUrls(manifest)).toEqual([]);
  });

  it("points the custom functions' Script, Page and Metadata at files the build produces", async () => {
    const outputs = plannedOutputs(await productionConfig());
    const urls = customFunctionsUrls(manifest);
    const { files, foreign } = builtFilesNamed([...urls.Script, ...urls.Page, ...urls.Metadata], DEV_BASE_URL);
    expect(foreign).toEqual([]);
    expect(files.sort()).toEqual(["functions-zh-cn.json", "functions.js", "functions.json", "taskpane.html"]);
    expect(manifestProblems(manifest, DEV_BASE_URL, outputs)).toEqual([]);
  });

  it("validates against the Office manifest XSDs vendored in the repository", async () => {
    expect(fs.existsSync(path.join(MANIFEST_SCHEMA_DIR, "OfficeAppManifestV1_1.xsd"))).toBe(true);
    expect(await schemaErrors(MANIFEST_XML)).toEqual([]);
  });

  it("fails the XSD check, rather than passing it, where there is no schema", async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "amc-no-schemas-"));
    try {
      await expect(schemaErrors(MANIFEST_XML, empty)).rejects.toThrow(/no Office manifest schema/);
      await expect(schemaErrors(MANIFEST_XML, path.join(empty, "missing"))).rejects.toThrow(
        /no Office manifest schema/,
      );
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe("manifest.xml declares the design's shared runtime", () => {
  const facts = manifestFacts(manifest);

  it("requires SharedRuntime 1.1 and runs one long-lived runtime", () => {
    expect(facts.sharedRuntimeRequired).toBe(true);
    expect(facts.runtimes).toEqual([{ resid: "Taskpane.Url", lifetime: "long" }]);
  });

  it("hosts the functions' page and the task pane on the runtime's page, without a TaskpaneId", () => {
    expect(facts.pageResid).toBe("Taskpane.Url");
    expect(facts.taskpaneResids).toEqual(["Taskpane.Url"]);
    expect(facts.hasTaskpaneId).toBe(false);
  });

  it("uses the AMC namespace, ReadWriteDocument and a fixed GUID", () => {
    expect(facts.namespace).toBe(FUNCTION_NAMESPACE);
    expect(facts.permissions).toBe("ReadWriteDocument");
    expect(facts.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("localises the name, description and function metadata for zh-CN", () => {
    expect(facts.zhOverrides).toEqual(
      expect.arrayContaining(["地方AMC分析", "https://localhost:3000/functions-zh-cn.json"]),
    );
    expect(customFunctionsUrls(manifest).Metadata).toEqual([
      "https://localhost:3000/functions.json",
      "https://localhost:3000/functions-zh-cn.json",
    ]);
  });
});

describe("the checks catch a broken manifest", () => {
  const broken = (from: string, to: string) => {
    expect(MANIFEST_XML).toContain(from);
    return MANIFEST_XML.replace(from, to);
  };

  it("reports a resid with no resource", () => {
    const xml = broken('<bt:Image id="Icon.80x80"', '<bt:Image id="Icon.80x80.gone"');
    expect(unresolvedResids(parseManifest(xml))).toContain("Icon.80x80");
  });

  it("reports a duplicate id", () => {
    const xml = broken('id="AmcAnalyst.ShowTaskpane"', 'id="AmcAnalyst.Group"');
    expect(duplicateIds(parseManifest(xml))).toEqual(["AmcAnalyst.Group"]);
  });

  it("reports an http URL", () => {
    const xml = broken(
      'DefaultValue="https://localhost:3000/functions.js"',
      'DefaultValue="http://localhost:3000/functions.js"',
    );
    expect(nonHttpsUrls(parseManifest(xml))).toEqual(["http://localhost:3000/functions.js"]);
  });

  it("reports a functions script the build does not produce", async () => {
    const xml = broken("https://localhost:3000/functions.js", "https://localhost:3000/public/functions.js");
    const problems = manifestProblems(parseManifest(xml), DEV_BASE_URL, plannedOutputs(await productionConfig()));
    expect(problems).toContain("CustomFunctions Script names public/functions.js, which the build does not produce");
  });

  it("reports XML that is not well-formed", () => {
    expect(() => parseManifest(MANIFEST_XML.replace("</Hosts>", ""))).toThrow(/not well-formed/);
  });

  it("reports elements out of the schema's order", async () => {
    const runtimes = '<Runtimes>\n          <Runtime resid="Taskpane.Url" lifetime="long"/>\n        </Runtimes>';
    const moved = broken(runtimes, "").replace("</AllFormFactors>", `</AllFormFactors>${runtimes}`);
    expect((await schemaErrors(moved)).join("\n")).toMatch(/Runtimes/);
  });
});

describe("ADDIN_BASE_URL", () => {
  it("rewrites every dev URL of the manifest, not only the first", () => {
    const count = MANIFEST_XML.split(DEV_BASE_URL).length - 1;
    expect(count).toBeGreaterThan(5);
    const rewritten = rewriteBaseUrl(MANIFEST_XML, "https://example.org/amc/");
    expect(rewritten).not.toContain(DEV_BASE_URL);
    expect(rewritten.split("https://example.org/amc/").length - 1).toBe(count);
  });
});
