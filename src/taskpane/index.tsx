/** Task pane entry: renders the React app once Office is ready (or at once when opened outside Office). */
import { createRoot } from "react-dom/client";
import { App } from "./App";

function officeReady(): Promise<unknown> {
  return typeof Office !== "undefined" ? Office.onReady() : Promise.resolve();
}

void officeReady().then(() => {
  const container = document.getElementById("root");
  if (container) createRoot(container).render(<App />);
});
