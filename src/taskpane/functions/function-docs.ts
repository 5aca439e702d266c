/**
 * The function reference the pane shows: names, descriptions and arguments from the metadata Excel itself reads
 * (functions.json, functions-zh-cn.json, fetched from the page's own origin), joined with the reference data of
 * src/functions (the Excel formula each equals, an example, its errors). Pure apart from the fetch.
 */
import type { FunctionReference as FunctionReferenceEntry } from "../../functions/reference";
import { qualifiedName } from "../../functions/namespace";
import { languageOf, type Locale } from "../../i18n/locale";

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
  parameters: { name: string; description: string; optional: boolean }[];
  helpUrl: string | null;
  category: string | null;
  /** The category's title in the pane's language. */
  categoryTitle: string | null;
  excel: string | null;
  example: string | null;
  exampleResult: string | null;
  exampleNote: string | null;
  errors: { code: string; text: string }[];
}

/** The categories of the reference, in the order to list them, with their titles. */
export interface Categories {
  order: readonly string[];
  titles: Record<string, { en: string; zh: string }>;
}

/**
 * Joins the metadata (in the pane's language) with the reference data. With `categories`, functions are listed
 * category by category in that order (metadata order within one), each with its category's title.
 */
export function mergeFunctionDocs(
  metadata: FunctionsMetadata,
  reference: FunctionReference,
  locale: Locale,
  categories?: Categories,
): FunctionDoc[] {
  const lang = languageOf(locale);
  const docs: FunctionDoc[] = metadata.functions.map((fn) => {
    const entry = reference[fn.id];
    return {
      id: fn.id,
      name: qualifiedName(fn.name),
      description: fn.description ?? "",
      parameters: (fn.parameters ?? []).map((p) => ({
        name: p.name,
        description: p.description ?? "",
        optional: p.optional === true,
      })),
      helpUrl: fn.helpUrl ?? null,
      category: entry?.category ?? null,
      categoryTitle: (entry && categories?.titles[entry.category]?.[lang]) ?? null,
      excel: entry?.excel ?? null,
      example: entry?.example ?? null,
      exampleResult: entry?.exampleResult ?? null,
      exampleNote: entry?.exampleNote?.[lang] ?? null,
      errors: (entry?.errors ?? []).map((error) => ({ code: error.code, text: error[lang] })),
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

/** Whether a function doc matches every word of the query (name, description, arguments, Excel formula). */
export function functionText(doc: FunctionDoc): string[] {
  return [doc.name, doc.description, doc.excel ?? "", ...doc.parameters.flatMap((p) => [p.name, p.description])];
}
