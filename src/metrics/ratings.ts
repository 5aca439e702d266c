/**
 * Credit ratings on the Chinese long-term scale (AAA … C) as the report's section 四.1 uses them: ranking,
 * distribution (图表12), the lower of several ratings (按级别取下) and migration between two dates (图表13).
 */
import { normalizedText } from "../data/query/text";
import { describe } from "./coercion";
import { divideInCell, MetricError, sharedError, type ResultGrid } from "./errors";
import { isBlank, requireSameShape, throwIfErrorValue, type Cell, type Range } from "./ranges";

/** The scale from best to worst; RATINGRANK is the position on it (AAA = 1). */
const RATING_SCALE = [
  "AAA", "AA+", "AA", "AA-", "A+", "A", "A-", "BBB+", "BBB", "BBB-",
  "BB+", "BB", "BB-", "B+", "B", "B-", "CCC", "CC", "C",
] as const; // prettier-ignore
type Rating = (typeof RATING_SCALE)[number];

const RANK = new Map<string, number>(RATING_SCALE.map((rating, i) => [rating, i + 1]));

/** Text analysts put in a rating column for "no rating": skipped like a blank cell. */
const NOT_RATED = new Set(["-", "--", "—", "–", "NR", "N/A", "NA", "WR", "无", "无评级", "未评级", "暂无", "暂无评级"]);

/** The normal form (full-width and superscript signs, invisible characters), any spaces, upper case: `AA⁺`, `AA＋`, `aa +` are all AA+. */
function normalized(text: string): string {
  return normalizedText(text)
    .replace(/[\u2212\u2012\u2013\uFE63]/g, "-")
    .replace(/\s+/g, "")
    .toUpperCase();
}

/**
 * The rank a cell's rating has on the scale (AAA = 1), or 0 when it holds no rating (blank, a number, a "not
 * rated" marker); #VALUE! naming the argument for text that is no rating.
 */
function rankOfCell(cell: Cell, argument: string): number {
  if (isBlank(cell) || typeof cell !== "string") return 0;
  // Most cells hold a rating written as on the scale: look it up before normalising (NFKC and regexes per cell).
  const rank = RANK.get(cell);
  if (rank !== undefined) return rank;
  if (NOT_RATED.has(cell)) return 0;
  const text = normalized(cell);
  if (text === "" || NOT_RATED.has(text)) return 0;
  const normalizedRank = RANK.get(text);
  if (normalizedRank === undefined) throw sharedError("#VALUE!", "unknownRating", { argument, value: describe(cell) });
  return normalizedRank;
}

const ratingOfRank = (rank: number): Rating => RATING_SCALE[rank - 1];

/** RATINGRANK's error for a blank cell, made once: Excel calls it once per cell of a column, mostly blank. */
let blankRating: MetricError | undefined;

/** RATINGRANK: the position on the scale, AAA = 1; #VALUE! for anything that is not a rating. */
export function ratingRank(cell: Cell): number {
  const rank = rankOfCell(cell, "rating");
  if (rank !== 0) return rank;
  if (isBlank(cell))
    throw (blankRating ??= sharedError("#VALUE!", "unknownRating", { argument: "rating", value: describe(cell) }));
  throw sharedError("#VALUE!", "unknownRating", { argument: "rating", value: describe(cell) });
}

/** How many cells hold each rating (indexed by rank) and how many hold one; #N/A when none does. */
function rankCounts(range: Range, argument: string): { counts: number[]; rated: number } {
  const counts = new Array<number>(RATING_SCALE.length + 1).fill(0);
  for (let r = 0; r < range.length; r++) {
    const row = range[r];
    for (let c = 0; c < row.length; c++) {
      throwIfErrorValue(row[c]);
      counts[rankOfCell(row[c], argument)]++;
    }
  }
  const rated = counts.reduce((sum, count, rank) => (rank === 0 ? sum : sum + count), 0);
  if (rated === 0) throw new MetricError("#N/A", "noRatings", { argument });
  return { counts, rated };
}

/** The lowest rating among the cells (按级别取下); #N/A when no cell holds a rating. */
export function lowerRating(ratings: Range): Rating {
  const { counts } = rankCounts(ratings, "ratings");
  let lowest = counts.length - 1;
  while (counts[lowest] === 0) lowest--;
  return ratingOfRank(lowest);
}

/** Rating, count ≡ COUNTIF(ratings,rating), share of rated cells; scale order, only the ratings present. */
export function ratingDistribution(ratings: Range): ResultGrid {
  const { counts, rated } = rankCounts(ratings, "ratings");
  const rows: ResultGrid = [];
  for (let rank = 1; rank < counts.length; rank++) {
    if (counts[rank] > 0) rows.push([ratingOfRank(rank), counts[rank], divideInCell(counts[rank], rated)]);
  }
  return rows;
}

export interface Migration {
  upgrades: number;
  unchanged: number;
  downgrades: number;
}

/** Upgrades, unchanged, downgrades over the pairs where both cells hold a rating. */
export function migration(fromRatings: Range, toRatings: Range): Migration {
  requireSameShape(fromRatings, "from_ratings", toRatings, "to_ratings");
  const result: Migration = { upgrades: 0, unchanged: 0, downgrades: 0 };
  for (let r = 0; r < fromRatings.length; r++) {
    const fromRow = fromRatings[r];
    const toRow = toRatings[r];
    for (let c = 0; c < fromRow.length; c++) {
      const fromCell = fromRow[c];
      const toCell = toRow?.[c] ?? null;
      throwIfErrorValue(fromCell);
      throwIfErrorValue(toCell);
      const from = rankOfCell(fromCell, "from_ratings");
      const to = rankOfCell(toCell, "to_ratings");
      if (from === 0 || to === 0) continue;
      if (from > to) result.upgrades++;
      else if (from < to) result.downgrades++;
      else result.unchanged++;
    }
  }
  return result;
}
