/**
 * The AMC.* functions as Excel registers them, for the Node benchmarks: src/functions/functions.ts bundled (esbuild,
 * ES2020 like the production build) with the CustomFunctions.associate calls that the build's loader appends
 * (scripts/build/associations.js), then evaluated with a CustomFunctions shim. What the shim's associate()
 * received is what Excel would call. Every load is an independent instance with its own copy of the bundled data
 * and its own indexes, so one instance can be given a larger synthetic edition without touching the other.
 */
import fs from "fs";
import path from "path";
import vm from "vm";
import {
  createCustomFunctionsShim,
  type CustomFunctionImplementation,
  type CustomFunctionsShim,
} from "../../src/preview/custom-functions-shim";
import type { EditionDatasets, EditionId } from "../../src/data/index";

// esbuild (a dev dependency, pinned to the version tsx runs on); the production build uses webpack, too slow per load.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const esbuild = require("esbuild") as typeof import("esbuild");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { withAssociations } = require("../../scripts/build/associations");

export const ROOT = path.resolve(__dirname, "../..");
const FUNCTIONS_FILE = path.join(ROOT, "src/functions/functions.ts");

/**
 * The bundle's entry: the functions file with its associate calls, plus the editions it reads (exported so that a
 * benchmark can install a synthetic edition). Compiled from memory, in the functions folder, so imports resolve.
 */
function entrySource(): string {
  const source = withAssociations(fs.readFileSync(FUNCTIONS_FILE, "utf8"), FUNCTIONS_FILE);
  return `${source}\nexport { EDITIONS } from "../data/index";\n`;
}

export interface LoadedFunctions {
  /** What CustomFunctions.associate received, by upper-case id. */
  registry: ReadonlyMap<string, CustomFunctionImplementation>;
  /** The shim this instance sees as CustomFunctions (its Error class marks Excel errors). */
  customFunctions: CustomFunctionsShim;
  /** This instance's bundled editions (mutable before the first call, to install a synthetic edition). */
  editions: Record<EditionId, EditionDatasets>;
}

let bundled: string | undefined;

function bundle(): string {
  if (bundled) return bundled;
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const result = esbuild.buildSync({
    stdin: {
      contents: entrySource(),
      resolveDir: path.dirname(FUNCTIONS_FILE),
      sourcefile: FUNCTIONS_FILE,
      loader: "ts",
    },
    bundle: true,
    write: false,
    format: "cjs",
    platform: "neutral",
    target: "es2020",
    define: { __ADDIN_VERSION__: JSON.stringify(version) },
    logLevel: "silent",
  });
  bundled = result.outputFiles[0].text;
  return bundled;
}

/** A fresh instance of the registered functions. */
export function loadRegisteredFunctions(): LoadedFunctions {
  const customFunctions = createCustomFunctionsShim();
  const module = { exports: {} as { EDITIONS: Record<EditionId, EditionDatasets> } };
  const evaluate = vm.compileFunction(bundle(), ["module", "exports", "CustomFunctions"], {
    filename: "bench-functions.js",
  });
  evaluate(module, module.exports, customFunctions);
  return { registry: customFunctions.registry, customFunctions, editions: module.exports.EDITIONS };
}
