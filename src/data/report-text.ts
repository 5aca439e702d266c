/**
 * Where the report's text is: the seed file beside the repository (`../shared/seeds/…` from the repo root, or the
 * nearest such folder above it), or the path in AMC_REPORT_TEXT. Only checks and tests read it; it is not bundled.
 */
import fs from "fs";
import path from "path";

export const REPORT_TEXT_FILE = "000_c45c22cc2eca33f3.txt";
const REPO_ROOT = path.resolve(__dirname, "..", "..");

/** The path of the report's text, or null when it is not on this machine. */
export function reportTextPath(): string | null {
  const fromEnv = process.env.AMC_REPORT_TEXT;
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : null;
  for (let dir = REPO_ROOT; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "..", "shared", "seeds", REPORT_TEXT_FILE);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

export function readReportText(): string | null {
  const file = reportTextPath();
  return file ? fs.readFileSync(file, "utf8") : null;
}

/** Whitespace runs read as one space: how quotes are matched against the text. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
