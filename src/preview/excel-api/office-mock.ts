/**
 * The `Office` and `OfficeExtension` globals as the task pane sees them inside Excel on the web, for the preview:
 * onReady, the display language, the Office theme (light or dark), requirement sets (with or without data types) and
 * host info. The workbench
 * switches language and theme through `setDisplayLanguage` / `setTheme` and remounts the pane.
 */
import { ERROR_CODES, OfficeExtensionError } from "./errors";

export type PreviewTheme = "light" | "dark";

export interface OfficeThemeColors {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
}

const OFFICE_THEMES: Record<PreviewTheme, OfficeThemeColors> = {
  light: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#262626",
    controlBackgroundColor: "#F3F2F1",
    controlForegroundColor: "#262626",
  },
  dark: {
    bodyBackgroundColor: "#1F1F1F",
    bodyForegroundColor: "#F3F2F1",
    controlBackgroundColor: "#2B2B2B",
    controlForegroundColor: "#F3F2F1",
  },
};

/** Requirement sets Excel on the web supports, as far as the add-in asks. */
const SUPPORTED_SETS: Record<string, number> = {
  excelapi: 1.18,
  customfunctionsruntime: 1.4,
  sharedruntime: 1.1,
  ribbonapi: 1.1,
  dialogapi: 1.2,
};

/** The last ExcelApi version before data types (1.16): an Excel whose custom functions return plain values. */
const EXCEL_API_WITHOUT_DATA_TYPES = 1.15;

function versionNumber(version: string | undefined): number {
  return version === undefined ? 1.1 : Number.parseFloat(version);
}

export interface OfficeMockState {
  displayLanguage: string;
  theme: PreviewTheme;
  /** Whether this Excel takes data types from custom functions (ExcelApi 1.16); yes unless told otherwise. */
  dataTypes?: boolean;
}

export interface OfficeMock {
  office: Record<string, unknown>;
  officeExtension: Record<string, unknown>;
  setDisplayLanguage(language: string): void;
  setTheme(theme: PreviewTheme): void;
  readonly state: OfficeMockState;
}

export function createOfficeMock(initial: OfficeMockState): OfficeMock {
  const state = { ...initial, dataTypes: initial.dataTypes ?? true };
  const sets: Record<string, number> = {
    ...SUPPORTED_SETS,
    ...(state.dataTypes ? {} : { excelapi: EXCEL_API_WITHOUT_DATA_TYPES }),
  };
  const context = {
    host: "Excel",
    platform: "OfficeOnline",
    get displayLanguage() {
      return state.displayLanguage;
    },
    get contentLanguage() {
      return state.displayLanguage;
    },
    get officeTheme() {
      return { ...OFFICE_THEMES[state.theme], isDarkTheme: state.theme === "dark" };
    },
    diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0.preview" },
    requirements: {
      isSetSupported: (name: string, version?: string) => (sets[name.toLowerCase()] ?? 0) >= versionNumber(version),
    },
  };
  const ready = { host: "Excel", platform: "OfficeOnline" };
  const office = {
    context,
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    onReady(callback?: (info: typeof ready) => void) {
      callback?.(ready);
      return Promise.resolve(ready);
    },
    actions: { associate: () => undefined },
    addin: {
      showAsTaskpane: () => Promise.resolve(),
      hide: () => Promise.resolve(),
      onVisibilityModeChanged: () => Promise.resolve(() => Promise.resolve()),
    },
  };
  const officeExtension = { Error: OfficeExtensionError, ErrorCodes: ERROR_CODES };
  return {
    office,
    officeExtension,
    state,
    setDisplayLanguage: (language) => (state.displayLanguage = language),
    setTheme: (theme) => (state.theme = theme),
  };
}
