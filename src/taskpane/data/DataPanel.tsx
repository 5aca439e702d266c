/** The data browser: the catalog's datasets, searchable in Chinese or English; choosing one opens its detail. */
import { Badge, Caption1, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useMemo, useState } from "react";
import type { DatasetMeta } from "../../data/catalog";
import { useText } from "../shell/locale-context";
import { useListStyles } from "../shell/list-styles";
import { SearchField } from "../shell/SearchField";
import { Spinner } from "@fluentui/react-components";

/** The detail (preview, insert actions, dialog) loads on first use, keeping the pane's first load small. */
const DatasetDetail = lazy(() => import(/* webpackChunkName: "pane-dataset" */ "./DatasetDetail"));
import { searchDatasets } from "./search";

const useStyles = makeStyles({
  item: {
    width: "100%",
    textAlign: "start",
    gap: tokens.spacingVerticalXXS,
    fontFamily: "inherit",
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
  const card = useListStyles().card;
  const { locale, t } = useText();
  const [language, other] = locale === "zh-CN" ? (["zh", "en"] as const) : (["en", "zh"] as const);
  return (
    <li>
      <button type="button" className={mergeClasses(card, styles.item)} onClick={onOpen}>
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
  const styles = useListStyles();
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
      <SearchField
        label={t("data.search")}
        query={query}
        onQuery={setQuery}
        status={found.length > 0 ? t("data.count", { count: found.length }) : t("data.noMatch", { query })}
      />
      <ul className={styles.list} aria-label={t("tab.data")}>
        {found.map((meta) => (
          <DatasetItem key={meta.id} meta={meta} onOpen={() => setOpenId(meta.id)} />
        ))}
      </ul>
    </section>
  );
}
