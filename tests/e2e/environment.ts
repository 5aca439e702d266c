/**
 * What the browser tests know about their run: the builds and URLs the global setup made, whether Chromium is
 * there, and where screenshots and reports go.
 */
import fs from "fs";
import path from "path";
import type { CustomFunctionsMetadata } from "../../src/preview/hyperformula-bridge";

export const ROOT = path.resolve(__dirname, "../..");
export const SCREENSHOTS = path.join(ROOT, "test-output", "screenshots");
export const REPORTS = path.join(ROOT, "test-output");

export const E2E = {
  prodDir: process.env.AMC_E2E_PROD_DIR ?? "",
  prodUrl: process.env.AMC_E2E_PROD_URL ?? "",
  devDir: process.env.AMC_E2E_DEV_DIR ?? "",
  devUrl: process.env.AMC_E2E_DEV_URL ?? "",
};

/** describe() when Chromium is installed, else describe.skip (the global setup printed why, loudly). */
export const describeInBrowser: jest.Describe = process.env.AMC_E2E_BROWSER === "1" ? describe : describe.skip;

export function builtMetadata(dir: string): CustomFunctionsMetadata {
  if (!dir) return { functions: [] };
  return JSON.parse(fs.readFileSync(path.join(dir, "functions.json"), "utf8")) as CustomFunctionsMetadata;
}

export function saveReport(name: string, content: unknown): string {
  fs.mkdirSync(REPORTS, { recursive: true });
  const file = path.join(REPORTS, name);
  fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return file;
}
