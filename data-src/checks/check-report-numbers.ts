/**
 * `npm run check:numbers`: finds every number in the report's text, in digits or in Chinese numerals, and reports any
 * that no figure accounts for; lists the known non-figures with the reason. Exits non-zero when one is unexplained.
 */
import { getDataset } from "../../src/data/index";
import { readReportText, reportTextPath } from "./report-text";
import { scanReportNumbers, scanSummary, type ScanResult } from "./report-scan";

function scanBundledData(text: string): ScanResult {
  return scanReportNumbers(text, {
    figures: getDataset("figures").records,
    roster: getDataset("roster").records,
    bondShortNames: getDataset("defaults").records.map((bond) => bond.bond_short_name),
  });
}

function printNonFigures(result: ScanResult): void {
  const byReason = new Map<string, string[]>();
  for (const item of result.nonFigures) byReason.set(item.reason, [...(byReason.get(item.reason) ?? []), item.context]);
  console.log("Known non-figures:");
  for (const [reason, contexts] of byReason) {
    console.log(`  ${reason} (${contexts.length}):`);
    for (const context of contexts) console.log(`    … ${context} …`);
  }
}

function main(): void {
  const text = readReportText();
  if (text === null) {
    console.error(`The report's text is not at ${reportTextPath()} (set AMC_REPORT_TEXT): nothing checked.`);
    process.exit(2);
  }
  const result = scanBundledData(text);
  printNonFigures(result);
  for (const item of result.unexplained)
    console.log(`UNEXPLAINED ${item.kind} ${item.number} at ${item.offset}: … ${item.context} …`);
  console.log(scanSummary(result));
  if (result.unexplained.length > 0) process.exit(1);
}

main();
