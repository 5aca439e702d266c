/**
 * A figure's provenance as a compact list: the number as printed, the quote with its section and chart, where else
 * it is printed, the data's note, whether the bundled data can rebuild it, and the report's inconsistencies that
 * involve it (severity, explanation and the other quote), in the pane's language.
 */
import { Badge, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { FigureRecord } from "../../data/index";
import { languageOf } from "../../i18n/locale";
import { useText } from "../shell/locale-context";
import { explanationOf, inconsistenciesOf, noteText, rebuildFacts } from "./figure-facts";
import { whereText } from "./figure-text";

const useStyles = makeStyles({
  list: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
  },
  term: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap" },
  detail: { margin: 0, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  wide: { gridColumn: "1 / -1" },
  missing: { color: tokens.colorPaletteDarkOrangeForeground1 },
  differs: { color: tokens.colorPaletteRedForeground1 },
  issue: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeftWidth: tokens.strokeWidthThick,
    borderLeftStyle: "solid",
    borderLeftColor: tokens.colorPaletteMarigoldBorderActive,
    backgroundColor: tokens.colorNeutralBackground3,
  },
});

const SEVERITY_COLOR = { high: "danger", medium: "warning", low: "informative", info: "subtle" } as const;

/** The number as the report prints it: `251.20 亿元`, `50.58%`, or the words (`一年`, `四家`). */
function printedText(figure: FigureRecord): string {
  if (!/^[\d.]+$/.test(figure.printed)) return figure.printed;
  return figure.unit === "%" ? `${figure.printed}%` : `${figure.printed} ${figure.unit}`;
}

export function FigureFacts({ figure }: { figure: FigureRecord }) {
  const styles = useStyles();
  const { locale, t } = useText();
  const language = languageOf(locale);
  const note = noteText(figure.note, language);
  const rebuild = rebuildFacts(figure, language, t);
  const issues = inconsistenciesOf(figure);
  return (
    <dl className={styles.list}>
      <dt className={styles.term}>{t("figures.printed")}</dt>
      <dd className={styles.detail}>{printedText(figure)}</dd>
      <dt className={styles.term}>{t("figures.quote")}</dt>
      <dd className={styles.detail}>
        “{figure.quote}” · {whereText(figure)}
        {figure.also_quoted.length > 0 && ` · ${t("figures.alsoQuoted", { count: figure.also_quoted.length })}`}
      </dd>
      {note && (
        <>
          <dt className={styles.term}>{t("figures.note")}</dt>
          <dd className={styles.detail}>{note}</dd>
        </>
      )}
      {rebuild && (
        <>
          <dt className={styles.term}>{t("figures.rebuild")}</dt>
          <dd className={mergeClasses(styles.detail, rebuild.kind !== "ok" && styles[rebuild.kind])}>
            {rebuild.text}
            {rebuild.inputs && ` ${rebuild.inputs}`}
          </dd>
        </>
      )}
      {issues.map((issue) => (
        <div key={issue.id} className={styles.wide}>
          <dt className={styles.term}>
            <Badge size="small" appearance="tint" color={SEVERITY_COLOR[issue.severity]}>
              {t(`figures.severity.${issue.severity}`)}
            </Badge>{" "}
            {t("figures.inconsistency")}
          </dt>
          <dd className={mergeClasses(styles.detail, styles.issue)}>
            <span>{explanationOf(issue, language)}</span>
            {issue.other_quote && (
              <Caption1>
                {t("figures.otherQuote", { section: issue.other_section ?? issue.section, quote: issue.other_quote })}
              </Caption1>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
