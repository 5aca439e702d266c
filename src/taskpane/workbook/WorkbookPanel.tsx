/** The Workbook tab (loaded on first visit): the values copy for readers without the add-in, and the repair. */
import { Divider, makeStyles, tokens } from "@fluentui/react-components";
import { CopySection } from "./CopySection";
import { RepairSection } from "./RepairSection";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

export default function WorkbookPanel() {
  const styles = useStyles();
  return (
    <div className={styles.panel}>
      <CopySection />
      <Divider />
      <RepairSection />
    </div>
  );
}
