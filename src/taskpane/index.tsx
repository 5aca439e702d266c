/**
 * Task pane entry: renders the React app once Office is ready, in the language and theme the analyst chose before,
 * else those of Office, or of the `?lang=zh-CN&theme=dark` query parameters (preview, screenshots). When office.js did not load, or Office has not
 * answered within a few seconds, it says so in both languages instead of leaving the pane blank; the app still
 * replaces that message if Office answers later.
 */
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { App } from "./App";
import { loadPreferences, shownTheme } from "./shell/preferences";
import { paneSettings, type OfficeContextLike } from "./shell/settings";
import { loadTheme } from "./shell/theme";

/** How long Office may take to answer before the pane says it cannot reach it. */
const OFFICE_ANSWER_MS = 6000;

/** Office.onReady(), or null when office.js never defined Office (blocked or failed to load). */
function officeReady(): Promise<unknown> | null {
  return typeof Office !== "undefined" ? Office.onReady() : null;
}

function officeContext(): OfficeContextLike | undefined {
  return typeof Office !== "undefined" ? (Office.context as OfficeContextLike | undefined) : undefined;
}

/** The pane's root, showing the app once Office is ready, or the message, loaded only when it is needed. */
function pane(root: Root) {
  let appShown = false;
  return {
    async showApp() {
      appShown = true;
      const { locale, theme, themeChoice } = paneSettings(window.location.search, officeContext(), loadPreferences());
      // A dark pane's theme is a chunk of its own: fetched before the first render, so no light frame shows first.
      await loadTheme(shownTheme(themeChoice, theme)).catch(() => undefined);
      flushSync(() => root.render(<App locale={locale} theme={theme} themeChoice={themeChoice} ownsPage />));
    },
    async showOfficeUnavailable() {
      const { OfficeUnavailable } = await import(
        /* webpackChunkName: "office-unavailable" */ "./shell/OfficeUnavailable"
      );
      if (!appShown) root.render(<OfficeUnavailable theme={paneSettings(window.location.search, undefined).theme} />);
    },
  };
}

function start(): void {
  const container = document.getElementById("root");
  if (!container) return;
  const view = pane(createRoot(container));
  const ready = officeReady();
  if (!ready) return void view.showOfficeUnavailable();
  const timer = setTimeout(() => void view.showOfficeUnavailable(), OFFICE_ANSWER_MS);
  ready.then(
    () => {
      clearTimeout(timer);
      void view.showApp();
    },
    () => {
      clearTimeout(timer);
      void view.showOfficeUnavailable();
    },
  );
}

start();
