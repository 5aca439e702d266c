/**
 * Asks before anything is written elsewhere when the target cells are in use (contents, formats, comments, a table…),
 * saying what occupies them: a new worksheet, or cancel.
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
}: {
  target: OccupiedTarget | null;
  onNewSheet: () => void;
  onCancel: () => void;
}) {
  const { t } = useText();
  return (
    <Dialog open={target !== null} modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("occupied.title")}</DialogTitle>
          <DialogContent>
            {target && t("occupied.body", { address: target.address, what: occupantText(target.occupant, t) })}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onNewSheet}>
              {t("occupied.newSheet")}
            </Button>
            <Button appearance="secondary" onClick={onCancel}>
              {t("occupied.cancel")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
