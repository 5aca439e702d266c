/** Periods as analysts write them (src/data/periods.ts): every period of the data formatted and read back. */
import { EDITIONS } from "../../../src/data/index";
import { formatPeriod, parsePeriod } from "../../../src/data/periods";

const ISO_PERIOD = /^\d{4}(-\d\d){0,2}(\.\.\d{4}(-\d\d){0,2})?$/;

/** Every ISO period or date any record of any dataset holds. */
function periodsInTheData(): string[] {
  const periods = new Set<string>();
  for (const edition of Object.values(EDITIONS)) {
    for (const dataset of Object.values(edition)) {
      for (const record of dataset.records as Record<string, unknown>[]) {
        for (const value of Object.values(record))
          if (typeof value === "string" && ISO_PERIOD.test(value)) periods.add(value);
      }
    }
  }
  return [...periods].sort();
}

const PERIODS = periodsInTheData();

describe("periods as displayed", () => {
  it("finds the data's periods of every kind: years, months, days, spans", () => {
    expect(PERIODS).toEqual(
      expect.arrayContaining(["2024", "2025-12", "2025-06-30", "2025-01..2025-11", "2021..2024"]),
    );
  });

  it.each(PERIODS)("%s reads back from its display in both languages", (period) => {
    for (const language of ["zh", "en"] as const) {
      const shown = formatPeriod(period, language);
      expect(parsePeriod(shown)).toBe(period);
    }
  });

  it.each([
    ["2025-01..2025-11", "2025年1—11月", "Jan–Nov 2025"],
    ["2025-06-30", "2025年6月末", "30 Jun 2025"],
    ["2024-12-31", "2024年末", "31 Dec 2024"],
    ["2024", "2024年", "2024"],
    ["2021..2024", "2021—2024年", "2021–2024"],
    ["2025-07-15", "2025年7月15日", "15 Jul 2025"],
    ["2025-12", "2025年12月", "Dec 2025"],
    ["2024-01..2025-11", "2024年1月—2025年11月", "Jan 2024–Nov 2025"],
  ])("shows %s as %s and %s", (period, zh, en) => {
    expect(formatPeriod(period, "zh")).toBe(zh);
    expect(formatPeriod(period, "en")).toBe(en);
  });

  it.each([
    ["2025年1-11月", "2025-01..2025-11"],
    ["2025年1月—11月", "2025-01..2025-11"],
    ["２０２５年６月末", "2025-06-30"],
    ["2025 年 6 月末", "2025-06-30"],
    ["2024年12月末", "2024-12-31"],
    ["2024年12月31日", "2024-12-31"],
    ["2025年上半年", "2025-01..2025-06"],
    ["Jan-Nov 2025", "2025-01..2025-11"],
    ["jan – nov 2025", "2025-01..2025-11"],
    ["June 30, 2025", "2025-06-30"],
    ["H1 2025", "2025-01..2025-06"],
    ["end-2024", "2024-12-31"],
    ["2025/6/30", "2025-06-30"],
    ["2021-2024", "2021..2024"],
    ["2021~2024年", "2021..2024"],
  ])("reads %s as %s", (typed, period) => {
    expect(parsePeriod(typed)).toBe(period);
  });

  it.each(["", "foo", "2025-13", "2025-02-30", "2025年13月", "2025..2024", "Nov–Jan 2025", "1899", "net_financing"])(
    "reads %j as no period",
    (typed) => {
      expect(parsePeriod(typed)).toBeUndefined();
    },
  );
});
