/**
 * Asks before anything is written elsewhere when the target cells are in use (contents, formats, comments, a table…),
 * saying what occupies them: a new worksheet, or cancel. Where no other place is offered (a formula belongs where the
 * analyst put it), it says so with the caller's words and one button that closes it.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { Occupant } from "../../excel/occupancy";
import type { UiKey } from "../../i18n/ui";
import { useText } from "../shell/locale-context";
import { occupantText } from "../shell/occupant-text";

export interface OccupiedTarget {
  address: string;
  occupant: Occupant;
}

export function OccupiedDialog({
  target,
  onNewSheet,
  onCancel,
  body,
  cancelLabel,
}: {
  target: OccupiedTarget | null;
  onNewSheet?: () => void;
  onCancel: () => void;
  /** What to say instead of offering a new worksheet: it gets `address` and `what`. */
  body?: UiKey;
  cancelLabel?: string;
}) {
  const { t } = useText();
  return (
    <Dialog open={target !== null} modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("occupied.title")}</DialogTitle>
          <DialogContent>
            {target && t(body ?? "occupied.body", { address: target.address, what: occupantText(target.occupant, t) })}
          </DialogContent>
          <DialogActions>
            {onNewSheet && (
              <Button appearance="primary" onClick={onNewSheet}>
                {t("occupied.newSheet")}
              </Button>
            )}
            <Button appearance={onNewSheet ? "secondary" : "primary"} onClick={onCancel}>
              {cancelLabel ?? t("occupied.cancel")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
