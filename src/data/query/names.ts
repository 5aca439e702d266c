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

/** Candidate names with their keys as code points, worked out once per list (the lists are the indexes' own). */
interface PreparedCandidates {
  names: string[];
  keys: number[][];
  longest: number;
}

const prepared = new WeakMap<readonly string[], PreparedCandidates>();

function prepare(candidates: readonly string[]): PreparedCandidates {
  let entry = prepared.get(candidates);
  if (!entry) {
    const names = [...new Set(candidates)];
    const keys = names.map((name) => codePoints(nameKey(name)));
    entry = { names, keys, longest: keys.reduce((longest, key) => (key.length > longest ? key.length : longest), 0) };
    prepared.set(candidates, entry);
  }
  return entry;
}

const codePoints = (text: string) => Array.from(text, (character) => character.codePointAt(0)!);

/**
 * Levenshtein distance over code points (Chinese characters count one each), in two rows of a reused buffer; past
 * `limit` it stops and answers limit + 1, as a row whose every cell is over the limit can only lead to more.
 */
function editDistance(a: readonly number[], b: readonly number[], rows: Int32Array[], limit: number): number {
  let previous = rows[0];
  let current = rows[1];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      const deletion = previous[j] + 1;
      const insertion = current[j - 1] + 1;
      const cost = substitution < deletion ? substitution : deletion;
      current[j] = cost < insertion ? cost : insertion;
      if (current[j] < rowMinimum) rowMinimum = current[j];
    }
    if (rowMinimum > limit) return limit + 1;
    const done = previous;
    previous = current;
    current = done;
  }
  return previous[b.length];
}

/** Whether a key holds another as a run of code points. */
function holds(key: readonly number[], part: readonly number[]): boolean {
  if (part.length === 0 || part.length > key.length) return false;
  outer: for (let start = 0; start + part.length <= key.length; start++) {
    for (let i = 0; i < part.length; i++) if (key[start + i] !== part[i]) continue outer;
    return true;
  }
  return false;
}

const MAX_COMPARED_LENGTH = 64;
/** A name that contains what was typed (or is contained in it) comes before any that does not. */
const NOT_CONTAINING = 1000;

interface Scored {
  candidate: string;
  score: number;
}

const before = (a: Scored, b: Scored) => a.score < b.score || (a.score === b.score && a.candidate < b.candidate);

/**
 * The candidates closest to what was typed, best first: names containing it (or contained in it) come before
 * the rest, then by edit distance of the name keys, ties in code-point order; duplicates removed. Only the best
 * `count` are kept while scoring, and a candidate that cannot beat them is not scored to the end: a sheet of
 * mistyped names must not freeze Excel.
 */
export function closestMatches(typed: string, candidates: readonly string[], count = 3): string[] {
  const { names, keys, longest } = prepare(candidates);
  // Names are short: a longer text is cut so that scoring stays cheap whatever was pasted into the cell.
  const key = codePoints(nameKey(typed)).slice(0, MAX_COMPARED_LENGTH);
  const rows = [new Int32Array(longest + 1), new Int32Array(longest + 1)];
  const best: Scored[] = [];
  for (let i = 0; i < names.length; i++) {
    const base = holds(keys[i], key) || holds(key, keys[i]) ? 0 : NOT_CONTAINING;
    const limit = best.length < count ? Infinity : best[count - 1].score - base;
    if (limit < 0 || Math.abs(keys[i].length - key.length) > limit) continue;
    const distance = editDistance(key, keys[i], rows, limit);
    if (distance > limit) continue;
    const entry = { candidate: names[i], score: base + distance };
    let at = best.length;
    while (at > 0 && before(entry, best[at - 1])) at--;
    if (at < count) {
      best.splice(at, 0, entry);
      if (best.length > count) best.pop();
    }
  }
  return best.map(({ candidate }) => candidate);
}

/** A list for a message: the first items joined, with how many more there are. */
export function listForMessage(items: readonly string[], max = 12): string {
  const shown = items.slice(0, max).join(", ");
  return items.length > max ? `${shown} … (+${items.length - max})` : shown;
}
