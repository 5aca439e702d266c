/** Rendering the pane in jsdom with fake services (no Office, no Excel), and a promise the test settles by hand. */
import { render } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { PaneServices } from "../../src/taskpane/shell/services";
import type { Locale } from "../../src/i18n/locale";
import type { ThemeKind } from "../../src/taskpane/shell/settings";

export function fakeServices(overrides: Partial<PaneServices> = {}): jest.Mocked<PaneServices> {
  return {
    insertDataset: jest.fn().mockRejectedValue(new Error("insertDataset not expected")),
    insertFormula: jest.fn().mockRejectedValue(new Error("insertFormula not expected")),
    buildReportModel: jest.fn().mockRejectedValue(new Error("buildReportModel not expected")),
    loadFunctionDocs: jest.fn().mockResolvedValue([]),
    ...overrides,
  } as jest.Mocked<PaneServices>;
}

export function renderPane(options: { locale?: Locale; theme?: ThemeKind; services?: PaneServices } = {}) {
  const services = options.services ?? fakeServices();
  const view = render(<App locale={options.locale ?? "en-US"} theme={options.theme ?? "light"} services={services} />);
  return { ...view, services };
}

export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * user-event without its pointer-events check: that check calls getComputedStyle up the tree on every event, and
 * jsdom matches every Fluent style rule each time, which makes the tests very slow for no extra confidence.
 */
export const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never, delay: null });
