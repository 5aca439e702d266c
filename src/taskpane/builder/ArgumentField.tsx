/**
 * One field of the builder: an argument (or the result cell) with its name, whether it is required or its default,
 * its description, and what is wrong with what was typed. A field that takes a range has a "use selection" button
 * and says when it follows the selection in the sheet, inside the box so that nothing below it moves under the
 * pointer as the focus changes; TRUE/FALSE arguments are a choice.
 */
import { Button, Field, Input, makeStyles, Select, tokens, Tooltip } from "@fluentui/react-components";
import { CursorClick20Regular, SelectObject16Regular } from "@fluentui/react-icons";
import { useId, type KeyboardEvent, type Ref } from "react";
import { useText } from "../shell/locale-context";

const useStyles = makeStyles({
  input: { fontFamily: tokens.fontFamilyMonospace },
  following: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    color: tokens.colorBrandForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "nowrap",
  },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

/** Says, inside the field, that it follows the selection: a short visible mark, the whole sentence for readers. */
function FollowingMark({ id }: { id: string }) {
  const styles = useStyles();
  const { t } = useText();
  return (
    <>
      <span className={styles.following} aria-hidden>
        <CursorClick20Regular />
        {t("builder.followingShort")}
      </span>
      <span id={id} className={styles.hidden}>
        {t("builder.following")}
      </span>
    </>
  );
}

export interface ArgumentFieldProps {
  label: string;
  required: boolean;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  /** What is wrong with the value, or null. */
  problem: string | null;
  /** The field takes a range: it can follow the selection and take it with one click. */
  takesRange: boolean;
  following: boolean;
  onFocus: () => void;
  onUseSelection: () => void;
  /** TRUE/FALSE argument: a choice between its default, TRUE and FALSE. */
  choice?: { defaultLabel: string };
  /** Enter in the field: what the dialog's OK does. */
  onEnter: () => void;
  inputRef?: Ref<HTMLInputElement>;
}

export function ArgumentField(props: ArgumentFieldProps) {
  const styles = useStyles();
  const { t } = useText();
  const { label, required, hint, value, onChange, problem, takesRange, following, onFocus, choice } = props;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter") {
      event.preventDefault();
      props.onEnter();
    }
  };
  const followingId = useId();
  const selectionButton = (
    <Tooltip content={t("builder.useSelectionFor", { name: label })} relationship="label">
      <Button
        appearance="transparent"
        size="small"
        icon={<SelectObject16Regular />}
        onFocus={onFocus}
        onClick={props.onUseSelection}
      />
    </Tooltip>
  );
  return (
    <Field
      label={label}
      required={required}
      hint={hint}
      validationState={problem ? "error" : "none"}
      validationMessage={problem ?? undefined}
    >
      {choice ? (
        <Select value={value} onChange={(_, data) => onChange(data.value)} onFocus={onFocus}>
          <option value="">{choice.defaultLabel}</option>
          <option value="TRUE">TRUE</option>
          <option value="FALSE">FALSE</option>
        </Select>
      ) : (
        <Input
          ref={props.inputRef}
          className={styles.input}
          value={value}
          onChange={(_, data) => onChange(data.value)}
          onFocus={onFocus}
          onKeyDown={onKeyDown}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={following ? followingId : undefined}
          contentAfter={
            takesRange ? (
              <>
                {following && <FollowingMark id={followingId} />}
                {selectionButton}
              </>
            ) : undefined
          }
        />
      )}
    </Field>
  );
}
