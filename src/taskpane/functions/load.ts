/**
 * Loads the function reference in the running pane: the metadata files from the page's own origin (relative
 * URLs, cached per language; both languages, as the search reads both) joined with the reference data of
 * src/functions. Loaded lazily, off the first screen.
 */
import { CATEGORY_ORDER, CATEGORY_TITLES, FUNCTION_REFERENCE } from "../../functions/reference";
import type { Locale } from "../../i18n/locale";
import { fetchMetadata, mergeFunctionDocs, type FunctionDoc, type FunctionsMetadata } from "./function-docs";

const cache = new Map<Locale, Promise<FunctionsMetadata>>();

function metadataIn(locale: Locale): Promise<FunctionsMetadata> {
  let metadata = cache.get(locale);
  if (!metadata) {
    metadata = fetchMetadata(locale, (url) => fetch(url));
    cache.set(locale, metadata);
    metadata.catch(() => cache.delete(locale));
  }
  return metadata;
}

export async function loadFunctionReference(locale: Locale): Promise<FunctionDoc[]> {
  const other: Locale = locale === "zh-CN" ? "en-US" : "zh-CN";
  const [metadata, otherMetadata] = await Promise.all([metadataIn(locale), metadataIn(other)]);
  const categories = { order: CATEGORY_ORDER, titles: CATEGORY_TITLES };
  return mergeFunctionDocs(metadata, FUNCTION_REFERENCE, locale, categories, otherMetadata);
}
