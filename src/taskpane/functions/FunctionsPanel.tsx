/**
 * The function reference (loaded lazily, off the first screen): every AMC.* function, searchable, with its
 * description, arguments, the Excel formula it equals and an example that "insert" writes into the selected cell.
 */
import {
  Body1,
  Button,
  Caption1,
  Link,
  makeStyles,
  Spinner,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { Fragment, useEffect, useMemo, useState } from "react";
import { errorMessage } from "../shell/error-message";
import { FeedbackBar, type Feedback } from "../shell/FeedbackBar";
import { useText } from "../shell/locale-context";
import { useListStyles } from "../shell/list-styles";
import { occupantText } from "../shell/occupant-text";
import { SearchField } from "../shell/SearchField";
import { useServices } from "../shell/services";
import { matchesAll } from "../data/search";
import { functionText, type FunctionDoc } from "./function-docs";

const useStyles = makeStyles({
  signature: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    overflowWrap: "anywhere",
  },
  label: { color: tokens.colorNeutralForeground3 },
  args: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  category: { marginTop: tokens.spacingVerticalS },
});

function signature(doc: FunctionDoc): string {
  return `${doc.name}(${doc.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
}

function FunctionCard({
  doc,
  onInsert,
  busy,
}: {
  doc: FunctionDoc;
  onInsert: (formula: string) => void;
  busy: boolean;
}) {
  const styles = useStyles();
  const card = useListStyles().card;
  const { t } = useText();
  return (
    <li className={card} aria-label={doc.name}>
      <Text className={styles.signature}>{signature(doc)}</Text>
      <Body1>{doc.description}</Body1>
      {doc.parameters.length > 0 && (
        <>
          <Caption1 className={styles.label}>{t("fn.arguments")}</Caption1>
          <ul className={styles.args}>
            {doc.parameters.map((p) => (
              <li key={p.name}>
                <Caption1>
                  <strong>{p.name}</strong>
                  {p.optional ? ` (${t("fn.optional")})` : ""}
                  {t("fn.colon")}
                  {p.description}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      {doc.excel && (
        <Caption1>
          <span className={styles.label}>
            {t("fn.equals")}
            {t("fn.colon")}
          </span>
          <code className={styles.code}>{doc.excel}</code>
        </Caption1>
      )}
      {doc.example && (
        <Caption1>
          <span className={styles.label}>
            {t("fn.example")}
            {t("fn.colon")}
          </span>
          <code className={styles.code}>{doc.example}</code>
          {doc.exampleResult !== null && ` → ${doc.exampleResult}`}
          {doc.exampleNote && ` (${doc.exampleNote})`}
        </Caption1>
      )}
      {doc.errors.length > 0 && (
        <>
          <Caption1 className={styles.label}>{t("fn.errors")}</Caption1>
          <ul className={styles.args}>
            {doc.errors.map((error) => (
              <li key={`${error.code} ${error.text}`}>
                <Caption1>
                  <strong>{error.code}</strong> {error.text}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className={styles.row}>
        {doc.example && (
          <Button size="small" appearance="primary" disabled={busy} onClick={() => onInsert(doc.example as string)}>
            {t("fn.insert")}
          </Button>
        )}
        {doc.helpUrl && (
          <Link href={doc.helpUrl} target="_blank" rel="noopener">
            {t("fn.help")}
          </Link>
        )}
      </div>
    </li>
  );
}

type Loaded = { docs: FunctionDoc[]; error: null } | { docs: null; error: string } | null;

export default function FunctionsPanel() {
  const styles = useStyles();
  const list = useListStyles();
  const { locale, t } = useText();
  const services = useServices();
  const [loaded, setLoaded] = useState<Loaded>(null);
  const [query, setQuery] = useState("");
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    services.loadFunctionDocs(locale).then(
      (docs) => current && setLoaded({ docs, error: null }),
      (error: unknown) =>
        current && setLoaded({ docs: null, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [locale, services, attempt]);

  const found = useMemo(
    () => (loaded?.docs ?? []).filter((doc) => matchesAll(functionText(doc), query)),
    [loaded, query],
  );

  function retry() {
    setLoaded(null);
    setAttempt((n) => n + 1);
  }

  async function insert(formula: string) {
    setBusy(true);
    setFeedback(null);
    try {
      const result = await services.insertFormula(formula);
      setFeedback(
        result.status === "inserted"
          ? { intent: "success", text: t("fn.inserted", { formula, address: result.address }) }
          : {
              intent: "warning",
              text: t("fn.occupied", { address: result.address, what: occupantText(result.occupant, t) }),
            },
      );
    } catch (error) {
      setFeedback({ intent: "error", text: errorMessage(error, locale) });
    } finally {
      setBusy(false);
    }
  }

  if (loaded === null) return <Spinner size="small" label={t("app.loading")} />;
  if (loaded.error !== null) {
    return (
      <FeedbackBar
        feedback={{ intent: "error", text: t("fn.loadFailed", { detail: loaded.error }) }}
        onDismiss={retry}
      />
    );
  }
  return (
    <section className={list.panel}>
      <SearchField
        label={t("fn.search")}
        query={query}
        onQuery={setQuery}
        status={found.length > 0 ? t("fn.count", { count: found.length }) : t("fn.noMatch", { query })}
      />
      <FeedbackBar feedback={feedback} onDismiss={() => setFeedback(null)} />
      <ul className={list.list} aria-label={t("tab.functions")}>
        {found.map((doc, index) => (
          <Fragment key={doc.id}>
            {doc.categoryTitle && doc.categoryTitle !== found[index - 1]?.categoryTitle && (
              <li role="presentation" className={styles.category}>
                <Subtitle2 as="h2">{doc.categoryTitle}</Subtitle2>
              </li>
            )}
            <FunctionCard doc={doc} onInsert={insert} busy={busy} />
          </Fragment>
        ))}
      </ul>
    </section>
  );
}
