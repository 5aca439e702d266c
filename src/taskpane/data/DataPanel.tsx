/**
 * The data browser: the catalog's datasets, one line each (title, rows, as-of date), searchable in Chinese or
 * English and by the companies and provinces their records mention. Enter in the search opens the first hit;
 * choosing a dataset opens its detail with focus on it, and Back returns focus to the dataset that was opened.
 * The list is one tab stop, its items reached with the arrow keys.
 */
import { makeStyles, mergeClasses, tokens, typographyStyles } from "@fluentui/react-components";
import { ChartMultiple16Regular } from "@fluentui/react-icons";
import { lazy, Suspense, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { DatasetMeta } from "../../data/catalog";
import { languageOf } from "../../i18n/locale";
import { useText } from "../shell/locale-context";
import { useListStyles } from "../shell/list-styles";
import { Loading } from "../shell/Loading";
import { useRovingFocus, type RovingFocus } from "../shell/roving-focus";
import { SearchField } from "../shell/SearchField";
import { searchDatasets, type DatasetHit } from "./search";
import { visuallyHidden } from "../shell/visually-hidden";

/** The detail (preview, insert actions, dialog) loads on first use, keeping the pane's first load small. */
const DatasetDetail = lazy(() => import(/* webpackChunkName: "pane-dataset" */ "./DatasetDetail"));

/** How many mentioned companies a line names before "and n more". */
const MENTIONS_SHOWN = 3;

const useStyles = makeStyles({
  list: { gap: 0 },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: 0,
    width: "100%",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderRadius: 0,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    textAlign: "start",
    fontFamily: "inherit",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
      borderRadius: tokens.borderRadiusMedium,
    },
  },
  line: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS, minWidth: 0 },
  title: {
    ...typographyStyles.body1,
    flex: "1 1 auto",
    minWidth: 0,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  chart: { flex: "none", alignSelf: "center", color: tokens.colorNeutralForeground3 },
  meta: {
    ...typographyStyles.caption1,
    flex: "none",
    color: tokens.colorNeutralForeground3,
    fontVariantNumeric: "tabular-nums",
  },
  mentions: {
    ...typographyStyles.caption1,
    color: tokens.colorBrandForeground1,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  hidden: visuallyHidden,
  source: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3 },
});

function useRowsText(): (count: number) => string {
  const { t } = useText();
  return (count) => t("data.rows", { count });
}

function mentionsText(names: readonly string[], t: ReturnType<typeof useText>["t"]): string {
  const shown = names.slice(0, MENTIONS_SHOWN).join("、");
  return names.length > MENTIONS_SHOWN
    ? t("data.mentionsMore", { names: shown, count: names.length - MENTIONS_SHOWN })
    : t("data.mentions", { names: shown });
}

function DatasetItem({
  hit,
  onOpen,
  buttonRef,
  roving,
}: {
  hit: DatasetHit<DatasetMeta>;
  onOpen: () => void;
  buttonRef: (button: HTMLButtonElement | null) => void;
  roving: ReturnType<RovingFocus<string>["item"]>;
}) {
  const styles = useStyles();
  const { locale, t } = useText();
  const rows = useRowsText();
  const { meta, mentions } = hit;
  const title = meta.title[languageOf(locale)];
  return (
    <li>
      <button type="button" className={styles.item} onClick={onOpen} ref={buttonRef} {...roving}>
        <span className={styles.line}>
          <span className={styles.title} title={title}>
            {title}
          </span>
          {meta.chart && (
            <>
              <ChartMultiple16Regular className={styles.chart} aria-hidden />
              <span className={styles.hidden}>{t("data.withChart")}</span>
            </>
          )}
          <span className={styles.meta}>
            {rows(meta.rowCount)} · {meta.asOf}
          </span>
        </span>
        {mentions.length > 0 && <span className={styles.mentions}>{mentionsText(mentions, t)}</span>}
      </button>
    </li>
  );
}

/** The detail of the opened dataset; focus goes to its first control once it has loaded. */
function Detail({ children }: { children: ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  useEffect(() => {
    frame.current?.querySelector<HTMLElement>("button, [href], input, [tabindex]")?.focus();
  }, []);
  return <div ref={frame}>{children}</div>;
}

export function DataPanel({ datasets }: { datasets: readonly DatasetMeta[] }) {
  const list = useListStyles();
  const styles = useStyles();
  const { t } = useText();
  const [query, setQuery] = useState("");
  const [openId, setOpenId] = useState<string | null>(null);
  const opened = useRef<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const found = useMemo(() => searchDatasets(datasets, query), [datasets, query]);
  const roving = useRovingFocus(
    found.map((hit) => hit.meta.id),
    { axis: "vertical" },
  );
  const open = datasets.find((meta) => meta.id === openId);

  useEffect(() => {
    if (openId === null && opened.current) buttons.current.get(opened.current)?.focus();
  }, [openId]);

  const openDataset = (id: string) => {
    opened.current = id;
    setOpenId(id);
  };

  if (open) {
    return (
      <Suspense fallback={<Loading />}>
        <Detail>
          <DatasetDetail meta={open} onBack={() => setOpenId(null)} />
        </Detail>
      </Suspense>
    );
  }
  const count = found.length === 1 ? t("data.count.one") : t("data.count", { count: found.length });
  return (
    <section className={list.panel} aria-label={t("tab.data")}>
      <SearchField
        label={t("data.search")}
        query={query}
        onQuery={setQuery}
        onEnter={() => found[0] && openDataset(found[0].meta.id)}
        status={found.length > 0 ? count : t("data.noMatch", { query })}
      />
      <ul className={mergeClasses(list.list, styles.list)} aria-label={t("data.listLabel")} {...roving.group}>
        {found.map((hit) => (
          <DatasetItem
            key={hit.meta.id}
            hit={hit}
            onOpen={() => openDataset(hit.meta.id)}
            roving={roving.item(hit.meta.id)}
            buttonRef={(button) => {
              if (button) buttons.current.set(hit.meta.id, button);
              else buttons.current.delete(hit.meta.id);
            }}
          />
        ))}
      </ul>
      <span className={styles.source}>{t("data.source")}</span>
    </section>
  );
}
