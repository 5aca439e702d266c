/**
 * axe-core in a page the browser tests drive: WCAG 2.0/2.1 A and AA rules plus best practices, with nothing excluded
 * but Fluent's focus sentinels (`[data-tabster-dummy]`, invisible elements tabster places around focus traps).
 */
import fs from "fs";
import type { Page } from "playwright-core";

const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const RULE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

/** One violation as a reader of a failed test needs it: the rule, what it says, and where. */
export interface AxeFinding {
  rule: string;
  impact: string | null;
  help: string;
  targets: string[];
}

interface AxeResults {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

/**
 * The violations axe finds in the page as it stands (or inside `within`, a CSS selector). The source is evaluated
 * through the DevTools protocol, which a page's Content-Security-Policy does not govern, so the production page is
 * checked with its own policy in force.
 */
export async function axeViolations(page: Page, within?: string): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const results = (await page.evaluate(
    ([tags, include]) => {
      const context = { include: include ? [include] : [["html"]], exclude: [["[data-tabster-dummy]"]] };
      const options = { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] };
      return (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<unknown> } }).axe.run(
        context,
        options,
      );
    },
    [RULE_TAGS, within ?? null] as const,
  )) as AxeResults;
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(" ")),
  }));
}
