/**
 * Which catalog column a cell of an inserted table is in: read from the title above it alone, in either language, so
 * a column the analyst inserted, or columns the table leaves out, do not shift the answer.
 */
import { CATALOG, columnHeader, type ColumnMeta } from "../../src/data/catalog";
import { columnAt } from "../../src/taskpane/explainer/table-row";

const columns = CATALOG.figures.columns as ColumnMeta[];
const titles = (language: "zh" | "en") => columns.map((column) => columnHeader(column, language));

describe("columnAt", () => {
  it("finds each column by its title in either language", () => {
    for (const language of ["zh", "en"] as const) {
      const header = titles(language);
      expect(header.map((_, i) => columnAt("figures", header, i)?.id)).toEqual(columns.map((column) => column.id));
    }
  });

  it("is not shifted by a column the analyst inserted, nor by columns left out, and is null on the analyst's", () => {
    const value = columns.findIndex((column) => column.id === "value");
    const header = ["我的备注", ...titles("zh").slice(value)];
    expect(columnAt("figures", header, 0)).toBeNull();
    expect(columnAt("figures", header, 1)?.id).toBe("value");
    expect(columnAt("figures", header, header.length - 1)?.id).toBe(columns.at(-1)!.id);
  });
});
