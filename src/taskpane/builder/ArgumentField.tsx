/**
 * One field of the builder: an argument (or the result cell) with its name, whether it is required or its default,
 * its description, and what is wrong with what was typed. A field that takes a range has a "use selection" button
 * and says when it follows the selection in the sheet; TRUE/FALSE arguments are a choice.
 */
import { Button, Field, Input, makeStyles, Select, tokens, Tooltip } from "@fluentui/react-components";
import { CursorClick20Regular, SelectObject16Regular } from "@fluentui/react-icons";
import type { KeyboardEvent, Ref } from "react";
import { useText } from "../shell/locale-context";

const useStyles = makeStyles({
  input: { fontFamily: tokens.fontFamilyMonospace },
  following: { color: tokens.colorBrandForeground1 },
});

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
  const message = problem ?? (following ? t("builder.following") : undefined);
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
      validationMessage={message}
      validationMessageIcon={
        problem ? undefined : following ? <CursorClick20Regular className={styles.following} /> : null
      }
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
          contentAfter={takesRange ? selectionButton : undefined}
        />
      )}
    </Field>
  );
}
