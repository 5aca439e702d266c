/**
 * The function reference the pane shows: names, descriptions and arguments from the metadata Excel itself reads
 * (functions.json, functions-zh-cn.json, fetched from the page's own origin), joined with the reference data of
 * src/functions (the Excel formula each equals, an example, its errors), and searched in both languages. Pure apart
 * from the fetch.
 */
import type { FunctionReference as FunctionReferenceEntry } from "../../functions/reference";
import { qualifiedName } from "../../functions/namespace";
import { languageOf, type Locale } from "../../i18n/locale";
import { matchesAll, normalise } from "../data/search";

/** The part of Excel's custom-functions metadata (functions.json) the pane reads. */
export interface FunctionsMetadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    helpUrl?: string;
    parameters?: { name: string; description?: string; optional?: boolean }[];
  }[];
}

/** One function's entry in src/functions/reference.json, by function id. */
export type FunctionReference = Record<string, FunctionReferenceEntry>;

export interface FunctionDoc {
  id: string;
  /** As typed in a cell: `AMC.TOP5SHARE`. */
  name: string;
  description: string;
  /** The description without its closing `≡ formula`: what the index shows on the function's one line. */
  summary: string;
  /** The summary in the other language, which the search reads too. */
  otherSummary: string;
  parameters: { name: string; description: string; optional: boolean }[];
  helpUrl: string | null;
  category: string | null;
  /** The category's title in the pane's language. */
  categoryTitle: string | null;
  /** The category's title in the other language, for the search. */
  otherCategoryTitle: string | null;
  excel: string | null;
  example: string | null;
  exampleResult: string | null;
  exampleNote: string | null;
  errors: { code: string; text: string; shortfall: boolean }[];
}

/** The categories of the reference, in the order to list them, with their titles. */
export interface Categories {
  order: readonly string[];
  titles: Record<string, { en: string; zh: string }>;
}

/** A description without the `≡ formula` the build closes it with (`… ≡ SUM(a)/SUM(b).`, `…≡ SUM(a)。`). */
export function summaryOf(description: string): string {
  return description.replace(/\s*≡[\s\S]*$/, "").trim();
}

/**
 * Joins the metadata (in the pane's language, and in the other one for the search) with the reference data. With
 * `categories`, functions are listed category by category in that order (metadata order within one), each with its
 * category's title.
 */
export function mergeFunctionDocs(
  metadata: FunctionsMetadata,
  reference: FunctionReference,
  locale: Locale,
  categories?: Categories,
  otherMetadata?: FunctionsMetadata,
): FunctionDoc[] {
  const lang = languageOf(locale);
  const otherLang = lang === "zh" ? "en" : "zh";
  const otherDescriptions = new Map((otherMetadata?.functions ?? []).map((fn) => [fn.id, fn.description ?? ""]));
  const docs: FunctionDoc[] = metadata.functions.map((fn) => {
    const entry = reference[fn.id];
    const titles = entry ? categories?.titles[entry.category] : undefined;
    return {
      id: fn.id,
      name: qualifiedName(fn.name),
      description: fn.description ?? "",
      summary: summaryOf(fn.description ?? ""),
      otherSummary: summaryOf(otherDescriptions.get(fn.id) ?? ""),
      parameters: (fn.parameters ?? []).map((p) => ({
        name: p.name,
        description: p.description ?? "",
        optional: p.optional === true,
      })),
      helpUrl: fn.helpUrl ?? null,
      category: entry?.category ?? null,
      categoryTitle: titles?.[lang] ?? null,
      otherCategoryTitle: titles?.[otherLang] ?? null,
      excel: entry?.excel ?? null,
      example: entry?.example ?? null,
      exampleResult: entry?.exampleResult ?? null,
      exampleNote: entry?.exampleNote?.[lang] ?? null,
      errors: (entry?.errors ?? []).map((error) => ({
        code: error.code,
        text: error[lang],
        shortfall: error.shortfall === true,
      })),
    };
  });
  if (!categories) return docs;
  const rank = (doc: FunctionDoc) => {
    const index = doc.category === null ? -1 : categories.order.indexOf(doc.category);
    return index < 0 ? categories.order.length : index;
  };
  return docs
    .map((doc, index) => ({ doc, index }))
    .sort((a, b) => rank(a.doc) - rank(b.doc) || a.index - b.index)
    .map(({ doc }) => doc);
}

/** The metadata file Excel reads for a language: functions.json, or functions-zh-cn.json for Chinese. */
export function metadataUrl(locale: Locale): string {
  return locale === "zh-CN" ? "functions-zh-cn.json" : "functions.json";
}

export type Fetch = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export async function fetchMetadata(locale: Locale, fetcher: Fetch): Promise<FunctionsMetadata> {
  const url = metadataUrl(locale);
  const response = await fetcher(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const metadata = (await response.json()) as FunctionsMetadata;
  if (!Array.isArray(metadata?.functions)) throw new Error(`${url}: no functions list`);
  return metadata;
}

/** What the search reads of a function: its name, summary and category in both languages, its arguments' names. */
function searchedText(doc: FunctionDoc): string[] {
  return [
    doc.name,
    doc.summary,
    doc.otherSummary,
    doc.categoryTitle ?? "",
    doc.otherCategoryTitle ?? "",
    ...doc.parameters.map((p) => p.name),
  ];
}

/** How well a function's name answers the query: 0 its name, 1 how it starts, 2 in it, 3 elsewhere only. */
function nameRank(doc: FunctionDoc, query: string): number {
  const wanted = normalise(query).trim();
  const name = normalise(doc.name);
  const bare = name.replace(/^[^.]*\./, "");
  if (name === wanted || bare === wanted) return 0;
  if (name.startsWith(wanted) || bare.startsWith(wanted)) return 1;
  return name.includes(wanted) ? 2 : 3;
}

/**
 * The functions matching every word of `query`, still grouped by category (the list shows them so), the best hit
 * first: categories ordered by their best hit, and within one, the functions whose name answers the query first.
 */
export function searchFunctions(docs: readonly FunctionDoc[], query: string): FunctionDoc[] {
  if (query.trim() === "") return [...docs];
  const found = docs
    .map((doc, index) => ({ doc, index, rank: nameRank(doc, query) }))
    .filter(({ doc }) => matchesAll(searchedText(doc), query));
  const bestOfCategory = new Map<string | null, number>();
  for (const hit of found) {
    bestOfCategory.set(hit.doc.category, Math.min(bestOfCategory.get(hit.doc.category) ?? Infinity, hit.rank));
  }
  const firstOfCategory = new Map<string | null, number>();
  for (const hit of found) if (!firstOfCategory.has(hit.doc.category)) firstOfCategory.set(hit.doc.category, hit.index);
  return found
    .sort(
      (a, b) =>
        bestOfCategory.get(a.doc.category)! - bestOfCategory.get(b.doc.category)! ||
        firstOfCategory.get(a.doc.category)! - firstOfCategory.get(b.doc.category)! ||
        a.rank - b.rank ||
        a.index - b.index,
    )
    .map(({ doc }) => doc);
}
