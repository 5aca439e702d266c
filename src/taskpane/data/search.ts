/**
 * Searching the catalog as analysts search: every word of the query must match, in Chinese or English, a dataset's
 * title, description or column titles, or a company or province its records mention (浙江 finds the roster and the
 * figures about 浙江's companies; 浙商 finds 浙商资产's). Title matches come first. Pure.
 */
import type { DatasetMeta } from "../../data/catalog";
import { canonicalShortName, EDITIONS, type DatasetId, type RosterRecord } from "../../data/index";
import { PROVINCE_KEYS, provinceKey } from "../../data/query/provinces";
import { namesOf, rosterIndex } from "../../data/query/roster";
import { nameKey, searchKey } from "../../data/query/text";

/** The one normal form of what analysts type, in lower case (full-width ＡＭＣ finds AMC, 資產 finds 资产). */
export const normalise = searchKey;

/** Whether every whitespace-separated word of `query` occurs in one of `texts`. */
export function matchesAll(texts: readonly string[], query: string): boolean {
  const haystack = normalise(texts.join("\n"));
  return words(query).every((word) => haystack.includes(word));
}

function words(query: string): string[] {
  return normalise(query).split(/\s+/).filter(Boolean);
}

function catalogText(meta: DatasetMeta): string[] {
  return [
    meta.id,
    meta.title.zh,
    meta.title.en,
    meta.description.zh,
    meta.description.en,
    ...meta.columns.flatMap((column) => [column.title.zh, column.title.en]),
  ];
}

/** What a word names among the companies: those with a name holding it, or in the province it names. */
interface Named {
  companies: readonly RosterRecord[];
  /** The province key when the word names a province (浙江, 浙江省, Zhejiang). */
  province: string | null;
}

/**
 * The companies and province a word names, in the dataset's edition. Words of one character, and words most
 * companies' names share (资产, 公司, AMC), name none of them: they would make every dataset a match.
 */
function named(word: string, meta: DatasetMeta): Named {
  const key = nameKey(word);
  if ([...key].length < 2) return { companies: [], province: null };
  const province = provinceKey(word);
  const all = rosterIndex(meta.edition).companies;
  const companies = all.filter(
    (company) =>
      provinceKey(company.province).includes(province) || namesOf(company).some((name) => nameKey(name).includes(key)),
  );
  return {
    companies: companies.length > all.length / 2 ? [] : companies,
    province: PROVINCE_KEYS.has(province) ? province : null,
  };
}

/** Every text of a record, nested lists and objects included. */
function textsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value && typeof value === "object") return Object.values(value).flatMap(textsOf);
  return [];
}

/** A dataset's records as one text in the names' normal form, worked out once per dataset. */
const recordTexts = new Map<string, string>();

function recordText(meta: DatasetMeta): string {
  const cacheKey = `${meta.edition}/${meta.id}`;
  let text = recordTexts.get(cacheKey);
  if (text === undefined) {
    const records = EDITIONS[meta.edition][meta.id as DatasetId].records as unknown[];
    text = nameKey(records.flatMap(textsOf).join("\n"));
    recordTexts.set(cacheKey, text);
  }
  return text;
}

/** The named companies a dataset mentions (all of them for the roster), and whether it mentions the province. */
function mentioned(meta: DatasetMeta, { companies, province }: Named): string[] | null {
  if (meta.id === "roster") return companies.length > 0 ? companies.map(canonicalShortName) : null;
  const text = recordText(meta);
  const found = companies.filter((company) => namesOf(company).some((name) => text.includes(nameKey(name))));
  if (found.length > 0) return found.map(canonicalShortName);
  return province && text.includes(province) ? [province] : null;
}

export interface DatasetHit<T extends DatasetMeta> {
  meta: T;
  /** The companies or province of the query its records mention (empty when the catalog's words matched). */
  mentions: string[];
}

function hitOf<T extends DatasetMeta>(meta: T, query: string): DatasetHit<T> | null {
  const catalog = normalise(catalogText(meta).join("\n"));
  const mentions = new Set<string>();
  for (const word of words(query)) {
    if (catalog.includes(word)) continue;
    const names = mentioned(meta, named(word, meta));
    if (!names) return null;
    names.forEach((name) => mentions.add(name));
  }
  return { meta, mentions: [...mentions] };
}

/** The datasets matching `query`, those whose title matches first, each group in catalog order. */
export function searchDatasets<T extends DatasetMeta>(datasets: readonly T[], query: string): DatasetHit<T>[] {
  if (query.trim() === "") return datasets.map((meta) => ({ meta, mentions: [] }));
  const hits = datasets.map((meta) => hitOf(meta, query)).filter((hit): hit is DatasetHit<T> => hit !== null);
  const inTitle = (hit: DatasetHit<T>) => matchesAll([hit.meta.id, hit.meta.title.zh, hit.meta.title.en], query);
  return [...hits.filter(inTitle), ...hits.filter((hit) => !inTitle(hit))];
}
