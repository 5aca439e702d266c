/** What occupies a target, in the pane's words ("D7 has a number format", "the cells overlap the table Mine"). */
import type { Occupant } from "../../excel/occupancy";
import type { UiKey, UiParams } from "../../i18n/ui";

const KEYS: Record<Occupant["kind"], UiKey> = {
  value: "occupied.by.value",
  formula: "occupied.by.formula",
  spill: "occupied.by.spill",
  numberFormat: "occupied.by.numberFormat",
  fill: "occupied.by.fill",
  border: "occupied.by.border",
  comment: "occupied.by.comment",
  note: "occupied.by.note",
  dataValidation: "occupied.by.dataValidation",
  merged: "occupied.by.merged",
  table: "occupied.by.table",
};

export function occupantText(occupant: Occupant, t: (key: UiKey, params?: UiParams) => string): string {
  return occupant.kind === "table"
    ? t(KEYS.table, { table: occupant.table })
    : t(KEYS[occupant.kind], { cell: occupant.cell });
}
