/**
 * The AMC.* functions as Excel's runtime registers them, for a plain Node process outside jest (where timings are
 * the add-in's own, not those of jest's sandbox, whose proxied globals make every global lookup ~35× slower): the
 * CustomFunctions stub, then one registration per associate call the build appends to the functions file.
 */
import "./custom-functions-stub";
import fs from "fs";
import path from "path";
import { parseTree } from "custom-functions-metadata/lib/parseTree";
import * as functions from "../../src/functions/functions";

type Registered = (...args: unknown[]) => unknown;

const FUNCTIONS_FILE = path.resolve(__dirname, "../../src/functions/functions.ts");

export function nodeRegistry(): Map<string, Registered> {
  // The parser of custom-functions-metadata: the one the build's loader (and tests/support/ts-transform.js) uses.
  const { associate } = parseTree(fs.readFileSync(FUNCTIONS_FILE, "utf8"), FUNCTIONS_FILE);
  const exported = functions as unknown as Record<string, Registered>;
  return new Map(associate.map(({ id, functionName }) => [id, exported[functionName]]));
}
