/** Leverage metrics of the report's section 三.4 (杠杆水平). */
import { divide } from "./errors";
import { sumOf, type Range } from "./ranges";

/** 资产负债率: ≡ SUM(liabilities)/SUM(assets). */
export function debtRatio(liabilities: Range, assets: Range): number {
  return divide(sumOf(liabilities), sumOf(assets));
}
