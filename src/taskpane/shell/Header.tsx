/**
 * The pane's header, one line at 350 px: the title, and a compact toolbar with the language menu and the theme menu
 * (follow Office, light or dark), each a button whose accessible name says what it sets and its current value.
 * The toolbar and its menus (HeaderMenus.tsx) are a chunk, rendered from `showMenus` on (the App sets it after the
 * pane's first paint): the title shows at once, and the header's height (the title's line) does not change when the
 * toolbar arrives.
 */
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import type { HeaderMenuProps } from "./HeaderMenus";
import { useText } from "./locale-context";

const HeaderMenus = lazy(() => import(/* webpackChunkName: "pane-header-menus" */ "./HeaderMenus"));

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
    // The menus open inside the header: above the tabs and panels that follow it.
    position: "relative",
    zIndex: 1,
  },
  title: {
    ...typographyStyles.subtitle1,
    margin: 0,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    minWidth: 0,
  },
});

export function Header({ showMenus, ...menuProps }: HeaderMenuProps & { showMenus: boolean }) {
  const styles = useStyles();
  const { t } = useText();
  return (
    <header className={styles.header}>
      <h1 className={styles.title}>{t("app.title")}</h1>
      {showMenus && (
        <Suspense fallback={null}>
          <HeaderMenus {...menuProps} />
        </Suspense>
      )}
    </header>
  );
}
