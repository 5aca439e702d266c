/**
 * The builder's result, as the cell will show it: the value, a spill's size and first rows, or the error with its
 * message (and for #NUM!/#DIV/0!, which Excel shows bare, why, and whether completing the data fixes it); or what
 * the builder still needs. Announced politely to screen readers as it changes.
 */
import { Caption1, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useText } from "../shell/locale-context";
import { SHOWN_COLUMNS, type ShownResult } from "./result-view";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    minHeight: "40px",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowWrap: "anywhere",
  },
  // A stale result keeps its contrast: the border, not the text, says it is being read again.
  stale: { border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}` },
  value: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  shortfall: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  quiet: { color: tokens.colorNeutralForeground3 },
  scroll: { overflowX: "auto", maxWidth: "100%" },
  grid: {
    borderCollapse: "collapse",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    "& td": {
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      padding: `0 ${tokens.spacingHorizontalXS}`,
      whiteSpace: "nowrap",
    },
  },
});

export type PreviewContent =
  | { kind: "result"; shown: ShownResult; stale: boolean }
  | { kind: "note"; text: string }
  | { kind: "failed"; text: string };

function Spill({ shown }: { shown: ShownResult & { kind: "spill" } }) {
  const styles = useStyles();
  const { t } = useText();
  const hidden = shown.rows - shown.cells.length;
  return (
    <>
      <Caption1>{t("builder.spill", { rows: shown.rows, columns: shown.columns })}</Caption1>
      <div className={styles.scroll}>
        <table className={styles.grid}>
          <tbody>
            {shown.cells.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c}>{cell}</td>
                ))}
                {shown.columns > SHOWN_COLUMNS && <td>…</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {hidden > 0 && (
        <Caption1 className={styles.quiet}>
          {hidden === 1 ? t("builder.moreRowsOne") : t("builder.moreRows", { count: hidden })}
        </Caption1>
      )}
    </>
  );
}

function ErrorResult({ shown }: { shown: ShownResult & { kind: "error" } }) {
  const styles = useStyles();
  const { t } = useText();
  const silent = shown.code === "#NUM!" || shown.code === "#DIV/0!";
  return (
    <>
      <Text className={mergeClasses(styles.value, styles.error)}>{shown.code}</Text>
      {shown.message && (
        <Caption1>
          {silent ? t("builder.noMessage", { code: shown.code, message: shown.message }) : shown.message}
        </Caption1>
      )}
      {shown.shortfall && (
        <Caption1>
          <span className={styles.shortfall}>{t("fn.shortfall")}</span> {shown.shortfall}
        </Caption1>
      )}
    </>
  );
}

export function ResultPreview({ content, labelId }: { content: PreviewContent; labelId: string }) {
  const styles = useStyles();
  const stale = content.kind === "result" && content.stale;
  return (
    <div
      className={mergeClasses(styles.box, stale && styles.stale)}
      role="status"
      aria-labelledby={labelId}
      aria-busy={stale}
    >
      {content.kind === "note" && <Caption1 className={styles.quiet}>{content.text}</Caption1>}
      {content.kind === "failed" && <Caption1 className={styles.error}>{content.text}</Caption1>}
      {content.kind === "result" && content.shown.kind === "value" && (
        <Text className={styles.value}>{content.shown.text}</Text>
      )}
      {content.kind === "result" && content.shown.kind === "spill" && <Spill shown={content.shown} />}
      {content.kind === "result" && content.shown.kind === "error" && <ErrorResult shown={content.shown} />}
    </div>
  );
}
