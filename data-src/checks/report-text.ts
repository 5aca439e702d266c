/**
 * Where the report's text is, for the checks and tests that read it: the path in AMC_REPORT_TEXT, else
 * `../shared/seeds/000_c45c22cc2eca33f3.txt` beside the repository. The text is never part of the repository.
 */
import fs from "fs";
import path from "path";

export const REPORT_TEXT_FILE = "000_c45c22cc2eca33f3.txt";
const REPO_ROOT = path.resolve(__dirname, "..", "..");
export const DEFAULT_REPORT_TEXT_PATH = path.resolve(REPO_ROOT, "..", "shared", "seeds", REPORT_TEXT_FILE);

/** The path the text is read from: AMC_REPORT_TEXT when set, else the default beside the repository. */
export function reportTextPath(): string {
  return process.env.AMC_REPORT_TEXT || DEFAULT_REPORT_TEXT_PATH;
}

/** The report's text, or null when it is not at `reportTextPath()`. */
export function readReportText(): string | null {
  const file = reportTextPath();
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
}

/** Whitespace runs read as one space: how quotes are matched against the text. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
