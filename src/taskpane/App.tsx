/**
 * The task pane's root: one FluentProvider (light or dark Fluent theme), the language switch, the repair offer (when
 * the workbook check of the first render finds AMC.* cells stuck at #NAME?), and four sections: data (first
 * screen), then functions, the report model and repair (loaded on first visit, as is the offer when it is needed,
 * to keep the first load small).
 * Language, theme and services are props, so the preview, screenshots and tests choose them without Office.
 */
import {
  Caption1,
  FluentProvider,
  makeStyles,
  Radio,
  RadioGroup,
  Spinner,
  Tab,
  TabList,
  Title3,
  tokens,
} from "@fluentui/react-components";
import { lazy, Suspense, useState, type ReactNode } from "react";
import { CATALOG, type DatasetMeta } from "../data/catalog";
import { DATASET_IDS } from "../data/index";
import type { Locale } from "../i18n/locale";
import { DataPanel } from "./data/DataPanel";
import { useStuckCellCheck } from "./repair/stuck-cell-check";
import { LocaleProvider, useText } from "./shell/locale-context";
import { excelServices, ServicesProvider, type PaneServices } from "./shell/services";
import type { ThemeKind } from "./shell/settings";
import { fluentTheme } from "./shell/theme";

const FiguresPanel = lazy(() => import(/* webpackChunkName: "pane-figures" */ "./figures/FiguresPanel"));
const FunctionsPanel = lazy(() => import(/* webpackChunkName: "pane-functions" */ "./functions/FunctionsPanel"));
const ModelPanel = lazy(() => import(/* webpackChunkName: "pane-model" */ "./model/ModelPanel"));
const RepairPanel = lazy(() => import(/* webpackChunkName: "pane-repair" */ "./repair/RepairPanel"));
const CellExplainer = lazy(() => import(/* webpackChunkName: "pane-explainer" */ "./explainer/CellExplainer"));
const RepairOffer = lazy(() => import(/* webpackChunkName: "pane-repair-offer" */ "./repair/RepairOffer"));

const DATASETS: readonly DatasetMeta[] = DATASET_IDS.map((id) => CATALOG[id] as DatasetMeta);

type Section = "data" | "figures" | "functions" | "model" | "repair";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  subtitle: { color: tokens.colorNeutralForeground3 },
  language: { flexDirection: "row" },
});

export interface AppProps {
  locale?: Locale;
  theme?: ThemeKind;
  services?: PaneServices;
}

function Header({ onLocale }: { onLocale: (locale: Locale) => void }) {
  const styles = useStyles();
  const { locale, t } = useText();
  return (
    <header className={styles.header}>
      <Title3 as="h1">{t("app.title")}</Title3>
      <Caption1 className={styles.subtitle}>{t("app.subtitle")}</Caption1>
      <RadioGroup
        className={styles.language}
        layout="horizontal"
        aria-label={t("app.language")}
        value={locale}
        onChange={(_, data) => onLocale(data.value as Locale)}
      >
        <Radio value="zh-CN" label="中文" />
        <Radio value="en-US" label="English" />
      </RadioGroup>
    </header>
  );
}

/** The workbook check of the first render, and the repair offer when it finds AMC.* cells stuck at #NAME?. */
function StuckCellOffer() {
  const scan = useStuckCellCheck();
  if (!scan) return null;
  return (
    <Suspense fallback={null}>
      <RepairOffer scan={scan} />
    </Suspense>
  );
}

function Sections() {
  const { t } = useText();
  const [section, setSection] = useState<Section>("data");
  const [visited, setVisited] = useState<Set<Section>>(new Set(["data"]));
  const loading = <Spinner size="small" label={t("app.loading")} />;
  const panels: Record<Section, ReactNode> = {
    data: <DataPanel datasets={DATASETS} />,
    figures: (
      <Suspense fallback={loading}>
        <FiguresPanel />
      </Suspense>
    ),
    functions: (
      <Suspense fallback={loading}>
        <FunctionsPanel />
      </Suspense>
    ),
    model: (
      <Suspense fallback={loading}>
        <ModelPanel />
      </Suspense>
    ),
    repair: (
      <Suspense fallback={loading}>
        <RepairPanel />
      </Suspense>
    ),
  };
  return (
    <>
      <TabList
        aria-label={t("app.tabs")}
        selectedValue={section}
        onTabSelect={(_, data) => {
          const next = data.value as Section;
          setSection(next);
          setVisited((seen) => new Set(seen).add(next));
        }}
      >
        <Tab value="data">{t("tab.data")}</Tab>
        <Tab value="figures">{t("tab.figures")}</Tab>
        <Tab value="functions">{t("tab.functions")}</Tab>
        <Tab value="model">{t("tab.model")}</Tab>
        <Tab value="repair">{t("tab.repair")}</Tab>
      </TabList>
      {(Object.keys(panels) as Section[])
        .filter((key) => visited.has(key))
        .map((key) => (
          <div key={key} role="tabpanel" aria-label={t(`tab.${key}`)} hidden={key !== section}>
            {panels[key]}
          </div>
        ))}
    </>
  );
}

export function App({ locale: initialLocale = "en-US", theme = "light", services = excelServices }: AppProps) {
  const styles = useStyles();
  const [locale, setLocale] = useState<Locale>(initialLocale);
  return (
    <FluentProvider theme={fluentTheme(theme)} lang={locale} className={styles.root}>
      <LocaleProvider locale={locale}>
        <ServicesProvider services={services}>
          <Header onLocale={setLocale} />
          <StuckCellOffer />
          <Sections />
          <Suspense fallback={null}>
            <CellExplainer />
          </Suspense>
        </ServicesProvider>
      </LocaleProvider>
    </FluentProvider>
  );
}
