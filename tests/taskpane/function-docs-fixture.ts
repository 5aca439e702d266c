/** The function docs the pane's loader builds from functions.json and its Chinese strings, as the build derives them. */
import golden from "../golden/functions.json";
import zhStrings from "../../src/i18n/functions.zh-CN.json";
import { CATEGORY_ORDER, CATEGORY_TITLES, FUNCTION_REFERENCE } from "../../src/functions/reference";
import { mergeFunctionDocs, type FunctionDoc } from "../../src/taskpane/functions/function-docs";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata } = require("../../scripts/build/localize-metadata");

export type Locale = "en-US" | "zh-CN";

const zhMetadata = localizeMetadata(golden, zhStrings);
const categories = { order: CATEGORY_ORDER, titles: CATEGORY_TITLES };

export function docsFor(locale: Locale): FunctionDoc[] {
  return locale === "zh-CN"
    ? mergeFunctionDocs(zhMetadata, FUNCTION_REFERENCE, locale, categories, golden)
    : mergeFunctionDocs(golden, FUNCTION_REFERENCE, locale, categories, zhMetadata);
}
