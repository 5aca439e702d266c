/** Mounts the workbench, reads the initial language and theme (URL first, then the browser), shows fatal errors. */
import { createRoot } from "react-dom/client";
import { resolveLocale } from "../../i18n/locale";
import type { PreviewTheme } from "../excel-api/office-mock";
import type { PreviewRuntime } from "../runtime";
import { Workbench } from "./Workbench";

declare global {
  interface Window {
    /** The running preview, for the browser tests and for poking around in the console. */
    amcPreview?: PreviewRuntime;
  }
}

export function initialLanguage(): string {
  const fromUrl = new URLSearchParams(window.location.search).get("lang");
  if (fromUrl) return fromUrl;
  return resolveLocale(navigator.language);
}

export function initialTheme(): PreviewTheme {
  const fromUrl = new URLSearchParams(window.location.search).get("theme");
  if (fromUrl === "dark" || fromUrl === "light") return fromUrl;
  return window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

export function renderWorkbench(runtime: PreviewRuntime): void {
  window.amcPreview = runtime;
  createRoot(document.getElementById("workbench")!).render(<Workbench runtime={runtime} />);
}

export function renderFatalError(error: unknown): void {
  const container = document.getElementById("workbench")!;
  container.setAttribute("data-preview-error", "true");
  container.textContent = `The preview could not start: ${error instanceof Error ? error.message : String(error)}`;
  console.error(error);
}
