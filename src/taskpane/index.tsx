/**
 * Task pane entry: renders the React app once Office is ready (or at once when opened outside Office), in the
 * language and theme of Office, or of the `?lang=zh-CN&theme=dark` query parameters (preview, screenshots).
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { paneSettings, type OfficeContextLike } from "./shell/settings";

function officeReady(): Promise<unknown> {
  return typeof Office !== "undefined" ? Office.onReady() : Promise.resolve();
}

function officeContext(): OfficeContextLike | undefined {
  return typeof Office !== "undefined" ? (Office.context as OfficeContextLike | undefined) : undefined;
}

void officeReady().then(() => {
  const container = document.getElementById("root");
  if (!container) return;
  const { locale, theme } = paneSettings(window.location.search, officeContext());
  document.documentElement.lang = locale;
  createRoot(container).render(<App locale={locale} theme={theme} />);
});
