/**
 * The workbench layout: a toolbar (Office display language and theme for the pane, whether this Excel takes data
 * types, and a switch that puts AMC.* formulas in Excel's "not yet registered" #NAME? state), the formula bar, the
 * grid with its sheet tabs and the card of a cell when opened, and the real task pane beside it, as Excel on the
 * web shows an add-in; F6 moves the focus between sheet and pane.
 */
import { useCallback, useState, type KeyboardEvent } from "react";
import { cellAddress } from "../../excel-rules/a1";
import { resolveLocale } from "../../i18n/locale";
import { translate } from "../../i18n/ui";
import type { PreviewTheme } from "../excel-api/office-mock";
import type { PreviewRuntime } from "../runtime";
import { EntityCard } from "./EntityCard";
import { FormulaBar } from "./FormulaBar";
import { Grid } from "./Grid";
import { PaneHost } from "./PaneHost";
import { SheetTabs } from "./SheetTabs";
import { useWorkbookVersion } from "./use-workbook";

/** Where F6 lands in the task pane: its selected tab, else its first control (not a focus trap's sentinel). */
const PANE_ENTRIES = ['[role="tab"][aria-selected="true"]', "button, input, [tabindex='0']:not([data-tabster-dummy])"];

/** F6 moves the focus between the sheet and the task pane, as it does in Excel. */
function switchPane(event: KeyboardEvent<HTMLDivElement>): void {
  if (event.key !== "F6") return;
  event.preventDefault();
  const root = event.currentTarget;
  const pane = root.querySelector<HTMLElement>('[data-testid="task-pane"]');
  const inPane = pane?.contains(document.activeElement) === true;
  const entry = PANE_ENTRIES.map((selector) => pane?.querySelector<HTMLElement>(selector)).find(Boolean);
  const target = inPane ? root.querySelector<HTMLElement>('[data-testid="grid"]') : entry;
  target?.focus();
}

/** Only the preview carries this string: tests/e2e/production-bundle.test.ts proves production builds do not. */
export const PREVIEW_BUILD_MARKER = "amc-preview-workbench";

const LANGUAGES = [
  { value: "zh-CN", label: "中文 (zh-CN)" },
  { value: "en-US", label: "English (en-US)" },
];

/** The page again as an Excel with or without data types (the functions ask once, when they load). */
function reloadAddress(dataTypes: boolean, language: string, theme: PreviewTheme): string {
  const query = new URLSearchParams({ lang: language, theme, ...(dataTypes ? {} : { datatypes: "off" }) });
  return `${window.location.pathname}?${query}`;
}

interface OpenCard {
  sheetId: number;
  row: number;
  column: number;
}

export function Workbench({ runtime }: { runtime: PreviewRuntime }) {
  const { workbook, office } = runtime;
  useWorkbookVersion(workbook);
  const [language, setLanguage] = useState(office.state.displayLanguage);
  const [theme, setTheme] = useState<PreviewTheme>(office.state.theme);
  const [openCard, setOpenCard] = useState<OpenCard | null>(null);
  const locale = resolveLocale(language);
  const dataTypes = office.state.dataTypes === true;

  const showCard = useCallback(
    (row: number, column: number) => setOpenCard({ sheetId: workbook.sheets.activeSheetId, row, column }),
    [workbook],
  );
  const closeCard = useCallback(() => {
    setOpenCard(null);
    document.querySelector<HTMLElement>("[data-testid='grid']")?.focus();
  }, []);
  const card =
    openCard && workbook.sheets.has(openCard.sheetId) && openCard.sheetId === workbook.sheets.activeSheetId
      ? workbook.cellView(openCard.sheetId, openCard.row, openCard.column).card
      : undefined;

  const changeLanguage = useCallback(
    (value: string) => {
      office.setDisplayLanguage(value);
      setLanguage(value);
    },
    [office],
  );
  const changeTheme = useCallback(
    (value: PreviewTheme) => {
      office.setTheme(value);
      setTheme(value);
    },
    [office],
  );

  return (
    <div className={`workbench theme-${theme}`} data-testid="workbench" data-build={PREVIEW_BUILD_MARKER}>
      {/* A region, not a banner: the pane beside it is a page of its own in Excel, whose header is its banner. */}
      <div className="toolbar" role="region" aria-label="Preview">
        <strong>AMC Analyst · Preview 预览</strong>
        <label>
          Office language
          <select
            aria-label="Office display language"
            value={language}
            onChange={(e) => changeLanguage(e.target.value)}
          >
            {LANGUAGES.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Office theme
          <select aria-label="Office theme" value={theme} onChange={(e) => changeTheme(e.target.value as PreviewTheme)}>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
        <button
          type="button"
          title="Every AMC.* formula shows #NAME? until re-entered, as when Excel opens a workbook before the add-in loads; the task pane opens anew"
          onClick={() => runtime.simulateUnregisteredFunctions()}
        >
          Simulate reopening before the add-in loads (#NAME?)
        </button>
        <span className="data-types" data-testid="data-types">
          {translate(locale, dataTypes ? "preview.dataTypes.on" : "preview.dataTypes.off")} ·{" "}
          <a href={reloadAddress(!dataTypes, language, theme)}>
            {translate(locale, dataTypes ? "preview.dataTypes.switchOff" : "preview.dataTypes.switchOn")}
          </a>
        </span>
        <span className="toolbar-note">
          Formulas computed by HyperFormula (GPL-3.0), in this preview only · {runtime.plugin.names.length} AMC
          functions
        </span>
      </div>
      <div className="main" onKeyDown={switchPane}>
        <section className="sheet-area" aria-label="Workbook">
          <FormulaBar workbook={workbook} locale={locale} onOpenCard={showCard} />
          <Grid workbook={workbook} locale={locale} onOpenCard={showCard} />
          <SheetTabs workbook={workbook} />
          {card && openCard ? (
            <EntityCard
              card={card}
              address={cellAddress(openCard.row, openCard.column)}
              locale={locale}
              onClose={closeCard}
            />
          ) : null}
        </section>
        <PaneHost key={`${language}|${theme}|${runtime.paneGeneration}`} language={language} theme={theme} />
      </div>
    </div>
  );
}
