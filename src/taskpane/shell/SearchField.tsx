/**
 * The pane's search box, one for every list: the live count (or the no-match message) under it, announced to screen
 * readers; Esc clears what was typed (and, on an empty box, lets Esc go on to whatever else handles it); Enter
 * opens the first hit through `onEnter`. It is drawn as Fluent's SearchBox (outline, medium: the same tokens, the
 * brand underline while focused, the clear button once something is typed) from a plain input, because Fluent's
 * Input brings its whole token table into the pane's first load.
 */
import { makeStyles, shorthands, tokens, typographyStyles } from "@fluentui/react-components";
import { DismissRegular, SearchRegular } from "@fluentui/react-icons";
import { useRef, type KeyboardEvent } from "react";
import { useText } from "./locale-context";

const useStyles = makeStyles({
  box: {
    ...typographyStyles.body1,
    display: "flex",
    alignItems: "center",
    position: "relative",
    boxSizing: "border-box",
    minHeight: "32px",
    maxWidth: "468px",
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    ":hover": {
      ...shorthands.borderColor(tokens.colorNeutralStroke1Hover),
      borderBottomColor: tokens.colorNeutralStrokeAccessibleHover,
    },
    ":active,:focus-within": {
      ...shorthands.borderColor(tokens.colorNeutralStroke1Pressed),
      borderBottomColor: tokens.colorNeutralStrokeAccessiblePressed,
    },
    ":focus-within": { outline: "2px solid transparent" },
    // The focus underline: 2 px of the brand colour, flat, with the box's bottom corners.
    "::after": {
      content: '""',
      boxSizing: "border-box",
      position: "absolute",
      left: "-1px",
      right: "-1px",
      bottom: "-1px",
      height: `max(2px, ${tokens.borderRadiusMedium})`,
      borderBottomLeftRadius: tokens.borderRadiusMedium,
      borderBottomRightRadius: tokens.borderRadiusMedium,
      borderBottom: `2px solid ${tokens.colorCompoundBrandStroke}`,
      clipPath: "inset(calc(100% - 2px) 0 0 0)",
      transform: "scaleX(0)",
      transitionProperty: "transform",
      transitionDuration: tokens.durationUltraFast,
      "@media screen and (prefers-reduced-motion: reduce)": { transitionDuration: "0.01ms" },
    },
    ":focus-within::after": { transform: "scaleX(1)", transitionDuration: tokens.durationNormal },
  },
  icon: { display: "flex", flex: "none", fontSize: "20px", color: tokens.colorNeutralForeground3 },
  input: {
    flexGrow: 1,
    alignSelf: "stretch",
    minWidth: 0,
    boxSizing: "border-box",
    padding: `0 ${tokens.spacingHorizontalXXS} 0 ${tokens.spacingHorizontalSNudge}`,
    border: "none",
    outlineStyle: "none",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: "inherit",
    fontWeight: "inherit",
    lineHeight: "inherit",
    "::placeholder": { color: tokens.colorNeutralForeground4, opacity: 1 },
    "::-webkit-search-decoration": { display: "none" },
    "::-webkit-search-cancel-button": { display: "none" },
  },
  clear: {
    display: "flex",
    flex: "none",
    padding: 0,
    border: "none",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground3,
    fontSize: "20px",
    cursor: "pointer",
    ":hover": { color: tokens.colorNeutralForeground3Hover },
  },
  status: typographyStyles.caption1,
});

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
  const { t } = useText();
  const input = useRef<HTMLInputElement>(null);
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
      <span className={styles.box}>
        <SearchRegular className={styles.icon} aria-hidden />
        <input
          ref={input}
          type="search"
          className={styles.input}
          aria-label={label}
          placeholder={label}
          value={query}
          onChange={(event) => onQuery(event.target.value)}
          onKeyDown={onKeyDown}
        />
        {query !== "" && (
          <button
            type="button"
            className={styles.clear}
            aria-label={t("search.clear")}
            // Esc clears from the keyboard; the button is for the mouse, as Fluent's is.
            tabIndex={-1}
            onClick={() => {
              onQuery("");
              input.current?.focus();
            }}
          >
            <DismissRegular aria-hidden />
          </button>
        )}
      </span>
      <span role="status" className={styles.status}>
        {status}
      </span>
    </>
  );
}
