/** Fluent's web dark theme, in a chunk of its own: only a pane shown dark loads it. */
export { webDarkTheme } from "@fluentui/react-components";
