/**
 * Excel's limits on what the functions return, over every answer the bundled data can give rather
 * than a sample: every dataset, figure, citation, company field and province, in both display languages. Each
 * answer is what Excel can hold (no Date objects, text within 32,767 characters, spills within the grid, no
 * NaN or error cells where the data holds a value), and every date column of a dataset is a serial number Excel
 * shows as that date; with and without data types (every company's card included).
 */
import { CATALOG, type ColumnMeta } from "../../src/data/catalog";
import { DATASET_IDS, EDITIONS, LATEST_EDITION } from "../../src/data/index";
import { DISPLAY_LOCALES, withDisplayLanguage } from "../support/display-language";
import { basicValue } from "../support/data-types";
import { outcomeProblems } from "../support/excel-values";
import { outcomeOf, registeredFunctions } from "../support/registered";

const MODES = [
  { mode: "without data types", registry: registeredFunctions(), receiver: { dataTypes: false } },
  { mode: "with data types", registry: registeredFunctions({ dataTypes: true }), receiver: { dataTypes: true } },
];
const edition = EDITIONS[LATEST_EDITION];
const FIELDS = ["full_name", "short_name", "short_name_printed", "province", "seq", "aliases", "note"];
const PROVINCES = [null, ...new Set(edition.roster.records.map((company) => company.province))];

/** Excel's calendar: serial 1 is 1900-01-01, 2,958,465 is 9999-12-31. */
const isDateSerial = (cell: unknown) =>
  typeof cell === "number" && Number.isInteger(cell) && cell >= 1 && cell <= 2_958_465;

describe.each(
  MODES.flatMap(({ mode, registry, receiver }) => DISPLAY_LOCALES.map((l) => [l, mode, registry, receiver] as const)),
)("every answer of the bundled data in %s, %s", (locale, _mode, registry, receiver) => {
  const answer = (id: string, ...args: unknown[]) =>
    withDisplayLanguage(locale, () => outcomeOf(registry, id, ...args));

  it.each([...DATASET_IDS])("DATASET %s: cells Excel holds, no error cell, dates as serial numbers", (id) => {
    const outcome = answer("DATASET", id, true);
    expect(outcomeProblems(outcome, locale, [], receiver)).toEqual([]);
    const [, ...rows] = basicValue(outcome.value) as unknown[][];
    expect(rows.flat().filter((cell) => cell instanceof CustomFunctions.Error)).toEqual([]);
    const columns = CATALOG[id].columns as ColumnMeta[];
    const records = edition[id].records as Record<string, unknown>[];
    columns.forEach((column, c) => {
      if (column.type !== "date") return;
      const dated = rows.filter((_, r) => typeof records[r][column.id] === "string");
      expect(dated.map((row) => row[c]).filter((cell) => !isDateSerial(cell))).toEqual([]);
    });
  });

  it("FIGURE and SOURCE of every figure: a number or text within a cell's limit", () => {
    for (const figure of edition.figures.records) {
      for (const id of ["FIGURE", "SOURCE"]) {
        const outcome = answer(id, figure.metric, figure.entity, figure.period, null);
        expect([figure.id, id, outcomeProblems(outcome, locale, [], receiver)]).toEqual([figure.id, id, []]);
        expect(outcome.threw).toBe(false);
      }
    }
  });

  it("COMPANY: every field of every company", () => {
    for (const company of edition.roster.records) {
      for (const field of FIELDS) {
        const outcome = answer("COMPANY", company.full_name, field);
        expect([company.full_name, field, outcomeProblems(outcome, locale, [], receiver)]).toEqual([
          company.full_name,
          field,
          [],
        ]);
        expect(outcome.threw).toBe(false);
      }
    }
  });

  it("ROSTER and AMCCOUNT of every province, and of all", () => {
    for (const province of PROVINCES) {
      for (const outcome of [answer("ROSTER", province, true), answer("AMCCOUNT", province)]) {
        expect([province, outcomeProblems(outcome, locale, [], receiver)]).toEqual([province, []]);
        expect(outcome.threw).toBe(false);
      }
    }
  });

  it("PROFILE: the card of every company", () => {
    for (const company of edition.roster.records) {
      const outcome = answer("PROFILE", company.full_name, null);
      expect([company.full_name, outcomeProblems(outcome, locale, [], receiver)]).toEqual([company.full_name, []]);
      expect(outcome.threw).toBe(false);
    }
  });
});
