/**
 * The format of every function's result where Excel takes data types: what each function's numbers show as (the
 * table below is the specification, one entry per function), that the registered function returns exactly that as
 * Excel.DoubleCellValue with the plain call's number as basicValue, that resultNumberFormat (the formula builder's
 * accessor) says the same, and that without data types the same calls return the plain values.
 */
import { CATALOG, cellNumberFormat, figureNumberFormat, type ColumnMeta } from "../../src/data/catalog";
import { DATASET_IDS, EDITIONS, LATEST_EDITION } from "../../src/data/index";
import { datasetPlan } from "../../src/excel/dataset-plan";
import type { CellBlock } from "../../src/excel/sheet-plan";
import { tableColumns } from "../../src/excel/table-layout";
import { formatCellValue } from "../../src/excel-rules/number-format";
import { DECLARATIONS, type FunctionId } from "../../src/functions/declarations";
import { FUNCTION_REFERENCE } from "../../src/functions/reference";
import { resultNumberFormat } from "../../src/functions/result-number-format";
import { languageOf, type Locale } from "../../src/i18n/locale";
import { basicValue, holdsTypedValue, numberFormatOf } from "../support/data-types";
import { DISPLAY_LOCALES, withDisplayLanguage } from "../support/display-language";
import { parseCall } from "../support/excel-literals";
import { callRegistered, registeredFunctions } from "../support/registered";

const plain = registeredFunctions();
const typed = registeredFunctions({ dataTypes: true });
const edition = EDITIONS[LATEST_EDITION];

const PERCENT = "0.00%";
const AMOUNT = "#,##0.00";
const WHOLE = "0";
const BASIS_POINTS = '0.00" BP"';

/** A format per display language, for the formats that carry a unit in words. */
type ByLocale = Record<Locale, string>;
/** What a function's numbers show as: one format, one per spill column, or per language. */
type Expected = string | ByLocale | (string | null)[] | "per figure" | "per dataset column" | "text" | "card";

const EXPECTED: Record<FunctionId, Expected> = {
  TOP5SHARE: PERCENT,
  TOPN: [null, AMOUNT, PERCENT],
  SHARE: PERCENT,
  HHI: WHOLE,
  GROWTHRATE: PERCENT,
  ANNUALIZE: PERCENT,
  ROA: PERCENT,
  ROE: PERCENT,
  DEBTRATIO: PERCENT,
  CASHCOVER: PERCENT,
  NETFINANCING: AMOUNT,
  BONDFLOWS: [AMOUNT, AMOUNT, AMOUNT],
  MATURITYPROFILE: [WHOLE, AMOUNT, PERCENT],
  TERMSHARE: PERCENT,
  ISSUANCESPLIT: [AMOUNT, AMOUNT],
  DISTRIBUTION: [null, WHOLE, PERCENT],
  RATINGDIST: [null, WHOLE, PERCENT],
  RATINGRANK: WHOLE,
  LOWERRATING: "text",
  MIGRATION: [WHOLE, WHOLE, WHOLE],
  SPREADBP: BASIS_POINTS,
  ROSTER: [WHOLE, null, null, null],
  COMPANY: "text",
  PROFILE: "card",
  AMCCOUNT: { "zh-CN": '0" 家"', "en-US": WHOLE },
  FIGURE: "per figure",
  SOURCE: "text",
  DATASET: "per dataset column",
};

const inLanguage = (locale: Locale, body: () => unknown) => withDisplayLanguage(locale, body);

/** Each function's worked example (reference.json): a call that succeeds, with realistic arguments. */
const example = (id: string) => parseCall(FUNCTION_REFERENCE[id].example).args;

it("declares the format of every function, and this table covers every one", () => {
  expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(DECLARATIONS).sort());
  for (const declaration of Object.values(DECLARATIONS)) expect(declaration).toHaveProperty("format");
});

describe.each(DISPLAY_LOCALES)("in %s", (locale) => {
  const call = (registry: typeof plain, id: string, args: unknown[]) =>
    inLanguage(locale, () => callRegistered(registry, id, ...args));
  const accessor = (id: FunctionId, args: unknown[]) => inLanguage(locale, () => resultNumberFormat(id, args));

  const singles = Object.entries(EXPECTED).filter(
    ([, expected]) =>
      typeof expected === "string" && !["per figure", "per dataset column", "text", "card"].includes(expected),
  ) as [FunctionId, string][];
  const perColumn = Object.entries(EXPECTED).filter(([, expected]) => Array.isArray(expected)) as [
    FunctionId,
    (string | null)[],
  ][];

  it.each(singles.filter(([id]) => DECLARATIONS[id].result !== "cells"))(
    "%s: a number formatted %s, its value the plain call's",
    (id, format) => {
      const result = call(typed, id, example(id));
      expect(result).toEqual({ type: "Double", basicValue: call(plain, id, example(id)), numberFormat: format });
      expect(accessor(id, example(id))).toBe(format);
    },
  );

  it("AMCCOUNT: a count of companies, 家 after it in Chinese", () => {
    const format = (EXPECTED.AMCCOUNT as ByLocale)[locale];
    expect(call(typed, "AMCCOUNT", [null])).toEqual({ type: "Double", basicValue: 58, numberFormat: format });
    expect(accessor("AMCCOUNT", ["浙江"])).toBe(format);
  });

  it.each(perColumn)("%s: each column of the spill in its format, the header row as it is", (id, formats) => {
    const result = call(typed, id, example(id)) as unknown[][];
    const plainResult = call(plain, id, example(id)) as unknown[][];
    expect(basicValue(result)).toEqual(plainResult);
    const header = DECLARATIONS[id].result === "spill" || id === "ROSTER";
    if (header) expect(result[0]).toEqual(plainResult[0]);
    const expected = plainResult.map((row, r) =>
      row.map((cell, c) => (typeof cell === "number" && !(header && r === 0) ? formats[c] : null)),
    );
    expect(numberFormatOf(result)).toEqual(expected);
    expect(expected.flat().some((format) => format !== null)).toBe(true);
    expect(accessor(id, example(id))).toEqual(expected);
  });

  it("SPREADBP: every spread in basis points, error cells as they are", () => {
    const args = [[[0.026], ["x"], [0.031]], 0.0215];
    const result = call(typed, "SPREADBP", args) as unknown[][];
    expect(basicValue(result)).toEqual(call(plain, "SPREADBP", args));
    expect(numberFormatOf(result)).toEqual([[BASIS_POINTS], [null], [BASIS_POINTS]]);
    expect((result[1][0] as CustomFunctions.Error).code).toBe("#VALUE!");
    expect(formatCellValue(basicValue(result[0][0]) as number, BASIS_POINTS)).toBe("45.00 BP");
  });

  it("text results stay text: LOWERRATING, SOURCE, COMPANY's text fields; COMPANY's seq is a whole number", () => {
    for (const id of ["LOWERRATING", "SOURCE", "COMPANY"]) {
      const result = call(typed, id, example(id));
      expect(typeof result).toBe("string");
      expect(result).toBe(call(plain, id, example(id)));
      expect(accessor(id as FunctionId, example(id))).toBeNull();
    }
    expect(call(typed, "COMPANY", ["浙商资产", "seq"])).toEqual({
      type: "Double",
      basicValue: call(plain, "COMPANY", ["浙商资产", "seq"]),
      numberFormat: WHOLE,
    });
  });

  it("FIGURE: every figure of the report in its printed decimals and unit, in the display language", () => {
    const language = languageOf(locale);
    for (const figure of edition.figures.records) {
      const args = [figure.metric, figure.entity, figure.period, null];
      const format = figureNumberFormat(figure, language);
      const result = call(typed, "FIGURE", args);
      expect([figure.id, result]).toEqual([
        figure.id,
        { type: "Double", basicValue: call(plain, "FIGURE", args), numberFormat: format },
      ]);
      expect(accessor("FIGURE", args)).toBe(format);
    }
  });

  it("FIGURE: a share reads as the report prints it", () => {
    const result = call(typed, "FIGURE", ["top5_share_of_sample_total_assets", "sample", "2025-06-30", null]);
    const { basicValue: value, numberFormat } = result as Excel.DoubleCellValue;
    expect(formatCellValue(value, numberFormat)).toBe("50.58%");
  });

  it.each([...DATASET_IDS])("DATASET %s: every number in the format of the table the task pane inserts", (id) => {
    const result = call(typed, "DATASET", [id, true]) as unknown[][];
    const plainResult = call(plain, "DATASET", [id, true]) as unknown[][];
    expect(basicValue(result)).toEqual(plainResult);
    const records = edition[id].records as Record<string, unknown>[];
    const options = { locale, tableName: "T", withChart: false, provenance: true, outline: false };
    const block = datasetPlan(CATALOG[id], records, options).blocks[0] as CellBlock;
    const inserted = block.numberFormat as string[][];
    const columns = CATALOG[id].columns as ColumnMeta[];
    const sources = tableColumns(CATALOG[id], locale, { provenance: true }).map((column) => column.source);
    // The table puts the columns in its own order, may show a column twice (as read, and as stored), and shows the
    // record key as text: a number it does not show as a number gets its catalog format.
    const insertedFormat = (r: number, c: number, value: number) => {
      const at = sources.findIndex((source, i) => source === columns[c] && block.cells[r][i] === value);
      return at >= 0 ? inserted[r][at] : cellNumberFormat(columns[c], records[r - 1]);
    };
    const expected = plainResult.map((row, r) =>
      row.map((cell, c) => {
        if (typeof cell !== "number" || r === 0) return null;
        const format = insertedFormat(r, c, cell);
        return format === "General" || format === "@" ? null : format;
      }),
    );
    expect(numberFormatOf(result)).toEqual(expected);
    records.forEach((record, r) =>
      columns.forEach((column, c) => {
        const value = plainResult[r + 1][c];
        if (typeof value === "number") expect(insertedFormat(r + 1, c, value)).toBe(cellNumberFormat(column, record));
      }),
    );
  });

  it("DATASET: dates show as dates, and the same spill is returned to every call", () => {
    const first = call(typed, "DATASET", ["defaults", false]) as unknown[][];
    expect(call(typed, "DATASET", ["defaults", false])).toBe(first);
    const dates = first.flat().filter((cell) => numberFormatOf(cell) === "yyyy-mm-dd") as Excel.DoubleCellValue[];
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(formatCellValue(date.basicValue, date.numberFormat)).toMatch(/^\d{4}-\d\d-\d\d$/);
  });

  it("without data types, every worked example returns what it returned before: no data-typed value", () => {
    for (const id of Object.keys(DECLARATIONS)) {
      const result = call(plain, id, example(id));
      expect([id, holdsTypedValue(result)]).toEqual([id, false]);
      expect(result).toEqual(basicValue(call(typed, id, example(id))));
    }
  });
});

it("resultNumberFormat of a call that cannot be made yet: the declared format of a single result, none for a spill", () => {
  expect(resultNumberFormat("TOP5SHARE", [])).toBe(PERCENT);
  expect(resultNumberFormat("SPREADBP", ["x", 0.02])).toBeNull();
  expect(resultNumberFormat("TOPN", [])).toBeNull();
  expect(resultNumberFormat("FIGURE", ["no such metric"])).toBeNull();
});
