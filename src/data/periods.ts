/** Reading the ISO periods of the datasets: where a period ends, and an ISO date as an Excel serial number. */

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** The last day of a period: `2024` → 2024-12-31, `2025-01..2025-11` → 2025-11-30, `2025-06-30` → itself. */
export function periodEnd(period: string): string {
  const last = period.split("..").pop()!;
  const [year, month, day] = last.split("-").map(Number);
  if (day !== undefined) return last;
  const end = month === undefined ? new Date(Date.UTC(year, 12, 0)) : new Date(Date.UTC(year, month, 0));
  return end.toISOString().slice(0, 10);
}

/** The Excel serial number of an ISO date (days since 1899-12-30), as Excel stores dates. */
export function excelSerial(isoDate: string): number {
  const [year, month, day] = isoDate.split("-").map(Number);
  return (Date.UTC(year, month - 1, day) - EXCEL_EPOCH) / MS_PER_DAY;
}

/** The latest of some ISO dates. */
export function latestDate(dates: string[]): string {
  return dates.reduce((latest, date) => (date > latest ? date : latest));
}
