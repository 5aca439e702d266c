/**
 * DATASET's and ROSTER's spills, and DATASET's cell formats (the task pane's, column by column). A spill is built
 * once per dataset or province, language and header choice: the bundled data never changes, and these cells
 * recalculate with every full recalculation of the workbook, so a call costs a look-up whatever the size of the
 * data. Shared between calls, hence frozen; kept in a bounded cache, and only once built (a name that is no dataset
 * or province leaves nothing behind).
 */
import { CATALOG, cellNumberFormat, type ColumnMeta } from "../data/catalog";
import { EDITIONS, LATEST_EDITION } from "../data/index";
import { BoundedCache } from "../data/query/bounded-cache";
import { datasetId, datasetTable, rosterRows } from "../data/query/cells";
import { provinceKeyOf } from "../data/query/roster";
import { languageOf, type Locale } from "../i18n/locale";
import { spillHeaders } from "../i18n/spill-headers";
import type { SpillFormat } from "./result-formats";
import { spill, type ExcelCell } from "./spill";

type Variants = (ExcelCell[][] | undefined)[];

/** Room for every dataset, and every province, each in both languages with and without headers. */
const datasetSpills = new BoundedCache<string, Variants>(64);
const rosterSpills = new BoundedCache<string, Variants>(64);

function spillOnce(
  spills: BoundedCache<string, Variants>,
  key: string,
  { locale, withHeaders }: { locale: Locale; withHeaders: boolean },
  build: () => ExcelCell[][],
): ExcelCell[][] {
  const variant = (locale === "zh-CN" ? 2 : 0) + (withHeaders ? 1 : 0);
  const variants = spills.get(key);
  const cached = variants?.[variant];
  if (cached) return cached;
  const built = Object.freeze(build().map((row) => Object.freeze(row))) as ExcelCell[][];
  (variants ?? spills.set(key, []))[variant] = built;
  return built;
}

/** DATASET's spill: the dataset an analyst names, with its column titles above when wanted. */
export function datasetSpill(name: string, locale: Locale, withHeaders: boolean): ExcelCell[][] {
  const id = datasetId(name);
  return spillOnce(datasetSpills, id, { locale, withHeaders }, () => {
    const table = datasetTable(id, languageOf(locale));
    return spill(table.rows, withHeaders ? table.headers : null);
  });
}

/** ROSTER's spill: the companies of a province (all for null), with the header row when wanted. */
export function rosterSpill(province: string | null, locale: Locale, withHeaders: boolean): ExcelCell[][] {
  const key = province === null ? "" : provinceKeyOf(province);
  return spillOnce(rosterSpills, key, { locale, withHeaders }, () =>
    spill(rosterRows(province), withHeaders ? spillHeaders("ROSTER", locale) : null),
  );
}

/** Formats that leave a number as it is: General, and text ("@", which would show a number as text). */
const AS_IT_IS = new Set(["General", "@"]);

/** DATASET's cell formats: each column's as the task pane inserts it, per row where the unit varies (figures). */
export function datasetFormat(name: string, withHeaders: boolean): SpillFormat {
  const id = datasetId(name);
  const columns = CATALOG[id].columns as ColumnMeta[];
  const records = EDITIONS[LATEST_EDITION][id].records as Record<string, unknown>[];
  const first = withHeaders ? 1 : 0;
  return (row, column) => {
    if (row < first) return null;
    const format = cellNumberFormat(columns[column], records[row - first]);
    return AS_IT_IS.has(format) ? null : format;
  };
}
