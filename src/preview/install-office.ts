/**
 * Side effect first: the `Office` and `OfficeExtension` globals of the preview, installed before the functions module
 * is evaluated, as Excel's page loads office.js before functions.js (so the functions' start-up question about data
 * types meets an Office, as in Excel). The page's address chooses what that Office reports: `?lang=zh-CN`,
 * `?theme=dark`, and `?datatypes=off` for an Excel without data types (ExcelApi below 1.16).
 */
import { createOfficeMock, type OfficeMock, type PreviewTheme } from "./excel-api/office-mock";
import { resolveLocale } from "../i18n/locale";

const query = new URLSearchParams(window.location.search);

function initialLanguage(): string {
  return query.get("lang") ?? resolveLocale(navigator.language);
}

function initialTheme(): PreviewTheme {
  const fromUrl = query.get("theme");
  if (fromUrl === "dark" || fromUrl === "light") return fromUrl;
  return window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

export const office: OfficeMock = createOfficeMock({
  displayLanguage: initialLanguage(),
  theme: initialTheme(),
  dataTypes: query.get("datatypes") !== "off",
});

Object.assign(globalThis, { Office: office.office, OfficeExtension: office.officeExtension });
