/** Mounts the workbench and shows fatal errors. */
import { createRoot } from "react-dom/client";
import type { PreviewRuntime } from "../runtime";
import { Workbench } from "./Workbench";

declare global {
  interface Window {
    /** The running preview, for the browser tests and for poking around in the console. */
    amcPreview?: PreviewRuntime;
  }
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
