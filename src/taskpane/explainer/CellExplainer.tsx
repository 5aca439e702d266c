/**
 * "This cell", docked at the bottom of the pane: where the selected cell comes from, shown only when there is
 * something to say (a cell of a table the add-in inserted, or a formula calling AMC.*). One line collapsed (what and
 * where the report prints it), the provenance when expanded. A polite live region announces the line without taking
 * the focus; the expand button is the one control.
 */
import { Button, Caption1, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronUp16Regular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { CATALOG, type ColumnMeta } from "../../data/catalog";
import type { FigureRecord } from "../../data/index";
import { formatPeriod } from "../../data/periods";
import { languageOf, type Language } from "../../i18n/locale";
import type { UiKey, UiParams } from "../../i18n/ui";
import type { FunctionDoc } from "../functions/function-docs";
import { useText } from "../shell/locale-context";
import { useServices } from "../shell/services";
import { FigureFacts } from "../figures/FigureFacts";
import { explanationOf } from "../figures/figure-facts";
import { entityName, figureValueText, metricName, whereText } from "../figures/figure-text";
import type { CallExplanation, Explanation, FormulaExplanation, RecordExplanation } from "./explain-cell";
import { useExplainedCell } from "./use-explained-cell";
import { visuallyHidden } from "../shell/visually-hidden";
import { inlineCode } from "../shell/code-style";

type Translate = (key: UiKey, params?: UiParams) => string;

const useStyles = makeStyles({
  dock: {
    position: "sticky",
    bottom: 0,
    // Above what sticks inside the panels as they scroll under it (a preview's header row sits at 1).
    zIndex: 2,
    marginTop: "auto",
    marginInline: `calc(-1 * ${tokens.spacingHorizontalM})`,
    marginBottom: `calc(-1 * ${tokens.spacingHorizontalM})`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  toggle: {
    width: "100%",
    justifyContent: "flex-start",
    minHeight: "32px",
    fontWeight: tokens.fontWeightRegular,
    borderRadius: 0,
  },
  line: { overflow: "hidden", whiteSpace: "nowrap", textOverflow: "ellipsis", textAlign: "start", flex: "1 1 auto" },
  address: { fontWeight: tokens.fontWeightSemibold },
  body: {
    maxHeight: "45vh",
    overflowY: "auto",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}`,
  },
  title: { fontWeight: tokens.fontWeightSemibold },
  secondary: { color: tokens.colorNeutralForeground3 },
  code: { ...inlineCode, overflowWrap: "anywhere" },
  inputs: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  call: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    paddingTop: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  hidden: visuallyHidden,
});

/** `债券净融资额 · 行业 · 2024年 · 251.20 亿元 · 四.2 · 图表15`. */
function figureLine(figure: FigureRecord, language: Language): string {
  return [
    metricName(figure, language),
    entityName(figure.entity, language),
    formatPeriod(figure.period, language),
    figureValueText(figure, language),
    whereText(figure),
  ].join(" · ");
}

function columnTitle(column: ColumnMeta | null, language: Language): string {
  return column ? column.title[language] : "";
}

function recordLine(explanation: RecordExplanation, language: Language, t: Translate): string {
  if (explanation.figure) return figureLine(explanation.figure, language);
  if (explanation.inconsistency) return explanationOf(explanation.inconsistency, language);
  if (explanation.company) return [explanation.company.full_name, explanation.company.province].join(" · ");
  const dataset = t("explain.rowOf", { dataset: CATALOG[explanation.dataset].title[language] });
  const derived = explanation.derived ? ` · ${t("explain.derived")}` : "";
  return `${dataset} · ${columnTitle(explanation.column, language)}${derived}`;
}

function callLine(call: CallExplanation, language: Language, t: Translate): string {
  const subject = call.subject;
  if (subject?.kind === "figure") return `${call.name} → ${figureLine(subject.figure, language)}`;
  if (subject?.kind === "company") return `${call.name} → ${subject.company.full_name}`;
  if (call.ranges.length > 0) return `${call.name} · ${t("explain.reads", { ranges: call.ranges.join(", ") })}`;
  return call.name;
}

/** The one line: the cell's address, then what it is. */
export function summaryLine(explanation: Explanation, language: Language, t: Translate): string {
  const what =
    explanation.kind === "record"
      ? recordLine(explanation, language, t)
      : explanation.calls.map((call) => callLine(call, language, t)).join(" ; ");
  return `${explanation.address} · ${what}`;
}

function InputFigures({ figures }: { figures: FigureRecord[] }) {
  const styles = useStyles();
  const { locale } = useText();
  const language = languageOf(locale);
  return (
    <ul className={styles.inputs}>
      {figures.map((figure) => (
        <li key={figure.id}>
          <Caption1>
            {figureLine(figure, language)} · “{figure.quote}”
          </Caption1>
        </li>
      ))}
    </ul>
  );
}

function RecordBody({ explanation }: { explanation: RecordExplanation }) {
  const styles = useStyles();
  const { locale, t } = useText();
  const language = languageOf(locale);
  const { record, figure, derived, company, inconsistency } = explanation;
  const heading = `${t("explain.rowOf", { dataset: CATALOG[explanation.dataset].title[language] })} · ${explanation.table}`;
  return (
    <>
      <Caption1 className={styles.secondary}>{heading}</Caption1>
      {figure && <FigureFacts figure={figure} />}
      {derived && (
        <>
          <Caption1>
            {t("explain.derivedBy")} <code className={styles.code}>{derived.formula}</code>
          </Caption1>
          <Caption1 className={styles.secondary}>{t("explain.inputs")}</Caption1>
          <InputFigures figures={derived.inputs} />
        </>
      )}
      {company && (
        <Caption1>
          {[
            t("explain.field", { name: t("explain.fullName"), value: company.full_name }),
            t("explain.field", { name: t("explain.province"), value: company.province }),
            t("explain.field", {
              name: t("explain.shortName"),
              value: company.short_name_corrected ?? company.short_name,
            }),
            ...(company.aliases.length > 0
              ? [t("explain.field", { name: t("explain.otherNames"), value: company.aliases.join("、") })]
              : []),
          ].join(" · ")}
        </Caption1>
      )}
      {inconsistency && (
        <>
          <Text size={200}>{explanationOf(inconsistency, language)}</Text>
          <Caption1>{t("explain.quoteIn", { section: inconsistency.section, quote: inconsistency.quote })}</Caption1>
          {inconsistency.other_quote && (
            <Caption1>
              {t("explain.quoteIn", {
                section: inconsistency.other_section ?? inconsistency.section,
                quote: inconsistency.other_quote,
              })}
            </Caption1>
          )}
        </>
      )}
      {!figure && !inconsistency && typeof record.quote === "string" && (
        <Caption1>
          {t("explain.quoteIn", {
            section: whereText(record as Pick<FigureRecord, "section" | "chart">),
            quote: record.quote,
          })}
        </Caption1>
      )}
      {explanation.inconsistencies.map((issue) => (
        <Caption1 key={issue.id}>⚠ {explanationOf(issue, language)}</Caption1>
      ))}
    </>
  );
}

function argumentText(arg: CallExplanation["args"][number]): string {
  if (arg.kind === "omitted") return "—";
  if (arg.kind === "value") return String(arg.value);
  if (arg.kind === "cell") return `${arg.text} = ${String(arg.value)}`;
  return arg.text;
}

function CallBody({ call, doc }: { call: CallExplanation; doc: FunctionDoc | undefined }) {
  const styles = useStyles();
  const { t } = useText();
  const subject = call.subject;
  const names = doc?.parameters.map((parameter) => parameter.name) ?? [];
  return (
    <div className={styles.call}>
      <Text size={200} className={styles.title}>
        {call.name}
      </Text>
      {doc && <Caption1>{doc.description}</Caption1>}
      {call.ranges.length > 0 && <Caption1>{t("explain.reads", { ranges: call.ranges.join(", ") })}</Caption1>}
      {call.args.length > 0 && (
        <Caption1 className={styles.secondary}>
          {t("explain.field", {
            name: t("explain.args"),
            value: call.args.map((arg, i) => `${names[i] ?? i + 1} ${argumentText(arg)}`).join(" · "),
          })}
        </Caption1>
      )}
      {subject?.kind === "figure" && <FigureFacts figure={subject.figure} />}
      {subject?.kind === "company" && (
        <Caption1>
          {subject.company.full_name} · {subject.company.province} ·{" "}
          {t("explain.quoteIn", { section: subject.company.section, quote: subject.company.quote })}
        </Caption1>
      )}
      {subject?.kind === "dependsOn" && <Caption1>{t("explain.dependsOn", { cells: subject.on.join(", ") })}</Caption1>}
      {subject?.kind === "unresolved" && <Caption1>{t("explain.notResolved", { message: subject.message })}</Caption1>}
    </div>
  );
}

/** The functions' descriptions, loaded once a formula needs them (the same reference the Functions tab reads). */
function useFunctionDocs(needed: boolean): Map<string, FunctionDoc> {
  const services = useServices();
  const { locale } = useText();
  const [docs, setDocs] = useState<Map<string, FunctionDoc>>(new Map());
  useEffect(() => {
    if (!needed) return;
    let current = true;
    services.loadFunctionDocs(locale).then(
      (loaded) => current && setDocs(new Map(loaded.map((doc) => [doc.id, doc]))),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [needed, services, locale]);
  return docs;
}

function FormulaBody({ explanation }: { explanation: FormulaExplanation }) {
  const styles = useStyles();
  const docs = useFunctionDocs(true);
  return (
    <>
      <code className={styles.code}>{explanation.formula}</code>
      {explanation.calls.map((call, i) => (
        <CallBody key={`${call.id}-${i}`} call={call} doc={docs.get(call.id)} />
      ))}
    </>
  );
}

export default function CellExplainer() {
  const styles = useStyles();
  const { locale, t } = useText();
  const explanation = useExplainedCell();
  const [open, setOpen] = useState(false);
  const line = explanation ? summaryLine(explanation, languageOf(locale), t) : "";
  const bodyId = "cell-explainer-body";
  return (
    <>
      <div aria-live="polite" aria-atomic="true" className={styles.hidden}>
        {line}
      </div>
      {explanation && (
        <section className={styles.dock} aria-label={t("explain.region")}>
          <Button
            appearance="subtle"
            className={styles.toggle}
            aria-expanded={open}
            aria-controls={open ? bodyId : undefined}
            title={t(open ? "explain.hide" : "explain.show", { address: explanation.address })}
            icon={open ? <ChevronDown16Regular /> : <ChevronUp16Regular />}
            iconPosition="after"
            onClick={() => setOpen((was) => !was)}
          >
            <span className={mergeClasses(styles.line)}>
              <span className={styles.address}>{explanation.address}</span>
              {line.slice(explanation.address.length)}
            </span>
          </Button>
          {open && (
            <div id={bodyId} className={styles.body} role="group" aria-label={line} tabIndex={0}>
              {explanation.kind === "record" ? (
                <RecordBody explanation={explanation} />
              ) : (
                <FormulaBody explanation={explanation} />
              )}
            </div>
          )}
        </section>
      )}
    </>
  );
}
