/**
 * Hosts the add-in's real task pane (src/taskpane/App) beside the grid, in a frame of Excel's pane width; a crash
 * of the pane shows here instead of blanking the workbench. Remounted when the Office language or theme changes,
 * as Office reloads an add-in.
 */
import { Component, type ComponentType, type ReactNode } from "react";
import { resolveLocale, type Locale } from "../../i18n/locale";
import { App } from "../../taskpane/App";
import type { PreviewTheme } from "../excel-api/office-mock";

/** The pane takes its language and theme as props (index.tsx reads them from Office); the preview passes its own. */
const Pane = App as ComponentType<{ locale?: Locale; theme?: PreviewTheme }>;

class PaneErrorBoundary extends Component<{ children: ReactNode }, { error?: Error }> {
  state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    if (this.state.error) {
      return (
        <div role="alert" className="pane-crash">
          The task pane crashed: {this.state.error.message}
        </div>
      );
    }
    return this.props.children;
  }
}

export function PaneHost({ language, theme }: { language: string; theme: PreviewTheme }) {
  return (
    // A group, not a landmark: the pane is a page of its own in Excel, whose main landmark is top-level there.
    <div role="group" className={`task-pane pane-${theme}`} aria-label="Task pane" data-testid="task-pane">
      <div className="pane-title">AMC Analyst</div>
      <div className="pane-body">
        <PaneErrorBoundary>
          <Pane locale={resolveLocale(language)} theme={theme} />
        </PaneErrorBoundary>
      </div>
    </div>
  );
}
