/**
 * Asks before anything is written elsewhere when the target cells are in use (contents, formats, comments, a table…),
 * saying what occupies them: a new worksheet, or cancel. Where no other place is offered (a formula belongs where the
 * analyst put it), it says so with the caller's words and one button that closes it. On closing, focus returns to
 * where it was when it opened (the action's button), so a keyboard user goes on from there.
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
import { useEffect, useRef } from "react";
import type { Occupant } from "../../excel/occupancy";
import type { UiKey } from "../../i18n/ui";
import { useText } from "../shell/locale-context";
import { occupantText } from "../shell/occupant-text";

export interface OccupiedTarget {
  address: string;
  occupant: Occupant;
}

/** The element focused when `open` turns true (read while rendering, before the dialog takes focus), refocused when it turns false. */
function useReturnFocus(open: boolean) {
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  if (open && !wasOpen.current) opener.current = document.activeElement as HTMLElement | null;
  wasOpen.current = open;
  useEffect(() => {
    if (open || !opener.current) return;
    opener.current.focus();
    opener.current = null;
  }, [open]);
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
  useReturnFocus(target !== null);
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
