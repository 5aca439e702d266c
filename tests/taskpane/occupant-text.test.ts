/** What the pane says occupies a target: one distinct phrase per kind, naming the cell or the table, in both languages. */
import type { Occupant } from "../../src/excel/occupancy";
import { translate } from "../../src/i18n/ui";
import { occupantText } from "../../src/taskpane/shell/occupant-text";

const CELL_KINDS = [
  "value",
  "formula",
  "spill",
  "numberFormat",
  "fill",
  "border",
  "comment",
  "note",
  "dataValidation",
  "merged",
] as const;

describe.each(["en-US", "zh-CN"] as const)("in %s", (locale) => {
  const say = (occupant: Occupant) => occupantText(occupant, (key, params) => translate(locale, key, params));

  it("names the occupied cell, with a different phrase for each kind", () => {
    const phrases = CELL_KINDS.map((kind) => say({ kind, cell: "D7" }));
    phrases.forEach((phrase) => expect(phrase).toContain("D7"));
    expect(new Set(phrases.map((phrase) => phrase.replace("D7", ""))).size).toBe(CELL_KINDS.length);
  });

  it("names the table the cells overlap", () => {
    expect(say({ kind: "table", table: "Mine" })).toContain("Mine");
  });

  it("fits the dialog's sentence without a parameter left unfilled", () => {
    const body = translate(locale, "occupied.body", {
      address: "Sheet1!B2:L62",
      what: say({ kind: "numberFormat", cell: "C4" }),
    });
    expect(body).toContain("C4");
    expect(body).not.toMatch(/\{\w+\}/);
  });
});
