import { CATALOG } from "../../src/data/catalog";
import { DATASET_IDS, getDataset, type DatasetId } from "../../src/data/index";
import { dependsOnFigure, evaluateFormulas, figure } from "./support";

const FORMULA_CONSTANTS = [0, 1, 2, 100];

interface DerivedCell {
  where: string;
  formula: string;
  stored: unknown;
  inputs: string[];
}

type Row = Record<string, unknown> & { inputs?: string[]; sources?: string[] };

const rowsOf = (id: DatasetId) => getDataset(id).records as unknown as Row[];
/** A column's Chinese title: a direction of derivation from a printed value starts with it. */
const titleOf = (id: DatasetId, column: string) =>
  CATALOG[id].columns.find((candidate) => candidate.id === column)!.title.zh;

/** Every cell that carries a formula, in every dataset: `<column>_derived` beside `<column>`. */
function derivedCells(): DerivedCell[] {
  return DATASET_IDS.flatMap((id) =>
    rowsOf(id).flatMap((row, index) =>
      Object.entries(row)
        .filter(([key, formula]) => key.endsWith("_derived") && typeof formula === "string")
        .map(([key, formula]) => ({
          where: `${id}[${index}].${key.replace(/_derived$/, "")}`,
          formula: formula as string,
          stored: row[key.replace(/_derived$/, "")],
          inputs: row.inputs ?? [],
        })),
    ),
  );
}

const cells = derivedCells();
const tableIds = DATASET_IDS.filter((id) => id !== "roster" && id !== "figures" && id !== "inconsistencies");

describe("derived values recompute from the figures they name", () => {
  it("there are derived cells to check", () => {
    expect(cells.length).toBeGreaterThan(20);
  });

  it("every formula evaluates, in HyperFormula, to the value stored beside it", () => {
    const results = evaluateFormulas(cells.map((cell) => cell.formula));
    const wrong = cells
      .map((cell, index) => ({ where: cell.where, stored: cell.stored, evaluated: results[index] }))
      .filter(({ stored, evaluated }) => typeof stored !== "number" || Math.abs(stored - evaluated) > 1e-9);
    expect(wrong).toEqual([]);
  });

  it.each(cells.map((cell) => [cell.where, cell] as const))("%s: its formula uses only its inputs", (_, cell) => {
    const inputValues = cell.inputs.flatMap((id) => [Math.abs(figure(id).value), Number(figure(id).printed)]);
    const literals = (cell.formula.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
    expect(literals.filter((n) => !inputValues.includes(n) && !FORMULA_CONSTANTS.includes(n))).toEqual([]);
  });

  it("every input a row names is used by one of its formulas", () => {
    const unused = DATASET_IDS.flatMap((id) =>
      rowsOf(id).flatMap((row, index) => {
        const formulas = Object.entries(row)
          .filter(([key, formula]) => key.endsWith("_derived") && typeof formula === "string")
          .map(([, formula]) => formula as string);
        const literals = new Set(formulas.flatMap((formula) => (formula.match(/\d+(?:\.\d+)?/g) ?? []).map(Number)));
        return (row.inputs ?? [])
          .filter((input) => !literals.has(Math.abs(figure(input).value)))
          .map((input) => `${id}[${index}]: ${input}`);
      }),
    );
    expect(unused).toEqual([]);
  });

  it("a derived value is rounded as printed: at most 2 decimals", () => {
    const hundredths = (n: number) => n * 100;
    const tooPrecise = cells.filter(
      (cell) =>
        typeof cell.stored !== "number" ||
        Math.abs(hundredths(cell.stored) - Math.round(hundredths(cell.stored))) > 1e-6,
    );
    expect(tooPrecise.map((cell) => cell.where)).toEqual([]);
  });
});

describe("printed cells of the tables come from the figures", () => {
  const valueColumns = (id: DatasetId) =>
    CATALOG[id].columns.filter((column) => column.role === "value").map((column) => column.id as string);

  it.each(tableIds)("%s: every printed value cell is the value of one of its row's source figures", (id) => {
    const orphans = rowsOf(id).flatMap((row, index) =>
      valueColumns(id)
        .filter((column) => typeof row[column] === "number" && typeof row[`${column}_derived`] !== "string")
        .filter((column) => !(row.sources ?? []).some((source) => figure(source).value === row[column]))
        .map((column) => `${id}[${index}].${column}`),
    );
    expect(orphans).toEqual([]);
  });

  it.each(tableIds)("%s: every source figure of a row fills one of its printed cells", (id) => {
    const stray = rowsOf(id).flatMap((row, index) =>
      (row.sources ?? [])
        .filter((source) => !valueColumns(id).some((column) => row[column] === figure(source).value))
        .map((source) => `${id}[${index}]: ${source}`),
    );
    expect(stray).toEqual([]);
  });
});

describe("a recomputed value says whether it checks the printed one", () => {
  type RecomputedRow = Row & Record<string, unknown>;
  const recomputedColumns = DATASET_IDS.flatMap((id) =>
    CATALOG[id].columns
      .map((column) => column.id as string)
      .filter((column) => column.endsWith("_recomputed"))
      .map((column) => [id, column.replace(/_recomputed$/, "")] as const),
  );
  const cases = recomputedColumns.flatMap(([id, printed]) =>
    (rowsOf(id) as RecomputedRow[]).map((row, index) => [`${id}[${index}].${printed}`, row, id, printed] as const),
  );

  it("there are recomputed columns, each with its check and direction of derivation", () => {
    expect(recomputedColumns.length).toBeGreaterThan(0);
    for (const [id, printed] of recomputedColumns) {
      const columns = CATALOG[id].columns.map((column) => column.id as string);
      expect(columns).toEqual(expect.arrayContaining([`${printed}_recomputed_check`, `${printed}_recomputed_from`]));
    }
  });

  it.each(cases)(
    "%s: derived from the printed value exactly when moving that value moves it",
    (_, row, id, printed) => {
      const printedFigure = (row.sources ?? []).find((source) => figure(source).value === row[printed]);
      expect(printedFigure).toBeDefined();
      const derived = dependsOnFigure(row[`${printed}_recomputed_derived`] as string, printedFigure!);
      expect(row[`${printed}_recomputed_check`]).toBe(derived ? "derived_from_printed" : "independent");
      expect(String(row[`${printed}_recomputed_from`]).startsWith(titleOf(id, printed))).toBe(derived);
    },
  );

  it("the end-2024 rating coverage is a round trip (47.46% → 28 → 47.46%); 2025's is a check that disagrees", () => {
    const [end2024, nov2025] = getDataset("ratings").records;
    expect(end2024.rating_coverage_recomputed_check).toBe("derived_from_printed");
    expect(end2024.rating_coverage_recomputed).toBe(end2024.rating_coverage);
    expect(nov2025.rating_coverage_recomputed_check).toBe("independent");
    expect(nov2025.rating_coverage_recomputed).not.toBe(nov2025.rating_coverage);
  });
});
