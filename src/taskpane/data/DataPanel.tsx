/** The data browser: the catalog's datasets, searchable in Chinese or English; choosing one opens its detail. */
import { Badge, Caption1, makeStyles, SearchBox, Text, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useMemo, useState } from "react";
import type { DatasetMeta } from "../../data/catalog";
import { useText } from "../shell/locale-context";
import { Spinner } from "@fluentui/react-components";

/** The detail (preview, insert actions, dialog) loads on first use, keeping the pane's first load small. */
const DatasetDetail = lazy(() => import(/* webpackChunkName: "pane-dataset" */ "./DatasetDetail"));
import { searchDatasets } from "./search";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: {
    width: "100%",
    textAlign: "start",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  title: { fontWeight: tokens.fontWeightSemibold },
  secondary: { color: tokens.colorNeutralForeground3 },
  metaLine: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

function DatasetItem({ meta, onOpen }: { meta: DatasetMeta; onOpen: () => void }) {
  const styles = useStyles();
  const { locale, t } = useText();
  const [language, other] = locale === "zh-CN" ? (["zh", "en"] as const) : (["en", "zh"] as const);
  return (
    <li>
      <button type="button" className={styles.item} onClick={onOpen}>
        <Text className={styles.title}>{meta.title[language]}</Text>
        <Caption1 className={styles.secondary}>{meta.title[other]}</Caption1>
        <span className={styles.metaLine}>
          <Caption1>{t("data.rows", { count: meta.rowCount })}</Caption1>
          <Caption1>{t("data.asOf", { date: meta.asOf })}</Caption1>
          {meta.chart && (
            <Badge appearance="tint" size="small">
              {t("data.chart")}
            </Badge>
          )}
        </span>
      </button>
    </li>
  );
}

export function DataPanel({ datasets }: { datasets: readonly DatasetMeta[] }) {
  const styles = useStyles();
  const { t } = useText();
  const [query, setQuery] = useState("");
  const [openId, setOpenId] = useState<string | null>(null);
  const found = useMemo(() => searchDatasets(datasets, query), [datasets, query]);
  const open = datasets.find((meta) => meta.id === openId);
  if (open) {
    return (
      <Suspense fallback={<Spinner size="small" label={t("app.loading")} />}>
        <DatasetDetail meta={open} onBack={() => setOpenId(null)} />
      </Suspense>
    );
  }
  return (
    <section className={styles.panel}>
      <SearchBox
        aria-label={t("data.search")}
        placeholder={t("data.search")}
        value={query}
        onChange={(_, data) => setQuery(data.value)}
      />
      <Caption1 role="status">
        {found.length > 0 ? t("data.count", { count: found.length }) : t("data.noMatch", { query })}
      </Caption1>
      <ul className={styles.list} aria-label={t("tab.data")}>
        {found.map((meta) => (
          <DatasetItem key={meta.id} meta={meta} onOpen={() => setOpenId(meta.id)} />
        ))}
      </ul>
    </section>
  );
}
