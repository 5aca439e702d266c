/**
 * The function reference the pane shows: names, descriptions and arguments from the metadata Excel itself reads
 * (functions.json, functions-zh-cn.json, fetched from the page's own origin), joined with the reference data of
 * src/functions (the Excel formula each equals, an example, its errors). Pure apart from the fetch.
 */
import type { Locale } from "../../i18n/locale";

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

interface Bilingual {
  en: string;
  zh: string;
}

/** One function's entry in src/functions/reference.json. */
export interface FunctionReferenceEntry {
  category: string;
  excel: string | null;
  example: string;
  exampleResult: unknown;
  exampleNote?: Bilingual | null;
  errors: ({ code: string } & Bilingual)[];
}

export type FunctionReference = Record<string, FunctionReferenceEntry>;

export interface FunctionDoc {
  id: string;
  /** As typed in a cell: `AMC.TOP5SHARE`. */
  name: string;
  description: string;
  parameters: { name: string; description: string; optional: boolean }[];
  helpUrl: string | null;
  category: string | null;
  excel: string | null;
  example: string | null;
  exampleResult: string | null;
  exampleNote: string | null;
  errors: { code: string; text: string }[];
}

export const NAMESPACE = "AMC";

function language(locale: Locale): keyof Bilingual {
  return locale === "zh-CN" ? "zh" : "en";
}

function resultText(result: unknown): string | null {
  if (result === null || result === undefined) return null;
  return Array.isArray(result) ? JSON.stringify(result) : String(result);
}

/** Joins the metadata (in the pane's language) with the reference data; metadata order is kept. */
export function mergeFunctionDocs(
  metadata: FunctionsMetadata,
  reference: FunctionReference,
  locale: Locale,
): FunctionDoc[] {
  const lang = language(locale);
  return metadata.functions.map((fn) => {
    const entry = reference[fn.id];
    return {
      id: fn.id,
      name: `${NAMESPACE}.${fn.name}`,
      description: fn.description ?? "",
      parameters: (fn.parameters ?? []).map((p) => ({
        name: p.name,
        description: p.description ?? "",
        optional: p.optional === true,
      })),
      helpUrl: fn.helpUrl ?? null,
      category: entry?.category ?? null,
      excel: entry?.excel ?? null,
      example: entry?.example ?? null,
      exampleResult: resultText(entry?.exampleResult),
      exampleNote: entry?.exampleNote?.[lang] ?? null,
      errors: (entry?.errors ?? []).map((error) => ({ code: error.code, text: error[lang] })),
    };
  });
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
