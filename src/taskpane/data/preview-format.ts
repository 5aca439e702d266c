/**
 * How a stored value shows in the pane's preview: as the analyst will see it in Excel (percents with %, amounts
 * with two decimals, counts whole, lists joined, periods as analysts write them), from the value as printed. Pure.
 */
import { cellNumberFormat, type ColumnMeta } from "../../data/catalog";
import { formatPeriod } from "../../data/periods";
import { languageOf, type Locale } from "../../i18n/locale";

function fixed(locale: Locale, digits: number): Intl.NumberFormat {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function previewCell(
  value: unknown,
  column: ColumnMeta,
  record: Record<string, unknown>,
  locale: Locale,
): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.join("、");
  // A period as analysts write it (2025年1—11月, Jan–Nov 2025), as the inserted table shows it.
  if (column.display === "period" && typeof value === "string") return formatPeriod(value, languageOf(locale));
  if (typeof value !== "number") return String(value);
  const format = cellNumberFormat(column, record);
  if (format === "0.00%") return `${fixed(locale, 2).format(value)}%`;
  if (format === "0.00") return fixed(locale, 2).format(value);
  if (format === "0") return fixed(locale, 0).format(value);
  return String(value);
}
