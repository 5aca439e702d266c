/**
 * One dataset: what it is, where it comes from, a preview of its rows, and the insert actions (table, table and
 * chart; on a new sheet or at the selection; with or without the provenance columns). An occupied target opens the
 * dialog; every outcome shows in a bar.
 */
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  makeStyles,
  Radio,
  RadioGroup,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { ArrowLeft20Regular, ChartMultiple20Regular, TableAdd20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import type { DatasetMeta } from "../../data/catalog";
import { getDataset, type DatasetId } from "../../data/index";
import { languageOf } from "../../i18n/locale";
import type { InsertDatasetOptions } from "../../excel/insert-dataset";
import { errorMessage } from "../shell/error-message";
import { FeedbackBar, type Feedback } from "../shell/FeedbackBar";
import { useText } from "../shell/locale-context";
import { useServices } from "../shell/services";
import { OccupiedDialog, type OccupiedTarget } from "./OccupiedDialog";
import { RecordPreview } from "./RecordPreview";

const useStyles = makeStyles({
  detail: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  back: { alignSelf: "flex-start" },
  meta: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

type Where = NonNullable<InsertDatasetOptions["at"]>;

interface PendingInsert extends OccupiedTarget {
  withChart: boolean;
}

export default function DatasetDetail({ meta, onBack }: { meta: DatasetMeta; onBack: () => void }) {
  const styles = useStyles();
  const { locale, t } = useText();
  const services = useServices();
  const [where, setWhere] = useState<Where>("newSheet");
  // On by default: on a new sheet the provenance costs no room (it is collapsed), and it is what makes every
  // number traceable to the report's text.
  const [provenance, setProvenance] = useState(true);
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [occupied, setOccupied] = useState<PendingInsert | null>(null);
  const language = languageOf(locale);
  const other = language === "zh" ? "en" : "zh";
  const records = getDataset(meta.id as DatasetId).records as unknown as Record<string, unknown>[];

  async function insert(withChart: boolean, at: Where) {
    setBusy(true);
    setFeedback(null);
    try {
      const result = await services.insertDataset(meta.id as DatasetId, { locale, at, withChart, provenance });
      if (result.status === "occupied") {
        setOccupied({ address: result.address, occupant: result.occupant, withChart });
      } else {
        const params = { rows: result.rows, sheet: result.sheet, address: result.address, table: result.table };
        const inserted = t(result.chart ? "data.insertedChart" : "data.inserted", params);
        // On a new sheet the record key and provenance are collapsed: say where. Chinese sentences take no space.
        const text =
          at === "newSheet" ? [inserted, t("data.provenanceHint")].join(language === "zh" ? "" : " ") : inserted;
        setFeedback({ intent: "success", text });
      }
    } catch (error) {
      setFeedback({ intent: "error", text: errorMessage(error, locale) });
    } finally {
      setBusy(false);
    }
  }

  function insertOnNewSheet() {
    const pending = occupied;
    setOccupied(null);
    if (pending) void insert(pending.withChart, "newSheet");
  }

  return (
    <section className={styles.detail} aria-labelledby="dataset-title">
      <Button className={styles.back} appearance="subtle" icon={<ArrowLeft20Regular />} onClick={onBack}>
        {t("data.back")}
      </Button>
      <div>
        <Subtitle2 as="h2" id="dataset-title">
          {meta.title[language]}
        </Subtitle2>
        <br />
        <Caption1 className={styles.meta}>{meta.title[other]}</Caption1>
      </div>
      <Body1>{meta.description[language]}</Body1>
      <Caption1 className={styles.meta}>
        {t("data.rows", { count: meta.rowCount })} · {t("data.asOf", { date: meta.asOf })} · {meta.source[language]}
      </Caption1>
      <RadioGroup aria-label={t("data.where")} value={where} onChange={(_, data) => setWhere(data.value as Where)}>
        <Radio value="newSheet" label={t("data.where.newSheet")} />
        <Radio value="selection" label={t("data.where.selection")} />
      </RadioGroup>
      <Checkbox
        checked={provenance}
        onChange={(_, data) => setProvenance(data.checked === true)}
        label={t("data.provenance")}
      />
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<TableAdd20Regular />}
          disabledFocusable={busy}
          onClick={() => insert(false, where)}
        >
          {t("data.insertTable")}
        </Button>
        {meta.chart && (
          <Button icon={<ChartMultiple20Regular />} disabledFocusable={busy} onClick={() => insert(true, where)}>
            {t("data.insertChart")}
          </Button>
        )}
        {busy && <Spinner size="tiny" label={t("data.inserting")} />}
      </div>
      <FeedbackBar feedback={feedback} onDismiss={() => setFeedback(null)} />
      <RecordPreview meta={meta} records={records} />
      <OccupiedDialog target={occupied} onNewSheet={insertOnNewSheet} onCancel={() => setOccupied(null)} />
    </section>
  );
}
