/**
 * One function opened in the index: its arguments, the Excel formula it equals, a worked example from the report,
 * its errors (marking those a fix of the data cures), and the actions: build the formula over your own cells, insert
 * the example into the selected cell, the help page.
 */
import { Button, Caption1, Link, makeStyles, tokens } from "@fluentui/react-components";
import { MathFormula16Regular } from "@fluentui/react-icons";
import { useText } from "../shell/locale-context";
import type { FunctionDoc } from "./function-docs";
import { inlineCode } from "../shell/code-style";

const useStyles = makeStyles({
  detail: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS} 26px`,
    overflowWrap: "anywhere",
  },
  label: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightSemibold },
  items: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  code: inlineCode,
  shortfall: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

function Arguments({ doc }: { doc: FunctionDoc }) {
  const styles = useStyles();
  const { t } = useText();
  if (doc.parameters.length === 0) return null;
  return (
    <>
      <Caption1 className={styles.label}>{t("fn.arguments")}</Caption1>
      <ul className={styles.items}>
        {doc.parameters.map((p) => (
          <li key={p.name}>
            <Caption1>
              <code className={styles.code}>{p.name}</code>
              {p.optional ? ` (${t("fn.optional")})` : ""}
              {t("fn.colon")}
              {p.description}
            </Caption1>
          </li>
        ))}
      </ul>
    </>
  );
}

function Errors({ doc }: { doc: FunctionDoc }) {
  const styles = useStyles();
  const { locale, t } = useText();
  if (doc.errors.length === 0) return null;
  return (
    <>
      <Caption1 className={styles.label}>{t("fn.errors")}</Caption1>
      <ul className={styles.items}>
        {doc.errors.map((error) => (
          <li key={`${error.code} ${error.text}`}>
            <Caption1>
              <code className={styles.code}>{error.code}</code>{" "}
              {error.shortfall && <span className={styles.shortfall}>{t("fn.shortfall")}</span>}
              {error.shortfall && locale === "en-US" ? ` ${error.text}` : error.text}
            </Caption1>
          </li>
        ))}
      </ul>
    </>
  );
}

export function FunctionDetail({
  id,
  doc,
  busy,
  onInsertExample,
  onBuild,
}: {
  id: string;
  doc: FunctionDoc;
  busy: boolean;
  onInsertExample: (formula: string) => void;
  onBuild: () => void;
}) {
  const styles = useStyles();
  const { locale, t } = useText();
  return (
    <div id={id} className={styles.detail}>
      <Caption1>{doc.summary}</Caption1>
      <Arguments doc={doc} />
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
          {doc.exampleNote && (locale === "zh-CN" ? `（${doc.exampleNote}）` : ` (${doc.exampleNote})`)}
        </Caption1>
      )}
      <Errors doc={doc} />
      <div className={styles.actions}>
        <Button size="small" appearance="primary" icon={<MathFormula16Regular />} onClick={onBuild}>
          {t("fn.build")}
        </Button>
        {doc.example && (
          <Button size="small" disabled={busy} onClick={() => onInsertExample(doc.example as string)}>
            {t("fn.insert")}
          </Button>
        )}
        {doc.helpUrl && (
          <Link href={doc.helpUrl} target="_blank" rel="noopener">
            {t("fn.help")}
          </Link>
        )}
      </div>
    </div>
  );
}
