/**
 * The pane's header, one line at 350 px: the title, and a compact toolbar with the language menu and the theme menu
 * (follow Office, light or dark), each a button whose accessible name says what it sets and its current value.
 * The menus open inside the header, so their items belong to its landmark for screen-reader users.
 */
import {
  makeStyles,
  Menu,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Subtitle1,
  tokens,
  Toolbar,
  ToolbarButton,
  Tooltip,
} from "@fluentui/react-components";
import {
  DarkTheme20Regular,
  LocalLanguage20Regular,
  WeatherMoon20Regular,
  WeatherSunny20Regular,
} from "@fluentui/react-icons";
import type { ReactElement } from "react";
import type { Locale } from "../../i18n/locale";
import type { UiKey } from "../../i18n/ui";
import { useText } from "./locale-context";
import type { ThemeChoice } from "./preferences";
import type { ThemeKind } from "./settings";

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
  title: { margin: 0, whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis", minWidth: 0 },
  toolbar: { flexShrink: 0, padding: 0 },
});

const LANGUAGES: readonly { locale: Locale; key: UiKey; lang: string }[] = [
  { locale: "zh-CN", key: "app.language.zh", lang: "zh-CN" },
  { locale: "en-US", key: "app.language.en", lang: "en" },
];

const THEME_ICONS: Record<ThemeChoice, ReactElement> = {
  office: <DarkTheme20Regular />,
  light: <WeatherSunny20Regular />,
  dark: <WeatherMoon20Regular />,
};

function LanguageMenu({ onLocale }: { onLocale: (locale: Locale) => void }) {
  const { locale, t } = useText();
  const current = LANGUAGES.find((language) => language.locale === locale)!;
  return (
    <Menu
      inline
      checkedValues={{ language: [locale] }}
      onCheckedValueChange={(_, data) => data.checkedItems[0] && onLocale(data.checkedItems[0] as Locale)}
    >
      <MenuTrigger disableButtonEnhancement>
        <ToolbarButton
          icon={<LocalLanguage20Regular />}
          aria-label={t("app.language.button", { language: t(current.key) })}
        >
          <span lang={current.lang}>{t(current.key)}</span>
        </ToolbarButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {LANGUAGES.map((language) => (
            <MenuItemRadio key={language.locale} name="language" value={language.locale} lang={language.lang}>
              {t(language.key)}
            </MenuItemRadio>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function ThemeMenu({
  choice,
  officeTheme,
  onChoice,
}: {
  choice: ThemeChoice;
  officeTheme: ThemeKind;
  onChoice: (choice: ThemeChoice) => void;
}) {
  const { t } = useText();
  const names: Record<ThemeChoice, string> = {
    office: t("app.theme.office", { theme: t(`app.theme.${officeTheme}`) }),
    light: t("app.theme.light"),
    dark: t("app.theme.dark"),
  };
  const label = t("app.theme.button", { theme: names[choice] });
  return (
    <Menu
      inline
      checkedValues={{ theme: [choice] }}
      onCheckedValueChange={(_, data) => data.checkedItems[0] && onChoice(data.checkedItems[0] as ThemeChoice)}
    >
      <MenuTrigger disableButtonEnhancement>
        <Tooltip content={label} relationship="label">
          <ToolbarButton icon={THEME_ICONS[choice]} />
        </Tooltip>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {(Object.keys(names) as ThemeChoice[]).map((option) => (
            <MenuItemRadio key={option} name="theme" value={option} icon={THEME_ICONS[option]}>
              {names[option]}
            </MenuItemRadio>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

export function Header({
  themeChoice,
  officeTheme,
  onLocale,
  onThemeChoice,
}: {
  themeChoice: ThemeChoice;
  officeTheme: ThemeKind;
  onLocale: (locale: Locale) => void;
  onThemeChoice: (choice: ThemeChoice) => void;
}) {
  const styles = useStyles();
  const { t } = useText();
  return (
    <header className={styles.header}>
      <Subtitle1 as="h1" className={styles.title}>
        {t("app.title")}
      </Subtitle1>
      <Toolbar aria-label={t("app.settings")} size="small" className={styles.toolbar}>
        <LanguageMenu onLocale={onLocale} />
        <ThemeMenu choice={themeChoice} officeTheme={officeTheme} onChoice={onThemeChoice} />
      </Toolbar>
    </header>
  );
}
