/**
 * Loads the function reference in the running pane: the metadata files from the page's own origin (relative
 * URLs, cached per language) joined with the reference data of src/functions. Loaded lazily, off the first screen.
 */
import { CATEGORY_ORDER, CATEGORY_TITLES, FUNCTION_REFERENCE } from "../../functions/reference";
import type { Locale } from "../../i18n/locale";
import { fetchMetadata, mergeFunctionDocs, type FunctionDoc, type FunctionsMetadata } from "./function-docs";

const cache = new Map<Locale, Promise<FunctionsMetadata>>();

export async function loadFunctionReference(locale: Locale): Promise<FunctionDoc[]> {
  let metadata = cache.get(locale);
  if (!metadata) {
    metadata = fetchMetadata(locale, (url) => fetch(url));
    cache.set(locale, metadata);
    metadata.catch(() => cache.delete(locale));
  }
  return mergeFunctionDocs(await metadata, FUNCTION_REFERENCE, locale, {
    order: CATEGORY_ORDER,
    titles: CATEGORY_TITLES,
  });
}
