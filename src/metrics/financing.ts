/** Bond financing metrics of the report's section 四 (债券市场表现). */
import { sumOf, type Range } from "./ranges";

/** 净融资额: issued minus repaid, ≡ SUM(issued)-SUM(repaid). */
export function netFinancing(issued: Range, repaid: Range): number {
  return sumOf(issued) - sumOf(repaid);
}
