/**
 * The task pane's root: one FluentProvider (its theme, light or dark, is on the page's root: shell/theme.ts), the
 * one-line header (title, language and theme), and the main landmark: the repair offer when the workbook check of
 * the first render finds AMC.* cells stuck at #NAME?, the tabs of sections.tsx, their panels (which scroll), and
 * below them the "this cell" explainer, docked at the pane's bottom.
 * Language, theme and services are props, so the preview, screenshots and tests choose them without Office.
 */
import { FluentProvider, makeStyles, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useState } from "react";
import type { Locale } from "../i18n/locale";
import { SECTIONS } from "./sections";
import { useAfterFirstRender } from "./shell/after-first-render";
import { Header } from "./shell/Header";
import { Loading } from "./shell/Loading";
import { PaneTabs } from "./shell/PaneTabs";
import { LocaleProvider, useText } from "./shell/locale-context";
import { savePreference, shownTheme, type ThemeChoice } from "./shell/preferences";
import { excelServices, ServicesProvider, type PaneServices } from "./shell/services";
import type { ThemeKind } from "./shell/settings";
import { NO_PROVIDER_THEME, usePageTheme } from "./shell/theme";
import { useStuckCellCheck } from "./workbook/stuck-cell-check";

const RepairOffer = lazy(() => import(/* webpackChunkName: "pane-repair-offer" */ "./workbook/RepairOffer"));
const CellExplainer = lazy(() => import(/* webpackChunkName: "pane-explainer" */ "./explainer/CellExplainer"));

const FILL = { height: "100%" } as const;

const useStyles = makeStyles({
  root: {
    height: "100%",
    minHeight: "320px",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  main: { flex: "1 1 auto", minHeight: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // The offer keeps its full height; only the panels give way when the pane is short.
  offer: { flex: "none", ":empty": { display: "none" } },
  tabs: { flex: "none", marginInline: `calc(-1 * ${tokens.spacingHorizontalS})` },
  // Five tabs fit one line of a 350 px pane in either language: less padding than Fluent's small tabs.
  tab: { paddingLeft: tokens.spacingHorizontalXXS, paddingRight: tokens.spacingHorizontalXXS, minWidth: 0 },
  panels: {
    // The containing block of what is positioned inside (screen-reader-only labels): else the page itself, whose
    // height they would stretch, and the whole page would scroll with the header.
    position: "relative",
    flex: "1 1 auto",
    minHeight: 0,
    overflowY: "auto",
    // Room for the focus outlines of the panels' controls, which the scrolling box would clip.
    padding: tokens.spacingHorizontalXXS,
    margin: `calc(-1 * ${tokens.spacingHorizontalXXS})`,
  },
});

export interface AppProps {
  locale?: Locale;
  /** Office's theme (or what stands for it in the preview and tests). */
  theme?: ThemeKind;
  /** Whether the pane follows Office's theme or the analyst's own choice. */
  themeChoice?: ThemeChoice;
  services?: PaneServices;
  /** The pane is the whole page (not a frame of the preview): it sets the page's language and remembers choices. */
  ownsPage?: boolean;
}

/** The workbook check, once `due`, and the repair offer when it finds AMC.* cells stuck at #NAME?. */
function StuckCellOffer({ due }: { due: boolean }) {
  const styles = useStyles();
  const scan = useStuckCellCheck(due);
  if (!scan) return null;
  return (
    <div className={styles.offer}>
      <Suspense fallback={null}>
        <RepairOffer scan={scan} />
      </Suspense>
    </div>
  );
}

/** The tabs and their panels; a panel stays mounted once visited, so it keeps its state between visits. */
function Sections() {
  const styles = useStyles();
  const { t } = useText();
  const [current, setCurrent] = useState(SECTIONS[0].id);
  const [visited, setVisited] = useState<ReadonlySet<string>>(new Set([SECTIONS[0].id]));
  return (
    <>
      <PaneTabs
        tabs={SECTIONS.map((section) => ({ id: section.id, label: t(section.label) }))}
        selected={current}
        onSelect={(next) => {
          setCurrent(next);
          setVisited((seen) => new Set(seen).add(next));
        }}
        label={t("app.tabs")}
        className={styles.tabs}
        tabClassName={styles.tab}
      />
      <div className={styles.panels}>
        {SECTIONS.filter((section) => visited.has(section.id)).map(({ id, Panel }) => (
          <div key={id} id={`panel-${id}`} role="tabpanel" aria-labelledby={`tab-${id}`} hidden={id !== current}>
            <Suspense fallback={<Loading />}>
              <Panel />
            </Suspense>
          </div>
        ))}
      </div>
    </>
  );
}

export function App({
  locale: initialLocale = "en-US",
  theme: officeTheme = "light",
  themeChoice: initialChoice = "office",
  services = excelServices,
  ownsPage = false,
}: AppProps) {
  const styles = useStyles();
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [themeChoice, setThemeChoice] = useState<ThemeChoice>(initialChoice);
  useEffect(() => {
    if (ownsPage) document.documentElement.lang = locale;
  }, [locale, ownsPage]);

  const chooseLocale = (next: Locale) => {
    setLocale(next);
    if (ownsPage) savePreference({ locale: next });
  };
  const chooseTheme = (next: ThemeChoice) => {
    setThemeChoice(next);
    if (ownsPage) savePreference({ theme: next });
  };

  const themeShown = usePageTheme(shownTheme(themeChoice, officeTheme));
  // What is not the first view (the header's menus, the workbook check, the explainer) starts after its first paint.
  const painted = useAfterFirstRender();
  // Only before the first paint of a dark pane whose theme is still loading: nothing rather than the light theme.
  if (!themeShown) return null;
  return (
    // Fluent copies the provider's classes onto its pop-up layers (tooltips, menus, dialogs): the pane's layout is
    // on the div inside, so a tooltip's layer does not become a full-pane sheet; the provider only fills the page.
    <FluentProvider theme={NO_PROVIDER_THEME} lang={locale} style={FILL}>
      <div className={styles.root}>
        <LocaleProvider locale={locale}>
          <ServicesProvider services={services}>
            <Header
              themeChoice={themeChoice}
              officeTheme={officeTheme}
              onLocale={chooseLocale}
              onThemeChoice={chooseTheme}
              showMenus={painted}
            />
            <main className={styles.main}>
              <StuckCellOffer due={painted} />
              <Sections />
              {/* What follows the panels here stays docked at the bottom of the pane while the panels scroll. */}
              {painted && (
                <Suspense fallback={null}>
                  <CellExplainer />
                </Suspense>
              )}
            </main>
          </ServicesProvider>
        </LocaleProvider>
      </div>
    </FluentProvider>
  );
}
