/**
 * What the explainer says about a cell, from the one read of it on the preview stand-in: the record of a cell of an
 * inserted table (also after the rows were sorted), its printed figure or derived formula and inputs, the report's
 * inconsistencies; the calls of an AMC.* formula with their ranges and the figure or company FIGURE, SOURCE and
 * COMPANY resolve to, arguments read as the function reads them (cells the read covers, or named as unread).
 */
import { CATALOG, columnHeader, type ColumnMeta } from "../../src/data/catalog";
import { getDataset, type DatasetId } from "../../src/data/index";
import { insertDataset } from "../../src/excel/insert-dataset";
import { columnLetters } from "../../src/excel-rules/a1";
import { readActiveCell } from "../../src/excel/read-cell";
import {
  explainCell,
  type Explanation,
  type FormulaExplanation,
  type RecordExplanation,
} from "../../src/taskpane/explainer/explain-cell";
import { figureFormula, sourceFormula } from "../../src/taskpane/figures/figure-text";
import { freshPreviewPerTest } from "../support/preview-workbook";
import { addUserTable, select, sheetNamed } from "../support/workbook-view";

const preview = freshPreviewPerTest();
const workbook = () => preview().workbook;
const figures = getDataset("figures").records;
const figure = (id: string) => figures.find((f) => f.id === id)!;

async function inserted(dataset: DatasetId, locale: "zh-CN" | "en-US" = "zh-CN") {
  const result = await insertDataset(dataset, { locale });
  if (result.status !== "inserted") throw new Error(`${dataset} not inserted`);
  return result;
}

/** The explanation of a cell, as the pane makes it: one read of the active cell, then the pure explanation. */
async function explained(
  sheet: string,
  address: string,
  locale: "zh-CN" | "en-US" = "zh-CN",
): Promise<Explanation | null> {
  select(workbook(), sheet, address);
  return explainCell(await readActiveCell(), locale);
}

/** The titles of an inserted table's header row, in row 1 of its sheet. */
function headerOf(sheetName: string): string[] {
  const sheet = sheetNamed(workbook(), sheetName);
  const titles: string[] = [];
  for (let c = 0; ; c++) {
    const title = workbook().cellView(sheet.id, 0, c).value;
    if (title === null || title === "") return titles;
    titles.push(String(title));
  }
}

/** The address of a record's cell in an inserted table: its row under the header, its column found by title. */
function cellOf(sheetName: string, dataset: DatasetId, index: number, column: string, language: "zh" | "en" = "zh") {
  const meta = (CATALOG[dataset].columns as ColumnMeta[]).find((c) => c.id === column)!;
  const position = headerOf(sheetName).indexOf(columnHeader(meta, language));
  if (position < 0) throw new Error(`${dataset}: no column ${column} in the table's header`);
  return `${columnLetters(position)}${index + 2}`;
}

describe("a cell of a table the add-in inserted", () => {
  it("is the figure of its row in the figures table, after the analyst sorted the table too", async () => {
    const table = await inserted("figures");
    const index = figures.findIndex((f) => f.id === "net_financing|industry|2024");
    expect(await explained(table.sheet, cellOf(table.sheet, "figures", index, "value"))).toMatchObject({
      kind: "record",
      dataset: "figures",
      key: "net_financing|industry|2024",
      figure: figure("net_financing|industry|2024"),
    });
    const sheet = sheetNamed(workbook(), table.sheet);
    const width = headerOf(table.sheet).length;
    const rows = figures.map((_, r) =>
      Array.from({ length: width }, (__, c) => workbook().cellView(sheet.id, r + 1, c).value),
    );
    await preview().excel.run(async (context) => {
      context.workbook.worksheets.getItem(table.sheet).getRangeByIndexes(1, 0, rows.length, width).values = [
        ...rows,
      ].reverse();
      await context.sync();
    });
    const sorted = figures.length - 1 - index;
    expect(await explained(table.sheet, cellOf(table.sheet, "figures", sorted, "quote"))).toMatchObject({
      key: "net_financing|industry|2024",
      figure: figure("net_financing|industry|2024"),
    });
  });

  it("is a derived value with its formula and the printed figures it uses", async () => {
    const table = await inserted("bond_issuance", "en-US");
    const explanation = (await explained(
      table.sheet,
      cellOf(table.sheet, "bond_issuance", 0, "long_term", "en"),
      "en-US",
    )) as RecordExplanation;
    expect(explanation.figure).toBeNull();
    expect(explanation.derived?.formula).toBe("=ROUND(607.00/(1+44.87/100),2)");
    expect(explanation.derived?.inputs.map((input) => input.id)).toEqual([
      "long_term_bond_issuance|industry|2024",
      "long_term_bond_issuance_growth|industry|2024",
      "short_term_bond_issuance|industry|2024",
      "short_term_bond_issuance_growth|industry|2024",
    ]);
  });

  it("is the printed figure of a printed value, with the inconsistency that involves it", async () => {
    const table = await inserted("ratings");
    const row = getDataset("ratings").records.findIndex((r) => r.period === "2025-11-30");
    const explanation = (await explained(
      table.sheet,
      cellOf(table.sheet, "ratings", row, "rating_coverage"),
    )) as RecordExplanation;
    expect(explanation.figure?.id).toBe("rating_coverage|industry|2025-11-30");
    expect(explanation.figure?.inconsistencies).toContain("rating_coverage_base");
  });

  it("is the inconsistency itself in the inconsistencies table, and the company in the roster", async () => {
    const issues = await inserted("inconsistencies");
    expect(await explained(issues.sheet, cellOf(issues.sheet, "inconsistencies", 0, "severity"))).toMatchObject({
      inconsistency: { id: getDataset("inconsistencies").records[0].id },
    });
    const roster = await inserted("roster", "en-US");
    expect(await explained(roster.sheet, cellOf(roster.sheet, "roster", 38, "full_name", "en"), "en-US")).toMatchObject(
      { company: { short_name: "山东金资" } },
    );
  });

  it("is nothing special in the analyst's own table", async () => {
    addUserTable(workbook(), "Sheet1", "B2:D6", "Mine");
    sheetNamed(workbook(), "Sheet1").set(3, 2, 42);
    expect(await explained("Sheet1", "C4")).toBeNull();
  });
});

describe("a formula calling AMC.*", () => {
  it.each(["zh", "en"] as const)(
    "resolves the picker's FIGURE and SOURCE formulas to their figure (%s)",
    async (language) => {
      const f = figure("total_assets|山东金资|2025-06-30");
      const sheet = sheetNamed(workbook(), "Sheet1")
        .set(2, 2, figureFormula(f, language))
        .set(2, 3, sourceFormula(f, language));
      expect(sheet.cell(2, 2)?.value).toBe(1128.45);
      for (const address of ["C3", "D3"]) {
        const explanation = (await explained("Sheet1", address)) as FormulaExplanation;
        expect(explanation.calls).toMatchObject([{ subject: { kind: "figure", figure: f }, ranges: [] }]);
      }
    },
  );

  it("reads references to the cell's row and its block's first row from the read, and names the others", async () => {
    const sheet = sheetNamed(workbook(), "Sheet1");
    sheet.set(0, 6, "行业");
    sheet.set(1, 1, "指标").set(1, 2, "2024年").set(1, 3, "2025年1—11月");
    sheet.set(2, 1, "净融资额").set(2, 2, "=AMC.FIGURE($B3,$G$1,C$2)").set(2, 3, '=AMC.FIGURE($B3,"行业",D$2)');
    expect(await explained("Sheet1", "D3")).toMatchObject({
      calls: [
        {
          args: [
            { kind: "cell", value: "净融资额" },
            { kind: "value", value: "行业" },
            { kind: "cell", value: "2025年1—11月" },
          ],
          subject: { kind: "figure", figure: figure("net_financing|industry|2025-01..2025-11") },
        },
      ],
    });
    expect(await explained("Sheet1", "C3")).toMatchObject({
      calls: [{ subject: { kind: "dependsOn", on: ["$G$1"] } }],
    });
  });

  it("lists the ranges a metric function reads, and resolves COMPANY's company", async () => {
    const sheet = sheetNamed(workbook(), "Sheet1");
    sheet.set(0, 0, '=AMC.TOP5SHARE(B2:B26)+AMC.COMPANY("浙商資產","province")*0');
    const explanation = (await explained("Sheet1", "A1")) as FormulaExplanation;
    expect(explanation.calls.map((call) => [call.id, call.ranges])).toEqual([
      ["TOP5SHARE", ["B2:B26"]],
      ["COMPANY", []],
    ]);
    expect(explanation.calls[1].subject).toMatchObject({ kind: "company", company: { short_name: "浙商资产" } });
  });

  it("says why a FIGURE does not resolve, in the pane's language", async () => {
    sheetNamed(workbook(), "Sheet1").set(0, 0, '=AMC.FIGURE("前五大")');
    const zh = (await explained("Sheet1", "A1", "zh-CN")) as FormulaExplanation;
    const en = (await explained("Sheet1", "A1", "en-US")) as FormulaExplanation;
    expect(zh.calls[0].subject).toMatchObject({ kind: "unresolved", message: expect.stringMatching(/前五大/) });
    expect(en.calls[0].subject).toMatchObject({ kind: "unresolved" });
    expect(zh.calls[0].subject).not.toEqual(en.calls[0].subject);
  });

  it("is nothing for a value or a formula without AMC.*", async () => {
    const sheet = sheetNamed(workbook(), "Sheet1").set(0, 0, 42).set(0, 1, '=SUM(A1)&"AMC.FIGURE(x)"');
    expect(await explained("Sheet1", "A1")).toBeNull();
    expect(await explained("Sheet1", "B1")).toBeNull();
    expect(sheet.cell(0, 0)?.value).toBe(42);
  });
});

describe("the table-row seam", () => {
  it("takes another reader of table rows: the explanation follows what it says", async () => {
    const table = await inserted("net_financing");
    select(workbook(), table.sheet, "B2");
    const read = await readActiveCell();
    const other = explainCell(read, "zh-CN", () => ({ dataset: "net_financing", key: "2025-01..2025-11" }));
    expect(other).toMatchObject({ kind: "record", record: { period: "2025-01..2025-11" } });
    expect(explainCell(read, "zh-CN", () => null)).toBeNull();
  });
});
