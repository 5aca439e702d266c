/**
 * Ranges of up to a million cells, like a whole column of an analyst's sheet (or a 1000×1000 block): amounts with
 * blanks, text and booleans mixed in, labels, tenors, dates as serials and ISO text, ascending bounds, ratings,
 * yields. Built from a seeded generator (fast-check would take minutes for a million cells), so every run of a
 * seed sees the same ranges.
 */
import { FUZZ_SEED } from "./fuzz-settings";
import { seededRandom } from "./seeded-random";

export type BigRangeKind = "amounts" | "labels" | "tenors" | "dates" | "bounds" | "ratings" | "yields";

export interface BigShape {
  rows: number;
  columns: number;
}

const LABELS = ["浙商资产", "山东金资", "广州资产", "中原资产", "陕西金资", "湖北资产", "苏州资产", "华融"];
/** Labels as a column holds them: a few thousand names, each repeated (the same string, as Excel passes it). */
const LABEL_CELLS = Array.from({ length: 7_993 }, (_, i) => `${LABELS[i % LABELS.length]}${i % 997}`);
const TENORS = [0.5, 1, 2, 3, 5, 7];
const RATINGS = ["AAA", "AA+", "AA", "AA-", "A+", "NR", "AA⁺"];
const FIRST_SERIAL = 42005; // 2015-01-01
const SERIAL_SPAN = 7670; // to 2035-12-31

/** What an analyst's column holds besides its values: blanks (null and ""), a text marker, a stray boolean. */
function strayCell(random: () => number): unknown {
  const roll = random();
  if (roll < 0.5) return null;
  if (roll < 0.7) return "";
  if (roll < 0.9) return "n/a";
  return roll < 0.95;
}

function cellMaker(kind: BigRangeKind, random: () => number, count: number): (index: number) => unknown {
  switch (kind) {
    case "amounts":
      return () => Math.round(random() * 1_000_000) / 100;
    case "labels":
      return (i) => LABEL_CELLS[i % LABEL_CELLS.length];
    case "tenors":
      return () => TENORS[Math.floor(random() * TENORS.length)];
    case "dates":
      return (i) => {
        const serial = FIRST_SERIAL + Math.floor(random() * SERIAL_SPAN);
        return i % 10 === 0 ? new Date((serial - 25569) * 86_400_000).toISOString().slice(0, 10) : serial;
      };
    case "bounds":
      return (i) => (i * 10_000) / count;
    case "ratings":
      return () => RATINGS[Math.floor(random() * RATINGS.length)];
    case "yields":
      return () => Math.round(random() * 800) / 10_000;
  }
}

/** A range of this kind and shape; one cell in twenty is stray (except in bounds, which must stay ascending). */
export function bigRange(kind: BigRangeKind, { rows, columns }: BigShape): unknown[][] {
  const random = seededRandom(FUZZ_SEED + kind.length * 7919 + rows);
  const count = rows * columns;
  const make = cellMaker(kind, random, count);
  const strayEvery = kind === "bounds" ? Infinity : 20;
  const range: unknown[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: unknown[] = [];
    for (let c = 0; c < columns; c++) {
      const index = r * columns + c;
      row.push(index % strayEvery === strayEvery - 1 ? strayCell(random) : make(index));
    }
    range.push(row);
  }
  return range;
}
