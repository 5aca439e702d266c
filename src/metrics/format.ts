/** Numbers written the way Excel's General format shows them, for labels built from the analyst's numbers. */

/** Up to 15 significant digits, no trailing zeros, no exponent for ordinary magnitudes: 300, 0.5, 1234.56. */
export function formatGeneral(value: number): string {
  if (Number.isSafeInteger(value)) return String(value); // most bounds and years: no rounding to do
  const rounded = Number(value.toPrecision(15));
  if (rounded !== 0 && (Math.abs(rounded) >= 1e15 || Math.abs(rounded) < 1e-9)) {
    return rounded.toExponential().replace("e+", "E+").replace("e-", "E-");
  }
  return String(rounded).includes("e") ? rounded.toFixed(20).replace(/\.?0+$/, "") : String(rounded);
}
