/**
 * Credit ratings on the Chinese long-term scale (AAA … C) as the report's section 四.1 uses them: ranking,
 * distribution (图表12), the lower of several ratings (按级别取下) and migration between two dates (图表13).
 */
import { describe } from "./coercion";
import { divideInCell, MetricError, type ResultGrid } from "./errors";
import { isBlank, pairsOf, requireSameShape, type Cell, type Range } from "./ranges";

/** The scale from best to worst; RATINGRANK is the position on it (AAA = 1). */
export const RATING_SCALE = [
  "AAA", "AA+", "AA", "AA-", "A+", "A", "A-", "BBB+", "BBB", "BBB-",
  "BB+", "BB", "BB-", "B+", "B", "B-", "CCC", "CC", "C",
] as const; // prettier-ignore
export type Rating = (typeof RATING_SCALE)[number];

const RANK = new Map<string, number>(RATING_SCALE.map((rating, i) => [rating, i + 1]));

/** Text analysts put in a rating column for "no rating": skipped like a blank cell. */
const NOT_RATED = new Set(["-", "--", "—", "–", "NR", "N/A", "NA", "WR", "无", "无评级", "未评级", "暂无", "暂无评级"]);

/** Full-width and superscript signs, any spaces, lower case: `AA⁺`, `AA＋`, `aa +` are all AA+. */
function normalized(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u2212\u2012\u2013\uFE63]/g, "-")
    .replace(/\s+/g, "")
    .toUpperCase();
}

/** The rating a cell holds, or null when it holds none (blank, a number, a "not rated" marker). */
export function ratingOf(cell: Cell, argument: string): Rating | null {
  if (isBlank(cell) || typeof cell !== "string") return null;
  const text = normalized(cell);
  if (text === "" || NOT_RATED.has(text)) return null;
  if (!RANK.has(text)) throw new MetricError("#VALUE!", "unknownRating", { argument, value: describe(cell) });
  return text as Rating;
}

export function rankOf(rating: Rating): number {
  return RANK.get(rating)!;
}

/** RATINGRANK: the position on the scale, AAA = 1; #VALUE! for anything that is not a rating. */
export function ratingRank(cell: Cell): number {
  const rating = ratingOf(cell, "rating");
  if (rating === null) throw new MetricError("#VALUE!", "unknownRating", { argument: "rating", value: describe(cell) });
  return rankOf(rating);
}

function ratingsIn(range: Range, argument: string): Rating[] {
  return range.flat().flatMap((cell) => ratingOf(cell, argument) ?? []);
}

/** The lowest rating among the cells (按级别取下); #N/A when no cell holds a rating. */
export function lowerRating(ratings: Range): Rating {
  const present = ratingsIn(ratings, "ratings");
  if (present.length === 0) throw new MetricError("#N/A", "noRatings", { argument: "ratings" });
  return present.reduce((lowest, rating) => (rankOf(rating) > rankOf(lowest) ? rating : lowest));
}

/** Rating, count ≡ COUNTIF(ratings,rating), share of rated cells; scale order, only the ratings present. */
export function ratingDistribution(ratings: Range): ResultGrid {
  const present = ratingsIn(ratings, "ratings");
  if (present.length === 0) throw new MetricError("#N/A", "noRatings", { argument: "ratings" });
  const counts = new Map<Rating, number>();
  for (const rating of present) counts.set(rating, (counts.get(rating) ?? 0) + 1);
  return RATING_SCALE.filter((rating) => counts.has(rating)).map((rating) => [
    rating,
    counts.get(rating)!,
    divideInCell(counts.get(rating)!, present.length),
  ]);
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
  for (const [fromCell, toCell] of pairsOf(fromRatings, toRatings)) {
    const from = ratingOf(fromCell, "from_ratings");
    const to = ratingOf(toCell, "to_ratings");
    if (from === null || to === null) continue;
    const change = rankOf(from) - rankOf(to);
    if (change > 0) result.upgrades++;
    else if (change < 0) result.downgrades++;
    else result.unchanged++;
  }
  return result;
}
