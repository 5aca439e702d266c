/** The task pane's root: one FluentProvider around the pane. */
import { FluentProvider, Title3, Body1, webLightTheme } from "@fluentui/react-components";

export function App() {
  return (
    <FluentProvider theme={webLightTheme}>
      <main>
        <Title3 as="h1">AMC Analyst</Title3>
        <Body1>地方资产管理公司行业信用风险展望 2026 · 联合资信 · 2025-12</Body1>
      </main>
    </FluentProvider>
  );
}
