/** Leverage and debt-service metrics of the report's sections 三.4 (杠杆水平) and 三.5 (融资和偿债水平). */
import { divide } from "./errors";
import { sumOf, type Range } from "./ranges";

/** 资产负债率: ≡ SUM(liabilities)/SUM(assets). */
export function debtRatio(liabilities: Range, assets: Range): number {
  return divide(sumOf(liabilities), sumOf(assets));
}

/** 现金类资产/短期债务: ≡ SUM(cash)/SUM(short_debt). */
export function cashCover(cash: Range, shortDebt: Range): number {
  return divide(sumOf(cash), sumOf(shortDebt));
}
