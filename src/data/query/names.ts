/**
 * Finding what an analyst typed among names: exact look-ups by name key (src/data/query/text.ts), and edit
 * distance for the "did you mean" suggestions of #N/A messages.
 */
import { nameKey } from "./text";

/**
 * A value of a Map keyed by nameKey, for a name as typed: looked up as typed first, since names are mostly typed as
 * they are indexed and nameKey costs more than the look-up; the same answer either way, as the keys are name keys.
 */
export function getByName<T>(map: ReadonlyMap<string, T>, typed: string): T | undefined {
  return map.get(typed) ?? map.get(nameKey(typed));
}

/** Levenshtein distance over code points (Chinese characters count one each). */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[y.length];
}

const MAX_COMPARED_LENGTH = 64;

/**
 * The candidates closest to what was typed, best first: names containing it (or contained in it) come before
 * the rest, then by edit distance of the name keys; duplicates removed.
 */
export function closestMatches(typed: string, candidates: Iterable<string>, count = 3): string[] {
  // Names are short: a longer text is cut so that scoring stays cheap whatever was pasted into the cell.
  const key = nameKey(typed).slice(0, MAX_COMPARED_LENGTH);
  const scored = [...new Set(candidates)].map((candidate) => {
    const other = nameKey(candidate);
    const contains = key.length > 0 && (other.includes(key) || key.includes(other));
    return { candidate, score: (contains ? 0 : 1000) + editDistance(key, other) };
  });
  return scored
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, count)
    .map(({ candidate }) => candidate);
}

/** A list for a message: the first items joined, with how many more there are. */
export function listForMessage(items: readonly string[], max = 12): string {
  const shown = items.slice(0, max).join(", ");
  return items.length > max ? `${shown} … (+${items.length - max})` : shown;
}
