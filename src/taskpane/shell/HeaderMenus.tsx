/**
 * The header's toolbar: the language menu and the theme menu (follow Office, light or dark), each a button whose
 * accessible name says what it sets and its current value. A chunk of its own, loaded as the pane first renders
 * (the title shows at once; the header keeps its height while the toolbar arrives).
 * The menus open inside the header, so their items belong to its landmark for screen-reader users.
 */
import {
  makeStyles,
  Menu,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
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
  toolbar: { flexShrink: 0, padding: 0 },
});

export interface HeaderMenuProps {
  themeChoice: ThemeChoice;
  officeTheme: ThemeKind;
  onLocale: (locale: Locale) => void;
  onThemeChoice: (choice: ThemeChoice) => void;
}

const LANGUAGES: readonly { locale: Locale; key: UiKey; lang: string }[] = [
  { locale: "zh-CN", key: "app.language.zh", lang: "zh-CN" },
  { locale: "en-US", key: "app.language.en", lang: "en" },
];

const LANGUAGE_ICON: ReactElement = <LocalLanguage20Regular />;

const THEME_ICONS: Record<ThemeChoice, ReactElement> = {
  office: <DarkTheme20Regular />,
  light: <WeatherSunny20Regular />,
  dark: <WeatherMoon20Regular />,
};

/** The language button: the language in use, and its accessible name. */
function useLanguageButton(): { label: string; text: string; lang: string } {
  const { locale, t } = useText();
  const current = LANGUAGES.find((language) => language.locale === locale)!;
  return { label: t("app.language.button", { language: t(current.key) }), text: t(current.key), lang: current.lang };
}

/** The theme menu's options by name, and the theme button's accessible name. */
function useThemeNames(choice: ThemeChoice, officeTheme: ThemeKind) {
  const { t } = useText();
  const names: Record<ThemeChoice, string> = {
    office: t("app.theme.office", { theme: t(`app.theme.${officeTheme}`) }),
    light: t("app.theme.light"),
    dark: t("app.theme.dark"),
  };
  return { names, label: t("app.theme.button", { theme: names[choice] }) };
}
function LanguageMenu({ onLocale }: { onLocale: (locale: Locale) => void }) {
  const { locale, t } = useText();
  const button = useLanguageButton();
  return (
    <Menu
      inline
      checkedValues={{ language: [locale] }}
      onCheckedValueChange={(_, data) => data.checkedItems[0] && onLocale(data.checkedItems[0] as Locale)}
    >
      <MenuTrigger disableButtonEnhancement>
        <ToolbarButton icon={LANGUAGE_ICON} aria-label={button.label}>
          <span lang={button.lang}>{button.text}</span>
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
  const { names, label } = useThemeNames(choice, officeTheme);
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

export default function HeaderMenus({ themeChoice, officeTheme, onLocale, onThemeChoice }: HeaderMenuProps) {
  const styles = useStyles();
  const { t } = useText();
  return (
    <Toolbar aria-label={t("app.settings")} size="small" className={styles.toolbar}>
      <LanguageMenu onLocale={onLocale} />
      <ThemeMenu choice={themeChoice} officeTheme={officeTheme} onChoice={onThemeChoice} />
    </Toolbar>
  );
}
