/**
 * What the pane shows instead of a blank page when office.js did not load or Office never answered: the cause and
 * what to do, in Chinese and in English, since without Office the pane cannot know the display language.
 */
import {
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import type { Locale } from "../../i18n/locale";
import { translate } from "../../i18n/ui";
import type { ThemeKind } from "./settings";
import { NO_PROVIDER_THEME, usePageTheme } from "./theme";

const useStyles = makeStyles({
  messages: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
  },
});

/** Chinese first, the analysts' language; English for IT and for anyone else. */
const BOTH_LANGUAGES: readonly Locale[] = ["zh-CN", "en-US"];

function Messages() {
  const styles = useStyles();
  return (
    <div className={styles.messages} role="alert" data-testid="office-unavailable">
      {BOTH_LANGUAGES.map((locale) => (
        <MessageBar key={locale} intent="error" layout="multiline" lang={locale}>
          <MessageBarBody>
            <MessageBarTitle>{translate(locale, "office.unavailable.title")}</MessageBarTitle>
            {translate(locale, "office.unavailable.body")}
          </MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}

export function OfficeUnavailable({ theme: kind }: { theme: ThemeKind }) {
  if (!usePageTheme(kind)) return null;
  return (
    <FluentProvider theme={NO_PROVIDER_THEME}>
      <Messages />
    </FluentProvider>
  );
}
