/**
 * A figure as the picker shows and writes it: the names in the pane's language, the value as its cell will read,
 * and formulas that compute the figure: every figure's `=AMC.FIGURE(...)` and `=AMC.SOURCE(...)`, in both languages,
 * entered into the preview's workbook (HyperFormula with the AMC functions registered) give the figure and its quote.
 */
import { getDataset } from "../../src/data/index";
import { formatCellValue } from "../../src/excel-rules/number-format";
import type { Language } from "../../src/i18n/locale";
import { figureCell, figureFormula, figureRow, sourceFormula } from "../../src/taskpane/figures/figure-text";
import { newPreview } from "../support/preview-workbook";
import { sheetNamed } from "../support/workbook-view";

const figures = getDataset("figures").records;
const figure = (id: string) => figures.find((f) => f.id === id)!;

describe("a figure's row in the picker", () => {
  it("reads as an analyst writes it, in Chinese", () => {
    expect(figureRow(figure("net_financing|industry|2024"), "zh")).toEqual({
      metric: "债券净融资额",
      entity: "行业",
      period: "2024年",
      value: "251.20 亿元",
      qualifier: "",
      where: "四.2 · 图表15",
    });
  });

  it("reads as an analyst writes it, in English", () => {
    expect(figureRow(figure("net_financing|industry|2025-01..2025-11"), "en")).toMatchObject({
      metric: "Net financing",
      entity: "Industry",
      period: "Jan–Nov 2025",
      value: "44.80 CNY 100m",
    });
  });

  it("shows percentages, thousands and qualifiers as the cell and the report do", () => {
    expect(figureRow(figure("top5_share_of_sample_total_assets|sample|2025-06-30"), "zh").value).toBe("50.58%");
    expect(figureRow(figure("total_assets|山东金资|2025-06-30"), "zh").value).toBe("1,128.45 亿元");
    expect(figureRow(figure("share_of_sample_total_assets|山东金资|2025-06-30"), "zh").qualifier).toBe("约");
    expect(figureRow(figure("share_of_sample_total_assets|山东金资|2025-06-30"), "en").qualifier).toBe("about");
  });
});

describe("the formulas the picker writes", () => {
  it("names the metric, entity and period as the pane shows them", () => {
    expect(figureFormula(figure("net_financing|industry|2024"), "zh")).toBe(
      '=AMC.FIGURE("债券净融资额","行业","2024年")',
    );
    expect(sourceFormula(figure("total_assets|山东金资|2025-06-30"), "en")).toBe(
      '=AMC.SOURCE("Total assets","山东金资","30 Jun 2025")',
    );
  });

  it.each<Language>(["zh", "en"])("computes every figure and its source through the functions (%s)", (language) => {
    const preview = newPreview();
    const sheet = sheetNamed(preview.workbook, "Sheet1");
    figures.forEach((f, row) => {
      sheet.set(row, 0, figureFormula(f, language));
      sheet.set(row, 1, sourceFormula(f, language));
    });
    figures.forEach((f, row) => {
      const { value, numberFormat } = figureCell(f, language);
      const shown = preview.workbook.cellView(sheet.id, row, 0).value;
      expect({ id: f.id, shown }).toEqual({ id: f.id, shown: value });
      expect(formatCellValue(shown as number, numberFormat)).toBe(figureRow(f, language).value);
      const source = String(preview.workbook.cellView(sheet.id, row, 1).value);
      expect({ id: f.id, quoted: source.includes(f.quote) }).toEqual({ id: f.id, quoted: true });
    });
  });
});
