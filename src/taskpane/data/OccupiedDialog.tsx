/** Asks before anything is written elsewhere when the target cells are not empty: a new worksheet, or cancel. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useText } from "../shell/locale-context";

export interface OccupiedTarget {
  address: string;
  firstOccupied: string;
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
            {target && t("occupied.body", { address: target.address, cell: target.firstOccupied })}
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
