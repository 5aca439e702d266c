/**
 * The formula builder (its own lazy chunk): one AMC.* function, the cell its formula goes into (the selected cell
 * when the builder opens, as in Excel's function dialog), one field per argument, the formula as it will be
 * written (absolute or relative references), the result previewed from the analyst's own cells by the function
 * itself, and Insert, which writes only when the cell and the area its result fills are free.
 */
import {
  Body1,
  Button,
  Caption1,
  Label,
  makeStyles,
  Spinner,
  Subtitle2,
  Switch,
  tokens,
} from "@fluentui/react-components";
import { ArrowLeft20Regular, MathFormula20Regular } from "@fluentui/react-icons";
import { useEffect, useId, useMemo, useReducer, useRef, useState } from "react";
import type { FormulaTarget } from "../../excel/formula-target";
import type { FunctionId } from "../../functions/declarations";
import { errorMessage } from "../shell/error-message";
import { FeedbackBar } from "../shell/FeedbackBar";
import { useText } from "../shell/locale-context";
import { useServices } from "../shell/services";
import { OccupiedDialog } from "../data/OccupiedDialog";
import type { FunctionDoc } from "../functions/function-docs";
import { useFormulaInsert } from "../functions/use-formula-insert";
import { ArgumentField } from "./ArgumentField";
import { builderParameters, type BuilderField } from "./builder-parameters";
import { builderReducer, initialState, planContext, type BuilderState, type FieldKey } from "./builder-state";
import { planFormula, type ArgumentProblem, type FormulaPlan } from "./formula-plan";
import { ResultPreview, type PreviewContent } from "./ResultPreview";
import { resultSize, shownResult } from "./result-view";
import { useFormulaPreview, type PreviewState } from "./use-formula-preview";
import { useSelectionFill } from "./use-selection-fill";
import type { UiKey, UiParams } from "../../i18n/ui";

const useStyles = makeStyles({
  builder: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  back: { alignSelf: "flex-start" },
  title: { display: "block", fontFamily: tokens.fontFamilyMonospace },
  summary: { margin: `${tokens.spacingVerticalXXS} 0 0`, color: tokens.colorNeutralForeground2 },
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
  pending: { color: tokens.colorNeutralForeground3 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** Whether references are absolute, as last chosen in this pane. */
let absoluteChosen = false;

type Translate = (key: UiKey, params?: UiParams) => string;

function problemText(problem: ArgumentProblem, t: Translate): string {
  switch (problem.kind) {
    case "noSheet":
      return t("builder.problem.noSheet", { sheet: problem.sheet });
    case "circular":
      return t("builder.problem.circular", { cell: problem.cell });
    default:
      return t(`builder.problem.${problem.kind}`);
  }
}

function fieldLabel(field: BuilderField, t: Translate): string {
  if (!field.optional) return field.name;
  const optional = field.fallbackText === null ? t("fn.optional") : t("fn.default", { value: field.fallbackText });
  return `${field.name}${t("builder.aside", { text: optional })}`;
}

function previewContent(
  preview: PreviewState,
  plan: FormulaPlan,
  show: (p: PreviewState & { status: "done" }) => PreviewContent,
  t: Translate,
): PreviewContent {
  switch (preview.status) {
    case "incomplete":
      return plan.missing.length > 0
        ? { kind: "note", text: t("builder.missing", { names: plan.missing.join(t("builder.listSeparator")) }) }
        : { kind: "note", text: t("builder.invalid") };
    case "pending":
      if (!preview.last) return { kind: "note", text: t("builder.reading") };
      return { ...show({ status: "done", preview: preview.last }), stale: true } as PreviewContent;
    case "done":
      return show(preview);
    case "failed":
      return { kind: "failed", text: t("builder.readFailed", { detail: preview.detail }) };
  }
}

function useInsert(state: BuilderState, plan: FormulaPlan, settled: ReturnType<typeof useFormulaPreview>["settled"]) {
  const services = useServices();
  const inserting = useFormulaInsert();
  async function insert() {
    const formula = plan.formula;
    if (formula === null || state.targetInvalid || inserting.busy) return;
    const { sheet, row, column } = state.target;
    await inserting.insert(formula, async () => {
      const { evaluation } = await settled();
      return services.insertFormulaInto({ sheetId: sheet.id, row, column }, formula, resultSize(evaluation));
    });
  }
  return { ...inserting, insert };
}

function BuilderForm({ doc, opened }: { doc: FunctionDoc; opened: FormulaTarget }) {
  const styles = useStyles();
  const { locale, t } = useText();
  const services = useServices();
  const fields = useMemo(() => builderParameters(doc), [doc]);
  const [state, dispatch] = useReducer(builderReducer, undefined, () =>
    initialState(
      { sheet: opened.sheet, row: opened.row, column: opened.column },
      opened.sheets,
      fields.length,
      absoluteChosen,
    ),
  );
  const plan = useMemo(() => planFormula(doc.id, fields, state.fields, planContext(state)), [doc.id, fields, state]);
  const [refresh, setRefresh] = useState(0);
  const selection = useSelectionFill({
    services,
    sheets: state.sheets,
    dispatch,
    onSelectionChange: () => setRefresh((n) => n + 1),
  });
  const preview = useFormulaPreview(doc.id as FunctionId, fields, plan, services.readFormulaInputs, refresh);
  const inserting = useInsert(state, plan, preview.settled);
  const firstInput = useRef<HTMLInputElement>(null);
  const resultLabel = useId();
  const firstRange = fields.findIndex((field) => field.followsSelection);

  useEffect(() => {
    if (preview.state.status === "done") dispatch({ type: "sheets", sheets: preview.state.preview.sheets });
  }, [preview.state]);

  useEffect(() => {
    firstInput.current?.focus();
  }, []);

  const insert = () => {
    selection.setFollowing(null);
    void inserting.insert();
  };
  const follow = (key: FieldKey | null) => () => selection.setFollowing(key);
  const show = (done: PreviewState & { status: "done" }): PreviewContent => ({
    kind: "result",
    shown: shownResult(doc, fields, done.preview.evaluation, locale),
    stale: false,
  });
  const signature = `=${doc.name}(${fields.map((f) => (f.optional ? `[${f.name}]` : f.name)).join(", ")})`;

  return (
    <>
      <div className={styles.fields} onFocusCapture={() => selection.setFollowing(null)}>
        <ArgumentField
          label={t("builder.target")}
          required
          hint={t("builder.targetHint")}
          value={state.targetText}
          onChange={(text) => dispatch({ type: "targetText", text })}
          problem={state.targetInvalid ? t("builder.problem.targetNotCell") : null}
          takesRange
          following={selection.following === "target"}
          onFocus={follow("target")}
          onUseSelection={() => void selection.takeSelection("target")}
          onEnter={insert}
        />
        {fields.map((field, i) => {
          const planned = plan.arguments[i];
          return (
            <ArgumentField
              key={field.name}
              label={fieldLabel(field, t)}
              required={!field.optional}
              hint={field.description}
              value={state.fields[i]}
              onChange={(text) => dispatch({ type: "field", index: i, text })}
              problem={planned.kind === "problem" ? problemText(planned.problem, t) : null}
              takesRange={field.followsSelection}
              following={selection.following === i}
              onFocus={follow(field.followsSelection ? i : null)}
              onUseSelection={() => void selection.takeSelection(i)}
              choice={field.kind === "boolean" ? { defaultLabel: t("builder.headersDefault") } : undefined}
              onEnter={insert}
              inputRef={i === (firstRange >= 0 ? firstRange : 0) ? firstInput : undefined}
            />
          );
        })}
        {selection.unavailable && <Caption1>{t("builder.followUnavailable")}</Caption1>}
        <Switch
          checked={state.absolute}
          label={t("builder.absolute")}
          onChange={(_, data) => {
            absoluteChosen = data.checked;
            dispatch({ type: "absolute", absolute: data.checked });
          }}
        />
      </div>
      <div className={styles.section}>
        <Label size="small" weight="semibold">
          {t("builder.formula")}
        </Label>
        <code className={styles.formula}>{plan.formula ?? <span className={styles.pending}>{signature}</span>}</code>
      </div>
      <div className={styles.section}>
        <Label id={resultLabel} size="small" weight="semibold">
          {t("builder.preview")}
        </Label>
        <ResultPreview content={previewContent(preview.state, plan, show, t)} labelId={resultLabel} />
      </div>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<MathFormula20Regular />}
          disabled={plan.formula === null || state.targetInvalid || inserting.busy}
          onClick={insert}
        >
          {t("builder.insert")}
        </Button>
        {inserting.busy && <Spinner size="tiny" />}
      </div>
      <FeedbackBar feedback={inserting.feedback} onDismiss={() => inserting.setFeedback(null)} />
      <OccupiedDialog
        target={inserting.occupied}
        onCancel={() => inserting.setOccupied(null)}
        body="builder.occupied.body"
        cancelLabel={t("fn.occupied.close")}
      />
    </>
  );
}

export default function FormulaBuilder({ doc, onBack }: { doc: FunctionDoc; onBack: () => void }) {
  const styles = useStyles();
  const { locale, t } = useText();
  const services = useServices();
  const [opened, setOpened] = useState<FormulaTarget | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const titleId = useId();

  useEffect(() => {
    let current = true;
    services.readFormulaTarget().then(
      (target) => current && setOpened(target),
      (error: unknown) => current && setFailure(errorMessage(error, locale)),
    );
    return () => {
      current = false;
    };
  }, [services, locale]);

  return (
    <section className={styles.builder} aria-labelledby={titleId}>
      <Button className={styles.back} appearance="subtle" icon={<ArrowLeft20Regular />} onClick={onBack}>
        {t("builder.back")}
      </Button>
      <div>
        <Subtitle2 as="h2" id={titleId} className={styles.title}>
          {doc.name}
        </Subtitle2>
        <Body1 as="p" className={styles.summary}>
          {doc.summary}
        </Body1>
      </div>
      {failure && <FeedbackBar feedback={{ intent: "error", text: failure }} onDismiss={onBack} />}
      {!failure && !opened && <Spinner size="small" label={t("app.loading")} />}
      {opened && <BuilderForm doc={doc} opened={opened} />}
    </section>
  );
}
