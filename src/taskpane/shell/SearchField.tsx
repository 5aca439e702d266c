/**
 * The pane's search box, one for every list: the live count (or the no-match message) under it, announced to screen
 * readers; Esc clears what was typed (and, on an empty box, lets Esc go on to whatever else handles it); Enter
 * opens the first hit through `onEnter`.
 */
import { makeStyles, SearchBox, typographyStyles } from "@fluentui/react-components";
import type { KeyboardEvent } from "react";

const useStyles = makeStyles({ status: typographyStyles.caption1 });

export function SearchField({
  label,
  query,
  onQuery,
  onEnter,
  status,
}: {
  label: string;
  query: string;
  onQuery: (query: string) => void;
  /** What Enter does: open the first hit. */
  onEnter?: () => void;
  /** What the search found: "24 datasets", or why nothing. */
  status: string;
}) {
  const styles = useStyles();
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Escape" && query !== "") {
      event.preventDefault();
      event.stopPropagation();
      onQuery("");
    } else if (event.key === "Enter" && onEnter && !event.nativeEvent.isComposing) {
      event.preventDefault();
      onEnter();
    }
  }
  return (
    <>
      <SearchBox
        aria-label={label}
        placeholder={label}
        value={query}
        onChange={(_, data) => onQuery(data.value)}
        onKeyDown={onKeyDown}
      />
      <span role="status" className={styles.status}>
        {status}
      </span>
    </>
  );
}
