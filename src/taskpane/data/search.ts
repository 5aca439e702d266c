/** Searching the catalog in Chinese or English: every word of the query must appear; title matches come first. */
import type { DatasetMeta } from "../../data/catalog";
import { searchKey } from "../../data/query/text";

/** The one normal form of what analysts type, in lower case (full-width ＡＭＣ finds AMC, 資產 finds 资产). */
export const normalise = searchKey;

/** Whether every whitespace-separated word of `query` occurs in one of `texts`. */
export function matchesAll(texts: readonly string[], query: string): boolean {
  const haystack = normalise(texts.join("\n"));
  return normalise(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

function searchableText(meta: DatasetMeta): string[] {
  return [
    meta.id,
    meta.title.zh,
    meta.title.en,
    meta.description.zh,
    meta.description.en,
    ...meta.columns.flatMap((column) => [column.title.zh, column.title.en]),
  ];
}

/** The datasets matching `query`, those whose title matches first, each group in catalog order. */
export function searchDatasets<T extends DatasetMeta>(datasets: readonly T[], query: string): T[] {
  if (query.trim() === "") return [...datasets];
  const found = datasets.filter((meta) => matchesAll(searchableText(meta), query));
  const inTitle = (meta: T) => matchesAll([meta.id, meta.title.zh, meta.title.en], query);
  return [...found.filter(inTitle), ...found.filter((meta) => !inTitle(meta))];
}
