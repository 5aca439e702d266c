/**
 * `npm run validate`: the offline manifest checks on manifest.xml and, when dist/ exists, on the built manifest
 * against the files the build actually wrote. Exits non-zero on any problem.
 */
import fs from "fs";
import path from "path";
import { manifestProblems, parseManifest, schemaErrors } from "./manifest-checks";
import { plannedOutputs, productionConfig } from "./planned-outputs";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_BASE_URL, targetBaseUrl } = require("./build/addin-urls");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");

function filesUnder(folder: string): Set<string> {
  const files = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.add(path.relative(folder, full).split(path.sep).join("/"));
    }
  };
  walk(folder);
  return files;
}

async function check(label: string, xml: string, baseUrl: string, files: Set<string>): Promise<string[]> {
  const problems = manifestProblems(parseManifest(xml), baseUrl, files).map((problem) => `${label}: ${problem}`);
  problems.push(...(await schemaErrors(xml)).map((error) => `${label}: XSD: ${error}`));
  return problems;
}

async function main() {
  const sourceXml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const problems = await check("manifest.xml", sourceXml, DEV_BASE_URL, plannedOutputs(await productionConfig()));
  const builtManifest = path.join(DIST, "manifest.xml");
  if (fs.existsSync(builtManifest)) {
    problems.push(
      ...(await check("dist/manifest.xml", fs.readFileSync(builtManifest, "utf8"), targetBaseUrl(), filesUnder(DIST))),
    );
  } else {
    console.warn("dist/manifest.xml not found: run `npm run build` to check the built files too");
  }
  if (problems.length > 0) {
    console.error(`Manifest problems (${problems.length}):\n  ${problems.join("\n  ")}`);
    process.exit(1);
  }
  console.log(
    "manifest.xml: well-formed, valid against the Office XSDs, resids resolve, ids unique, https only, custom functions wired to built files",
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
