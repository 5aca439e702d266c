/**
 * The AMC.* custom functions Excel calls: thin wrappers that coerce arguments, call src/metrics and map errors.
 * Their JSDoc is the single source of functions.json (custom-functions-metadata-plugin), and the plugin's loader
 * appends one CustomFunctions.associate call per function to this file at build time.
 */
import { run } from "./excel-errors";
import { netFinancing } from "../metrics/financing";
import { debtRatio } from "../metrics/leverage";

/**
 * Net financing (净融资额): the total issued minus the total repaid. ≡ SUM(issued)-SUM(repaid).
 * @customfunction NETFINANCING
 * @helpurl https://localhost:3000/help.html#NETFINANCING
 * @param issued Amounts issued; blank cells and text are ignored.
 * @param repaid Amounts repaid or matured; blank cells and text are ignored.
 * @returns The total issued minus the total repaid.
 */
export function netfinancing(issued: any[][], repaid: any[][]): number {
  return run(() => netFinancing(issued, repaid));
}

/**
 * Debt ratio (资产负债率): total liabilities over total assets. ≡ SUM(liabilities)/SUM(assets).
 * @customfunction DEBTRATIO
 * @helpurl https://localhost:3000/help.html#DEBTRATIO
 * @param liabilities Total liabilities; blank cells and text are ignored.
 * @param assets Total assets; blank cells and text are ignored.
 * @returns The debt ratio as a decimal (0.3776 for 37.76%).
 */
export function debtratio(liabilities: any[][], assets: any[][]): number {
  return run(() => debtRatio(liabilities, assets));
}
