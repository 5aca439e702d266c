/**
 * The pane's tab list, drawn as Fluent's small tabs (the same tokens: the brand bar under the selected tab, the grey
 * bar on hover, the semibold label whose width is reserved so the tabs do not move when it changes) but without
 * Fluent's TabList, whose arrow navigation loads Tabster before the pane's first render. The tab list is one tab
 * stop, the selected tab whenever focus comes back to it; Left and Right (wrapping), Home and End move focus along
 * it, and Enter or Space opens the focused tab.
 * Tab `id` is `tab-<id>` and controls `panel-<id>`.
 */
import { makeStyles, mergeClasses, tokens, typographyStyles } from "@fluentui/react-components";
import { useRovingFocus } from "./roving-focus";

export interface PaneTab {
  id: string;
  label: string;
}

// A function, not a constant: the build computes the styles, and nothing left in the bundle reads `tokens`.
const indicator = (backgroundColor: string) =>
  ({
    content: '""',
    position: "absolute",
    bottom: 0,
    left: tokens.spacingHorizontalSNudge,
    right: tokens.spacingHorizontalSNudge,
    height: tokens.strokeWidthThick,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor,
  }) as const;

const useStyles = makeStyles({
  list: { display: "flex", alignItems: "stretch", minWidth: 0 },
  tab: {
    position: "relative",
    display: "inline-flex",
    alignItems: "center",
    flexShrink: 0,
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalSNudge}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    cursor: "pointer",
    overflow: "hidden",
    outlineStyle: "none",
    ":hover": { backgroundColor: tokens.colorTransparentBackgroundHover, color: tokens.colorNeutralForeground2Hover },
    ":active": {
      backgroundColor: tokens.colorTransparentBackgroundPressed,
      color: tokens.colorNeutralForeground2Pressed,
    },
    ":hover::before": indicator(tokens.colorNeutralStroke1Hover),
    ":active::before": indicator(tokens.colorNeutralStroke1Pressed),
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid transparent`,
      boxShadow: `${tokens.shadow4}, 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorStrokeFocus2}`,
      zIndex: 1,
    },
    "@media (forced-colors: active)": {
      ":hover::before": { backgroundColor: "Highlight" },
      ":active::before": { backgroundColor: "Highlight" },
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    ":hover": { color: tokens.colorNeutralForeground1Hover },
    ":active": { color: tokens.colorNeutralForeground1Pressed },
    "::after": indicator(tokens.colorCompoundBrandStroke),
    ":hover::after": { backgroundColor: tokens.colorCompoundBrandStrokeHover },
    ":active::after": { backgroundColor: tokens.colorCompoundBrandStrokePressed },
    "@media (forced-colors: active)": {
      "::after": { backgroundColor: "ButtonText" },
      ":hover::after": { backgroundColor: "ButtonText" },
      ":active::after": { backgroundColor: "ButtonText" },
    },
  },
  // The label and, under an unselected one with no height, its semibold twin: the tab keeps its width when chosen.
  content: {
    ...typographyStyles.body1,
    display: "inline-flex",
    flexDirection: "column",
    padding: `0 ${tokens.spacingHorizontalXXS}`,
  },
  selectedContent: typographyStyles.body1Strong,
  reserved: { ...typographyStyles.body1Strong, height: 0, overflow: "hidden", visibility: "hidden" },
});

export function PaneTabs({
  tabs,
  selected,
  onSelect,
  label,
  className,
  tabClassName,
}: {
  tabs: readonly PaneTab[];
  selected: string;
  onSelect: (id: string) => void;
  /** The tab list's accessible name. */
  label: string;
  className?: string;
  tabClassName?: string;
}) {
  const styles = useStyles();
  const roving = useRovingFocus(
    tabs.map((tab) => tab.id),
    { axis: "horizontal", circular: true, forgetOnLeave: true },
    selected,
  );
  return (
    <div
      role="tablist"
      aria-label={label}
      aria-orientation="horizontal"
      className={mergeClasses(styles.list, className)}
      {...roving.group}
    >
      {tabs.map((tab) => {
        const isSelected = tab.id === selected;
        return (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={isSelected}
            aria-controls={`panel-${tab.id}`}
            className={mergeClasses(styles.tab, isSelected && styles.selected, tabClassName)}
            onClick={() => onSelect(tab.id)}
            {...roving.item(tab.id)}
          >
            <span className={mergeClasses(styles.content, isSelected && styles.selectedContent)}>
              {tab.label}
              {!isSelected && (
                <span className={styles.reserved} aria-hidden>
                  {tab.label}
                </span>
              )}
            </span>
          </button>
        );
      })}
    </div>
  );
}
